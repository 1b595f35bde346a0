import { filtersToSearch, matchesFilters, parseFilters, type FilterVocabulary, type MapFilters } from '../map-filters';

/**
 * The map's filters in the URL: theme and status (src/lib/map-filters.ts, shared with the city list) plus one
 * Bundesland and the atlas edition (`/karte/?bundesland=bayern&atlas=2019`). Runs in the browser: no imports
 * of the zod schemas; the allowed values are passed in.
 */
export const MAP_PARAMS = { state: 'bundesland', atlas: 'atlas' } as const;

/** `2019`: cities of the Atlas 2019; `neu`: cities added later; `''`: both. */
export const ATLAS_VALUES = ['2019', 'neu'] as const;
export type AtlasValue = (typeof ATLAS_VALUES)[number] | '';

export interface MapQuery extends MapFilters {
	/** A Bundesland slug, or `''` for all. */
	state: string;
	atlas: AtlasValue;
}

export interface MapVocabulary extends FilterVocabulary {
	states: readonly string[];
}

export interface QueryableCity {
	themes: readonly string[];
	status: string;
	state: string;
	atlas2019: boolean;
}

export const NO_QUERY: MapQuery = { themes: [], statuses: [], state: '', atlas: '' };

const single = (params: URLSearchParams, name: string, allowed: readonly string[]) => {
	const value = (params.get(name) ?? '').trim().toLowerCase();
	return allowed.includes(value) ? value : '';
};

export function parseMapQuery(search: string | URLSearchParams, vocabulary: MapVocabulary): MapQuery {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	return {
		...parseFilters(params, vocabulary),
		state: single(params, MAP_PARAMS.state, vocabulary.states),
		atlas: single(params, MAP_PARAMS.atlas, ATLAS_VALUES) as AtlasValue,
	};
}

/** The query string (with `?`, or `''`); other parameters of `current` are kept. */
export function mapQueryToSearch(query: MapQuery, current: string = ''): string {
	const params = new URLSearchParams(filtersToSearch(query, current));
	params.delete(MAP_PARAMS.state);
	params.delete(MAP_PARAMS.atlas);
	if (query.state) params.set(MAP_PARAMS.state, query.state);
	if (query.atlas) params.set(MAP_PARAMS.atlas, query.atlas);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** OR within themes and statuses, AND between all filters; an empty filter does not restrict. */
export function matchesMapQuery(city: QueryableCity, query: MapQuery): boolean {
	return matchesFilters(city, query) && (!query.state || city.state === query.state) && (!query.atlas || city.atlas2019 === (query.atlas === '2019'));
}

/** How many filters are set (a theme or status each, a Bundesland, the edition): shown on the phone's filter button. */
export function activeFilterCount(query: MapQuery): number {
	return query.themes.length + query.statuses.length + (query.state ? 1 : 0) + (query.atlas ? 1 : 0);
}
