import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { resolvePath } from './static-server';
import { contentType, wireBytes } from './wire';

export const SEARCH_QUERY = 'Verwaltung';
/** Results whose data (title, excerpt) the fallback loads, like one page of a result list. */
const RESULTS_SHOWN = 5;

export interface SearchBytes {
	/** `ui`: the site's /suche/?q=… ran the query; `import`: the benchmark imported pagefind.js itself. */
	method: 'ui' | 'import';
	page: string;
	query: string;
	requests: number;
	/** Wire bytes (gzip for text, as-is for Pagefind's pre-compressed files) of every /pagefind/ response. */
	bytes: number;
	/** Result fragments among them (one per result whose title and excerpt were loaded). */
	fragments: number;
	files: { path: string; bytes: number }[];
}

async function visit(browser: Browser, url: string, dist: string, query: string, runQuery: boolean) {
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	const paths: string[] = [];
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (path.startsWith('/pagefind/')) paths.push(path);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	if (!runQuery) {
		// The site's search page: until it has rendered the results and the facet counts (a large index can take longer than the network's idle time).
		await page
			.waitForSelector('search-panel[data-state="ready"], search-panel[data-state="error"]', { state: 'attached', timeout: 60_000 })
			.catch(() => undefined);
		await page.waitForLoadState('networkidle');
	} else {
		await page.evaluate(
			async ([q, shown]) => {
				const pagefind = await import('/pagefind/pagefind.js' as string);
				const search = await pagefind.search(q);
				await Promise.all(search.results.slice(0, shown).map((result: { data(): Promise<unknown> }) => result.data()));
			},
			[query, RESULTS_SHOWN] as const,
		);
		await page.waitForLoadState('networkidle');
	}
	await context.close();
	return paths.map((path) => ({ path, bytes: wireBytes(readFileSync(resolvePath(dist, path).file!), contentType(path)) }));
}

/**
 * Bytes a first search fetches: /suche/?q=… when the site has a search page that runs the query from the
 * URL; otherwise `pageForImport` plus `import('/pagefind/pagefind.js')`, one query and the data of the first results.
 */
export async function measureSearch(
	browser: Browser,
	baseUrl: string,
	dist: string,
	hasSearchPage: boolean,
	pageForImport: string,
	query = SEARCH_QUERY,
): Promise<SearchBytes> {
	let method: SearchBytes['method'] = 'ui';
	let page = `/suche/?q=${encodeURIComponent(query)}`;
	let files = hasSearchPage ? await visit(browser, baseUrl + page, dist, query, false) : [];
	if (!files.some((file) => file.path.includes('.pf_'))) {
		method = 'import';
		page = pageForImport;
		files = await visit(browser, baseUrl + page, dist, query, true);
	}
	const fragments = files.filter((file) => file.path.endsWith('.pf_fragment')).length;
	return { method, page, query, requests: files.length, bytes: files.reduce((total, file) => total + file.bytes, 0), fragments, files };
}
