import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { CSV_COLUMNS } from '../../src/lib/exports/csv-columns';
import { CITED_FIELDS } from '../../src/lib/exports/evidence';
import { GEOJSON_PROPERTIES } from '../../src/lib/exports/geojson';
import { JSON_EVIDENCE_EXTRA_FIELDS, JSON_EVIDENCE_FIELDS, JSON_EXTRA_FIELDS, JSON_META_FIELDS } from '../../src/lib/exports/cities-schema';
import { DATA_PATHS, newestUpdate } from '../../src/lib/exports/meta';
import { absoluteUrl } from '../../src/lib/paths';
import { parseFrontmatter, splitProfile } from '../../src/lib/profile-file';
import { toRecords } from '../../src/lib/records';
import { facts } from '../../src/schemas/city';
import { GERMANY } from '../../src/schemas/germany';
import { themeLabel } from '../../src/schemas/themes';
import { profileAjv } from '../fixtures/ajv';
import { CITIES_DIR, DIST, loadProfiles, page, text } from './helpers';

const files = (await readdir(CITIES_DIR)).filter((file) => file.endsWith('.mdx')).sort();
const profiles = await loadProfiles();
const bySlug = new Map(profiles.map((profile) => [profile.slug, profile.data]));
const entries = profiles.map(({ slug, data }) => ({ id: slug, data }));
const records = toRecords(entries);
/** The build's site URL and base path come from the same configuration (SITE_URL, BASE_PATH). */
const context = { siteUrl: site.url, base: site.base };
const read = (path: string) => readFile(join(DIST, path), 'utf8');
const raw = {
	json: await read(DATA_PATHS.json),
	geojson: await read(DATA_PATHS.geojson),
	csv: await read(DATA_PATHS.csv),
	citiesSchema: await read(DATA_PATHS.citiesSchema),
	profileSchema: await read(DATA_PATHS.profileSchema),
};
type Json = Record<string, any>;
const json = JSON.parse(raw.json) as Json & { cities: Json[] };
const geojson = JSON.parse(raw.geojson) as Json & { features: Json[] };
const csvRows = parseCsv(raw.csv, { bom: true, columns: true }) as Record<string, string>[];
const profileSchema = JSON.parse(raw.profileSchema);
const citiesSchema = JSON.parse(raw.citiesSchema);

/** The value at `path` (as `facts()` gives it) in a city of staedte.json. */
const at = (city: Json, path: (string | number)[]) => path.reduce<any>((value, key) => value?.[key], city);

describe('data exports', () => {
	it('cover every profile once in each file', () => {
		expect(files.length).toBeGreaterThan(0);
		expect(json.cities.map((city) => city.slug).sort()).toEqual(files.map((file) => file.replace(/\.mdx$/, '')));
		expect(json.count).toBe(files.length);
		expect(geojson.features).toHaveLength(files.length);
		expect(new Set(geojson.features.map((feature) => feature.id)).size).toBe(files.length);
		expect(csvRows).toHaveLength(files.length);
		expect(new Set(csvRows.map((row) => row.Kennung)).size).toBe(files.length);
	});

	it('are dated by the newest `updated` of the profiles', () => {
		const newest = newestUpdate(profiles.map(({ data }) => data));
		expect(json.generated).toBe(newest);
		expect(geojson.generated).toBe(newest);
	});
});

