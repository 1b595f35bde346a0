import { describe, expect, it } from 'vitest';
import { compareHref, compareQuery, nearestCities, parseCompareParams } from '../../src/lib/compare';

const known = new Set(['koeln', 'duesseldorf', 'krefeld', 'bonn', 'aachen']);

describe('the comparison’s address', () => {
	it('reads comma lists and repeated parameters alike (portrait links and the city list’s form)', () => {
		expect(parseCompareParams('?staedte=koeln,duesseldorf', known).slugs).toEqual(['koeln', 'duesseldorf']);
		expect(parseCompareParams('?staedte=koeln&staedte=duesseldorf&staedte=krefeld', known).slugs).toEqual(['koeln', 'duesseldorf', 'krefeld']);
		expect(parseCompareParams('?staedte=koeln%2Cbonn&staedte=aachen', known).slugs).toEqual(['koeln', 'bonn', 'aachen']);
	});

	it('keeps each city once, in order, at most four, and says what it left out', () => {
		expect(parseCompareParams('?staedte=Koeln,koeln,,bonn,atlantis', known)).toEqual({ slugs: ['koeln', 'bonn'], unknown: ['atlantis'], dropped: [] });
		expect(parseCompareParams('?staedte=koeln,duesseldorf,krefeld,bonn,aachen', known)).toEqual({
			slugs: ['koeln', 'duesseldorf', 'krefeld', 'bonn'],
			unknown: [],
			dropped: ['aachen'],
		});
		expect(parseCompareParams('', known).slugs).toEqual([]);
	});

	it('writes the comma form', () => {
		expect(compareQuery(['koeln', 'duesseldorf'])).toBe('?staedte=koeln,duesseldorf');
		expect(compareQuery([])).toBe('');
		expect(compareHref(['koeln'])).toBe('/vergleich/?staedte=koeln');
	});

	it('suggests the nearest cities', () => {
		const cities = [
			{ slug: 'koeln', name: 'Köln', lat: 50.94, lng: 6.96 },
			{ slug: 'bonn', name: 'Bonn', lat: 50.73, lng: 7.1 },
			{ slug: 'muenchen', name: 'München', lat: 48.14, lng: 11.58 },
			{ slug: 'duesseldorf', name: 'Düsseldorf', lat: 51.22, lng: 6.78 },
		];
		expect(nearestCities(cities, 'koeln', 2).map((city) => city.slug)).toEqual(['bonn', 'duesseldorf']);
		expect(nearestCities(cities, 'atlantis', 2)).toEqual([]);
	});
});
