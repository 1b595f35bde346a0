import type { Browser, Page } from 'playwright-core';
import { summarize, type Summary } from './stats';

/** The queries typed, as a reader would: words, compounds, a synonym, two-word queries. */
export const LATENCY_QUERIES = [
	'Datenplattform',
	'Verkehr',
	'Open Data',
	'CDO',
	'Breitband',
	'Glasfaser',
	'Bürgerportal',
	'Weiterbildung',
	'Klimaschutz',
	'Verwaltung',
];
/** Chromium's CPU throttling while typing (DevTools' "4× slowdown"). */
export const CPU_SLOWDOWN = 4;
/** Pause between keystrokes, a brisk typist. */
const KEY_DELAY_MS = 60;

export interface SearchLatency {
	cpuSlowdown: number;
	/** Milliseconds from the last keystroke to the rendered results, one per query, in LATENCY_QUERIES order. */
	perQuery: { query: string; ms: number; results: number }[];
	ms: Summary | null;
}

/** Records, in the page, when the last input event and each `search-results` event of the panel happened. */
function instrument() {
	const marks = { lastInput: 0, results: [] as { query: string; at: number; results: number }[] };
	(window as unknown as { __latency: typeof marks }).__latency = marks;
	document.addEventListener('input', () => (marks.lastInput = performance.now()), true);
	document.addEventListener(
		'search-results',
		(event) => {
			const { query, results } = (event as CustomEvent<{ query: string; results: number }>).detail;
			marks.results.push({ query, at: performance.now(), results });
		},
		true,
	);
}

async function typeQuery(page: Page, query: string): Promise<{ ms: number; results: number }> {
	const field = page.locator('[data-query]');
	await field.fill('');
	await page.waitForFunction(() => document.querySelector('search-panel')?.getAttribute('data-state') === 'idle');
	await page.evaluate(() => ((window as unknown as { __latency: { results: unknown[] } }).__latency.results = []));
	await field.pressSequentially(query, { delay: KEY_DELAY_MS });
	const handle = await page.waitForFunction(
		(q) => {
			const marks = (window as unknown as { __latency: { lastInput: number; results: { query: string; at: number; results: number }[] } }).__latency;
			const done = marks.results.find((entry) => entry.query === q && entry.at >= marks.lastInput);
			return done ? { ms: done.at - marks.lastInput, results: done.results } : null;
		},
		query,
		{ timeout: 60_000 },
	);
	const result = (await handle.jsonValue()) as { ms: number; results: number };
	// Let the facet counts that follow the results finish before the next query.
	await page.waitForFunction(() => document.querySelector('search-panel')?.getAttribute('data-state') === 'ready', undefined, { timeout: 60_000 });
	return result;
}

/**
 * Time from the last keystroke to the rendered results on the search page, on a warm cache, with the CPU
 * slowed down 4×: every query is typed once to fill the cache, the page is reloaded (Pagefind's files now
 * come from the browser cache), one query loads Pagefind, then each query is typed again and measured.
 */
export async function measureSearchLatency(browser: Browser, baseUrl: string): Promise<SearchLatency> {
	const context = await browser.newContext({ bypassCSP: true });
	try {
		const page = await context.newPage();
		await page.addInitScript(instrument);
		await page.goto(`${baseUrl}/suche/`, { waitUntil: 'networkidle' });
		for (const query of LATENCY_QUERIES) await typeQuery(page, query);
		await page.reload({ waitUntil: 'networkidle' });
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		await typeQuery(page, 'Stadt');
		const perQuery = [];
		for (const query of LATENCY_QUERIES) perQuery.push({ query, ...(await typeQuery(page, query)) });
		return { cpuSlowdown: CPU_SLOWDOWN, perQuery, ms: summarize(perQuery.map((entry) => entry.ms)) };
	} finally {
		await context.close();
	}
}
