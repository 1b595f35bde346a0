import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BASEMAP_BBOX, buildBasemap, clipRing, type CountriesTopology } from '../../src/lib/basemap';

const square = [
	[0, 0],
	[4, 0],
	[4, 4],
	[0, 4],
	[0, 0],
];

describe('clipRing', () => {
	it('keeps a ring inside the box unchanged', () => {
		expect(clipRing(square, [-1, -1, 5, 5])).toEqual(square);
	});

	it('cuts a ring at the box and closes it again', () => {
		const clipped = clipRing(square, [2, -1, 5, 2]);
		expect(clipped.at(0)).toEqual(clipped.at(-1));
		expect(clipped.every(([x = NaN, y = NaN]) => x >= 2 && x <= 5 && y >= -1 && y <= 2)).toBe(true);
		expect(new Set(clipped.slice(0, -1).map(String))).toEqual(new Set(['2,0', '4,0', '4,2', '2,2']));
	});

	it('drops a ring outside the box', () => {
		expect(clipRing(square, [10, 10, 12, 12])).toEqual([]);
	});
});

describe('buildBasemap', async () => {
	const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
	const basemap = buildBasemap(JSON.parse(await readFile(path, 'utf8')) as CountriesTopology);
	const [west, south, east, north] = BASEMAP_BBOX;
	const positions = basemap.features.flatMap((feature) =>
		(feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates).flat(2),
	);

	it('contains Germany and its neighbours, Germany marked', () => {
		const names = basemap.features.map((feature) => feature.properties.name);
		expect(names).toEqual(
			expect.arrayContaining(['Germany', 'France', 'Poland', 'Czechia', 'Austria', 'Switzerland', 'Denmark', 'Netherlands', 'Belgium', 'Luxembourg']),
		);
		expect(basemap.features.filter((feature) => feature.properties.germany).map((feature) => feature.properties.name)).toEqual(['Germany']);
	});

	it('stays inside the region and is small', () => {
		expect(positions.length).toBeGreaterThan(1000);
		expect(positions.every(([lng = NaN, lat = NaN]) => lng >= west && lng <= east && lat >= south && lat <= north)).toBe(true);
		expect(JSON.stringify(basemap).length).toBeLessThan(100_000);
	});
});
