import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { toMarkerFile, type MarkerFile } from '../../src/lib/map/markers';
import { toRecords } from '../../src/lib/records';
import type { BasemapFile } from '../../src/lib/basemap';
import { STATES } from '../../src/schemas/states';
import { DIST, loadProfiles, page, text } from './helpers';

const profiles = await loadProfiles();
const records = toRecords(profiles.map(({ slug, data }) => ({ id: slug, data })));
const json = async <T>(file: string) => JSON.parse(await readFile(join(DIST, file), 'utf8')) as T;

describe('/karte/', () => {
	it('carries no marker data in its HTML: no city name, no portrait link, no inlined features', async () => {
		const html = await readFile(join(DIST, 'karte/index.html'), 'utf8');
		const stateNames = new Set<string>(STATES.map((state) => state.name));
		const named = records.filter((record) => !stateNames.has(record.name) && html.includes(`>${record.name}<`));
		expect(named.map((record) => record.name)).toEqual([]);
		expect(html).not.toMatch(/href="\/staedte\/[a-z0-9-]+\/"/);
		expect(html).not.toContain('data-features');
		const map = (await page('karte/')).querySelector('city-map');
		expect(map?.getAttribute('data-markers')).toBe('/karte/staedte.json');
		expect(map?.getAttribute('data-basemap')).toBe('/karte/basemap.json');
	});

	it('offers only the statuses that occur, each with its count, and all 16 Bundesländer', async () => {
		const html = await page('karte/');
		const statuses = html.querySelectorAll('input[name="agenda"]').map((input) => input.getAttribute('value'));
		expect(statuses.sort()).toEqual([...new Set(records.map((record) => record.status))].sort());
		expect(html.querySelectorAll('select[name="bundesland"] option[value]:not([value=""])')).toHaveLength(16);
		const beschlossen = records.filter((record) => record.status === 'beschlossen').length;
		expect(text(html.querySelector('input[value="beschlossen"]')?.parentNode)).toContain(`(${beschlossen})`);
	});

	it('shows readers without JavaScript the map as a picture: /karte/uebersicht.svg, a mark per city, the tokens’ colours in both schemes', async () => {
		const svg = await readFile(join(DIST, 'karte/uebersicht.svg'), 'utf8');
		expect(XMLValidator.validate(svg)).toBe(true);
		const marks = [...svg.matchAll(/class="city ([a-z-]+)"/g)].map((match) => match[1]);
		expect(marks.sort()).toEqual(records.map((record) => record.status).sort());
		expect(svg.match(/<path class="land"/g)).toHaveLength(16);
		expect(svg).toMatch(/--status-beschlossen:#[0-9a-f]+/);
		expect(svg).toMatch(/prefers-color-scheme:\s*dark/);
		for (const route of ['karte/', '']) {
			// The picture stands in <noscript>: readers with JavaScript never load it.
			const noscript = (await page(route)).querySelectorAll('noscript');
			expect(noscript).toHaveLength(1);
			const img = parse(noscript[0]!.innerHTML).querySelector('img');
			expect(img?.getAttribute('src')).toBe('/karte/uebersicht.svg');
			expect(img?.getAttribute('alt')).toContain(`${records.length} Städten`);
			expect(`${img?.getAttribute('width')} ${img?.getAttribute('height')}`).toBe(svg.match(/viewBox="0 0 (\d+ \d+)"/)![1]);
		}
	});

	it('gives the tile buttons a name even before the script fills them in', async () => {
		const html = await page('karte/');
		for (const button of html.querySelectorAll('[data-tile-consent] button')) expect(text(button)).not.toBe('');
	});
});

describe('the map’s data files', () => {
	it('/karte/staedte.json is the marker file of the records', async () => {
		expect(await json<MarkerFile>('karte/staedte.json')).toEqual(toMarkerFile(records));
	});

	it('/karte/basemap.json holds the 16 Länder, Germany’s outline and places for orientation', async () => {
		const basemap = await json<BasemapFile>('karte/basemap.json');
		const laender = basemap.topology.objects.laender.geometries.map((geometry) => (geometry.properties as { slug: string }).slug);
		expect(laender.sort()).toEqual(STATES.map((state) => state.slug).sort());
		expect(basemap.topology.objects.germany.geometries).toHaveLength(1);
		expect(basemap.places.length).toBeGreaterThan(100);
		const detail = await json<BasemapFile>('karte/basemap-detail.json');
		expect(detail.topology.objects.laender.geometries).toHaveLength(16);
		expect(detail.topology.objects.countries.geometries).toEqual([]);
		expect(detail.places).toEqual([]);
		const points = (file: BasemapFile) => file.topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
		expect(points(detail)).toBeGreaterThan(points(basemap) - basemap.topology.arcs.length);
	});
});

describe('Bundesland pages', () => {
	it.each(STATES.map((state) => [state.slug, state] as const))('%s has a mini-map with its cities and a link to the big map', async (slug, state) => {
		const html = await page(`bundeslaender/${slug}/`);
		const figure = html.querySelector('figure.mini-map');
		const count = records.filter((record) => record.stateSlug === slug).length;
		expect(figure?.querySelector('svg')?.getAttribute('role')).toBe('img');
		expect(text(figure?.querySelector('title'))).toContain(state.name);
		expect(figure?.querySelectorAll('circle.mini-map__city')).toHaveLength(count);
		expect(figure?.querySelector('path.mini-map__land')?.getAttribute('d')).toMatch(/^M\d/);
		expect(figure?.querySelector(`a[href="/karte/?bundesland=${slug}"]`)).not.toBeNull();
		expect(text(figure?.querySelector('figcaption'))).toContain('GeoBasis-DE / BKG');
	});
});

describe('attribution of the boundaries', () => {
	it('/daten/ and /ueber/ name the BKG and the licence', async () => {
		for (const route of ['daten/', 'ueber/']) {
			const body = text((await page(route)).querySelector('main'));
			expect(body, route).toContain('GeoBasis-DE / BKG 2018');
			expect(body, route).toContain('Datenlizenz Deutschland – Namensnennung – Version 2.0');
		}
	});
});
