import { describe, expect, it } from 'vitest';
import { compareHref, compareQuery, nearestCities, parseCompareParams } from '../../src/lib/compare';
import { distanceKm } from '../../src/lib/geo';

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

	it('reads a former slug as the city it names now, once', () => {
		const former = new Map([['koeln-am-rhein', 'koeln']]);
		expect(parseCompareParams('?staedte=koeln-am-rhein,bonn,koeln', known, former)).toEqual({ slugs: ['koeln', 'bonn'], unknown: [], dropped: [] });
		expect(parseCompareParams('?staedte=koeln-am-rhein,bonn', known).unknown).toEqual(['koeln-am-rhein']);
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

	it('finds the same nearest cities as sorting all of them by distance, ties by name', () => {
		let seed = 7;
		const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		const points = Array.from({ length: 300 }, (_, i) => ({
			slug: `s${i}`,
			name: `Ort ${(i * 37) % 300}`,
			lat: 47.3 + random() * 7.7,
			lng: 5.9 + random() * 9.1,
		}));
		// Same place, different names: the tie-break decides.
		const cities = [...points, ...points.slice(0, 20).map((city, i) => ({ ...city, slug: `z${i}`, name: `Aa ${i}` }))];
		for (const home of cities.slice(0, 60)) {
			for (const n of [1, 3, 5]) {
				const expected = cities
					.filter((city) => city.slug !== home.slug)
					.map((city) => ({ city, km: distanceKm(home, city) }))
					.sort((a, b) => a.km - b.km || a.city.name.localeCompare(b.city.name, 'de'))
					.slice(0, n)
					.map(({ city }) => city.slug);
				expect(nearestCities(cities, home.slug, n).map((city) => city.slug)).toEqual(expected);
			}
		}
		expect(nearestCities(cities, 's1', 0)).toEqual([]);
	});
});
