/**
 * The comparison's address: `/vergleich/?staedte=koeln,duesseldorf` (the portraits' links) and
 * `?staedte=koeln&staedte=duesseldorf` (the city list's form) mean the same. Import-free but for paths, so
 * the browser script uses it too.
 */
import { distanceKm } from './geo';
import { href } from './paths';

export const COMPARE_PATH = 'vergleich/';
export const COMPARE_PARAM = 'staedte';
export const MAX_CITIES = 4;
export const MIN_CITIES = 2;

/**
 * The slugs in `search`, in order, each once, known ones only (when `known` is given), at most four; and what was left
 * out. A former slug (src/content/former-slugs.yaml) stands for the city's slug now, so old links keep working.
 */
export function parseCompareParams(
	search: string | URLSearchParams,
	known?: ReadonlySet<string>,
	former: ReadonlyMap<string, string> = new Map(),
): { slugs: string[]; unknown: string[]; dropped: string[] } {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const wanted = params
		.getAll(COMPARE_PARAM)
		.flatMap((value) => value.split(','))
		.map((slug) => slug.trim().toLowerCase())
		.filter(Boolean)
		.map((slug) => former.get(slug) ?? slug);
	const unique = [...new Set(wanted)];
	const unknown = known ? unique.filter((slug) => !known.has(slug)) : [];
	const valid = unique.filter((slug) => !unknown.includes(slug));
	return { slugs: valid.slice(0, MAX_CITIES), unknown, dropped: valid.slice(MAX_CITIES) };
}

/** The query string of a comparison: `?staedte=koeln,duesseldorf` (commas stay readable). */
export const compareQuery = (slugs: readonly string[]) => (slugs.length === 0 ? '' : `?${COMPARE_PARAM}=${slugs.map(encodeURIComponent).join(',')}`);

/** Link to the comparison of `slugs`, with base. */
export const compareHref = (slugs: readonly string[]) => `${href(COMPARE_PATH)}${compareQuery(slugs)}`;

interface Located {
	slug: string;
	name: string;
	lat: number;
	lng: number;
}

/** Kilometres per degree of latitude: a city further north or south than this times the difference is at least that far. */
const KM_PER_DEGREE_LATITUDE = distanceKm({ lat: 0, lng: 0 }, { lat: 1, lng: 0 });
/** Each list of cities sorted by latitude, once: every portrait asks for its neighbours in the same list. */
const byLatitude = new WeakMap<readonly Located[], readonly Located[]>();

/**
 * The `n` cities nearest to `slug` (great-circle distance), nearest first, ties by name. Walks outwards from the city
 * in latitude order and stops once the difference in latitude alone is further than the n-th nearest so far.
 */
export function nearestCities<C extends Located>(cities: readonly C[], slug: string, n: number): C[] {
	const home = cities.find((city) => city.slug === slug);
	if (!home || n <= 0) return [];
	let sorted = byLatitude.get(cities) as readonly C[] | undefined;
	if (!sorted) byLatitude.set(cities, (sorted = [...cities].sort((a, b) => a.lat - b.lat)));
	const before = (a: { city: C; km: number }, b: { city: C; km: number }) => a.km - b.km || a.city.name.localeCompare(b.city.name, 'de');
	const nearest: { city: C; km: number }[] = [];
	const start = sorted.indexOf(home);
	let north = start + 1;
	let south = start - 1;
	while (north < sorted.length || south >= 0) {
		const northGap = north < sorted.length ? sorted[north]!.lat - home.lat : Infinity;
		const southGap = south >= 0 ? home.lat - sorted[south]!.lat : Infinity;
		// A small margin, so that rounding never drops a city at exactly the n-th distance (ties go by name).
		if (nearest.length === n && Math.min(northGap, southGap) * KM_PER_DEGREE_LATITUDE > nearest[n - 1]!.km + 1e-6) break;
		const city = northGap <= southGap ? sorted[north++]! : sorted[south--]!;
		if (city.slug === slug) continue;
		const candidate = { city, km: distanceKm(home, city) };
		if (nearest.length === n && before(candidate, nearest[n - 1]!) >= 0) continue;
		const at = nearest.findIndex((entry) => before(candidate, entry) < 0);
		nearest.splice(at < 0 ? nearest.length : at, 0, candidate);
		if (nearest.length > n) nearest.pop();
	}
	return nearest.map(({ city }) => city);
}
