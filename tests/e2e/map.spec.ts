import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { firstInput, test, expect } from './fixtures';
import { loadProfile } from '../../src/lib/profile-file';
import { stateByName } from '../../src/schemas/states';
import { agendaLabel, t } from '../../src/i18n';
import type { MarkerCity } from '../../src/lib/map/markers';

const CITIES_DIR = resolve(import.meta.dirname, '../../src/content/cities');
const collator = new Intl.Collator('de');

/** The profiles as the build sees them, sorted like the site sorts them. */
async function profiles() {
	const files = (await readdir(CITIES_DIR)).filter((file) => file.endsWith('.mdx'));
	const loaded = await Promise.all(files.map((file) => loadProfile(join(CITIES_DIR, file))));
	return loaded
		.map(({ slug, data }) => ({
			slug,
			name: data.name,
			state: stateByName(data.state)!.slug,
			themes: data.themes as string[],
			status: data.digitalAgenda.status,
		}))
		.sort((a, b) => collator.compare(a.name, b.name));
}

const sorted = (names: string[]) => [...names].sort(collator.compare);
const markers = (page: Page) => page.locator('.leaflet-marker-pane .city-marker');
const groups = (page: Page) => page.locator('.leaflet-marker-pane .city-group');
const listLinks = (page: Page) => page.locator('[data-map-list]').getByRole('link');
const count = (page: Page) => page.locator('[data-map-count]');
/** The names in the list beside the map, sorted; polled, since the list grows one Bundesland at a time. */
const listNames = async (page: Page) => sorted(await listLinks(page).allTextContents());

/** The cities on the map: those with their own marker (by slug) and how many stand in groups. */
async function marked(page: Page) {
	const slugs = await markers(page).evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.slug ?? ''));
	const grouped = await groups(page).evaluateAll((elements) => elements.reduce((sum, element) => sum + Number((element as HTMLElement).dataset.count), 0));
	return { slugs: slugs.sort(), grouped, total: slugs.length + grouped };
}

/** Where the elements matching `selector` are drawn, their centres by `data-slug`. */
const centres = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((elements) =>
		Object.fromEntries(
			elements.map((element) => {
				const box = element.getBoundingClientRect();
				return [(element as HTMLElement).dataset.slug ?? '', [box.x + box.width / 2, box.y + box.height / 2] as const];
			}),
		),
	);

async function openMap(page: Page, path = '/karte/', timeout = 5_000) {
	await page.goto(path);
	await firstInput(page);
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'ready', { timeout });
	await expect(page.locator('.map-label').first()).toBeAttached();
}

