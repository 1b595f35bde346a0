import { describe, expect, it } from 'vitest';
import { profileJsonSchema, PROFILE_SCHEMA_PATH } from '../../src/lib/json-schema';
import { citySchema } from '../../src/schemas/city';
import { profileAjv } from '../fixtures/ajv';
import { citedProfile } from '../fixtures/cited-profile';

type Profile = Record<string, any>;

const schema = profileJsonSchema({ siteUrl: 'https://atlas.example', base: '/sub/' });
const validate = profileAjv().compile(schema);

function withChange(change: (profile: Profile) => void): Profile {
	const profile = structuredClone(citedProfile()) as Profile;
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

	it('describes the fact fields: refs are source ids, basis defaults to belegt', () => {
		const partner = ((schema.properties?.partners as Profile).items as Profile).properties;
		expect(partner.refs.items.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
		expect(partner.basis).toMatchObject({ enum: ['belegt', 'abgeleitet'], default: 'belegt' });
		expect(Object.keys((schema.properties?.digitalAgenda as Profile).properties)).toEqual(
			expect.arrayContaining(['refs', 'basis', 'note', 'refs2019', 'basis2019', 'note2019', 'draft']),
		);
		expect((schema.properties?.modellprojekt as Profile).properties.role).toMatchObject({ enum: ['traeger', 'partner'], default: 'traeger' });
	});

	it('accepts a complete profile', () => {
		expect(validate(citedProfile()), JSON.stringify(validate.errors)).toBe(true);
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
		// Per-fact sources and their basis.
		['fact without refs', false, (p) => delete p.partners[0].refs],
		['empty refs', false, (p) => (p.projects[0].refs = [])],
		['ref that is no id', false, (p) => (p.organisation[0].refs = ['Atlas Porträt'])],
		['source without id', false, (p) => delete p.sources[0].id],
		['basis given as belegt', true, (p) => (p.partners[0].basis = 'belegt')],
		['unknown basis', false, (p) => (p.partners[0].basis = 'geschätzt')],
		['derived fact without note', false, (p) => delete p.population.note],
		[
			'derived 2019 status with note',
			true,
			(p) => ((p.digitalAgenda.basis2019 = 'abgeleitet'), (p.digitalAgenda.note2019 = 'Aus dem Atlas-Porträt erschlossen.')),
		],
		['derived 2019 status without note', false, (p) => (p.digitalAgenda.basis2019 = 'abgeleitet')],
		['agenda stated without refs', false, (p) => delete p.digitalAgenda.refs],
		['unknown agenda without refs', true, (p) => (p.digitalAgenda = { status: 'unbekannt', status2019: 'unbekannt' })],
		['unknown agenda with a title but no refs', false, (p) => (p.digitalAgenda = { status: 'unbekannt', title: 'Agenda', status2019: 'unbekannt' })],
		['known 2019 status without refs2019', false, (p) => delete p.digitalAgenda.refs2019],
		['draft with its refs', true, (p) => (p.digitalAgenda.draft = { title: 'Masterplan Digitalisierung', year: 2023, refs: ['stadt-2024'] })],
		['draft without refs', false, (p) => (p.digitalAgenda.draft = { title: 'Masterplan Digitalisierung' })],
		['unit that ended', true, (p) => (p.organisation[0].until = 2023)],
		['Modellprojekt as partner', true, (p) => (p.modellprojekt.role = 'partner')],
		['unknown Modellprojekt role', false, (p) => (p.modellprojekt.role = 'leitung')],
		[
			'index entry with categories only',
			true,
			(p) => (p.smartCityIndex = [{ year: 2023, categories: [{ name: 'verwaltung', rank: 6 }], refs: ['index-2024'] }]),
		],
		['unknown index category', false, (p) => (p.smartCityIndex[0].categories = [{ name: 'bildung', rank: 6 }])],
	];

	it.each(changes)('%s: valid = %s, like the zod schema', (_, valid, change) => {
		const profile = withChange(change);
		expect(validate(profile)).toBe(valid);
		expect(citySchema.safeParse(profile).success).toBe(valid);
	});
});
