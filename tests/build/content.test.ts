import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadProfiles, ROOT } from './helpers';

/** The 50 cities of the 2019 atlas with Land and GeoNames coordinates (tests/fixtures/atlas-cities.yaml). */
const atlasCities: { name: string; slug: string; state: string; lat: number; lng: number }[] = parse(
	await readFile(join(ROOT, 'tests/fixtures/atlas-cities.yaml'), 'utf8'),
);
const profiles = await loadProfiles();
const bySlug = new Map(profiles.map((profile) => [profile.slug, profile]));

const SECTIONS = ['Überblick', 'Digitale Agenda', 'Organisation', 'Partnernetzwerk', 'Projekte', 'Entwicklung seit 2019'];

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

describe.each(profiles.map((profile) => [profile.slug, profile] as const))('profile %s', (_slug, profile) => {
	it('has the six prose sections in order and 250–600 words', () => {
		const headings = [...profile.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim());
		expect(headings).toEqual(SECTIONS);
		const words = profile.body
			.replace(/^#+ .*$/gm, '')
			.split(/\s+/)
			.filter((word) => /\p{L}|\d/u.test(word)).length;
		expect(words).toBeGreaterThanOrEqual(250);
		expect(words).toBeLessThanOrEqual(600);
	});
});
