import type { Page } from '@playwright/test';
import { test, expect } from '../e2e/fixtures';
import { searchText } from '../../src/i18n/de';

/** Presses Tab until the focused element matches `predicate`; fails after `limit` presses. */
async function tabTo(page: Page, description: string, predicate: (el: Element) => boolean, limit = 400) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const focused = page.locator(':focus');
		if ((await focused.count()) === 1 && (await focused.evaluate(predicate))) return;
	}
	throw new Error(`Tab erreicht ${description} nicht`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

test('a reader without a mouse: header, portrait, map markers, search results', async ({ page, foreignRequests, consoleErrors }) => {
	await page.goto('/');
	// Header: skip link first, then the navigation in order.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();
	await tabTo(page, 'den Navigationspunkt Städte', (el) => el.textContent?.trim() === 'Städte' && el.closest('nav') !== null);
	const visited: string[] = [await focusedText(page)];
	for (let i = 0; i < 5; i++) {
		await page.keyboard.press('Tab');
		visited.push(await focusedText(page));
	}
	expect(visited).toEqual(['Städte', 'Themen', 'Karte', 'Suche', 'Daten', 'Über']);

	// Open the city list and a portrait with Enter.
	await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Städte' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle Städte');
	await tabTo(page, 'den Link auf Köln', (el) => el.tagName === 'A' && el.textContent?.trim() === 'Köln');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Köln');

	// The map: Tab reaches a marker, Enter opens its popup, Enter on the link opens the portrait.
	await page.goto('/karte/');
	await expect(page.locator('city-map')).toHaveAttribute('data-state', 'ready');
	await tabTo(page, 'einen Marker', (el) => el.classList.contains('city-marker'));
	const markerName = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
	await page.keyboard.press('Enter');
	await expect(page.locator('.leaflet-popup')).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(markerName.replace(/^[✓◐?–]\s*/, ''));

	// The search: type in the header box, submit with Enter, move into the results with the arrow keys.
	await tabTo(page, 'das Suchfeld im Kopf', (el) => el.getAttribute('type') === 'search');
	await page.keyboard.type('Glasfaser');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/suche\/\?q=Glasfaser/);
	const results = page.locator('[data-results] a[data-result]');
	await expect(results.first()).toBeVisible();
	await page.getByLabel(searchText.field).focus();
	await page.keyboard.press('ArrowDown');
	await expect(results.first()).toBeFocused();
	const target = await results.first().getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target}$`));
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});