test('every profile is on the map, as a marker or in a group; 16 Bundesländer, ≥ 20 place names; nothing leaves localhost', async ({
	page,
	foreignRequests,
	consoleErrors,
}) => {
	const cities = await profiles();
	await page.setViewportSize({ width: 1280, height: 800 });
	await openMap(page);
	await expect.poll(async () => (await marked(page)).total).toBe(cities.length);
	const names = await markers(page).locator('.visually-hidden').allTextContents();
	expect(names.every((name) => cities.some((city) => city.name === name))).toBe(true);
	expect(names).toEqual(sorted(names));
	await expect(page.locator('path.map-state')).toHaveCount(16);
	await expect.poll(() => page.locator('.map-label--city, .map-label--place').count()).toBeGreaterThanOrEqual(20);
	await expect.poll(() => page.locator('.map-label--country').count()).toBeGreaterThanOrEqual(5);
	await expect(count(page)).toHaveText(t('map.count', cities.length, cities.length));
	await expect(listLinks(page)).toHaveCount(cities.length);
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('/karte/?bundesland=bayern shows only the Bavarian cities and highlights Bayern', async ({ page, consoleErrors }) => {
	const bavarian = (await profiles()).filter((city) => city.state === 'bayern');
	await openMap(page, '/karte/?bundesland=bayern');
	await expect(page.getByLabel(t('map.filterState'), { exact: true })).toHaveValue('bayern');
	await expect(page.locator('path.map-state--selected')).toHaveCount(1);
	await expect(page.locator('path.map-state--bayern')).toHaveClass(/map-state--selected/);
	await expect.poll(async () => (await marked(page)).total).toBe(bavarian.length);
	expect((await marked(page)).slugs.every((slug) => bavarian.some((city) => city.slug === slug))).toBe(true);
	await expect.poll(() => listNames(page)).toEqual(sorted(bavarian.map((city) => city.name)));
	await page.getByLabel(t('map.filterState'), { exact: true }).selectOption('');
	await expect(page).toHaveURL(/\/karte\/$/);
	await expect(page.locator('path.map-state--selected')).toHaveCount(0);
	expect(consoleErrors).toEqual([]);
});

test('zooming in swaps in the Länder in detail, still 16, Bayern still highlighted', async ({ page, consoleErrors }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openMap(page, '/karte/?bundesland=bayern');
	const overview = await page.locator('path.map-state--bayern').getAttribute('d');
	const detail = page.waitForResponse('**/karte/basemap-detail.json');
	await page.getByRole('button', { name: t('map.zoomIn') }).click();
	await page.getByRole('button', { name: t('map.zoomIn') }).click();
	expect((await detail).ok()).toBe(true);
	await expect.poll(() => page.locator('path.map-state--bayern').getAttribute('d')).not.toBe(overview);
	await expect(page.locator('path.map-state')).toHaveCount(16);
	await expect(page.locator('path.map-state--bayern')).toHaveClass(/map-state--selected/);
	expect(consoleErrors).toEqual([]);
});

for (const [width, height] of [
	[1280, 800],
	[390, 844],
] as const) {
	test(`at ${width} × ${height} the map starts within the first 300 px and fills the screen`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/karte/');
		const box = (await page.locator('[data-map-canvas]').boundingBox())!;
		expect(box.y).toBeLessThanOrEqual(300);
		expect(box.y + box.height).toBeLessThanOrEqual(height);
		expect(box.height).toBeGreaterThanOrEqual(height * 0.55);
	});
}

test('until the first input /karte/ shows a still map with every city and names and loads no Leaflet; the first input starts it', async ({
	page,
	consoleErrors,
}) => {
	const cities = await profiles();
	const bavarian = cities.filter((city) => city.state === 'bayern');
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.setViewportSize({ width: 1280, height: 800 });
	const preview = page.locator('[data-map-preview]');
	await page.goto('/karte/');
	await expect(preview.locator('path.map-state')).toHaveCount(16);
	await expect(preview.locator('[data-slug]')).toHaveCount(cities.length);
	await expect.poll(() => preview.locator('[data-preview-labels] text').count()).toBeGreaterThanOrEqual(20);
	const names = await preview.locator('[data-preview-labels] text').allTextContents();
	expect(names.every((name) => cities.some((city) => city.name === name))).toBe(true);

	await page.goto('/karte/?bundesland=bayern');
	await expect(preview).toBeVisible();
	await expect(preview.locator('[data-slug]')).toHaveCount(cities.length);
	await expect(preview.locator('[data-slug]:not([hidden])')).toHaveCount(bavarian.length);
	await expect(preview.locator('path.map-state--selected')).toHaveAttribute('data-land', 'bayern');
	await page.waitForLoadState('networkidle');
	expect(requests.filter((path) => /leaflet|basemap/.test(path))).toEqual([]);
	await expect(page.locator('city-map')).not.toHaveAttribute('data-state');
	const still = await centres(page, '[data-map-preview] [data-slug]:not([hidden])');

	await page.mouse.move(400, 400);
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'ready');
	await expect(preview).toHaveCount(0);
	await expect.poll(async () => (await marked(page)).total).toBe(bavarian.length);
	// Leaflet takes the preview's view: most markers sit where their dots were (some are moved apart from neighbours).
	const live = await centres(page, '.leaflet-marker-pane .city-marker');
	const near = Object.entries(live).filter(([slug, [x, y]]) => still[slug] && Math.hypot(x - still[slug][0], y - still[slug][1]) <= 4);
	expect(Object.keys(live).length).toBeGreaterThan(5);
	expect(near.length).toBeGreaterThanOrEqual(Object.keys(live).length * 0.7);
	expect(requests.some((path) => path.endsWith('/karte/basemap.json'))).toBe(true);
	expect(consoleErrors).toEqual([]);
});

