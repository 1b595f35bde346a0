import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { de } from '../i18n/de';
import { buildBasemap, DETAIL, OVERVIEW, type BasemapFile, type BasemapSources, type CountriesTopology } from './basemap';
import type { VG250Collection } from './map/laender';
import { germanPlaces } from './scaffold/gazetteer';

/** German country names of the dictionary (`country.<ISO numeric>`), for the base layer. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(de).flatMap(([key, value]) => (key.startsWith('country.') && typeof value === 'string' ? [[key.slice('country.'.length), value]] : [])),
);

/** The base map's two levels and the files the site reads them from (src/lib/basemap-source.ts). */
export const BASEMAP_LEVELS = {
	overview: { options: OVERVIEW, file: new URL('../data/basemap/overview.json', import.meta.url) },
	detail: { options: DETAIL, file: new URL('../data/basemap/detail.json', import.meta.url) },
} as const;
export type BasemapLevel = keyof typeof BASEMAP_LEVELS;

/** The base map's sources: Natural Earth's countries (world-atlas), the BKG's Länder, the gazetteer's places, the dictionary's country names. */
export async function readBasemapSources(): Promise<BasemapSources> {
	const require = createRequire(import.meta.url);
	const laender = new URL('../data/bkg-vg250-laender-2018.geojson', import.meta.url);
	return {
		countries: JSON.parse(await readFile(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as CountriesTopology,
		laender: JSON.parse(await readFile(laender, 'utf8')) as VG250Collection,
		places: germanPlaces(),
		countryNames: COUNTRY_NAMES,
	};
}

/** A level as the site reads it: the file's text. */
export const basemapText = (basemap: BasemapFile) => `${JSON.stringify(basemap)}\n`;

/**
 * Builds both levels from the sources and writes them to src/data/basemap/ (`npx tsx scripts/basemap.ts`). The build
 * reads these files instead of merging, simplifying and quantising the sources in every build;
 * tests/unit/basemap.test.ts fails when they are not what this writes.
 */
export async function writeBasemapFiles(): Promise<void> {
	const sources = await readBasemapSources();
	for (const { options, file } of Object.values(BASEMAP_LEVELS)) await writeFile(file, basemapText(buildBasemap(sources, options)));
}
