import { href } from './paths';

/**
 * The search page's state as it lives in the URL: `/suche/?q=daten&thema=Mobilität&bundesland=Bayern&agenda=beschlossen`.
 * Values are the German labels that Pagefind indexes as filter values (SearchMeta.astro); a facet may repeat.
 * Pure, shared by the search page, theme and Land pages and the map.
 */
export const FACETS = ['thema', 'bundesland', 'agenda'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchState {
	q: string;
	thema: string[];
	bundesland: string[];
	agenda: string[];
}

/** What a link to a prepared search may name; a facet takes one label or several. */
export type SearchLink = { q?: string } & { [F in Facet]?: string | readonly string[] };

const clean = (values: readonly string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];

export function emptyState(): SearchState {
	return { q: '', thema: [], bundesland: [], agenda: [] };
}

export function isEmptyState(state: SearchState): boolean {
	return !state.q && FACETS.every((facet) => state[facet].length === 0);
}

export function parseSearchParams(params: URLSearchParams | string): SearchState {
	const search = typeof params === 'string' ? new URLSearchParams(params) : params;
	const state = emptyState();
	state.q = (search.get('q') ?? '').trim();
	for (const facet of FACETS) state[facet] = clean(search.getAll(facet));
	return state;
}

export function toSearchParams(state: SearchLink): URLSearchParams {
	const params = new URLSearchParams();
	const q = state.q?.trim();
	if (q) params.set('q', q);
	for (const facet of FACETS) {
		const value = state[facet];
		for (const item of clean(typeof value === 'string' ? [value] : (value ?? []))) params.append(facet, item);
	}
	return params;
}

/** Link to the search page with a prepared query and filters, e.g. `searchUrl({ thema: 'Mobilität' })`. */
export function searchUrl(state: SearchLink = {}, base?: string): string {
	const query = toSearchParams(state).toString();
	return `${href('suche/', base)}${query ? `?${query}` : ''}`;
}

/** Pagefind `filters` option: OR within a facet (`any`), AND across facets. `without` leaves one facet out. */
export function pagefindFilters(state: SearchState, without?: Facet): Partial<Record<Facet, { any: string[] }>> {
	const filters: Partial<Record<Facet, { any: string[] }>> = {};
	for (const facet of FACETS) {
		if (facet !== without && state[facet].length > 0) filters[facet] = { any: [...state[facet]] };
	}
	return filters;
}
