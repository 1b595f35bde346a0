import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { BASEMAP_BBOX, buildBasemap, DETAIL, OVERVIEW, type CountryProperties } from '../../src/lib/basemap';
import { BASEMAP_LEVELS, basemapText, readBasemapSources, type BasemapLevel } from '../../src/lib/basemap-files';
import { loadBasemap } from '../../src/lib/basemap-source';
import { clipRing } from '../../src/lib/map/clip';
import { minThousandsAt } from '../../src/lib/map/places';
import { GERMANY, inGermany } from '../../src/schemas/germany';
import { STATES } from '../../src/schemas/states';

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
	const sources = await readBasemapSources();
	const basemap = buildBasemap(sources);
	const { topology } = basemap;
	const states = feature(topology, topology.objects.laender).features as Feature<Polygon | MultiPolygon, { slug: string; name: string; label: Position }>[];
	const rings = (item: Feature<Polygon | MultiPolygon>) => (item.geometry.type === 'Polygon' ? [item.geometry.coordinates] : item.geometry.coordinates).flat();

	it('draws exactly the 16 Länder, named and keyed like src/schemas/states.ts', () => {
		expect(states).toHaveLength(16);
		expect(states.map((state) => state.properties.slug).sort()).toEqual(STATES.map((state) => state.slug).sort());
		expect(states.map((state) => state.properties.name).sort()).toEqual(STATES.map((state) => state.name).sort());
	});

	it('keeps every Land a valid, closed polygon inside Germany’s box, simplified but not emptied', () => {
		for (const state of states) {
			const ownRings = rings(state);
			expect(ownRings.length, state.properties.slug).toBeGreaterThan(0);
			for (const ring of ownRings) {
				expect(ring.length).toBeGreaterThanOrEqual(4);
				expect(ring.at(0)).toEqual(ring.at(-1));
				expect(ring.every(([lng = NaN, lat = NaN]) => inGermany(lat, lng))).toBe(true);
			}
			const [lng = NaN, lat = NaN] = state.properties.label;
			expect(inGermany(lat, lng), `${state.properties.slug} label`).toBe(true);
		}
		const points = states.reduce((sum, state) => sum + rings(state).reduce((n, ring) => n + ring.length, 0), 0);
		expect(points).toBeGreaterThan(3_000);
		expect(points).toBeLessThan(17_000);
	});

	it('spans Germany from the Alps to Sylt and from Aachen to the Oder', () => {
		const all = states.flatMap((state) => rings(state).flat());
		const lngs = all.map(([lng = NaN]) => lng);
		const lats = all.map(([, lat = NaN]) => lat);
		expect(Math.min(...lngs)).toBeLessThan(GERMANY.lng[0] + 0.2);
		expect(Math.max(...lngs)).toBeGreaterThan(GERMANY.lng[1] - 0.2);
		expect(Math.min(...lats)).toBeLessThan(GERMANY.lat[0] + 0.2);
		expect(Math.max(...lats)).toBeGreaterThan(GERMANY.lat[1] - 0.2);
	});

	it('has Germany as one shape made of the Länder’s own arcs, for its border and coast', () => {
		const [germany] = feature(topology, topology.objects.germany).features as Feature<Polygon | MultiPolygon>[];
		expect(germany?.geometry.type).toBe('MultiPolygon');
		const used = new Set(
			JSON.stringify(topology.objects.germany)
				.match(/-?\d+/g)!
				.map((n) => (Number(n) < 0 ? ~Number(n) : Number(n))),
		);
		const ofLaender = new Set(
			JSON.stringify(topology.objects.laender.geometries.map((geometry) => (geometry as { arcs: unknown }).arcs))
				.match(/-?\d+/g)!
				.map((n) => (Number(n) < 0 ? ~Number(n) : Number(n))),
		);
		expect([...used].every((arc) => ofLaender.has(arc))).toBe(true);
		expect(rings(germany!).length).toBeGreaterThan(10);
	});

	it('names the neighbours in German, with anchors inside the region', () => {
		const named = topology.objects.countries.geometries.map((geometry) => geometry.properties as CountryProperties).filter((country) => country.name);
		expect(named.map((country) => country.name)).toEqual(
			expect.arrayContaining(['Frankreich', 'Polen', 'Tschechien', 'Österreich', 'Schweiz', 'Dänemark', 'Niederlande', 'Belgien', 'Luxemburg']),
		);
		for (const country of named) {
			expect(country.label.length, country.name).toBeGreaterThan(0);
			for (const [lng = NaN, lat = NaN] of country.label)
				expect(lng >= BASEMAP_BBOX[0] && lng <= BASEMAP_BBOX[2] && lat >= BASEMAP_BBOX[1] && lat <= BASEMAP_BBOX[3]).toBe(true);
		}
	});

	it('lists places for orientation biggest first, with German names', () => {
		const names = basemap.places.map(([name]) => name);
		expect(names.slice(0, 3)).toEqual(['Berlin', 'Hamburg', 'München']);
		expect(names).not.toContain('Munich');
		const sizes = basemap.places.map(([, , , thousands]) => thousands);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		expect(basemap.places.filter(([, , , thousands]) => thousands >= minThousandsAt(6)).length).toBeGreaterThanOrEqual(20);
	});

	it('is small: tens of KB gzip', () => {
		expect(gzipSync(JSON.stringify(basemap)).length).toBeLessThan(60_000);
	});

	it('comes in two levels for the map: a coarse overview with everything, the Länder alone in detail', () => {
		const overview = buildBasemap(sources, OVERVIEW);
		const detail = buildBasemap(sources, DETAIL);
		const points = (file: typeof basemap, object: 'laender') => {
			const arcs = new Set(
				JSON.stringify(file.topology.objects[object])
					.match(/-?\d+/g)!
					.map((n) => (Number(n) < 0 ? ~Number(n) : Number(n))),
			);
			return [...arcs].reduce((sum, arc) => sum + (file.topology.arcs[arc]?.length ?? 0), 0);
		};
		expect(points(overview, 'laender')).toBeLessThan(points(detail, 'laender') / 1.5);
		expect(overview.topology.objects.laender.geometries).toHaveLength(16);
		expect(detail.topology.objects.laender.geometries).toHaveLength(16);
		expect(detail.topology.objects.countries.geometries).toEqual([]);
		expect(detail.places).toEqual([]);
		expect(overview.places.length).toBeGreaterThan(100);
		expect(gzipSync(JSON.stringify(overview)).length).toBeLessThan(30_000);
	});

	it.each(Object.entries(BASEMAP_LEVELS))('is in src/data/basemap/ as scripts/basemap.ts writes it: %s', async (_, { options, file }) => {
		expect(await readFile(file, 'utf8')).toBe(basemapText(buildBasemap(sources, options)));
	});

	it.each(Object.keys(BASEMAP_LEVELS))('is what the site reads at this level (src/lib/basemap-source.ts imports the same file): %s', async (level) => {
		const { file } = BASEMAP_LEVELS[level as BasemapLevel];
		expect(basemapText(loadBasemap(level as BasemapLevel))).toBe(await readFile(file, 'utf8'));
	});
});
