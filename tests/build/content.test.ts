import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadProfiles, ROOT } from './helpers';
import { parseBody as parseMdx } from '../../src/lib/validate/mdx';
import { proseSections } from '../../src/lib/validate/prose';
import { PORTRAIT_SECTIONS, SOURCES_SECTION } from '../../src/schemas/portrait';

/** The 50 cities of the 2019 atlas with Land and GeoNames coordinates (tests/fixtures/atlas-cities.yaml). */
const atlasCities: { name: string; slug: string; state: string; lat: number; lng: number }[] = parse(
	await readFile(join(ROOT, 'tests/fixtures/atlas-cities.yaml'), 'utf8'),
);
const profiles = await loadProfiles();
const bySlug = new Map(profiles.map((profile) => [profile.slug, profile]));

describe('the 50 atlas cities', () => {
	it.each(atlasCities.map((city) => [city.slug, city] as const))('%s has a profile matching the atlas list', (slug, city) => {
		const profile = bySlug.get(slug);
		expect(profile, `src/content/cities/${slug}.mdx fehlt`).toBeDefined();
		expect(profile!.data.name).toBe(city.name);
		expect(profile!.data.state).toBe(city.state);
		expect(profile!.data.coordinates).toEqual({ lat: city.lat, lng: city.lng });
		expect(profile!.data.atlas2019).toBe(true);
		expect(profile!.data.digitalAgenda.status2019).toBeDefined();
	});
});

describe('portrait prose (writing guide)', () => {
	const sectionsOf = (profile: (typeof profiles)[number]) => proseSections(parseBody(profile.body, 1, profile.slug), 1);
	const parseBody = (body: string, line: number, file: string) => {
		const parsed = parseMdx(body, line, file);
		if ('problem' in parsed) throw new Error(parsed.problem.message);
		return parsed.tree;
	};

	it('uses no research-log phrase outside a Quellenlage section', () => {
		const found = profiles.flatMap((profile) =>
			sectionsOf(profile)
				.filter((section) => section.title !== SOURCES_SECTION)
				.flatMap((section) => section.phrases.map((phrase) => `${profile.slug}:${phrase.at.line} ${phrase.label}`)),
		);
		expect(found).toEqual([]);
	});

	it('opens no two portraits with the same words once the city name is left out (words 2–7)', () => {
		const openings = profiles.map((profile) => {
			const lead = sectionsOf(profile)[0]!.text.trim();
			const firstSentence = lead.split(/(?<=[.!?])\s/)[0]!.replaceAll(profile.data.name, '');
			return [profile.slug, firstSentence.split(/\s+/).filter(Boolean).slice(1, 7).join(' ').toLowerCase()] as const;
		});
		const seen = new Map<string, string>();
		const repeated = openings.filter(([slug, words]) => (seen.has(words) ? true : (seen.set(words, slug), false)));
		expect(repeated.map(([slug, words]) => `${slug} (${words}) wie ${seen.get(words)}`)).toEqual([]);
	});

	it('keeps to the portrait sections in their order', () => {
		for (const profile of profiles) {
			const titles = sectionsOf(profile)
				.slice(1)
				.map((section) => section.title!);
			const order = titles.map((title) => PORTRAIT_SECTIONS.indexOf(title as never));
			expect(order, profile.slug).not.toContain(-1);
			expect(order, profile.slug).toEqual([...order].sort((a, b) => a - b));
		}
	});
});

describe('the founding texts (shared seeds) and the first city beyond the atlas', () => {
	const profile = (slug: string) => bySlug.get(slug)!;
	const cites = (slug: string, id: string) => profile(slug).body.includes(`[^${id}]`) || JSON.stringify(profile(slug).data).includes(`"${id}"`);

	it('Köln: Smart City Index 2021 rank 2 of 81, Verwaltung 17 → 6, 130 Mio. Euro, the two projects of October 2020', () => {
		const koeln = profile('koeln');
		const index = new Map(koeln.data.smartCityIndex.map((entry) => [entry.year, entry]));
		expect(index.get(2021)).toMatchObject({ rank: 2, of: 81 });
		expect(index.get(2020)?.categories).toContainEqual({ name: 'verwaltung', rank: 17 });
		expect(index.get(2021)?.categories).toContainEqual(expect.objectContaining({ name: 'verwaltung', rank: 6 }));
		expect(koeln.body).toMatch(/130 Mio\. Euro/);
		const projects = koeln.data.projects.map((project) => project.name);
		expect(projects).toEqual(expect.arrayContaining([expect.stringMatching(/^Köln 21/), 'Verwaltung – innovativ und digital']));
		for (const entry of [index.get(2020)!, index.get(2021)!]) for (const id of entry.refs) expect(cites('koeln', id)).toBe(true);
	});

	it('Düsseldorf: index 2024 rank 17 of 82 with its categories, 2023 rank 21, the Beigeordneter für Digitalisierung', () => {
		const duesseldorf = profile('duesseldorf');
		const index = new Map(duesseldorf.data.smartCityIndex.map((entry) => [entry.year, entry]));
		expect(index.get(2024)).toMatchObject({ rank: 17, of: 82 });
		expect(index.get(2024)?.categories).toEqual(
			expect.arrayContaining([
				{ name: 'gesellschaft', rank: 1 },
				{ name: 'verwaltung', rank: 6 },
			]),
		);
		expect(index.get(2023)?.rank).toBe(21);
		expect(duesseldorf.body).toContain('Olaf Wagner');
		expect(duesseldorf.data.digitalAgenda.year).toBe(2016);
	});

	it('Krefeld is the first profile beyond the atlas, cited to the city’s release of 16.10.2023', () => {
		const krefeld = profile('krefeld');
		expect(krefeld.data.atlas2019).toBe(false);
		expect(krefeld.data.digitalAgenda.status2019).toBeUndefined();
		expect(krefeld.data.sources.map((source) => source.url)).toContain(
			'https://krefeld.de/de/inhalt/krefeld-verbessert-sich-weiter-im-bundesweiten-bitkom-ranking',
		);
		expect(profiles.filter((p) => p.data.atlas2019)).toHaveLength(50);
	});

	it('Heidelberg is a partner in a Modellprojekt, not one itself', () => {
		expect(profile('heidelberg').data.modellprojekt?.role).toBe('partner');
	});
});