test('on a phone the filters fold into a disclosure button; the keyboard hint is only for screen readers', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.goto('/karte/');
	const toggle = page.locator('[data-filters-toggle]');
	await expect(toggle).toHaveAccessibleName(t('map.filtersToggle'));
	const state = page.getByLabel(t('map.filterState'), { exact: true });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(state).toBeHidden();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await state.selectOption('bayern');
	await expect(toggle).toContainText('(1)');
	await expect(page).toHaveURL(/\?bundesland=bayern$/);
	const hint = page.locator('#city-map-hint');
	await expect(hint).toHaveText(t('map.hint'));
	expect(await hint.evaluate((element) => element.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
	await context.close();
});

test('the theme filter narrows map and list, lives in the URL and survives a reload', async ({ page, foreignRequests, consoleErrors }) => {
	const cities = await profiles();
	const expected = cities.filter((city) => city.themes.includes('datenplattform'));
	expect(expected.length).toBeGreaterThan(0);
	await page.setViewportSize({ width: 1280, height: 800 });
	await openMap(page);
	const check = async () => {
		await expect(page.getByRole('checkbox', { name: 'Datenplattform' })).toBeChecked();
		await expect.poll(async () => (await marked(page)).total).toBe(expected.length);
		await expect.poll(() => listNames(page)).toEqual(sorted(expected.map((city) => city.name)));
		await expect(count(page)).toHaveText(t('map.count', expected.length, cities.length));
	};
	await page.getByRole('checkbox', { name: 'Datenplattform' }).check();
	await expect(page).toHaveURL(/\/karte\/\?thema=datenplattform$/);
	await check();
	await page.reload();
	await firstInput(page);
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'ready');
	await check();
	await page.getByRole('button', { name: t('map.reset') }).click();
	await expect(page).toHaveURL(/\/karte\/$/);
	await expect.poll(async () => (await marked(page)).total).toBe(cities.length);
	await expect(listLinks(page)).toHaveCount(cities.length);
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('a linked URL with themes, a status and the edition restores the filters (OR within, AND between)', async ({ page }) => {
	const cities = await profiles();
	const expected = cities.filter((city) => (city.themes.includes('mobilitaet') || city.themes.includes('datenplattform')) && city.status === 'beschlossen');
	await page.setViewportSize({ width: 1280, height: 800 });
	await openMap(page, '/karte/?thema=mobilitaet,datenplattform&agenda=beschlossen&atlas=2019');
	await expect(page.getByRole('checkbox', { name: 'Mobilität' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'beschlossen' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Verwaltung' })).not.toBeChecked();
	await expect(page.getByRole('radio', { name: t('map.atlas.2019') })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^keine/ })).toHaveCount(0);
	const atlasOnly = await page.evaluate(async () => (await (await fetch('/karte/staedte.json')).json()) as { cities: { slug: string; atlas2019: boolean }[] });
	const want = expected.filter((city) => atlasOnly.cities.find((entry) => entry.slug === city.slug)?.atlas2019);
	await expect.poll(() => listNames(page)).toEqual(sorted(want.map((city) => city.name)));
	await page.getByRole('checkbox', { name: 'in Erarbeitung' }).check();
	await expect(page).toHaveURL(/\?thema=mobilitaet&thema=datenplattform&agenda=beschlossen&agenda=in-erarbeitung&atlas=2019$/);
});

test('markers are reachable by keyboard and open a popup that links to the portrait', async ({ page, consoleErrors }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openMap(page);
	await page.locator('[data-map-canvas]').focus();
	await page.keyboard.press('Tab');
	let marker = page.locator('.leaflet-marker-icon:focus');
	while (await marker.evaluate((element) => element.classList.contains('city-group'))) {
		await page.keyboard.press('Tab');
		marker = page.locator('.leaflet-marker-icon:focus');
	}
	await expect(marker).toHaveAttribute('role', 'button');
	const name = (await marker.locator('.visually-hidden').textContent())!;
	const slug = await marker.getAttribute('data-slug');
	await page.keyboard.press('Enter');
	const popup = page.locator('.leaflet-popup');
	await expect(popup).toContainText(name);
	const link = popup.getByRole('link', { name: t('map.popupLink', name) });
	await expect(link).toBeFocused();
	await expect(link).toHaveAttribute('href', `/staedte/${slug}/`);
	await page.keyboard.press('Escape');
	await expect(popup).toHaveCount(0);
	await expect(page.locator(`.city-marker[data-slug="${slug}"]`)).toBeFocused();
	await page.keyboard.press(' ');
	await expect(link).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(popup.getByRole('button', { name: t('map.closePopup') })).toBeFocused();
	await page.keyboard.press(' ');
	await expect(popup).toHaveCount(0);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/staedte/${slug}/$`));
	expect(consoleErrors).toEqual([]);
});

/** A marker file of `n` generated cities, dense in the Ruhr area and spread over Germany elsewhere. */
function manyCities(n: number): { cities: MarkerCity[] } {
	let seed = 2061;
	const random = () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
	const cities = Array.from({ length: n }, (_, i): MarkerCity => {
		const dense = i % 3 === 0;
		const lng = dense ? 6.8 + random() * 0.8 : 6.2 + random() * 8.5;
		const lat = dense ? 51.3 + random() * 0.3 : 47.7 + random() * 6.5;
		const name = `Ort ${String(i).padStart(4, '0')}`;
		return { slug: `ort-${i}`, name, state: 'nordrhein-westfalen', at: [lng, lat], status: 'beschlossen', themes: ['verwaltung'], atlas2019: false };
	});
	return { cities: cities.sort((a, b) => collator.compare(a.name, b.name)) };
}

test('dense markers form groups; a group is a button that names its cities, zooms in and is announced', async ({ page, consoleErrors }) => {
	const file = manyCities(900);
	await page.route('**/karte/staedte.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
	await page.setViewportSize({ width: 1280, height: 800 });
	// Nine hundred cities take longer to draw than the atlas's fifty, more so on a busy 2-core machine.
	await openMap(page, '/karte/', 30_000);
	await expect.poll(async () => (await marked(page)).total).toBe(900);
	expect(await groups(page).count()).toBeGreaterThan(0);
	expect(await page.locator('.leaflet-marker-icon').count()).toBeLessThan(300);

	const group = groups(page).first();
	await expect(group).toHaveAttribute('role', 'button');
	const size = Number(await group.getAttribute('data-count'));
	await expect(group).toHaveAccessibleName(new RegExp(`^Gruppe von ${size} Städten: Ort \\d{4}, Ort \\d{4}, Ort \\d{4}`));
	const first = (await group.locator('.visually-hidden').textContent())!.match(/: (Ort \d{4})/)![1]!;
	await group.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('[aria-live="polite"]')).toHaveText(t('map.groupZoomed', size));
	// Focus lands on the first city of the group, or on the smaller group that now holds it.
	const focused = page.locator('.leaflet-marker-icon:focus');
	await expect(focused).toHaveCount(1);
	const name = (await focused.locator('.visually-hidden').textContent())!;
	expect(name === first || name.includes(`: ${first}`)).toBe(true);
	expect(await groups(page).evaluateAll((elements) => elements.map((element) => Number((element as HTMLElement).dataset.count)))).not.toContain(size);
	expect(consoleErrors).toEqual([]);
});

test('first visit to /karte/ stays within 120 KB gzip without the marker file and the web font (counted apart, as in the bench); its HTML carries no city', async ({
	page,
}) => {
	const bodies: { url: string; body: Promise<Buffer> }[] = [];
	page.on('response', (response) => bodies.push({ url: response.url(), body: response.body().catch(() => Buffer.alloc(0)) }));
	await openMap(page);
	await page.waitForLoadState('networkidle');
	const sizes = await Promise.all(bodies.map(async ({ url, body }) => ({ url, bytes: gzipSync(await body).length })));
	const total = sizes.filter(({ url }) => !url.endsWith('/karte/staedte.json') && !url.endsWith('.woff2')).reduce((sum, { bytes }) => sum + bytes, 0);
	console.log(`/karte/ first visit: ${sizes.length} responses, ${(total / 1024).toFixed(1)} KB gzip without the marker file and the font`);
	expect(sizes.some(({ url }) => url.endsWith('/karte/staedte.json'))).toBe(true);
	expect(sizes.some(({ url }) => url.endsWith('/karte/basemap-detail.json'))).toBe(false);
	expect(total).toBeLessThanOrEqual(120 * 1024);

	const other: string[] = [];
	page.on('response', async (response) => other.push(`${response.url()}\n${await response.text().catch(() => '')}`));
	await page.goto('/staedte/');
	await page.waitForLoadState('networkidle');
	expect(other.length).toBeGreaterThan(0);
	expect(other.filter((body) => /leaflet|basemap\.json/i.test(body))).toEqual([]);
});

test('raster tiles load only after consent, are remembered and can be revoked', async ({ page, baseURL, foreignRequests, consoleErrors }) => {
	const tiles: string[] = [];
	const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');
	await page.route('**/test-tiles/**', (route) => {
		tiles.push(route.request().url());
		return route.fulfill({ contentType: 'image/png', body: png });
	});
	// Simulate a configured `site.tiles` (empty in the shipped config) by adding the data attributes.
	await page.route(/\/karte\/$/, async (route) => {
		const response = await route.fetch();
		const config = `data-tiles-url="${baseURL}/test-tiles/{z}/{x}/{y}.png" data-tiles-provider="Testkacheln" data-tiles-attribution="© Testkacheln"`;
		await route.fulfill({ response, body: (await response.text()).replace('<city-map ', `<city-map ${config} `) });
	});
	const load = page.getByRole('button', { name: t('map.tiles.load', 'Testkacheln') });
	const revoke = page.getByRole('button', { name: t('map.tiles.revoke', 'Testkacheln') });

	await openMap(page);
	await expect(page.getByText(/Testkacheln \(127\.0\.0\.1\) Ihre IP-Adresse/)).toBeVisible();
	await expect(load).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(tiles).toEqual([]);

	await load.click();
	await expect.poll(() => tiles.length).toBeGreaterThan(0);
	await expect(revoke).toBeFocused();
	await expect(page.locator('.leaflet-control-attribution')).toContainText('© Testkacheln');

	tiles.length = 0;
	await page.reload();
	await firstInput(page);
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'ready');
	await expect(revoke).toBeVisible();
	await expect.poll(() => tiles.length).toBeGreaterThan(0);

	await revoke.click();
	await expect(load).toBeFocused();
	await expect(page.locator('.leaflet-tile')).toHaveCount(0);
	expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
	tiles.length = 0;
	await page.reload();
	await firstInput(page);
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'ready');
	await page.waitForLoadState('networkidle');
	expect(tiles).toEqual([]);
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

for (const [width, height] of [
	[390, 844],
	[1280, 800],
] as const) {
	test(`filters and map take their place before the script starts at ${width} px, so nothing shifts`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		const place = async (target: Page) => {
			const box = async (selector: string) => (await target.locator(selector).boundingBox()) ?? { x: -1, y: -1, width: -1, height: -1 };
			return { canvas: await box('[data-map-canvas]'), filters: await box('[data-map-filters]'), toggle: await box('[data-filters-toggle]') };
		};
		// Keep <city-map> an unknown element: the page as it is painted before city-map.ts runs.
		await page.addInitScript(() => {
			const define = customElements.define.bind(customElements);
			customElements.define = (name, ...rest) => (name === 'city-map' ? undefined : define(name, ...rest));
		});
		await page.goto('/karte/');
		await expect(page.locator('[data-map-canvas]')).toBeVisible();
		await expect(page.getByText(t('map.noScript'))).toBeHidden();
		await expect(page.locator('[data-map-preview]')).toBeVisible();
		const before = await place(page);

		const fresh = await page.context().newPage();
		await fresh.setViewportSize({ width, height });
		await fresh.goto('/karte/');
		await firstInput(fresh);
		await expect(fresh.locator('city-map')).toHaveAttribute('data-state', 'ready');
		await expect(fresh.getByText(t('map.loading'))).toBeHidden();
		expect(await place(fresh)).toEqual(before);
	});
}

test('if the map cannot load, the list hint replaces it', async ({ page }) => {
	await page.route('**/karte/basemap.json', (route) => route.fulfill({ status: 500, body: '' }));
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/karte/');
	await firstInput(page);
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'error');
	await expect(page.getByText(t('map.loadError'))).toBeVisible();
	await expect(page.locator('[data-map-canvas]')).toBeHidden();
	await expect(page.getByRole('checkbox', { name: 'Datenplattform' })).toBeVisible();
	await expect(page.getByRole('link', { name: t('map.cityListLink') })).toBeVisible();
});

for (const [width, height] of [
	[375, 667],
	[1280, 720],
] as const) {
	test(`at ${width} px no marker covers another; every one keeps a 24 px target`, async ({ page }) => {
		const cities = await profiles();
		await page.setViewportSize({ width, height });
		await openMap(page);
		await expect.poll(async () => (await marked(page)).total).toBe(cities.length);
		const boxes = await page
			.locator('.leaflet-marker-icon')
			.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
		const overlaps = boxes.flatMap((a, i) =>
			boxes
				.slice(i + 1)
				.filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
				.map((b) => [a, b]),
		);
		expect(boxes.every((box) => box.width >= 24 && box.height >= 24)).toBe(true);
		expect(overlaps).toEqual([]);
		expect(await axeViolations(page, ['target-size'])).toEqual([]);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/karte/ links to the list of cities and every Bundesland page', async ({ page }) => {
		await page.goto('/karte/');
		await expect(page.getByText(t('map.noScript'))).toBeVisible();
		await expect(page.getByRole('checkbox')).toHaveCount(0);
		await expect(page.locator('[data-map-canvas]')).toBeHidden();
		await expect(page.getByText(t('map.loading'))).toBeHidden();
		await expect(page.locator('[data-map-count]')).toBeHidden();
		const region = page.getByRole('region', { name: t('map.listHeading') });
		await expect(region.getByRole('link', { name: t('map.cityListLink') })).toHaveAttribute('href', '/staedte/');
		await expect(region.locator('a[href^="/bundeslaender/"]')).toHaveCount(16);
	});

	test('/karte/ shows the map as a picture with the legend of its marks', async ({ page }) => {
		const cities = await profiles();
		await page.goto('/karte/');
		const picture = page.getByRole('img', { name: t('map.overview.alt', cities.length) });
		await expect(picture).toBeVisible();
		expect(await picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
		const beschlossen = cities.filter((city) => city.status === 'beschlossen').length;
		await expect(page.locator('.map-overview figcaption')).toContainText(t('map.withCount', agendaLabel('beschlossen'), beschlossen));
	});
});

test('with JavaScript the picture for readers without it is never loaded', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await openMap(page);
	await expect(page.locator('.map-overview')).toHaveCount(0);
	expect(requested).toContain('/karte/staedte.json');
	expect(requested).not.toContain('/karte/uebersicht.svg');
});
