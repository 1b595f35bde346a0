import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { test, expect } from './fixtures';
import { loadProfile } from '../../src/lib/profile-file';
import { searchUrl, type SearchLink } from '../../src/lib/search-url';
import { COMPOUND_MARK } from '../../src/lib/compounds';
import { THEMES } from '../../src/schemas/themes';
import { OUT_DIR } from '../../src/config/output';
import { agendaLabel, t } from '../../src/i18n';

const ROOT = resolve(import.meta.dirname, '../..');
const CITIES_DIR = join(ROOT, 'src/content/cities');
const DIST = OUT_DIR;
const PAGEFIND = '/pagefind/pagefind.js';

/** The profiles as the build sees them, with the German labels the index uses as filter values. */
async function cities() {
	const files = (await readdir(CITIES_DIR)).filter((file) => file.endsWith('.mdx'));
	const profiles = await Promise.all(files.map((file) => loadProfile(join(CITIES_DIR, file))));
	return profiles.map(({ slug, data }) => ({
		slug,
		name: data.name,
		state: data.state as string,
		themes: THEMES.filter((theme) => data.themes.includes(theme.id)).map((theme) => theme.label as string),
		status: agendaLabel(data.digitalAgenda.status),
	}));
}
type City = Awaited<ReturnType<typeof cities>>[number];

const countBy = (values: string[]) => Object.fromEntries([...new Set(values)].sort().map((value) => [value, values.filter((v) => v === value).length]));
const slugs = (list: City[]) => list.map((city) => city.slug).sort();
const link = (state: SearchLink) => searchUrl(state, '/');
const panel = (page: Page) => page.locator('search-panel');
const status = (page: Page) => page.getByRole('status');
const checkbox = (page: Page, facet: string, value: string) => page.locator(`input[data-facet="${facet}"][value="${value}"]`);

async function openSearch(page: Page, url: string) {
	await page.goto(url);
	await expect(panel(page)).toHaveAttribute('data-state', 'ready');
}