describe('staedte.json', () => {
	it('has the documented metadata and fields', () => {
		expect(Object.keys(json)).toEqual(Object.keys(JSON_META_FIELDS));
		expect(json.source).toBe(absoluteUrl(site.url, '', site.base));
		expect(json.attribution).toContain('CC BY 4.0');
	});

	it.each(json.cities.map((city) => [city.slug, city] as [string, Json]))('%s holds its whole profile, labels and portrait URL', (slug, city) => {
		const data = bySlug.get(slug)!;
		expect(Object.keys(city).filter((key) => !(key in data) && key !== CITED_FIELDS.themeRefs)).toEqual(Object.keys(JSON_EXTRA_FIELDS));
		expect(Object.keys(data).filter((key) => !(key in city))).toEqual(data.themeRefs ? ['themeRefs'] : []);
		const cited = new Set([
			'population',
			'digitalAgenda',
			'organisation',
			'partners',
			'projects',
			'modellprojekt',
			'smartCityIndex',
			'sources',
			'themeRefs',
			'themes',
		]);
		for (const [key, value] of Object.entries(data)) if (!cited.has(key)) expect(city[key], key).toEqual(value);
		expect([...city.themes].sort()).toEqual([...data.themes].sort());
		expect(city.url).toBe(absoluteUrl(site.url, `staedte/${slug}/`, site.base));
		expect(city.themeLabels).toEqual(records.find((record) => record.slug === slug)!.themes.map(themeLabel));
	});

	it.each(json.cities.map((city) => [city.slug, city] as [string, Json]))('%s gives every fact the URLs of its sources, its basis and note', (slug, city) => {
		const data = bySlug.get(slug)!;
		const url = new Map(data.sources.map((source) => [source.id, source.url]));
		const urls = (ids: string[] | undefined) => ids?.map((id) => url.get(id));
		for (const [path, fact] of facts(data)) {
			const exported = at(city, path);
			expect(exported.sources, path.join('.')).toEqual(urls(fact.refs));
			expect(exported.basis, path.join('.')).toBe(fact.basis);
			expect(exported.note, path.join('.')).toBe(fact.note);
		}
		expect(city.digitalAgenda.sources2019).toEqual(urls(data.digitalAgenda.refs2019));
		expect(city.themeSources).toEqual(urls(data.themeRefs));
		expect(city.sources).toEqual(data.sources.map((source, index) => ({ n: index + 1, ...source })));
		expect(JSON.stringify(city)).not.toMatch(/"(refs|refs2019|themeRefs)":/);
	});
});

