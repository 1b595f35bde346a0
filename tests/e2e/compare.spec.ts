import { axeViolations } from './axe';
import { test, expect } from './fixtures';

/** Rows whose values are links themselves (the city's website) need no separate source link. */
const SELF_SOURCED = new Set(['website']);

test('three cities chosen by keyboard alone, every value linked to a source, no axe violations', async ({ page, consoleErrors, foreignRequests }) => {
	await page.goto('/vergleich/');
	const input = page.getByRole('combobox', { name: 'Stadt hinzufügen' });
	for (let i = 0; i < 40 && !(await input.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(input).toBeFocused();

	await page.keyboard.type('Köl');
	await expect(input).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('ArrowDown');
	await expect(input).toHaveAttribute('aria-activedescendant', 'option-koeln');
	await page.keyboard.press('Enter');
	await page.keyboard.type('düss');
	await page.keyboard.press('Enter');
	await page.keyboard.type('kref');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/vergleich\/\?staedte=koeln,duesseldorf,krefeld$/);
	await expect(page.getByRole('status')).toContainText('Krefeld hinzugefügt');

	await expect(page.getByRole('table', { name: 'Vergleich: Köln, Düsseldorf, Krefeld' })).toBeVisible();
	const table = page.locator('city-compare table');
	await expect(table.locator('thead th a')).toHaveText(['Köln', 'Düsseldorf', 'Krefeld']);
	// Every visible row compares the three cities; every known value cites at least one source by its URL.
	const rows = await table.locator('tr[data-row]').evaluateAll((elements) =>
		elements
			.filter((row) => !(row as HTMLElement).hidden)
			.map((row) => ({
				id: row.getAttribute('data-row')!,
				cells: [...row.querySelectorAll('td')].map((cell) => ({
					known: !cell.querySelector(':scope > .muted'),
					sources: cell.querySelectorAll('.cite a[href^="http"]').length,
					text: cell.textContent,
				})),
			})),
	);
	expect(rows.length).toBeGreaterThanOrEqual(10);
	for (const row of rows) {
		expect(row.cells, row.id).toHaveLength(3);
		for (const cell of row.cells) if (cell.known && !SELF_SOURCED.has(row.id)) expect(cell.sources, `${row.id}: ${cell.text}`).toBeGreaterThan(0);
	}
	expect(rows.flatMap((row) => row.cells).filter((cell) => cell.known && cell.sources > 0).length).toBeGreaterThan(20);
	await expect(page.locator('.rank-chart svg[role="img"]')).toBeVisible();

	expect(await axeViolations(page)).toEqual([]);

	// Remove Krefeld by keyboard: the chosen cities follow the field in the tab order.
	await input.focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Krefeld entfernen' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?staedte=koeln,duesseldorf$/);
	await expect(page.getByRole('button', { name: 'Düsseldorf entfernen' })).toBeFocused();
	await expect(table.locator('thead th a')).toHaveText(['Köln', 'Düsseldorf']);
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('repeated parameters from the city list’s form work and become the short address', async ({ page }) => {
	await page.goto('/vergleich/?staedte=koeln&staedte=duesseldorf&staedte=atlantis');
	await expect(page.locator('city-compare thead th a')).toHaveText(['Köln', 'Düsseldorf']);
	await expect(page).toHaveURL(/\?staedte=koeln,duesseldorf$/);
	await expect(page.getByRole('status')).toContainText('Nicht gefunden: atlantis');
});

test('at 390 px the page does not scroll sideways; the table swipes in its own region, the next city peeking in', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/vergleich/?staedte=koeln,duesseldorf,krefeld');
	const region = page.getByRole('region', { name: 'Vergleich: Köln, Düsseldorf, Krefeld' });
	await expect(region).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
	// The first city is whole and the second shows at the edge (≥ 2rem of it), so the swipe is visible.
	const [first, second] = await region.locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect()));
	const frame = await region.evaluate((element) => element.getBoundingClientRect().right);
	expect(first!.right).toBeLessThanOrEqual(frame);
	expect(frame - second!.left).toBeGreaterThanOrEqual(32);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the page explains itself and links every portrait', async ({ page }) => {
		await page.goto('/vergleich/?staedte=koeln,duesseldorf');
		await expect(page.getByText('Der Vergleich braucht JavaScript.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Köln', exact: true })).toHaveAttribute('href', '/staedte/koeln/');
		await expect(page.getByRole('combobox')).toBeHidden();
	});
});
