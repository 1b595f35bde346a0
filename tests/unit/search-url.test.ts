import { describe, expect, it } from 'vitest';
import { emptyState, isEmptyState, pagefindFilters, parseSearchParams, searchUrl, toSearchParams } from '../../src/lib/search-url';

describe('search URL state', () => {
	it('reads query and repeated facet values, German labels as they are', () => {
		const state = parseSearchParams('?q=+daten+&thema=Mobilit%C3%A4t&thema=Energie+%26+Umwelt&bundesland=Bayern&agenda=beschlossen&agenda=beschlossen&x=1');
		expect(state).toEqual({ q: 'daten', thema: ['Mobilität', 'Energie & Umwelt'], bundesland: ['Bayern'], agenda: ['beschlossen'] });
	});

	it('reads an empty URL as the empty state', () => {
		expect(parseSearchParams('')).toEqual(emptyState());
		expect(isEmptyState(parseSearchParams('?q=%20&thema='))).toBe(true);
		expect(isEmptyState(parseSearchParams('?agenda=keine'))).toBe(false);
	});

	it('writes what it reads', () => {
		const state = { q: 'Plattform', thema: ['Mobilität', 'Energie & Umwelt'], bundesland: ['Nordrhein-Westfalen'], agenda: ['beschlossen'] };
		const params = toSearchParams(state);
		expect(params.getAll('thema')).toEqual(['Mobilität', 'Energie & Umwelt']);
		expect(parseSearchParams(params.toString())).toEqual(state);
	});

	it('builds links to a prepared search, with the base path', () => {
		expect(searchUrl({ thema: 'Mobilität' }, '/')).toBe('/suche/?thema=Mobilit%C3%A4t');
		expect(searchUrl({}, '/')).toBe('/suche/');
		expect(searchUrl({ q: ' daten ', bundesland: ['Bayern', 'Hessen'], agenda: 'in Erarbeitung' }, '/atlas/')).toBe(
			'/atlas/suche/?q=daten&bundesland=Bayern&bundesland=Hessen&agenda=in+Erarbeitung',
		);
		const url = new URL(searchUrl({ thema: 'Energie & Umwelt', bundesland: 'Nordrhein-Westfalen', agenda: 'beschlossen' }, '/'), 'https://x.example');
		expect(parseSearchParams(url.search)).toEqual({ q: '', thema: ['Energie & Umwelt'], bundesland: ['Nordrhein-Westfalen'], agenda: ['beschlossen'] });
	});

	it('turns the state into Pagefind filters: OR within a facet, AND across facets', () => {
		const state = { q: '', thema: ['Mobilität', 'Bildung'], bundesland: ['Bayern'], agenda: [] };
		expect(pagefindFilters(state)).toEqual({ thema: { any: ['Mobilität', 'Bildung'] }, bundesland: { any: ['Bayern'] } });
		expect(pagefindFilters(state, 'thema')).toEqual({ bundesland: { any: ['Bayern'] } });
		expect(pagefindFilters(emptyState())).toEqual({});
	});
});
