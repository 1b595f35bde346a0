import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { loadProfile } from '../../src/lib/profile-file';
import { t } from '../../src/i18n';

const CITIES_DIR = resolve(import.meta.dirname, '../../src/content/cities');
const collator = new Intl.Collator('de');

/** The profiles as the build sees them, sorted like the site sorts them. */
async function profiles() {
	const files = (await readdir(CITIES_DIR)).filter((file) => file.endsWith('.mdx'));
	const loaded = await Promise.all(files.map((file) => loadProfile(join(CITIES_DIR, file))));
	return loaded
		.map(({ slug, data }) => ({ slug, name: data.name, themes: data.themes as string[], status: data.digitalAgenda.status }))
		.sort((a, b) => collator.compare(a.name, b.name));
}

const sorted = (names: string[]) => [...names].sort(collator.compare);
const markers = (page: Page) => page.locator('.leaflet-marker-pane .city-marker');
/** The accessible names of the markers (the status symbol is hidden from assistive technology). */
const markerNames = async (page: Page) => sorted(await markers(page).locator('.visually-hidden').allTextContents());
const listLinks = (page: Page) => page.getByRole('region', { name: t('map.listHeading') }).getByRole('link');

async function openMap(page: Page, path = '/karte/') {
	await page.goto(path);
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'ready');
}

test('one marker per profile, named after its city; nothing leaves localhost', async ({ page, foreignRequests, consoleErrors }) => {
	const cities = await profiles();
	await openMap(page);
	await expect(markers(page)).toHaveCount(cities.length);
	expect(await markerNames(page)).toEqual(sorted(cities.map((city) => city.name)));
	await expect(page.getByRole('status')).toHaveText(t('map.count', cities.length, cities.length));
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('markers are reachable by keyboard and open a popup that links to the portrait', async ({ page, consoleErrors }) => {
	const [first] = await profiles();
	if (!first) throw new Error('no profiles');
	await openMap(page);
	await page.locator('[data-map-canvas]').focus();
	await page.keyboard.press('Tab');
	const marker = page.locator('.city-marker:focus');
	await expect(marker).toHaveAccessibleName(first.name);
	await expect(marker).toHaveAttribute('role', 'button');

	await page.keyboard.press('Enter');
	const popup = page.locator('.leaflet-popup');
	await expect(popup).toBeVisible();
	await expect(popup).toContainText(first.name);
	const link = popup.getByRole('link', { name: t('map.popupLink', first.name) });
	await expect(link).toBeFocused();
	await expect(link).toHaveAttribute('href', new RegExp(`/staedte/${first.slug}/$`));

	await page.keyboard.press('Escape');
	await expect(popup).toHaveCount(0);
	await expect(marker).toHaveAccessibleName(first.name);
	await page.keyboard.press(' ');
	await expect(link).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(popup.getByRole('button', { name: t('map.closePopup') })).toBeFocused();
	await page.keyboard.press(' ');
	await expect(popup).toHaveCount(0);
	await expect(marker).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(link).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/staedte/${first.slug}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.name);
	expect(consoleErrors).toEqual([]);
});

test('the theme filter narrows map and list, lives in the URL and survives a reload', async ({ page, foreignRequests, consoleErrors }) => {
	const cities = await profiles();
	const expected = cities.filter((city) => city.themes.includes('datenplattform')).map((city) => city.name);
	expect(expected.length).toBeGreaterThan(0);
	await openMap(page);

	const check = async () => {
		await expect(page.getByRole('checkbox', { name: 'Datenplattform' })).toBeChecked();
		await expect(markers(page)).toHaveCount(expected.length);
		expect(await markerNames(page)).toEqual(sorted(expected));
		expect(sorted(await listLinks(page).allTextContents())).toEqual(sorted(expected));
		await expect(page.getByRole('status')).toHaveText(t('map.count', expected.length, cities.length));
	};
	await page.getByRole('checkbox', { name: 'Datenplattform' }).check();
	await expect(page).toHaveURL(/\/karte\/\?thema=datenplattform$/);
	await check();

	await page.reload();
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'ready');
	await check();

	await page.getByRole('button', { name: t('map.reset') }).click();
	await expect(page).toHaveURL(/\/karte\/$/);
	await expect(markers(page)).toHaveCount(cities.length);
	await expect(listLinks(page)).toHaveCount(cities.length);
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('a linked URL with several themes and a status restores the filters (OR within, AND between)', async ({ page }) => {
	const cities = await profiles();
	const expected = cities
		.filter((city) => (city.themes.includes('mobilitaet') || city.themes.includes('datenplattform')) && city.status === 'beschlossen')
		.map((city) => city.name);
	await openMap(page, '/karte/?thema=mobilitaet,datenplattform&agenda=beschlossen');
	await expect(page.getByRole('checkbox', { name: 'Mobilität' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Datenplattform' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'beschlossen' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Verwaltung' })).not.toBeChecked();
	await expect(markers(page)).toHaveCount(expected.length);
	expect(sorted(await listLinks(page).allTextContents())).toEqual(sorted(expected));

	await page.getByRole('checkbox', { name: 'in Erarbeitung' }).check();
	await expect(page).toHaveURL(/\?thema=mobilitaet&thema=datenplattform&agenda=beschlossen&agenda=in-erarbeitung$/);
});

test('first visit to /karte/ stays within 120 KB gzip; other pages load no map code', async ({ page }) => {
	const bodies: Promise<Buffer>[] = [];
	page.on('response', (response) => bodies.push(response.body().catch(() => Buffer.alloc(0))));
	await openMap(page);
	await page.waitForLoadState('networkidle');
	const sizes = await Promise.all(bodies);
	const total = sizes.reduce((sum, body) => sum + gzipSync(body).length, 0);
	test.info().annotations.push({ type: 'weight', description: `${sizes.length} responses, ${(total / 1024).toFixed(1)} KB gzip` });
	console.log(`/karte/ first visit: ${sizes.length} responses, ${(total / 1024).toFixed(1)} KB gzip`);
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
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'ready');
	await expect(revoke).toBeVisible();
	await expect.poll(() => tiles.length).toBeGreaterThan(0);

	await revoke.click();
	await expect(load).toBeFocused();
	await expect(page.locator('.leaflet-tile')).toHaveCount(0);
	expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
	tiles.length = 0;
	await page.reload();
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'ready');
	await page.waitForLoadState('networkidle');
	expect(tiles).toEqual([]);
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('filters and map take their place before the script starts, so nothing shifts; the no-JS hint stays hidden', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 667 });
	const place = async () => {
		const box = async (selector: string) => (await page.locator(selector).boundingBox()) ?? { x: -1, y: -1, width: -1, height: -1 };
		return { main: await box('.city-map__main'), canvas: await box('[data-map-canvas]'), filters: await box('[data-map-filters]') };
	};
	// Keep <city-map> an unknown element: the page as it is painted before city-map.ts runs.
	await page.addInitScript(() => {
		const define = customElements.define.bind(customElements);
		customElements.define = (name, ...rest) => (name === 'city-map' ? undefined : define(name, ...rest));
	});
	await page.goto('/karte/');
	await expect(page.getByRole('checkbox', { name: 'Datenplattform' })).toBeVisible();
	await expect(page.locator('[data-map-canvas]')).toBeVisible();
	await expect(page.getByText(t('map.noScript'))).toBeHidden();
	await expect(page.getByText(t('map.loading'))).toBeVisible();
	const before = await place();
	expect(before.canvas.height).toBeGreaterThan(300);

	const fresh = await page.context().newPage();
	await fresh.setViewportSize({ width: 375, height: 667 });
	await fresh.goto('/karte/');
	await expect(fresh.locator('city-map')).toHaveAttribute('data-state', 'ready');
	await expect(fresh.getByText(t('map.loading'))).toBeHidden();
	await expect(fresh.getByText(t('map.noScript'))).toBeHidden();
	const box = async (selector: string) => fresh.locator(selector).boundingBox();
	expect({ main: await box('.city-map__main'), canvas: await box('[data-map-canvas]'), filters: await box('[data-map-filters]') }).toEqual(before);
});

