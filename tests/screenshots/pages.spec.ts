import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { firstInput, test, expect } from '../e2e/fixtures';

/**
 * Screenshots of the eleven page types (the map also before the first input) at 390 and 1280 px, light and dark, for a reviewer to look at: written to
 * test-results/screenshots/ (artefacts, not compared pixel by pixel). One browser context per width and
 * scheme; the visible screen only.
 */
const OUT = resolve(import.meta.dirname, '../../test-results/screenshots');
const PAGES: { name: string; path: string; ready?: string; input?: true }[] = [
	{ name: 'start', path: '/' },
	{ name: 'staedte', path: '/staedte/' },
	{ name: 'portraet', path: '/staedte/koeln/' },
	{ name: 'thema', path: '/themen/mobilitaet/' },
	{ name: 'bundesland', path: '/bundeslaender/bayern/' },
	{ name: 'steuerung', path: '/steuerung/stabsstelle/' },
	{ name: 'karte-vorschau', path: '/karte/', ready: '[data-map-preview] [data-slug]' },
	{ name: 'karte', path: '/karte/', ready: '.leaflet-marker-icon', input: true },
	{ name: 'suche', path: '/suche/?q=Mobilit%C3%A4t', ready: 'main a[href*="/staedte/"]' },
	{ name: 'daten', path: '/daten/' },
	{ name: 'ueber', path: '/ueber/' },
	{ name: '404', path: '/404.html' },
];

for (const scheme of ['light', 'dark'] as const) {
	for (const width of [390, 1280]) {
		test(`screenshots at ${width} px, ${scheme}`, async ({ browser }) => {
			await mkdir(OUT, { recursive: true });
			const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 }, colorScheme: scheme });
			const page = await context.newPage();
			for (const { name, path, ready, input } of PAGES) {
				await page.goto(path);
				if (input) await firstInput(page);
				if (ready) await expect(page.locator(ready).first()).toBeVisible();
				await page.evaluate(() => document.fonts.ready);
				const file = `${OUT}/${name}-${width}-${scheme}.png`;
				await page.screenshot({ path: file });
				expect((await stat(file)).size, file).toBeGreaterThan(5_000);
				expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} overflows`).toBeLessThanOrEqual(
					0,
				);
			}
			await context.close();
		});
	}
}
