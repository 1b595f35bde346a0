import { test, expect } from './fixtures';

for (const javaScriptEnabled of [true, false]) {
	test.describe(`reader journey ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		test.use({ javaScriptEnabled });

		test('start → theme → city → Land → another city without a dead end', async ({ page, foreignRequests }) => {
			await page.goto('/');
			await page.getByRole('region', { name: 'Einstiege' }).getByRole('link', { name: 'Datenplattform' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thema Datenplattform');
			const firstCity = page.locator('.city-table tbody th a').first();
			const cityName = (await firstCity.textContent())!.trim();
			await firstCity.click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(cityName);
			await page.locator('.lead a').click();
			await expect(page.getByRole('navigation', { name: 'Brotkrumennavigation' })).toContainText('Bundesländer');
			const other = page.locator('.city-table tbody th a').filter({ hasNotText: cityName }).first();
			if ((await other.count()) > 0) {
				const otherName = (await other.textContent())!.trim();
				await other.click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherName);
			} else {
				await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Städte' }).click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle Städte');
			}
			expect(foreignRequests).toEqual([]);
		});
	});
}

test('a printed portrait hides navigation and writes out the source URLs', async ({ page }) => {
	await page.goto('/staedte/emden/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Brotkrumennavigation' })).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.getByRole('complementary', { name: 'Steckbrief' })).toBeVisible();
	const firstSource = page.locator('.sources li').first();
	const url = await firstSource.locator('a').first().getAttribute('href');
	await expect(firstSource.locator('.url')).toBeVisible();
	await expect(firstSource.locator('.url')).toHaveText(url!);
	// On paper the sources and the citation suggestion use the page's width, like the prose.
	const width = (selector: string) => page.locator(selector).evaluate((element) => Math.round(element.getBoundingClientRect().width));
	const prose = await width('.portrait .body');
	for (const section of ['section.sources', 'section.cite-as']) expect(await width(section), section).toBe(prose);
	await page.emulateMedia({ media: 'screen' });
	await expect(firstSource.locator('.url')).toBeHidden();
});
