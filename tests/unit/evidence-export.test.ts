import { describe, expect, it } from 'vitest';
import { citedProfileSchema, JSON_FACTS } from '../../src/lib/exports/cities-schema';
import { citeFact, citeProfile, resolveRefs, sourceUrls } from '../../src/lib/exports/evidence';
import { citySchema, facts, type CityData, type CityInput } from '../../src/schemas/city';
import { CITED_SOURCES, citedProfile } from '../fixtures/cited-profile';

const url = (id: string) => CITED_SOURCES.find((source) => source.id === id)!.url;

function city(change: (profile: CityInput) => void = () => {}): CityData {
	const profile = citedProfile();
	change(profile);
	return citySchema.parse(profile);
}

/** Every key anywhere in `value`, as `path.key` (list entries as `[]`). */
function keyPaths(value: unknown, at = ''): string[] {
	if (Array.isArray(value)) return value.flatMap((item) => keyPaths(item, `${at}[]`));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => [`${at}${at ? '.' : ''}${key}`, ...keyPaths(inner, `${at}${at ? '.' : ''}${key}`)]);
}

describe('resolveRefs', () => {
	const urls = sourceUrls(CITED_SOURCES);

	it('gives the URL of each id, in the order of the refs', () => {
		expect(resolveRefs(['stadt-2024', 'atlas-portraet'], urls)).toEqual(['https://www.musterstadt.example/digital', 'https://atlas.example/musterstadt']);
	});

	it('refuses an id that is not in sources and names it', () => {
		expect(() => resolveRefs(['stadt-2012'], urls)).toThrow(/"stadt-2012"/);
	});
});

describe('citeFact', () => {
	const urls = sourceUrls(CITED_SOURCES);

	it('replaces refs by sources at the same place and keeps every other field', () => {
		const fact = { name: 'CDO', kind: 'cdo', refs: ['atlas-portraet'], basis: 'belegt' as const };
		const cited = citeFact(fact, urls);
		expect(cited).toEqual({ name: 'CDO', kind: 'cdo', sources: ['https://atlas.example/musterstadt'], basis: 'belegt' });
		expect(Object.keys(cited)).toEqual(['name', 'kind', 'sources', 'basis']);
	});

	it('keeps basis and note of a derived fact', () => {
		const fact = { year: 2023, rank: 21, refs: ['index-2024'], basis: 'abgeleitet' as const, note: 'Aus „vier Plätze besser“ 2024 errechnet.' };
		expect(citeFact(fact, urls)).toEqual({
			year: 2023,
			rank: 21,
			sources: ['http://index.example/2024'],
			basis: 'abgeleitet',
			note: 'Aus „vier Plätze besser“ 2024 errechnet.',
		});
	});
});

describe('citeProfile', () => {
	const cited = citeProfile(city());

	it('resolves the refs of every fact to the URLs of its sources', () => {
		expect(cited.organisation[0]!.sources).toEqual([url('atlas-portraet')]);
		expect(cited.partners[0]!.sources).toEqual([url('stadt-2024')]);
		expect(cited.projects[0]!.sources).toEqual([url('stadt-2024')]);
		expect(cited.modellprojekt?.sources).toEqual([url('stadt-2024')]);
		expect(cited.smartCityIndex[0]!.sources).toEqual([url('index-2024')]);
	});

	it('gives the agenda its sources, basis and note, and the 2019 status its own', () => {
		const agenda = citeProfile(
			city((p) => Object.assign(p.digitalAgenda, { basis2019: 'abgeleitet', note2019: 'Aus dem Atlas-Porträt erschlossen.' })),
		).digitalAgenda;
		expect(agenda).toMatchObject({
			status: 'beschlossen',
			sources: [url('stadt-agenda-2020'), url('stadt-2024')],
			basis: 'belegt',
			status2019: 'in-erarbeitung',
			sources2019: [url('atlas-portraet')],
			basis2019: 'abgeleitet',
			note2019: 'Aus dem Atlas-Porträt erschlossen.',
		});
		expect(agenda).not.toHaveProperty('note');
	});

	it('keeps a derived fact derived, with its note', () => {
		expect(cited.population).toEqual({
			value: 51200,
			year: 2023,
			sources: [url('stadt-2024')],
			basis: 'abgeleitet',
			note: 'Aus den Zahlen der Stadtteile zusammengezählt.',
		});
	});

	it('cites the draft of a successor strategy', () => {
		const draft = { title: 'Masterplan Digitalisierung', year: 2023, refs: ['stadt-2024'] };
		expect(citeProfile(city((p) => (p.digitalAgenda.draft = draft))).digitalAgenda.draft).toEqual({
			title: 'Masterplan Digitalisierung',
			year: 2023,
			sources: [url('stadt-2024')],
			basis: 'belegt',
		});
	});

	it('turns themeRefs into themeSources, and leaves out what the profile leaves out', () => {
		expect(cited.themeSources).toEqual([url('atlas-portraet')]);
		const bare = citeProfile(
			city((p) => (delete p.themeRefs, delete p.population, delete p.modellprojekt, (p.digitalAgenda = { status: 'unbekannt', status2019: 'unbekannt' }))),
		);
		for (const field of ['themeSources', 'population', 'modellprojekt']) expect(bare).not.toHaveProperty(field);
		expect(bare.digitalAgenda).not.toHaveProperty('sources');
		expect(bare.digitalAgenda).not.toHaveProperty('sources2019');
	});

	it('numbers the source list as the portrait does: n, id, title, url', () => {
		expect(cited.sources).toEqual(CITED_SOURCES.map((source, index) => ({ n: index + 1, ...source })));
	});

	it('keeps the structure and order of the profile, with no source id left', () => {
		const profileKeys = keyPaths(city())
			.map((key) =>
				key
					.replace(/(^|\.)refs$/, '$1sources')
					.replace(/\.refs2019$/, '.sources2019')
					.replace(/^themeRefs$/, 'themeSources'),
			)
			.filter((key) => !key.startsWith('sources[].'));
		expect(keyPaths(cited).filter((key) => !key.startsWith('sources[].'))).toEqual(profileKeys);
		expect(keyPaths(cited).filter((key) => /(^|\.)(refs|refs2019|themeRefs)$/.test(key))).toEqual([]);
	});

	it('gives sources to exactly the facts the profile format knows (JSON_FACTS, documented on /daten/)', () => {
		const data = city((p) => (p.digitalAgenda.draft = { title: 'Masterplan', refs: ['stadt-2024'] }));
		const paths = facts(data).map(([path]) =>
			path
				.map((part) => (typeof part === 'number' ? '[]' : part))
				.join('.')
				.replace(/\.\[\]/g, '[]'),
		);
		expect([...new Set(paths)].sort()).toEqual([...JSON_FACTS].sort());
		const citedKeys = keyPaths(citeProfile(data));
		for (const fact of JSON_FACTS) expect(citedKeys, fact).toContain(`${fact}.sources`);
	});

	it('makes what the zod schema of the export records describes', () => {
		const result = citedProfileSchema.safeParse(cited);
		expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
	});
});
