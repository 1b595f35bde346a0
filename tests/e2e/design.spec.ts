import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures';
import { loadProfile } from '../../src/lib/profile-file';
import { THEME_STORAGE_KEY } from '../../src/lib/theme';

const CITIES_DIR = resolve(import.meta.dirname, '../../src/content/cities');
const profiles = async () => Promise.all((await readdir(CITIES_DIR)).filter((f) => f.endsWith('.mdx')).map((f) => loadProfile(join(CITIES_DIR, f))));

test('the city list restores filter and sort from the URL and writes them back', async ({ page, consoleErrors }) => {
	const all = await profiles();
	await page.goto('/staedte/?sort=jahr');
	const rows = page.locator('.city-table tbody tr:visible');
	await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Jahr');
	const years = (await rows.evaluateAll((list) => list.map((row) => (row as HTMLElement).dataset.year ?? null))).map((y) => (y ? Number(y) : null));
	const known = years.filter((year): year is number => year !== null);
	expect(known).toEqual([...known].sort((a, b) => a - b));
	expect(years.slice(known.length).every((year) => year === null)).toBe(true);
	expect(known.length).toBe(all.filter((p) => p.data.digitalAgenda.year !== undefined).length);

	await page.getByRole('button', { name: 'Jahr der digitalen Agenda' }).click();
	await expect(page).toHaveURL(/[?&]sort=-jahr\b/);
	await page.getByLabel('Thema').selectOption('mobilitaet');
	await expect(page).toHaveURL(/[?&]thema=mobilitaet\b/);
	const mobility = all.filter((p) => p.data.themes.includes('mobilitaet'));
	await expect(rows).toHaveCount(mobility.length);
	await expect(page.locator('.city-table caption')).toHaveText(`${mobility.length} von ${all.length} Städten, nach Jahr der digitalen Agenda, jüngste zuerst`);

	await page.reload();
	await expect(page.getByLabel('Thema')).toHaveValue('mobilitaet');
	await expect(rows).toHaveCount(mobility.length);
	await expect(page.locator('th[aria-sort="descending"]')).toContainText('Jahr');
	const first = await rows.first().getAttribute('data-year');
	expect(Number(first)).toBe(Math.max(...mobility.map((p) => p.data.digitalAgenda.year ?? 0)));

	await page.getByRole('button', { name: 'Filter und Sortierung zurücksetzen' }).click();
	await expect(page).toHaveURL(/\/staedte\/$/);
	await expect(rows).toHaveCount(all.length);
	expect(consoleErrors).toEqual([]);
});

/** City name and status of every row inside a 390 px screen, without sideways scrolling of the page. */
for (const path of ['/staedte/', '/themen/mobilitaet/', '/bundeslaender/bayern/', '/daten/']) {
	test(`no row is cut at 390 px on ${path}`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(path);
		const cut = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const outside = (element: Element | null) => {
				if (!element) return false;
				const box = element.getBoundingClientRect();
				return box.left < 0 || box.right > width;
			};
			const rows = [...document.querySelectorAll('main tbody tr')].filter((row) => (row as HTMLElement).offsetParent !== null);
			return {
				rows: rows.length,
				cut: rows
					.filter((row) => outside(row.querySelector('th')) || outside(row.querySelector('th a')) || outside(row.querySelector('.badge')))
					.map((row) => row.textContent?.trim().slice(0, 40)),
				overflow: document.documentElement.scrollWidth - width,
			};
		});
		expect(cut.rows).toBeGreaterThan(0);
		expect(cut.cut).toEqual([]);
		expect(cut.overflow).toBeLessThanOrEqual(0);
		await page.setViewportSize({ width: 320, height: 700 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	});
}

test('the header is at most 120 px tall on a 390 px screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/staedte/koeln/');
	const box = await page.locator('.site-header').boundingBox();
	expect(box!.height).toBeLessThanOrEqual(120);
});

test('a chosen dark scheme is applied before the page paints and survives navigation; the toggle switches back', async ({ page, consoleErrors }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await page.waitForFunction(() => customElements.get('theme-toggle') !== undefined);
	const toggle = page.getByRole('button', { name: 'Dunkles Farbschema' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBe('dark');

	// A fresh load, read as soon as <body> exists: the head has run, nothing below it yet.
	await page.goto('/staedte/', { waitUntil: 'commit' });
	await page.waitForFunction(() => document.body !== null);
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	await page.waitForLoadState('load');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 26, 34)');

	await page.waitForFunction(() => customElements.get('theme-toggle') !== undefined);
	await page.getByRole('button', { name: 'Dunkles Farbschema' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
	expect(consoleErrors).toEqual([]);
});

test('without a stored choice the site follows the system scheme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 26, 34)');
	await expect(page.getByRole('button', { name: 'Dunkles Farbschema' })).toHaveAttribute('aria-pressed', 'true');
});

test('the footer sits at the bottom of a short page', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 1000 });
	await page.goto('/404.html');
	const box = await page.locator('.site-footer').boundingBox();
	expect(Math.round(box!.y + box!.height)).toBe(1000);
});
