import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from './browser';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export type LighthouseResult =
	| { id: string; path: string; ok: true; scores: Record<Category, number | null>; shortfalls: string[] }
	| { id: string; path: string; ok: false; reason: string };

const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** The weighted audits that cost points, e.g. `performance: largest-contentful-paint 0.93 (2.6 s)`. */
function shortfalls(lhr: Lhr): string[] {
	return CATEGORIES.flatMap((category) =>
		(lhr.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.flatMap((ref) => {
				const audit = lhr.audits[ref.id];
				if (!audit || audit.score === null || audit.score >= 1) return [];
				return [`${category}: ${ref.id} ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`];
			}),
	);
}

/**
 * Lighthouse 12 (default mobile preset, simulated throttling) for each page, in Debian's Chromium. Any failure
 * (Chromium not starting, a page that cannot be audited) is reported with its reason, not thrown.
 */
export async function runLighthouse(baseUrl: string, pages: readonly { id: string; path: string }[]): Promise<LighthouseResult[]> {
	let chrome: chromeLauncher.LaunchedChrome;
	try {
		chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
	} catch (error) {
		return pages.map(({ id, path }) => ({ id, path, ok: false, reason: `Chromium did not start: ${message(error)}` }));
	}
	const results: LighthouseResult[] = [];
	try {
		for (const { id, path } of pages) {
			try {
				const result = await lighthouse(baseUrl + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
				const lhr = result?.lhr;
				if (!lhr) throw new Error('no result');
				if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
				const scores = Object.fromEntries(
					CATEGORIES.map((category) => [category, lhr.categories[category]?.score == null ? null : Math.round(lhr.categories[category]!.score! * 100)]),
				);
				results.push({ id, path, ok: true, scores: scores as Record<Category, number | null>, shortfalls: shortfalls(lhr) });
			} catch (error) {
				results.push({ id, path, ok: false, reason: message(error) });
			}
		}
	} finally {
		chrome.kill();
	}
	return results;
}
