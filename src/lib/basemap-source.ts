import countries from 'world-atlas/countries-50m.json?raw';
import laender from '../data/bkg-vg250-laender-2018.geojson?raw';
import { de } from '../i18n/de';
import { buildBasemap, type BasemapFile, type BasemapOptions, type BasemapSources, type CountriesTopology } from './basemap';
import type { VG250Collection } from './map/laender';
import { germanPlaces } from './scaffold/gazetteer';

/** German country names of the dictionary (`country.<ISO numeric>`), for the base layer. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(de).flatMap(([key, value]) => (key.startsWith('country.') && typeof value === 'string' ? [[key.slice('country.'.length), value]] : [])),
);

let sources: BasemapSources | undefined;
const built = new Map<string, BasemapFile>();

/** The base layer at one level (src/lib/basemap.ts: OVERVIEW, DETAIL, or the default), built once per build from the files in the repository. */
export function loadBasemap(options: BasemapOptions = {}): BasemapFile {
	const key = JSON.stringify(options);
	let basemap = built.get(key);
	if (!basemap) {
		sources ??= {
			countries: JSON.parse(countries) as CountriesTopology,
			laender: JSON.parse(laender) as VG250Collection,
			places: germanPlaces(),
			countryNames: COUNTRY_NAMES,
		};
		basemap = buildBasemap(sources, options);
		built.set(key, basemap);
	}
	return basemap;
}
