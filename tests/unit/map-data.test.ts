import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { mapStrings } from '../../src/i18n/de';
import { agendaLabel } from '../../src/i18n';
import { loadBasemap } from '../../src/lib/basemap-source';
import { mapCounts } from '../../src/lib/map/counts';
import { toMarkerFile } from '../../src/lib/map/markers';
import { mercator, miniMap, overviewMap } from '../../src/lib/map/mini-map';
import { overviewSvg } from '../../src/lib/map/overview';
import { germanyBox, leafletViewBox, mapPreview, projectPoint, toMercator } from '../../src/lib/map/preview';
import { toRecord } from '../../src/lib/records';
import { AGENDA_STATUSES, citySchema, type CityInput } from '../../src/schemas/city';
import { THEMES } from '../../src/schemas/themes';
import { citedProfile } from '../fixtures/cited-profile';

function record(id: string, change: (profile: CityInput) => void = () => {}) {
	const profile = citedProfile();
	change(profile);
	return toRecord({ id, data: citySchema.parse(profile) });
}

describe('the marker file', () => {
	it('carries ids, not labels, and rounds coordinates to about 10 m', () => {
		const file = toMarkerFile([record('musterstadt')]);
		const [city] = file.cities;
		expect(Object.keys(city!).sort()).toEqual(['at', 'atlas2019', 'name', 'slug', 'state', 'status', 'themes']);
		expect(city).toMatchObject({ slug: 'musterstadt', state: 'niedersachsen', status: 'beschlossen', atlas2019: true });
		expect(city!.at.every((value) => Number.isInteger(value * 1e4) || Math.abs(value * 1e4 - Math.round(value * 1e4)) < 1e-6)).toBe(true);
	});

	it('resolves every id in the browser from mapStrings, with the same labels as the rest of the site', () => {
		for (const status of AGENDA_STATUSES) expect(mapStrings[`agenda.status.${status}`]).toBe(agendaLabel(status));
		for (const theme of THEMES) expect((mapStrings as Record<string, unknown>)[`map.theme.${theme.id}`]).toBe(theme.label);
	});
});

describe('mapCounts', () => {
	it('offers only values that occur, with their counts', () => {
		const records = [
			record('a'),
			record('b', (p) => (p.digitalAgenda = { ...p.digitalAgenda, status: 'in-erarbeitung' })),
			record('c', (p) => (p.atlas2019 = false)),
		];
		const counts = mapCounts(records);
		expect(counts.total).toBe(3);
		expect(counts.statuses.map((entry) => entry.status)).not.toContain('keine');
		expect(counts.statuses.reduce((sum, entry) => sum + entry.count, 0)).toBe(3);
		expect(counts.states).toHaveLength(16);
		expect(counts.states.filter((entry) => entry.count > 0)).toEqual([{ state: { name: 'Niedersachsen', slug: 'niedersachsen' }, count: 3 }]);
		expect(counts.atlas).toEqual({ '2019': 2, neu: 1 });
		expect(counts.themes.every((entry) => entry.count > 0)).toBe(true);
	});
});