/** Slugs of all results (loads further pages of results first); `null` for a result that is not a portrait. */
async function resultSlugs(page: Page) {
	const more = page.getByRole('button', { name: t('search.more') });
	while (await more.isVisible()) {
		const before = await page.locator('[data-results] li').count();
		await more.click();
		await expect(page.locator('[data-results] li')).not.toHaveCount(before);
	}
	const hrefs = await page.locator('[data-results] a[data-result]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	return hrefs.map((href) => /^\/staedte\/([^/]+)\/$/.exec(href)?.[1] ?? null).sort();
}

test('the index has the filters thema, bundesland and agenda with the values of the profiles', async ({ page, consoleErrors }) => {
	const all = await cities();
	await page.goto('/suche/');
	const filters = await page.evaluate(async (bundle) => {
		const pagefind = await import(bundle);
		return (await pagefind.filters()) as Record<string, Record<string, number>>;
	}, PAGEFIND);
	expect(Object.keys(filters).sort()).toEqual(['agenda', 'bundesland', 'thema']);
	// A theme no city has would have no filter value: compare with the themes the collection uses.
	const usedThemes = countBy(all.flatMap((city) => city.themes));
	expect(filters.thema).toEqual(usedThemes);
	test.info().annotations.push({ type: 'themes', description: `${Object.keys(usedThemes).length} of ${THEMES.length} themes used by the profiles` });
	expect(filters.bundesland).toEqual(countBy(all.map((city) => city.state)));
	expect(filters.agenda).toEqual(countBy(all.map((city) => city.status)));
	expect(consoleErrors).toEqual([]);
});

test('a kind of steering is found by its name, and theme and steering pages say what they are', async ({ page, consoleErrors }) => {
	for (const [query, url, kind] of [
		['Stabsstelle', '/steuerung/stabsstelle/', t('search.steeringPage')],
		['CDO', '/steuerung/cdo/', t('search.steeringPage')],
		['Datenplattform', '/themen/datenplattform/', t('search.themePage')],
	] as const) {
		await openSearch(page, link({ q: query }));
		const top = page.locator('[data-results] li').filter({ has: page.locator(`a[href="${url}"]`) });
		await expect(top, query).toHaveCount(1);
		expect(
			await page.locator('[data-results] li').evaluateAll((items, href) => items.findIndex((item) => item.querySelector(`a[href="${href}"]`)), url),
			query,
		).toBeLessThan(3);
		await expect(top.locator('.search-result__facts')).toHaveText(kind);
	}
	expect(consoleErrors).toEqual([]);
});

test('"Mobilität" filtered by the theme Mobilität finds every city with that theme', async ({ page, foreignRequests, consoleErrors }) => {
	const expected = (await cities()).filter((city) => city.themes.includes('Mobilität'));
	expect(expected.length).toBeGreaterThan(0);
	await openSearch(page, link({ q: 'Mobilität', thema: 'Mobilität' }));
	await expect(status(page)).toHaveText(t('search.count', expected.length));
	await expect(page.getByLabel(t('search.field'))).toHaveValue('Mobilität');
	await expect(checkbox(page, 'thema', 'Mobilität')).toBeChecked();
	expect(await resultSlugs(page)).toEqual(slugs(expected));
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('the filter Land alone lists the cities of that Land', async ({ page, consoleErrors }) => {
	const expected = (await cities()).filter((city) => city.state === 'Bayern');
	await openSearch(page, link({ bundesland: 'Bayern' }));
	await expect(status(page)).toHaveText(t('search.count', expected.length));
	expect(await resultSlugs(page)).toEqual(slugs(expected));
	const first = page.locator('[data-results] li').first();
	await expect(first).toContainText('Bayern');
	await expect(first).toContainText(`${t('search.agenda')}:`);
	expect(consoleErrors).toEqual([]);
});

test('two themes give their union; the counts of a facet follow the other filters', async ({ page, consoleErrors }) => {
	const all = await cities();
	const [a, b] = ['Gesundheit', 'Sicherheit'];
	const union = all.filter((city) => city.themes.includes(a) || city.themes.includes(b));
	await page.goto('/suche/');
	await checkbox(page, 'thema', a).check();
	await checkbox(page, 'thema', b).check();
	await expect(status(page)).toHaveText(t('search.count', union.length));
	await expect(panel(page)).toHaveAttribute('data-state', 'ready');
	expect(new URL(page.url()).searchParams.getAll('thema')).toEqual([a, b]);
	// Within the theme facet, each value counts the cities with that theme (OR); across facets, the union applies.
	const themeCount = page.locator('[data-option]', { has: checkbox(page, 'thema', b) }).locator('[data-count]');
	await expect(themeCount).toHaveText(String(all.filter((city) => city.themes.includes(b)).length));
	const stateCount = page.locator('[data-option]', { has: checkbox(page, 'bundesland', 'Nordrhein-Westfalen') }).locator('[data-count]');
	await expect(stateCount).toHaveText(String(union.filter((city) => city.state === 'Nordrhein-Westfalen').length));
	expect(await resultSlugs(page)).toEqual(slugs(union));
	expect(consoleErrors).toEqual([]);
});

test('which cities in NRW work on Energie & Umwelt and have adopted an agenda: answered and linkable', async ({ page, consoleErrors }) => {
	const expected = (await cities()).filter(
		(city) => city.state === 'Nordrhein-Westfalen' && city.themes.includes('Energie & Umwelt') && city.status === agendaLabel('beschlossen'),
	);
	await page.goto('/suche/');
	await checkbox(page, 'bundesland', 'Nordrhein-Westfalen').check();
	await checkbox(page, 'thema', 'Energie & Umwelt').check();
	await checkbox(page, 'agenda', agendaLabel('beschlossen')).check();
	await expect(status(page)).toHaveText(t('search.count', expected.length));
	expect(await resultSlugs(page)).toEqual(slugs(expected));
	const url = new URL(page.url());
	expect(`${url.pathname}${url.search}`).toBe(link({ thema: 'Energie & Umwelt', bundesland: 'Nordrhein-Westfalen', agenda: agendaLabel('beschlossen') }));
	await page.reload();
	await expect(panel(page)).toHaveAttribute('data-state', 'ready');
	await expect(checkbox(page, 'agenda', agendaLabel('beschlossen'))).toBeChecked();
	expect(await resultSlugs(page)).toEqual(slugs(expected));
	expect(consoleErrors).toEqual([]);
});

test('typing shows portraits, the URL carries the query, and opening that URL restores the results', async ({ page, foreignRequests, consoleErrors }) => {
	await page.goto('/suche/');
	await page.getByLabel(t('search.field')).pressSequentially('Datenplattform');
	await expect(page).toHaveURL(/\/suche\/\?q=Datenplattform$/);
	await expect(panel(page)).toHaveAttribute('data-state', 'ready');
	const links = page.locator('[data-results] a[data-result]');
	await expect(links.first()).toBeVisible();
	const hrefs = await links.evaluateAll((list) => list.map((a) => a.getAttribute('href')));
	expect(hrefs.some((href) => /^\/staedte\/[^/]+\/$/.test(href ?? ''))).toBe(true);
	await expect(page.locator('[data-results] mark').first()).toContainText(/datenplattform/i);

	const restored = await page.context().newPage();
	await openSearch(restored, page.url());
	await expect(restored.getByLabel(t('search.field'))).toHaveValue('Datenplattform');
	expect(await restored.locator('[data-results] a[data-result]').evaluateAll((list) => list.map((a) => a.getAttribute('href')))).toEqual(hrefs);
	await restored.close();
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('a search while typing leaves the field as typed (a trailing space stays)', async ({ page }) => {
	await page.goto('/suche/');
	const field = page.getByLabel(t('search.field'));
	await field.pressSequentially('Digitale ');
	await expect(page).toHaveURL(/\?q=Digitale$/);
	await expect(panel(page)).toHaveAttribute('data-state', 'ready');
	await field.pressSequentially('Agenda');
	await expect(page).toHaveURL(/\?q=Digitale\+Agenda$/);
	await expect(field).toHaveValue('Digitale Agenda');
});

test('arrow keys move between the search field and the results', async ({ page }) => {
	await openSearch(page, link({ q: 'Verwaltung' }));
	const field = page.getByLabel(t('search.field'));
	const links = page.locator('[data-results] a[data-result]');
	await field.focus();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(field).toBeFocused();
});

test('"Plattform" finds a city whose page has the word only inside compounds', async ({ page, consoleErrors }) => {
	const all = await cities();
	let match: City | undefined;
	for (const city of all) {
		const main = parse(await readFile(join(DIST, 'staedte', city.slug, 'index.html'), 'utf8')).querySelector('main');
		const text = main?.textContent ?? '';
		if (/datenplattform/i.test(text) && !/(?<!\p{L})plattform/iu.test(text)) {
			match = city;
			break;
		}
	}
	expect(match, 'a portrait that mentions "Datenplattform" but never "Plattform" on its own').toBeDefined();
	const city = match as City;
	await openSearch(page, link({ q: 'Plattform', bundesland: city.state }));
	expect(await resultSlugs(page)).toContain(city.slug);
	const result = page.locator('[data-results] li', { has: page.locator(`a[href="/staedte/${city.slug}/"]`) });
	await expect(result.locator('mark').first()).toContainText(/\p{L}plattform/iu);
	await expect(result).not.toContainText(COMPOUND_MARK);
	expect(consoleErrors).toEqual([]);
});

test('Pagefind loads only when the reader searches, and only the index chunks it needs', async ({ page, foreignRequests, consoleErrors }) => {
	const responses: Promise<{ url: string; bytes: number }>[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url()).pathname;
		if (url.startsWith('/pagefind/')) responses.push(response.body().then((body) => ({ url, bytes: body.length })));
	});
	await page.goto('/');
	await page.goto('/suche/');
	await expect(panel(page)).toHaveAttribute('data-state', 'idle');
	expect(responses).toEqual([]);

	// One input event, so exactly one query runs; the panel is ready once every shown result has been loaded.
	await page.getByLabel(t('search.field')).fill('Daten');
	await expect(panel(page)).toHaveAttribute('data-state', 'ready');
	const fetched = await Promise.all(responses);
	const chunks = (await readdir(join(DIST, 'pagefind', 'index'))).length;
	const loadedChunks = fetched.filter((file) => file.url.includes('/index/')).length;
	const fragments = fetched.filter((file) => file.url.includes('/fragment/')).length;
	expect(loadedChunks).toBeGreaterThan(0);
	expect(loadedChunks).toBeLessThan(chunks);
	expect(fragments).toBeGreaterThan(0);
	expect(fragments).toBeLessThanOrEqual(20);
	const bytes = fetched.reduce((sum, file) => sum + file.bytes, 0);
	test.info().annotations.push({
		type: 'first query',
		description: `${fetched.length} Pagefind files, ${bytes} bytes; ${loadedChunks} of ${chunks} index chunks, ${fragments} fragments`,
	});
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('the header search box sends a plain form to the search page', async ({ page, consoleErrors }) => {
	await page.goto('/staedte/');
	const box = page.getByRole('search', { name: t('search.header.landmark') });
	await box.getByRole('searchbox', { name: t('search.header.label') }).fill('Glasfaser');
	await box.getByRole('button', { name: t('search.header.submit') }).click();
	await expect(page).toHaveURL(/\/suche\/\?q=Glasfaser$/);
	await expect(panel(page)).toHaveAttribute('data-state', 'ready');
	await expect(page.getByLabel(t('search.field'))).toHaveValue('Glasfaser');
	expect(consoleErrors).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says that search needs JavaScript and links to cities and themes', async ({ page }) => {
		await page.goto('/suche/');
		await expect(page.getByText(t('search.noScript'))).toBeVisible();
		await expect(page.getByRole('link', { name: t('search.noScriptCities') })).toHaveAttribute('href', '/staedte/');
		await expect(page.getByRole('link', { name: t('search.noScriptThemes') })).toHaveAttribute('href', '/themen/');
		await expect(page.getByLabel(t('search.field'))).toBeHidden();
	});

	test('the header search box still reaches the search page', async ({ page }) => {
		await page.goto('/themen/');
		await page.getByRole('searchbox', { name: t('search.header.label') }).fill('Daten');
		await page.getByRole('searchbox', { name: t('search.header.label') }).press('Enter');
		await expect(page).toHaveURL(/\/suche\/\?q=Daten$/);
		await expect(page.getByText(t('search.noScript'))).toBeVisible();
	});
});
