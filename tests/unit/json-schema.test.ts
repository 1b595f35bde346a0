import { describe, expect, it } from 'vitest';
import { profileJsonSchema, PROFILE_SCHEMA_PATH } from '../../src/lib/json-schema';
import { citySchema } from '../../src/schemas/city';
import { profileAjv } from '../fixtures/ajv';
import { completeProfile } from '../fixtures/profile';

type Profile = Record<string, any>;

const schema = profileJsonSchema({ siteUrl: 'https://atlas.example', base: '/sub/' });
const validate = profileAjv().compile(schema);

function withChange(change: (profile: Profile) => void): Profile {
	const profile = structuredClone(completeProfile()) as Profile;
	change(profile);
	return profile;
}

describe('profile JSON Schema', () => {
	it('is draft 2020-12 with $id, title and description', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe(`https://atlas.example/sub/${PROFILE_SCHEMA_PATH}`);
		expect(schema.title).toMatch(/Stadtprofil/);
		expect(schema.description).toMatch(/src\/schemas\/city\.ts/);
	});

	it('describes `updated` as a date string', () => {
		expect(schema.properties?.updated).toMatchObject({ type: 'string', format: 'date' });
	});

	it('lists every field of the zod schema and forbids unknown keys', () => {
		expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(citySchema.shape));
		expect(schema.additionalProperties).toBe(false);
		expect((schema.properties?.digitalAgenda as Profile).additionalProperties).toBe(false);
	});

	it('accepts a complete profile', () => {
		expect(validate(completeProfile()), JSON.stringify(validate.errors)).toBe(true);
	});

	// Each change must be judged alike by the zod schema (the build) and the JSON Schema (the export).
	const changes: [string, boolean, (p: Profile) => void][] = [
		[
			'minimal profile',
			true,
			(p) => ['website', 'population', 'modellprojekt', 'smartCityIndex', 'projects', 'listsFromOtherSources', 'atlas2019'].forEach((key) => delete p[key]),
		],
		['unknown top-level key', false, (p) => (p.twitter = 'https://x.example')],
		['unknown nested key', false, (p) => (p.digitalAgenda.beschluss = 2020)],
		['unknown agenda status', false, (p) => (p.digitalAgenda.status = 'fertig')],
		['unknown theme', false, (p) => (p.themes = ['verwaltung', 'raumfahrt'])],
		['theme named twice', false, (p) => (p.themes = ['verwaltung', 'verwaltung'])],
		['no theme', false, (p) => (p.themes = [])],
		['unknown Land', false, (p) => (p.state = 'Bayern-Nord')],
		['coordinates outside Germany', false, (p) => (p.coordinates = { lat: 48.85, lng: 2.35 })],
		['coordinates swapped', false, (p) => (p.coordinates = { lat: 9.01, lng: 52.51 })],
		['website over http', false, (p) => (p.website = 'http://www.musterstadt.example')],
		['source over http', true, (p) => (p.sources[0].url = 'http://www.musterstadt.example/alt')],
		['source without scheme', false, (p) => (p.sources[0].url = 'www.musterstadt.example')],
		['date in German notation', false, (p) => (p.updated = '22.11.2026')],
		['impossible date', false, (p) => (p.updated = '2026-02-30')],
		['year as text', false, (p) => (p.digitalAgenda.year = '2020')],
		['year out of range', false, (p) => (p.digitalAgenda.year = 1890)],
		['unknown Modellprojekt round', false, (p) => (p.modellprojekt.round = 2022)],
		['atlas city without status2019', false, (p) => delete p.digitalAgenda.status2019],
		['later city without status2019', true, (p) => ((p.atlas2019 = false), delete p.digitalAgenda.status2019)],
		['empty name', false, (p) => (p.name = '')],
		['no source', false, (p) => (p.sources = [])],
	];

	it.each(changes)('%s: valid = %s, like the zod schema', (_, valid, change) => {
		const profile = withChange(change);
		expect(validate(profile)).toBe(valid);
		expect(citySchema.safeParse(profile).success).toBe(valid);
	});
});