describe('miniMap', () => {
	const basemap = { laender: loadBasemap('detail'), countries: loadBasemap('overview') };
	const cities = [
		{ slug: 'muenchen', name: 'München', lng: 11.576, lat: 48.137, status: 'beschlossen' },
		{ slug: 'augsburg', name: 'Augsburg', lng: 10.898, lat: 48.371, status: 'beschlossen' },
		{ slug: 'nuernberg', name: 'Nürnberg', lng: 11.078, lat: 49.452, status: 'beschlossen' },
		{ slug: 'fuerth', name: 'Fürth', lng: 10.989, lat: 49.477, status: 'unbekannt' },
	];
	const map = miniMap(basemap, 'bayern', cities);
	const preview = mapPreview(basemap.countries);

	it('fits the Land into at most 320 × 320 pixels, with all its paths inside the frame', () => {
		expect(Math.max(map.width, map.height)).toBe(320);
		for (const d of [map.land, map.others, map.foreign]) {
			const numbers = d.match(/-?\d+/g)!.map(Number);
			expect(numbers.length).toBeGreaterThan(20);
			expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-4);
			expect(Math.max(...numbers)).toBeLessThanOrEqual(324);
		}
	});

	it('places the cities where they are (south of Nürnberg lies München) and their names without overlap', () => {
		const at = Object.fromEntries(map.cities.map((city) => [city.slug, city]));
		expect(at.muenchen!.y).toBeGreaterThan(at.nuernberg!.y);
		expect(at.augsburg!.x).toBeLessThan(at.muenchen!.x);
		const labelled = map.cities.filter((city) => city.label);
		expect(labelled.length).toBeGreaterThanOrEqual(3);
		expect(() => miniMap(basemap, 'atlantis', [])).toThrow(/atlantis/);
	});

	it('draws the preview of /karte/: 16 Länder, the neighbours, Germany inside its width', () => {
		expect(preview.laender.map((land) => land.slug)).toHaveLength(16);
		expect(preview.laender.every((land) => /^M-?\d+ -?\d+l/.test(land.d))).toBe(true);
		expect(preview.foreign.length).toBeGreaterThan(1000);
		const [west, north, east, south] = germanyBox();
		const [left, top] = projectPoint(preview.projection, [5.8, 55.1]);
		const [right, bottom] = projectPoint(preview.projection, [15.1, 47.2]);
		expect([left, right].every((x) => x > 0 && x < preview.width)).toBe(true);
		expect([top, bottom].every((y) => y > 0 && y < preview.height)).toBe(true);
		// Pixels back to Mercator degrees give the box again.
		const box = toMercator(preview.projection, { x: left, y: top, width: right - left, height: bottom - top });
		for (const [i, value] of [west, north, east, south].entries()) expect(box[i]).toBeCloseTo(value, 1);
	});

	it("shows in the preview what Leaflet's fitBounds shows: Germany whole, zoom in quarter steps, centred", () => {
		for (const [width, height] of [
			[390, 600],
			[815, 590],
		] as const) {
			const [x, y, w, h] = leafletViewBox(preview.projection, width, height).split(' ').map(Number) as [number, number, number, number];
			// The canvas's proportions, Germany inside with at least the padding, the zoom a multiple of 0.25.
			expect(w / h).toBeCloseTo(width / height, 2);
			const [left, top] = projectPoint(preview.projection, [5.8, 55.1]);
			const [right, bottom] = projectPoint(preview.projection, [15.1, 47.2]);
			expect(left).toBeGreaterThan(x);
			expect(right).toBeLessThan(x + w);
			expect(top).toBeGreaterThan(y);
			expect(bottom).toBeLessThan(y + h);
			expect((left + right) / 2).toBeCloseTo(x + w / 2, 0);
			const pixelsPerDegree = (width / w) * preview.projection.scale;
			const zoom = Math.log2((pixelsPerDegree * 360) / 256);
			expect(zoom * 4).toBeCloseTo(Math.round(zoom * 4), 3);
		}
		const [, , land] = leafletViewBox(preview.projection, 400, 400, [mercator([9, 50])[0], mercator([9, 50])[1], mercator([13, 47])[0], mercator([13, 47])[1]])
			.split(' ')
			.map(Number);
		const [, , germany] = leafletViewBox(preview.projection, 400, 400).split(' ').map(Number);
		expect(land).toBeLessThan(germany!);
	});
});

describe('overview map (/karte/ without JavaScript)', () => {
	const basemap = loadBasemap('overview');
	const cities = [
		{ slug: 'hamburg', name: 'Hamburg', lng: 9.993, lat: 53.551, status: 'beschlossen' },
		{ slug: 'koeln', name: 'Köln', lng: 6.96, lat: 50.938, status: 'in-erarbeitung' },
		{ slug: 'muenchen', name: 'München', lng: 11.576, lat: 48.137, status: 'keine' },
		{ slug: 'a-b', name: 'A & <B>', lng: 13.405, lat: 52.52, status: 'unbekannt' },
	];
	const map = overviewMap({ laender: basemap, countries: basemap }, cities, { maxWidth: 640, maxHeight: 800, labelSize: 14 });

	it('frames all 16 Länder in at most 640 × 800 pixels, with the cities where they are', () => {
		expect(map.laender).toHaveLength(16);
		expect(map.width).toBeLessThanOrEqual(640);
		expect(map.height).toBe(800);
		const at = Object.fromEntries(map.cities.map((city) => [city.slug, city]));
		expect(at.hamburg!.y).toBeLessThan(at.koeln!.y);
		expect(at.koeln!.y).toBeLessThan(at.muenchen!.y);
		expect(at.koeln!.x).toBeLessThan(at.hamburg!.x);
		for (const city of map.cities) {
			expect(city.x).toBeGreaterThan(0);
			expect(city.x).toBeLessThan(map.width);
		}
	});

	it('writes well-formed SVG whatever the styles and names contain, one mark per status, names escaped', () => {
		const svg = overviewSvg(map, { title: 'Karte & Städte', css: '/* <html data-theme> */ :root { --x: 1 }' });
		expect(XMLValidator.validate(svg)).toBe(true);
		expect(svg).toContain('<title>Karte &amp; Städte</title>');
		expect(svg).toContain('>A &amp; &lt;B&gt;</text>');
		expect(svg.match(/<path class="land"/g)).toHaveLength(16);
		expect(svg.match(/class="city beschlossen"/g)).toHaveLength(1);
		// In Erarbeitung: a ring and its filled half (◐).
		expect(svg).toMatch(/class="city in-erarbeitung"[^>]*\/><path class="in-erarbeitung-half"/);
		expect(svg.match(/<rect class="city keine"/g)).toHaveLength(1);
		expect(svg.match(/<rect class="city unbekannt"/g)).toHaveLength(1);
	});
});
