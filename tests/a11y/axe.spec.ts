import { axeViolations } from '../e2e/axe';
import { firstInput, test, expect } from '../e2e/fixtures';

/** One page of every type, in both colour schemes; WCAG 2.1 A and AA rules of axe-core must find nothing. */
/** `input`: the reader moves the pointer first (the full map starts Leaflet only then). */
const PAGES: { type: string; path: string; ready?: string; input?: true }[] = [
	{ type: 'start', path: '/' },
	{ type: 'city list', path: '/staedte/' },
	{ type: 'portrait', path: '/staedte/koeln/' },
	{ type: 'theme', path: '/themen/mobilitaet/' },
	{ type: 'themes', path: '/themen/' },
	{ type: 'Land', path: '/bundeslaender/bayern/' },
	{ type: 'kinds of steering', path: '/steuerung/' },
	{ type: 'kind of steering', path: '/steuerung/stabsstelle/' },
	{ type: 'Land without cities', path: '/bundeslaender/' },
	{ type: 'map before the first input', path: '/karte/', ready: '[data-map-preview] [data-slug]' },
	{ type: 'map', path: '/karte/', ready: '.leaflet-marker-icon', input: true },
	{ type: 'search with results', path: '/suche/?q=Mobilit%C3%A4t', ready: 'main a[href*="/staedte/"]' },
	{ type: 'search without hits', path: '/suche/?q=Xylophonorchester', ready: '[data-no-hits] a[href="/staedte/"]' },
	{ type: 'data', path: '/daten/' },
	{ type: 'comparison', path: '/vergleich/?staedte=koeln,duesseldorf,krefeld', ready: 'city-compare thead th a' },
	{ type: 'timeline', path: '/zeitleiste/' },
	{ type: 'changes', path: '/aenderungen/' },
	{ type: 'about', path: '/ueber/' },
	{ type: 'accessibility statement', path: '/barrierefreiheit/' },
	{ type: 'Leichte Sprache', path: '/leichte-sprache/' },
	{ type: 'imprint', path: '/impressum/' },
	{ type: 'privacy', path: '/datenschutz/' },
	{ type: '404', path: '/404.html' },
];

for (const { type, path, ready, input } of PAGES) {
	test(`${type} (${path}) has no WCAG 2.1 AA violations in the light and the dark colour scheme`, async ({ page, consoleErrors }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(path);
		if (input) await firstInput(page);
		if (ready) await expect(page.locator(ready).first()).toBeVisible();
		expect(await axeViolations(page), 'light').toEqual([]);
		// The scheme changes colours only: in the dark scheme the colour rules run again.
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
		expect(await axeViolations(page, ['color-contrast', 'link-in-text-block']), 'dark').toEqual([]);
		expect(consoleErrors).toEqual([]);
	});
}

test('a portrait has no violations and no horizontal scrolling at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/staedte/koeln/');
	expect(await axeViolations(page)).toEqual([]);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});
