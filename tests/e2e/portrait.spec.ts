import { test, expect } from './fixtures';

test('a portrait links to its themes and nothing leaves localhost', async ({ page, foreignRequests, consoleErrors }) => {
	await page.goto('/staedte/koeln/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Köln');
	const factBox = page.getByRole('complementary', { name: 'Steckbrief' });
	await expect(factBox).toContainText('Digitale Agenda');
	await factBox.getByRole('link', { name: 'Mobilität' }).click();
	await expect(page).toHaveURL(/\/themen\/mobilitaet\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Mobilität');
	await expect(page.getByRole('link', { name: 'Köln', exact: true })).toBeVisible();
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('the skip link moves focus to the content', async ({ page }) => {
	await page.goto('/staedte/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#inhalt$/);
});

test('at 1280 px every section of a portrait has the same space above and no wider lines than the text', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/staedte/koeln/');
	const headings = await page
		.locator('article.portrait .body h2, article.portrait > section > h2')
		.evaluateAll((all) => all.map((h2) => ({ text: h2.textContent!.trim(), margin: getComputedStyle(h2).marginTop })));
	expect(headings.map((h) => h.text)).toEqual(expect.arrayContaining(['Quellenlage', 'März 2019 und heute', 'Quellen', 'Änderungen']));
	expect(new Set(headings.map((h) => h.margin)).size, JSON.stringify(headings)).toBe(1);
	// The text's line length is the body's max-width; the lists below it keep to it.
	const measure = await page.locator('article.portrait .body').evaluate((body) => parseFloat(getComputedStyle(body).maxWidth));
	expect(measure).toBeLessThan(800);
	for (const list of ['section.sources', 'section.changes']) {
		expect(await page.locator(list).evaluate((element) => element.getBoundingClientRect().width), list).toBeLessThanOrEqual(measure);
	}
});
