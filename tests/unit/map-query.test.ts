import { describe, expect, it } from 'vitest';
import { activeFilterCount, mapQueryToSearch, matchesMapQuery, NO_QUERY, parseMapQuery } from '../../src/lib/map/map-query';
import { AGENDA_STATUSES } from '../../src/schemas/city';
import { STATES } from '../../src/schemas/states';
import { THEME_IDS } from '../../src/schemas/themes';

const vocabulary = { themes: THEME_IDS, statuses: AGENDA_STATUSES, states: STATES.map((state) => state.slug) };
const koeln = { themes: ['mobilitaet', 'datenplattform'], status: 'beschlossen', state: 'nordrhein-westfalen', atlas2019: true };
const later = { themes: ['bildung'], status: 'unbekannt', state: 'bayern', atlas2019: false };

describe('the map query', () => {
	it('reads Bundesland and edition next to themes and statuses; unknown values are ignored', () => {
		expect(parseMapQuery('?bundesland=Bayern&atlas=2019&thema=bildung', vocabulary)).toEqual({
			themes: ['bildung'],
			statuses: [],
			state: 'bayern',
			atlas: '2019',
		});
		expect(parseMapQuery('?bundesland=atlantis&atlas=1999', vocabulary)).toEqual(NO_QUERY);
	});

	it('writes a canonical query string and keeps other parameters', () => {
		const query = { themes: ['bildung'], statuses: ['beschlossen'], state: 'bayern', atlas: 'neu' as const };
		expect(mapQueryToSearch(query, '?x=1&bundesland=hessen')).toBe('?x=1&thema=bildung&agenda=beschlossen&bundesland=bayern&atlas=neu');
		expect(parseMapQuery(mapQueryToSearch(query), vocabulary)).toEqual(query);
		expect(mapQueryToSearch(NO_QUERY, '?bundesland=bayern&atlas=2019')).toBe('');
	});

	it('matches AND across filters, OR within themes and statuses', () => {
		expect(matchesMapQuery(koeln, NO_QUERY)).toBe(true);
		expect(matchesMapQuery(koeln, { ...NO_QUERY, state: 'bayern' })).toBe(false);
		expect(matchesMapQuery(later, { ...NO_QUERY, state: 'bayern' })).toBe(true);
		expect(matchesMapQuery(koeln, { ...NO_QUERY, atlas: '2019' })).toBe(true);
		expect(matchesMapQuery(later, { ...NO_QUERY, atlas: '2019' })).toBe(false);
		expect(matchesMapQuery(later, { ...NO_QUERY, atlas: 'neu', themes: ['bildung', 'handel'] })).toBe(true);
		expect(matchesMapQuery(later, { ...NO_QUERY, atlas: 'neu', statuses: ['beschlossen'] })).toBe(false);
	});

	it('counts the chosen filters for the phone’s filter button', () => {
		expect(activeFilterCount(NO_QUERY)).toBe(0);
		expect(activeFilterCount({ themes: ['a', 'b'], statuses: ['c'], state: 'bayern', atlas: '2019' })).toBe(5);
	});
});
