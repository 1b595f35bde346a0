/**
 * Pure logic of the city list (/staedte/): its state in the URL (text, theme and status filters, sort
 * column and direction) and the row order. Runs in the browser: no schema imports, plain data in.
 *
 * URL: `/staedte/?q=bay&thema=mobilitaet&agenda=beschlossen&sort=-jahr` — `thema` and `agenda` as on the
 * map (src/lib/map-filters.ts), `sort` a column key, with `-` in front for descending.
 */
import { FILTER_PARAMS, parseFilters, type FilterVocabulary, type MapFilters } from './map-filters';

export const SORT_KEYS = ['name', 'bundesland', 'status', 'jahr', 'einwohner', 'rang'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'asc' | 'desc';

export const LIST_PARAMS = { text: 'q', sort: 'sort' } as const;

/** The direction of a column's first click: biggest towns first, everything else ascending. */
export const FIRST_DIRECTION: Record<SortKey, Direction> = { name: 'asc', bundesland: 'asc', status: 'asc', jahr: 'asc', einwohner: 'desc', rang: 'asc' };

export interface ListState {
	text: string;
	filters: MapFilters;
	sort: SortKey;
	direction: Direction;
}

/**
 * Whether a table of these cities shows the Einwohner column: only where at least half of them have a sourced
 * population. Profiles give it rarely (no fact sheet states most cities' figures), and a column of dashes tells
 * readers nothing while it widens the table on phones; the figure stays in the portrait and the exports.
 */
export const showsPopulation = (cities: readonly { population: number | null }[]): boolean =>
	cities.length > 0 && cities.filter((city) => city.population !== null).length * 2 >= cities.length;

export const DEFAULT_SORT = { sort: 'name', direction: 'asc' } as const satisfies Pick<ListState, 'sort' | 'direction'>;

const isSortKey = (value: string): value is SortKey => (SORT_KEYS as readonly string[]).includes(value);

/** Reads the list state from a query string; unknown values fall back to the defaults. */
export function parseListState(search: string, vocabulary: FilterVocabulary): ListState {
	const params = new URLSearchParams(search);
	const raw = (params.get(LIST_PARAMS.sort) ?? '').trim().toLowerCase();
	const descending = raw.startsWith('-');
	const key = descending ? raw.slice(1) : raw;
	return {
		text: (params.get(LIST_PARAMS.text) ?? '').trim(),
		filters: parseFilters(params, vocabulary),
		...(isSortKey(key) ? { sort: key, direction: descending ? 'desc' : 'asc' } : DEFAULT_SORT),
	};
}

/** The query string (with `?`, or `''`) for a state; defaults are left out. */
export function listStateToSearch(state: ListState): string {
	const params = new URLSearchParams();
	if (state.text) params.set(LIST_PARAMS.text, state.text);
	for (const theme of state.filters.themes) params.append(FILTER_PARAMS.themes, theme);
	for (const status of state.filters.statuses) params.append(FILTER_PARAMS.statuses, status);
	if (state.sort !== DEFAULT_SORT.sort || state.direction !== DEFAULT_SORT.direction) {
		params.set(LIST_PARAMS.sort, `${state.direction === 'desc' ? '-' : ''}${state.sort}`);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** What a row is sorted by; `status` is the position of the status in display order. */
export interface SortableCity {
	name: string;
	state: string;
	status: number;
	year: number | null;
	population: number | null;
	rank: number | null;
}

const collator = new Intl.Collator('de');

function compareKey(a: SortableCity, b: SortableCity, key: SortKey): number | null {
	switch (key) {
		case 'name':
			return collator.compare(a.name, b.name);
		case 'bundesland':
			return collator.compare(a.state, b.state);
		case 'status':
			return a.status - b.status;
		default: {
			const field = key === 'jahr' ? 'year' : key === 'einwohner' ? 'population' : 'rank';
			const [x, y] = [a[field], b[field]];
			if (x === null || y === null) return null;
			return x - y;
		}
	}
}

/**
 * The list in the order of `key` and `direction`. Rows without a value (no year, no rank) come last in
 * either direction; ties keep alphabetical order.
 */
export function sortCities<T extends SortableCity>(cities: readonly T[], key: SortKey, direction: Direction): T[] {
	const sign = direction === 'asc' ? 1 : -1;
	return [...cities].sort((a, b) => {
		const value = compareKey(a, b, key);
		if (value === null) {
			const missing = Number(compareKey(a, a, key) === null) - Number(compareKey(b, b, key) === null);
			if (missing !== 0) return missing;
		} else if (value !== 0) return sign * value;
		return collator.compare(a.name, b.name);
	});
}