test('if the map cannot load, the list hint replaces it', async ({ page }) => {
	await page.route('**/karte/basemap.json', (route) => route.fulfill({ status: 500, body: '' }));
	await page.goto('/karte/');
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'error');
	await expect(page.getByText(t('map.loadError'))).toBeVisible();
	await expect(page.locator('[data-map-canvas]')).toBeHidden();
	await expect(page.getByRole('checkbox', { name: 'Datenplattform' })).toBeVisible();
});

for (const [width, height] of [
	[375, 667],
	[1280, 720],
] as const) {
	test(`at ${width} px no marker covers another; every one keeps a 24 px target`, async ({ page }) => {
		const cities = await profiles();
		await page.setViewportSize({ width, height });
		await openMap(page);
		await expect(markers(page)).toHaveCount(cities.length);
		const boxes = await markers(page).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
		const overlaps = boxes.flatMap((a, i) =>
			boxes
				.slice(i + 1)
				.filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
				.map((b) => [a, b]),
		);
		expect(boxes.every((box) => box.width >= 24 && box.height >= 24)).toBe(true);
		expect(overlaps).toEqual([]);
		const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
		expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/karte/ still lists every city with a link to its portrait', async ({ page }) => {
		const cities = await profiles();
		await page.goto('/karte/');
		await expect(page.getByText(t('map.noScript'))).toBeVisible();
		await expect(page.getByRole('checkbox')).toHaveCount(0);
		await expect(page.locator('[data-map-canvas]')).toBeHidden();
		await expect(page.getByText(t('map.loading'))).toBeHidden();
		await expect(listLinks(page)).toHaveCount(cities.length);
		for (const city of cities) {
			await expect(listLinks(page).getByText(city.name, { exact: true })).toHaveAttribute('href', new RegExp(`/staedte/${city.slug}/$`));
		}
	});
});
