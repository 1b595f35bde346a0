import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { inlineScripts, renderBlockingScripts } from './html-scripts';
import type { PageType } from './page-types';
import { resolvePath } from './static-server';
import { contentType, gzipSize, isJavaScript, wireBytes } from './wire';

export interface PageWeight {
	id: string;
	path: string;
	status: number;
	requests: number;
	/** Sum of wire bytes (gzip for text) of every same-origin response of a first visit. */
	totalBytes: number;
	htmlBytes: number;
	cssBytes: number;
	/** Web fonts (WOFF2 and the like), counted separately by the page budgets. */
	fontBytes: number;
	/** External JavaScript (gzip) plus the inline scripts of the HTML (gzip of their text). */
	jsBytes: number;
	renderBlocking: string[];
	/** Requests to any other host (blocked; the site must make none). */
	foreignRequests: string[];
	resources: { path: string; type: string; bytes: number }[];
}

/** Loads a page in a fresh browser context (empty cache) and sums what a first visit transfers. */
export async function measurePage(browser: Browser, baseUrl: string, dist: string, type: PageType): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const origin = new URL(baseUrl).origin;
	const paths: string[] = [];
	const foreignRequests: string[] = [];
	await page.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.origin === origin) return route.continue();
		foreignRequests.push(url.href);
		return route.abort();
	});
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.origin === origin && response.status() !== 301) paths.push(url.pathname);
	});
	const response = await page.goto(baseUrl + type.path, { waitUntil: 'networkidle' });
	// The full map loads Leaflet at the reader's first input (a still preview until then): count what a reader who
	// uses the page loads, not only what a page that is only looked at loads.
	if (await page.locator('[data-map-preview]').count()) {
		await page.mouse.move(8, 8);
		await page.waitForSelector('city-map[data-state]', { state: 'attached', timeout: 60_000 }).catch(() => undefined);
		await page.waitForLoadState('networkidle');
	}
	await context.close();

	const resources = paths.flatMap((path) => {
		const file = resolvePath(dist, path).file;
		if (!file) return [];
		const type = contentType(file);
		return [{ path, type, bytes: wireBytes(readFileSync(file), type), file }];
	});
	const documentFile = resolvePath(dist, type.path).file;
	const html = documentFile ? readFileSync(documentFile, 'utf8') : '';
	const inline = inlineScripts(html).join('\n');
	const sum = (test: (type: string) => boolean) => resources.filter((r) => test(r.type)).reduce((total, r) => total + r.bytes, 0);
	return {
		id: type.id,
		path: type.path,
		status: response?.status() ?? 0,
		requests: resources.length,
		totalBytes: sum(() => true),
		htmlBytes: sum((t) => t.startsWith('text/html')),
		cssBytes: sum((t) => t.startsWith('text/css')),
		fontBytes: sum((t) => t.startsWith('font/')),
		jsBytes: sum(isJavaScript) + (inline ? gzipSize(inline) : 0),
		renderBlocking: renderBlockingScripts(html),
		foreignRequests,
		resources: resources.map(({ path, type, bytes }) => ({ path, type, bytes })),
	};
}
