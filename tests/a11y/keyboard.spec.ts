import type { Page } from '@playwright/test';
import { test, expect } from '../e2e/fixtures';
import { t } from '../../src/i18n';

/**
 * Presses Tab until the focused element passes `check` (run in the page, one round trip per press); fails
 * after `limit` presses. Every journey step starts from a focused point close to its goal, so that the
 * test follows the reader's path without walking the whole page.
 */
async function tabTo(page: Page, description: string, check: () => boolean, limit = 40) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(check)) return;
	}
	throw new Error(`Tab erreicht ${description} nicht`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

test('a reader without a mouse: header, portrait, map markers, search results', async ({ page, foreignRequests, consoleErrors }) => {
	await page.goto('/');
	// Header: skip link first, then the navigation in order.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();
	await tabTo(
		page,
		'den Navigationspunkt Städte',
		() => document.activeElement?.textContent?.trim() === 'Städte' && document.activeElement.closest('nav') !== null,
	);
	const visited: string[] = [await focusedText(page)];
	for (let i = 0; i < 5; i++) {
		await page.keyboard.press('Tab');
		visited.push(await focusedText(page));
	}
	expect(visited).toEqual(['Städte', 'Themen', 'Karte', 'Suche', 'Daten', 'Über']);

	// Open the city list with Enter, narrow it with the filter, Tab on to the portrait link, open it with Enter.
	await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Städte' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle Städte');
	// The filter appears once its script runs; then it narrows the table to one row.
	const filterText = page.getByLabel(t('filter.text'));
	await expect(filterText).toBeVisible();
	await filterText.focus();
	await page.keyboard.type('Köln');
	await expect(page.locator('.city-table tbody tr:not([hidden])')).toHaveCount(1);
	await tabTo(page, 'den Link auf Köln', () => document.activeElement?.tagName === 'A' && document.activeElement.textContent?.trim() === 'Köln');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Köln');

	// The map: the first key starts it; from the map region, Tab reaches a marker, Enter opens its popup, Enter on the link opens the portrait.
	await page.goto('/karte/');
	await page.keyboard.press('Tab');
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'ready');
	await page.locator('[data-map-canvas]').focus();
	await tabTo(page, 'einen Marker', () => document.activeElement?.classList.contains('city-marker') === true);
	const markerName = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
	await page.keyboard.press('Enter');
	await expect(page.locator('.leaflet-popup')).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(markerName.replace(/^[✓◐?–]\s*/, ''));

	// The search: Tab from the top of the portrait to the header box, submit with Enter, arrow keys into the results.
	await tabTo(page, 'das Suchfeld im Kopf', () => document.activeElement?.getAttribute('type') === 'search');
	await page.keyboard.type('Glasfaser');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/suche\/\?q=Glasfaser/);
	const results = page.locator('[data-results] a[data-result]');
	await expect(results.first()).toBeVisible();
	await page.getByLabel(t('search.field')).focus();
	await page.keyboard.press('ArrowDown');
	await expect(results.first()).toBeFocused();
	const target = await results.first().getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target}$`));
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});
