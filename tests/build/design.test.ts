import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT, THEME_SCRIPT_HASH } from '../../src/config/theme-script';
import { showsPopulation } from '../../src/lib/city-list';
import { toRecord } from '../../src/lib/records';
import { OG_IMAGE_SIZE } from '../../src/lib/og/size';
import { STATES } from '../../src/schemas/states';
import { ORGANISATION_KINDS } from '../../src/schemas/city';
import { THEME_IDS } from '../../src/schemas/themes';
import { builtFiles, DIST, loadProfiles, page, text } from './helpers';

const profiles = await loadProfiles();
const records = profiles.map((profile) => toRecord({ id: profile.slug, data: profile.data }));

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string) {
	const bytes = await readFile(join(DIST, file));
	expect([...bytes.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the city list without JavaScript', () => {
	it('is complete: every city with status, year, Bundesland, population (where most cities have one), rank and themes', async () => {
		const html = await page('staedte/');
		const columns = html.querySelectorAll('.city-table thead th').map((header) => header.getAttribute('data-sort-key') ?? text(header));
		const population = showsPopulation(records);
		expect(columns).toEqual(['name', 'status', 'jahr', 'bundesland', ...(population ? ['einwohner'] : []), 'rang', 'Themen']);
		for (const intro of [text(html.querySelector('p.lead')), html.querySelector('meta[name="description"]')!.getAttribute('content')!]) {
			expect(intro.includes('Einwohnerzahl'), intro).toBe(population);
		}
		const rows = html.querySelectorAll('.city-table tbody tr');
		expect(rows.map((row) => row.getAttribute('data-slug')).sort()).toEqual(records.map((record) => record.slug).sort());
		for (const record of records) {
			const row = rows.find((candidate) => candidate.getAttribute('data-slug') === record.slug)!;
			const cells = row.querySelectorAll('td').map(text);
			expect(text(row.querySelector('th a')), record.slug).toBe(record.name);
			expect(row.querySelector(`.badge--${record.status}`), record.slug).not.toBeNull();
			expect(cells[1], `${record.slug} year`).toContain(record.agendaYear ? String(record.agendaYear) : '–');
			expect(cells[2], `${record.slug} Bundesland`).toBe(record.state);
			if (population) expect(cells[3], `${record.slug} population`).toBe(record.population ? record.population.toLocaleString('de-DE') : '–');
			const rank = record.indexRank ? `${record.indexRank}${record.indexRankOf ? ` von ${record.indexRankOf}` : ''} (${record.indexYear})` : '–';
			expect(cells[population ? 4 : 3], `${record.slug} rank`).toBe(rank);
			expect(row.getAttribute('data-year') ?? null).toBe(record.agendaYear === null ? null : String(record.agendaYear));
		}
		expect(text(html.querySelector('.city-table caption'))).toBe(`${records.length} Städte, alphabetisch`);
	});

	it('sends the checked cities to the compare page as repeated `staedte` parameters in a plain GET form', async () => {
		const html = await page('staedte/');
		const form = html.querySelector('form.compare')!;
		expect(form.getAttribute('method')).toBe('get');
		expect(form.getAttribute('action')).toBe('/vergleich/');
		const boxes = form.querySelectorAll('input[type="checkbox"][name="staedte"]');
		expect(boxes.map((box) => box.getAttribute('value')).sort()).toEqual(records.map((record) => record.slug).sort());
		expect(form.querySelector('button[type="submit"]')).not.toBeNull();
	});
});

describe('share previews', () => {
	const pages = [
		...records.map((record) => ({ route: `staedte/${record.slug}/`, image: `vorschau/staedte/${record.slug}.png` })),
		...THEME_IDS.map((id) => ({ route: `themen/${id}/`, image: `vorschau/themen/${id}.png` })),
		...STATES.map((state) => ({ route: `bundeslaender/${state.slug}/`, image: `vorschau/bundeslaender/${state.slug}.png` })),
		...ORGANISATION_KINDS.map((kind) => ({ route: `steuerung/${kind}/`, image: `vorschau/steuerung/${kind}.png` })),
		{ route: '', image: 'vorschau/atlas.png' },
	];

	it.each(pages)('$route has its own og:image of 1200 × 630, title, description and canonical URL', async ({ route, image }) => {
		const html = await page(route);
		const meta = (property: string) => html.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
		expect(meta('og:image')).toBe(`https://smart-city-atlas.example/${image}`);
		expect(meta('og:image:width')).toBe(String(OG_IMAGE_SIZE.width));
		expect(meta('og:image:alt')).toBeTruthy();
		expect(meta('og:title')).toBeTruthy();
		expect(meta('og:description')).toBeTruthy();
		expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://smart-city-atlas.example/${route}`);
		expect(await pngSize(image)).toEqual(OG_IMAGE_SIZE);
	});

	it('draws no image nobody links to', async () => {
		expect((await builtFiles('.png')).filter((file) => file.startsWith('vorschau/')).sort()).toEqual(pages.map((entry) => entry.image).sort());
	});
});

describe('colour scheme and font', () => {
	it('applies a stored colour scheme in the head, before any stylesheet, allowed by its hash in the CSP', async () => {
		for (const route of ['', 'staedte/koeln/', 'karte/', '404.html']) {
			const raw = await readFile(join(DIST, route.endsWith('.html') ? route : join(route, 'index.html')), 'utf8');
			const head = raw.slice(0, raw.indexOf('</head>'));
			const script = head.indexOf(`<script>${THEME_SCRIPT}</script>`);
			expect(script, route).toBeGreaterThan(0);
			const firstStyle = Math.min(...[head.indexOf('<link rel="stylesheet"'), head.indexOf('<style')].filter((index) => index >= 0));
			expect(script, route).toBeLessThan(firstStyle);
			const csp = (await page(route)).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
			expect(csp).toContain(`'${THEME_SCRIPT_HASH}'`);
		}
	});

	it('preloads the one font file, which the stylesheet declares with font-display: swap', async () => {
		const html = await page('staedte/koeln/');
		const preload = html.querySelectorAll('link[rel="preload"][as="font"]');
		expect(preload).toHaveLength(1);
		const href = preload[0]!.getAttribute('href')!;
		expect(href).toMatch(/^\/_astro\/source-sans-3-latin-wght-normal\.[\w-]+\.woff2$/);
		const css = (
			await Promise.all(html.querySelectorAll('link[rel="stylesheet"]').map((link) => readFile(join(DIST, link.getAttribute('href')!), 'utf8')))
		).join('');
		expect(css).toContain(href);
		expect(css).toMatch(/font-display:\s*swap/);
		expect((await builtFiles('.woff2')).length).toBe(1);
	});
});
