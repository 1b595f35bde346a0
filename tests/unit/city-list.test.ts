import { describe, expect, it } from 'vitest';
import { listStateToSearch, parseListState, showsPopulation, sortCities, type SortableCity } from '../../src/lib/city-list';

const vocabulary = { themes: ['mobilitaet', 'verwaltung'], statuses: ['beschlossen', 'in-erarbeitung', 'keine', 'unbekannt'] };

const city = (name: string, values: Partial<SortableCity> = {}): SortableCity => ({
	name,
	state: 'Bayern',
	status: 0,
	year: null,
	population: null,
	rank: null,
	...values,
});

describe('city list state in the URL', () => {
	it('reads text, filters and a descending sort, ignoring unknown values', () => {
		expect(parseListState('?q=bay&thema=mobilitaet,unsinn&agenda=beschlossen&sort=-jahr', vocabulary)).toEqual({
			text: 'bay',
			filters: { themes: ['mobilitaet'], statuses: ['beschlossen'] },
			sort: 'jahr',
			direction: 'desc',
		});
		expect(parseListState('?sort=groesse', vocabulary)).toMatchObject({ sort: 'name', direction: 'asc' });
	});

	it('writes only what differs from the default and reads it back the same', () => {
		expect(listStateToSearch(parseListState('', vocabulary))).toBe('');
		const state = parseListState('?thema=verwaltung&sort=einwohner&q=k%C3%B6ln', vocabulary);
		expect(listStateToSearch(state)).toBe('?q=k%C3%B6ln&thema=verwaltung&sort=einwohner');
		expect(parseListState(listStateToSearch(state), vocabulary)).toEqual(state);
	});
});

describe('city list order', () => {
	const cities = [
		city('Ulm', { year: 2019, population: 126000, rank: 20, state: 'Baden-Württemberg', status: 0 }),
		city('Aachen', { year: 2021, population: 250000, status: 1 }),
		city('Köln', { year: 2012, population: 1080000, rank: 4, state: 'Nordrhein-Westfalen', status: 0 }),
		city('Emden', { status: 3 }),
		city('Bonn', { year: 2019, population: 330000, rank: 9, state: 'Nordrhein-Westfalen', status: 0 }),
	];
	const names = (list: SortableCity[]) => list.map((entry) => entry.name);

	it('sorts by agenda year either way, cities without a year last, ties alphabetically', () => {
		expect(names(sortCities(cities, 'jahr', 'asc'))).toEqual(['Köln', 'Bonn', 'Ulm', 'Aachen', 'Emden']);
		expect(names(sortCities(cities, 'jahr', 'desc'))).toEqual(['Aachen', 'Bonn', 'Ulm', 'Köln', 'Emden']);
	});

	it('sorts by name (German collation), Bundesland, status, population and rank', () => {
		expect(names(sortCities([city('Ölbronn'), city('Oberhausen'), city('Zwickau')], 'name', 'asc'))).toEqual(['Oberhausen', 'Ölbronn', 'Zwickau']);
		expect(names(sortCities(cities, 'bundesland', 'asc'))).toEqual(['Ulm', 'Aachen', 'Emden', 'Bonn', 'Köln']);
		expect(names(sortCities(cities, 'status', 'asc'))).toEqual(['Bonn', 'Köln', 'Ulm', 'Aachen', 'Emden']);
		expect(names(sortCities(cities, 'einwohner', 'desc'))).toEqual(['Köln', 'Bonn', 'Aachen', 'Ulm', 'Emden']);
		expect(names(sortCities(cities, 'rang', 'asc'))).toEqual(['Köln', 'Bonn', 'Ulm', 'Aachen', 'Emden']);
	});
});

describe('the Einwohner column', () => {
	const withPopulation = (...values: (number | null)[]) => values.map((population) => ({ population }));

	it('is shown where at least half of the listed cities have a population, never for a column of dashes', () => {
		expect(showsPopulation(withPopulation(230666, null))).toBe(true);
		expect(showsPopulation(withPopulation(230666, 126000, null))).toBe(true);
		expect(showsPopulation(withPopulation(230666, null, null))).toBe(false);
		expect(showsPopulation(withPopulation(null))).toBe(false);
		expect(showsPopulation([])).toBe(false);
	});
});
