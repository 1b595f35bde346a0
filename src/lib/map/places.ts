/**
 * Places for orientation on the map: German towns of the GeoNames gazetteer (CC BY 4.0, src/lib/scaffold/gazetteer.ts)
 * from a minimum population, biggest first. The map labels them by zoom level, so the region around a marker is
 * named even where no atlas city is.
 */
import { isTown, type Place } from '../scaffold/place';

/** `[name, lng, lat, population in thousands]`: compact, since the map fetches hundreds of them. */
export type PlaceTuple = [name: string, lng: number, lat: number, thousands: number];

/** GeoNames names that are not the German ones. */
const GERMAN_NAMES: Readonly<Record<string, string>> = { Munich: 'München' };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Towns (no city sections, no historical places) with at least `minPopulation` inhabitants. */
export function orientationPlaces(places: readonly Place[], minPopulation = 40_000): PlaceTuple[] {
	return places
		.filter((place) => place.population >= minPopulation && isTown(place))
		.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'de'))
		.map(({ name, lng, lat, population }): PlaceTuple => [GERMAN_NAMES[name] ?? name, round(lng, 3), round(lat, 3), Math.round(population / 1000)]);
}

/**
 * The smallest population (in thousands) labelled at a zoom: the biggest cities first, smaller towns as the reader
 * zooms in. Labels still give way to each other (src/lib/map/labels.ts).
 */
export function minThousandsAt(zoom: number): number {
	if (zoom < 6) return 500;
	if (zoom < 7) return 200;
	if (zoom < 8) return 100;
	if (zoom < 9) return 50;
	return 0;
}
