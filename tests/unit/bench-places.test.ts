import { describe, expect, it } from 'vitest';
import { largestGermanPlaces, type GazetteerEntry } from '../../bench/lib/places';
import { GERMANY } from '../../src/schemas/germany';

const entry = (name: string, country: string, adminCode: string, population: number, lng = 10, lat = 51): GazetteerEntry => ({
	name,
	country,
	adminCode,
	population,
	loc: { coordinates: [lng, lat] },
});

describe('largest German places', () => {
	it('keeps German places only, biggest first, and cuts at the count', () => {
		const places = largestGermanPlaces(
			[entry('Klein', 'DE', '02', 10), entry('Wien', 'AT', '09', 2e6), entry('Groß', 'DE', '07', 500), entry('Mittel', 'DE', '16', 100)],
			2,
		);
		expect(places.map((place) => place.name)).toEqual(['Groß', 'Mittel']);
		expect(places.map((place) => place.state)).toEqual(['Nordrhein-Westfalen', 'Berlin']);
	});

	it('skips places without a Land and clamps coordinates into the schema box', () => {
		const [place, ...rest] = largestGermanPlaces([entry('Irgendwo', 'DE', '00', 10), entry('Rand', 'DE', '01', 5, 5.5, 47.0)], 10);
		expect(rest).toHaveLength(0);
		expect(place).toMatchObject({ name: 'Rand', lat: GERMANY.lat[0], lng: GERMANY.lng[0] });
	});
});
