import { describe, expect, it } from 'vitest';
import { filtersToSearch, hasFilters, matchesFilters, NO_FILTERS, parseFilters } from '../../src/lib/map-filters';
import { AGENDA_STATUSES } from '../../src/schemas/city';
import { THEME_IDS } from '../../src/schemas/themes';

const vocabulary = { themes: THEME_IDS, statuses: AGENDA_STATUSES };

describe('parseFilters', () => {
	it('reads repeated parameters', () => {
		expect(parseFilters('?thema=mobilitaet&thema=datenplattform&agenda=beschlossen', vocabulary)).toEqual({
			themes: ['mobilitaet', 'datenplattform'],
			statuses: ['beschlossen'],
		});
	});

	it('reads comma-separated lists and mixes of both', () => {
		expect(parseFilters('thema=datenplattform,verwaltung&thema=bildung&agenda=keine,in-erarbeitung', vocabulary)).toEqual({
			themes: ['verwaltung', 'bildung', 'datenplattform'],
			statuses: ['in-erarbeitung', 'keine'],
		});
	});

	it('ignores unknown values, duplicates, case and blanks', () => {
		expect(parseFilters('?thema=Mobilitaet&thema=mobilitaet&thema=raumfahrt&thema=&agenda=vielleicht', vocabulary)).toEqual({
			themes: ['mobilitaet'],
			statuses: [],
		});
	});

	it('treats an empty query as no filter', () => {
		expect(parseFilters('', vocabulary)).toEqual(NO_FILTERS);
		expect(hasFilters(parseFilters('?foo=bar', vocabulary))).toBe(false);
	});

	it('accepts URLSearchParams', () => {
		expect(parseFilters(new URLSearchParams({ agenda: 'unbekannt' }), vocabulary).statuses).toEqual(['unbekannt']);
	});
});

describe('filtersToSearch', () => {
	it('writes each value as its own parameter', () => {
		expect(filtersToSearch({ themes: ['mobilitaet', 'datenplattform'], statuses: ['beschlossen'] })).toBe(
			'?thema=mobilitaet&thema=datenplattform&agenda=beschlossen',
		);
	});

	it('returns an empty string without filters', () => {
		expect(filtersToSearch(NO_FILTERS)).toBe('');
		expect(filtersToSearch(NO_FILTERS, '?thema=bildung&agenda=keine')).toBe('');
	});

	it('keeps other parameters and replaces the old filters', () => {
		expect(filtersToSearch({ themes: ['bildung'], statuses: [] }, '?thema=handel&lang=de')).toBe('?lang=de&thema=bildung');
	});

	it('round-trips through parseFilters', () => {
		const filters = { themes: ['energie-umwelt', 'it-infrastruktur'], statuses: ['in-erarbeitung', 'unbekannt'] };
		expect(parseFilters(filtersToSearch(filters), vocabulary)).toEqual(filters);
	});
});

describe('matchesFilters', () => {
	const city = { themes: ['verwaltung', 'mobilitaet'], status: 'beschlossen' };

	it('lets everything through without filters', () => {
		expect(matchesFilters(city, NO_FILTERS)).toBe(true);
	});

	it('combines themes with OR', () => {
		expect(matchesFilters(city, { themes: ['bildung', 'mobilitaet'], statuses: [] })).toBe(true);
		expect(matchesFilters(city, { themes: ['bildung', 'handel'], statuses: [] })).toBe(false);
	});

	it('combines statuses with OR and the two groups with AND', () => {
		expect(matchesFilters(city, { themes: [], statuses: ['keine', 'beschlossen'] })).toBe(true);
		expect(matchesFilters(city, { themes: ['mobilitaet'], statuses: ['keine'] })).toBe(false);
		expect(matchesFilters(city, { themes: ['handel'], statuses: ['beschlossen'] })).toBe(false);
		expect(matchesFilters(city, { themes: ['mobilitaet'], statuses: ['beschlossen'] })).toBe(true);
	});
});
