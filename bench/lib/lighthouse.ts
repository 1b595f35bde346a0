import { CHROMIUM } from './browser';

/**
 * Lighthouse and chrome-launcher live in bench/package.json, outside the project's install (`npm run bench`
 * installs them). So that the project type-checks without them, they are loaded by a name TypeScript does
 * not resolve, typed by the little the benchmark uses.
 */
interface LaunchedChrome {
	port: number;
	kill(): void;
}
interface ChromeLauncher {
	launch(options: { chromePath: string; chromeFlags: string[]; logLevel: 'silent' }): Promise<LaunchedChrome>;
}
interface Audit {
	score: number | null;
	displayValue?: string;
}
interface Lhr {
	runtimeError?: { code: string; message: string };
	categories: Partial<Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
	audits: Partial<Record<string, Audit>>;
}
type Lighthouse = (url: string, flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] }) => Promise<{ lhr: Lhr } | undefined>;

const load = (name: string): Promise<unknown> => import(name);

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
	let chrome: LaunchedChrome;
	let lighthouse: Lighthouse;
	try {
		lighthouse = ((await load('lighthouse')) as { default: Lighthouse }).default;
		const chromeLauncher = (await load('chrome-launcher')) as ChromeLauncher;
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
