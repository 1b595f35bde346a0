/**
 * Pure filter logic of the map and the city list: which cities match, and how the map's filters live in the URL
 * (`/karte/?thema=mobilitaet&thema=datenplattform&agenda=beschlossen`). Runs in the browser, so it
 * must not import the zod schemas; the allowed values are passed in.
 */

/** URL parameter names. Several values are repeated (`thema=a&thema=b`); comma lists (`thema=a,b`) are read too. */
export const FILTER_PARAMS = { themes: 'thema', statuses: 'agenda' } as const;

export interface MapFilters {
	/** Theme ids; a city matches when it names at least one of them (none chosen = all). */
	themes: string[];
	/** Agenda status slugs; a city matches when its current status is one of them (none chosen = all). */
	statuses: string[];
}

/** The values a filter may take, in display order. */
export interface FilterVocabulary {
	themes: readonly string[];
	statuses: readonly string[];
}

export interface FilterableCity {
	themes: readonly string[];
	status: string;
}

export const NO_FILTERS: MapFilters = { themes: [], statuses: [] };

function readValues(params: URLSearchParams, name: string, allowed: readonly string[]): string[] {
	const given = new Set(
		params
			.getAll(name)
			.flatMap((value) => value.split(','))
			.map((value) => value.trim().toLowerCase()),
	);
	return allowed.filter((value) => given.has(value));
}

/** Reads the filters from a query string; unknown values are ignored, known ones come in vocabulary order. */
export function parseFilters(search: string | URLSearchParams, vocabulary: FilterVocabulary): MapFilters {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	return {
		themes: readValues(params, FILTER_PARAMS.themes, vocabulary.themes),
		statuses: readValues(params, FILTER_PARAMS.statuses, vocabulary.statuses),
	};
}

/** The query string (with `?`, or `''`) for the filters; other parameters of `current` are kept. */
export function filtersToSearch(filters: MapFilters, current: string = ''): string {
	const params = new URLSearchParams(current);
	params.delete(FILTER_PARAMS.themes);
	params.delete(FILTER_PARAMS.statuses);
	for (const theme of filters.themes) params.append(FILTER_PARAMS.themes, theme);
	for (const status of filters.statuses) params.append(FILTER_PARAMS.statuses, status);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** OR within a group, AND between the groups; an empty group does not restrict. */
export function matchesFilters(city: FilterableCity, filters: MapFilters): boolean {
	const themeOk = filters.themes.length === 0 || city.themes.some((theme) => filters.themes.includes(theme));
	const statusOk = filters.statuses.length === 0 || filters.statuses.includes(city.status);
	return themeOk && statusOk;
}

export function hasFilters(filters: MapFilters): boolean {
	return filters.themes.length > 0 || filters.statuses.length > 0;
}
