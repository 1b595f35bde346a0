import { describe, expect, it } from 'vitest';
import { citiesFileSchema, citiesJsonSchema, cityRecordSchema, JSON_EXTRA_FIELDS, JSON_META_FIELDS } from '../../src/lib/exports/cities-schema';
import { buildCitiesJson } from '../../src/lib/exports/json';
import { DATA_PATHS } from '../../src/lib/exports/meta';
import { citySchema, type CityInput } from '../../src/schemas/city';
import { profileAjv } from '../fixtures/ajv';
import { citedProfile } from '../fixtures/cited-profile';

type Json = Record<string, any>;

const context = { siteUrl: 'https://atlas.example', base: '/sub/' };
const schema = citiesJsonSchema(context);
const validate = profileAjv().compile(schema);

function entry(id: string, change: (profile: CityInput) => void = () => {}) {
	const profile = citedProfile();
	change(profile);
	return { id, data: citySchema.parse(profile) };
}

/** `staedte.json` of two cities as a consumer reads it (through JSON, so absent fields are absent). */
function file(): Json & { cities: Json[] } {
	const entries = [
		entry('musterstadt'),
		entry('neustadt', (p) => {
			p.name = 'Neustadt';
			p.atlas2019 = false;
			p.digitalAgenda = { status: 'unbekannt' };
			p.modellprojekt = { round: 2021, role: 'partner', refs: ['stadt-2024'] };
			delete p.themeRefs;
		}),
	];
	return JSON.parse(JSON.stringify(buildCitiesJson(entries, context)));
}

describe('staedte.schema.json', () => {
	it('is draft 2020-12 with its own URL as $id, and staedte.json points to it', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe(`https://atlas.example/sub/${DATA_PATHS.citiesSchema}`);
		expect(file().schema).toBe(schema.$id);
		expect(file().profileSchema).toBe(`https://atlas.example/sub/${DATA_PATHS.profileSchema}`);
	});

	it('describes every top-level field and every extra field of a city with the texts of /daten/', () => {
		expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(JSON_META_FIELDS));
		const city = (schema.properties?.cities as Json).items;
		for (const [field, description] of Object.entries(JSON_EXTRA_FIELDS)) expect(city.properties[field].description, field).toBe(description);
		expect(city.properties.partners.items.properties.sources.description).toMatch(/Adressen der Quellen/);
	});

	it('accepts what buildCitiesJson makes, and so does the zod schema', () => {
		const json = file();
		expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
		expect(citiesFileSchema.safeParse(json).success).toBe(true);
	});

	// A broken record must be refused by both the JSON Schema and the zod schema it comes from.
	const broken: [string, (city: Json) => void][] = [
		['a fact with source ids instead of URLs', (c) => (c.partners[0].sources = ['stadt-2024'])],
		['a fact that still has refs', (c) => (c.partners[0].refs = ['stadt-2024'])],
		['a fact without sources', (c) => delete c.projects[0].sources],
		['a fact without basis', (c) => delete c.organisation[0].basis],
		['a derived fact without note', (c) => delete c.population.note],
		['an unknown basis', (c) => (c.smartCityIndex[0].basis = 'geschätzt')],
		['themeRefs instead of themeSources', (c) => ((c.themeRefs = ['atlas-portraet']), delete c.themeSources)],
		['a source without its number', (c) => delete c.sources[0].n],
		['a city without its portrait URL', (c) => delete c.url],
		['an unknown Modellprojekt role', (c) => (c.modellprojekt.role = 'leitung')],
	];

	it.each(broken)('refuses a record with %s', (_, change) => {
		const json = file();
		change(json.cities[0]!);
		expect(validate(json)).toBe(false);
		expect(cityRecordSchema.safeParse(json.cities[0]).success).toBe(false);
	});
});
