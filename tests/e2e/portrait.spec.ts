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
