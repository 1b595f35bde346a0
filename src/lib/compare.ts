/**
 * The comparison's address: `/vergleich/?staedte=koeln,duesseldorf` (the portraits' links) and
 * `?staedte=koeln&staedte=duesseldorf` (the city list's form) mean the same. Import-free but for paths, so
 * the browser script uses it too.
 */
import { href } from './paths';

export const COMPARE_PATH = 'vergleich/';
export const COMPARE_PARAM = 'staedte';
export const MAX_CITIES = 4;
export const MIN_CITIES = 2;

/** The slugs in `search`, in order, each once, known ones only (when `known` is given), at most four; and what was left out. */
export function parseCompareParams(search: string | URLSearchParams, known?: ReadonlySet<string>): { slugs: string[]; unknown: string[]; dropped: string[] } {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const wanted = params
		.getAll(COMPARE_PARAM)
		.flatMap((value) => value.split(','))
		.map((slug) => slug.trim().toLowerCase())
		.filter(Boolean);
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

/** The `n` cities nearest to `slug` (great-circle distance), nearest first, ties by name. */
export function nearestCities<C extends Located>(cities: readonly C[], slug: string, n: number): C[] {
	const home = cities.find((city) => city.slug === slug);
	if (!home) return [];
	const rad = Math.PI / 180;
	const distance = (city: Located) => {
		const dLat = (city.lat - home.lat) * rad;
		const dLng = (city.lng - home.lng) * rad;
		const a = Math.sin(dLat / 2) ** 2 + Math.cos(home.lat * rad) * Math.cos(city.lat * rad) * Math.sin(dLng / 2) ** 2;
		return 2 * Math.asin(Math.sqrt(a));
	};
	return cities
		.filter((city) => city.slug !== slug)
		.map((city) => ({ city, d: distance(city) }))
		.sort((a, b) => a.d - b.d || a.city.name.localeCompare(b.city.name, 'de'))
		.slice(0, n)
		.map(({ city }) => city);
}
