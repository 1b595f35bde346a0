import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures';
import { loadProfile } from '../../src/lib/profile-file';

const CITIES_DIR = resolve(import.meta.dirname, '../../src/content/cities');
const profiles = async () => Promise.all((await readdir(CITIES_DIR)).filter((f) => f.endsWith('.mdx')).map((f) => loadProfile(join(CITIES_DIR, f))));

test('the city list filters by text, theme and status and announces the count', async ({ page, consoleErrors }) => {
	const all = await profiles();
	await page.goto('/staedte/');
	const rows = page.locator('.city-table tbody tr:visible');
	await expect(rows).toHaveCount(all.length);
	await page.getByLabel('Stadt oder Bundesland').fill('bayern');
	const bavarian = all.filter((p) => p.data.state === 'Bayern');
	await expect(rows).toHaveCount(bavarian.length);
	await expect(page.getByRole('status')).toHaveText(`${bavarian.length} von ${all.length} Städten angezeigt.`);
	await page.getByLabel('Thema').selectOption('datenplattform');
	await expect(rows).toHaveCount(bavarian.filter((p) => p.data.themes.includes('datenplattform')).length);
	await page.getByLabel('Stadt oder Bundesland').fill('');
	await page.getByLabel('Status der digitalen Agenda').selectOption('beschlossen');
	const expected = all.filter((p) => p.data.themes.includes('datenplattform') && p.data.digitalAgenda.status === 'beschlossen');
	expect((await rows.locator('th a').allTextContents()).sort()).toEqual(expected.map((p) => p.data.name).sort());
	expect(consoleErrors).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the city list is complete and shows no filter controls', async ({ page }) => {
		await page.goto('/staedte/');
		await expect(page.locator('.city-table tbody tr')).toHaveCount((await profiles()).length);
		await expect(page.getByLabel('Stadt oder Bundesland')).toBeHidden();
	});
});