describe('staedte.schema.json', () => {
	const validate = profileAjv().compile(citiesSchema);

	it('is draft 2020-12 with its own URL as $id, named by staedte.json', () => {
		expect(citiesSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(citiesSchema.$id).toBe(absoluteUrl(site.url, DATA_PATHS.citiesSchema, site.base));
		expect(json.schema).toBe(citiesSchema.$id);
		expect(json.profileSchema).toBe(absoluteUrl(site.url, DATA_PATHS.profileSchema, site.base));
	});

	it('accepts the built staedte.json', () => {
		expect(validate(json), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
	});

	it('rejects a broken record: a source id instead of its URL, a leftover refs', () => {
		const broken = structuredClone(json);
		broken.cities[0]!.digitalAgenda.sources = ['atlas-portraet'];
		expect(validate(broken)).toBe(false);
		const leftover = structuredClone(json);
		leftover.cities[0]!.organisation.push({ name: 'Stabsstelle', kind: 'stabsstelle', refs: ['atlas-portraet'], basis: 'belegt' });
		expect(validate(leftover)).toBe(false);
	});
});

describe('staedte.geojson', () => {
	it('is a FeatureCollection of Points without forbidden foreign members', () => {
		expect(geojson.type).toBe('FeatureCollection');
		for (const member of ['coordinates', 'geometries', 'geometry', 'properties']) expect(geojson).not.toHaveProperty(member);
	});

	it.each(geojson.features.map((feature) => [feature.id, feature] as [string, Json]))(
		'%s: [lng, lat] inside Germany, documented properties',
		(slug, feature) => {
			const { coordinates } = bySlug.get(slug)!;
			expect(feature.geometry).toEqual({ type: 'Point', coordinates: [coordinates.lng, coordinates.lat] });
			const [lng, lat] = feature.geometry.coordinates;
			expect(lng).toBeGreaterThanOrEqual(GERMANY.lng[0]);
			expect(lng).toBeLessThanOrEqual(GERMANY.lng[1]);
			expect(lat).toBeGreaterThanOrEqual(GERMANY.lat[0]);
			expect(lat).toBeLessThanOrEqual(GERMANY.lat[1]);
			expect(Object.keys(feature.properties).sort()).toEqual(Object.keys(GEOJSON_PROPERTIES).sort());
			expect(feature.properties.url).toBe(absoluteUrl(site.url, `staedte/${slug}/`, site.base));
		},
	);
});

describe('staedte.csv', () => {
	it('is UTF-8 with BOM, CRLF and the documented header', () => {
		expect(raw.csv.startsWith('\uFEFF')).toBe(true);
		expect(raw.csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		expect(parseCsv(raw.csv, { bom: true, to_line: 1 })[0]).toEqual(CSV_COLUMNS.map((column) => column.header));
	});

	it('round-trips to the values of the records', () => {
		const expected = records.map((record) =>
			Object.fromEntries(
				CSV_COLUMNS.map((column) => {
					const value = column.value(record, context);
					const cell = value === null ? '' : String(value);
					return [column.header, typeof value === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell];
				}),
			),
		);
		expect(csvRows).toEqual(expected);
	});

	it('has each city with status, themes and portrait link', () => {
		for (const row of csvRows) {
			const data = bySlug.get(row.Kennung!)!;
			expect(row.Stadt).toBe(data.name);
			expect(Number(row.Breite)).toBe(data.coordinates.lat);
			expect(Number(row.Länge)).toBe(data.coordinates.lng);
			expect(row['Status der digitalen Agenda']).not.toBe('');
			expect(row.Themen!.split('; ')).toHaveLength(data.themes.length);
			expect(row.Porträt).toBe(absoluteUrl(site.url, `staedte/${row.Kennung}/`, site.base));
		}
	});
});

describe('profil.schema.json', () => {
	const validate = profileAjv().compile(profileSchema);

	it('is draft 2020-12 with its own URL as $id', () => {
		expect(profileSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(profileSchema.$id).toBe(absoluteUrl(site.url, DATA_PATHS.profileSchema, site.base));
	});

	it.each(files)('accepts the frontmatter of %s as the editor wrote it', async (file) => {
		const { data } = parseFrontmatter(splitProfile(file, await readFile(join(CITIES_DIR, file), 'utf8')));
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
	});

	it('rejects a broken profile: unknown key, unknown status', async () => {
		const [file] = files as [string];
		const { data } = parseFrontmatter(splitProfile(file, await readFile(join(CITIES_DIR, file), 'utf8')));
		const profile = data as Record<string, any>;
		expect(validate({ ...profile, twitter: 'https://x.example' })).toBe(false);
		expect(validate({ ...profile, digitalAgenda: { ...profile.digitalAgenda, status: 'fertig' } })).toBe(false);
	});
});

describe('/daten/ page', () => {
	it('links the five files and documents the CSV columns and freshness', async () => {
		const html = await page(DATA_PATHS.page);
		const links = html.querySelectorAll('a').map((a) => a.getAttribute('href'));
		for (const path of [DATA_PATHS.csv, DATA_PATHS.json, DATA_PATHS.geojson, DATA_PATHS.citiesSchema, DATA_PATHS.profileSchema]) {
			expect(links).toContain(`${site.base.replace(/\/?$/, '/')}${path}`);
		}
		expect(html.querySelectorAll('table.columns tbody th').map(text)).toEqual(CSV_COLUMNS.map((column) => column.header));
		expect(html.querySelector('.freshness time')?.getAttribute('datetime')).toBe(json.generated);
		expect(text(html.querySelector('main'))).toContain(json.attribution);
		expect(text(html.querySelector('main'))).toContain('GeoNames');
	});

	it('documents the sources and basis of each fact in staedte.json', async () => {
		const html = await page(DATA_PATHS.page);
		const fields = html.querySelectorAll('dl.fields dt code').map(text);
		for (const field of [
			...Object.keys(JSON_EVIDENCE_FIELDS),
			...Object.keys(JSON_EVIDENCE_EXTRA_FIELDS),
			...Object.keys(JSON_EXTRA_FIELDS),
			...Object.keys(JSON_META_FIELDS),
		]) {
			expect(fields).toContain(field);
		}
	});
});

describe('/daten/ for dataset search engines', () => {
	it('describes the data as one schema.org Dataset whose downloads are the files on the page, with licence and freshness', async () => {
		const scripts = (await page('daten/')).querySelectorAll('script[type="application/ld+json"]');
		expect(scripts).toHaveLength(1);
		const dataset = JSON.parse(scripts[0]!.textContent) as Record<string, unknown> & { distribution: { contentUrl: string; encodingFormat: string }[] };
		const json = JSON.parse(raw.json) as { title: string; licenseUrl: string };
		expect(dataset).toMatchObject({ '@context': 'https://schema.org', '@type': 'Dataset', name: json.title, license: json.licenseUrl, inLanguage: 'de' });
		expect(dataset['dateModified']).toBe(newestUpdate(records));
		expect(dataset['url']).toBe(absoluteUrl(context.siteUrl, DATA_PATHS.page, context.base));
		expect(String(dataset['description']).length).toBeGreaterThanOrEqual(50);
		const downloads = [DATA_PATHS.csv, DATA_PATHS.json, DATA_PATHS.geojson];
		expect(dataset.distribution.map((download) => download.contentUrl)).toEqual(downloads.map((path) => absoluteUrl(context.siteUrl, path, context.base)));
		for (const path of downloads) await expect(read(path)).resolves.not.toBe('');
	});
});
