import type { LighthouseResult } from './lighthouse';
import { SEARCH_QUERY } from './search-bytes';
import { formatBytes, formatMs, formatRatio } from './table';
import type { BudgetResult, SiteResult } from './types';

/**
 * Page weights are without the web font (one variable WOFF2 file, cached after the first page), and the
 * portrait has a second limit with it. A classic inline script of at most 512 characters in the head (the
 * colour-scheme switch, which must run before the first paint) does not count as render-blocking JS.
 */
const BUDGETS = {
	portraitBytes: 20_000,
	portraitWithFontBytes: 60_000,
	inlineHeadScriptChars: 512,
	/** Issue 16: first visit of /karte/ without the marker file, at 51 and at 2,061 profiles. */
	mapBytes: 120_000,
	markerFileBytes: 150_000,
	/** The HTML of /karte/ may differ by this much between 51 and 2,061 profiles. */
	mapHtmlDrift: 1024,
	buildToFloor: 1.5,
	largeWallMs: 60_000,
	largePeakRssBytes: 2.5e9,
	lighthousePerformance: 98,
	firstQueryBytes: 100_000,
	largeFirstQueryBytes: 200_000,
	searchLatencyMs: 500,
} as const;

const LIGHTHOUSE_PAGES = ['start', 'portrait', 'map', 'search'] as const;

const tinyInline = (description: string) => {
	const match = /^inline script \((\d+) characters\)$/.exec(description);
	return match !== null && Number(match[1]) <= BUDGETS.inlineHeadScriptChars;
};

function pageBudget(real: SiteResult | undefined, id: string, label: string, limit: number, noBlocking: boolean, withFont?: number): BudgetResult {
	const limitText = `≤ ${formatBytes(limit)} gzip without the font${withFont ? `, ≤ ${formatBytes(withFont)} with it` : ''}${noBlocking ? ', no render-blocking JS' : ''}`;
	const page = real?.pageWeights.find((weight) => weight.id === id);
	if (!page) return { label, limit: limitText, actual: 'n/a (page missing)', pass: null };
	const blocking = page.renderBlocking.filter((script) => !tinyInline(script));
	const fontBytes = page.fontBytes ?? 0;
	const weights = `${formatBytes(page.totalBytes - fontBytes)} (${formatBytes(page.totalBytes)} with the font)`;
	const actual = `${weights}${noBlocking ? (blocking.length ? `, render-blocking: ${blocking.join(', ')}` : ', none blocking') : ''}`;
	const pass = page.totalBytes - fontBytes <= limit && (!withFont || page.totalBytes <= withFont) && !(noBlocking && blocking.length);
	return { label, limit: limitText, actual, pass };
}

/** First-query bytes on the search page: the median of the 10 queries, with the benchmark's own query and the largest. */
function firstQueryBudget(site: SiteResult | undefined, label: string, limit: number): BudgetResult {
	const budget = { label: `Search: first query at ${label} (median of 10 queries)`, limit: `≤ ${formatBytes(limit)}` };
	const bytes = site?.firstQueries?.bytes;
	if (!bytes) return { ...budget, actual: site ? 'n/a (not measured)' : 'n/a (skipped)', pass: null };
	const own = site.firstQueries!.perQuery.find((entry) => entry.query === SEARCH_QUERY);
	const actual = `${formatBytes(bytes.median)} (${own ? `${SEARCH_QUERY}: ${formatBytes(own.bytes)}, ` : ''}max ${formatBytes(bytes.max)})`;
	return { ...budget, actual, pass: bytes.median <= limit };
}

function mapBudget(site: SiteResult | undefined, label: string): BudgetResult {
	const limit = `≤ ${formatBytes(BUDGETS.mapBytes)} gzip`;
	const bytes = site?.map?.firstVisitWithoutMarkersBytes ?? null;
	if (!site) return { label, limit, actual: 'n/a (skipped)', pass: null };
	return { label, limit, actual: bytes === null ? 'n/a (page missing)' : formatBytes(bytes), pass: bytes === null ? null : bytes <= BUDGETS.mapBytes };
}

/** Every budget against the measured results; medians for times and ratios, the highest peak for memory. */
export function evaluateBudgets(sites: readonly SiteResult[], lighthouse: readonly LighthouseResult[] | null): BudgetResult[] {
	const real = sites.find((site) => site.id === 'real');
	const large = sites.find((site) => site.id === 'large');
	const ratio = real?.ratioToFloor?.wall?.median ?? null;
	const budgets: BudgetResult[] = [
		pageBudget(real, 'portrait', 'Portrait first visit', BUDGETS.portraitBytes, true, BUDGETS.portraitWithFontBytes),
		mapBudget(real, 'Map page first visit (without the marker file and the font)'),
		{
			label: 'Full build vs. floor (wall time, median of runs)',
			limit: `≤ ${formatRatio(BUDGETS.buildToFloor)}`,
			actual: formatRatio(ratio),
			pass: ratio === null ? null : ratio <= BUDGETS.buildToFloor,
		},
	];
	const wall = large?.wallMs?.median ?? null;
	const rss = large?.peakRssBytes?.max ?? null;
	const largeRatio = large?.ratioToFloor?.wall?.median ?? null;
	budgets.push(
		{
			label: '2,061 profiles vs. floor at 2,061 (wall time, median of runs)',
			limit: `≤ ${formatRatio(BUDGETS.buildToFloor)}`,
			actual: large ? formatRatio(largeRatio) : 'n/a (skipped)',
			pass: largeRatio === null ? null : largeRatio <= BUDGETS.buildToFloor,
		},
		{
			label: '2,061 profiles: build + index (median)',
			limit: `≤ ${formatMs(BUDGETS.largeWallMs)}`,
			actual: large ? formatMs(wall) : 'n/a (skipped)',
			pass: wall === null ? null : wall <= BUDGETS.largeWallMs,
		},
		{
			label: '2,061 profiles: peak RSS (highest run)',
			limit: `≤ ${formatBytes(BUDGETS.largePeakRssBytes)}`,
			actual: large ? formatBytes(rss) : 'n/a (skipped)',
			pass: rss === null ? null : rss <= BUDGETS.largePeakRssBytes,
		},
	);
	budgets.push(firstQueryBudget(real, '51 profiles', BUDGETS.firstQueryBytes), firstQueryBudget(large, '2,061 profiles', BUDGETS.largeFirstQueryBytes));
	const latency = real?.searchLatency && !('error' in real.searchLatency) ? real.searchLatency : null;
	const latencyFailed = real?.searchLatency && 'error' in real.searchLatency ? real.searchLatency.error : null;
	budgets.push({
		label: 'Search: time to results (median of 10 queries, warm cache, 4× CPU slowdown)',
		limit: `≤ ${formatMs(BUDGETS.searchLatencyMs)}`,
		actual: latency?.ms
			? `${formatMs(latency.ms.median)} (${formatMs(latency.ms.min)}–${formatMs(latency.ms.max)})`
			: `n/a${latencyFailed ? ` (${latencyFailed})` : ''}`,
		pass: latency?.ms ? latency.ms.median <= BUDGETS.searchLatencyMs : null,
	});
	const drift = real?.map && large?.map ? Math.abs(large.map.htmlBytes - real.map.htmlBytes) : null;
	const markerFile = large?.map?.markerFileGzipBytes ?? null;
	budgets.push(
		mapBudget(large, '2,061 profiles: map page first visit (without the marker file and the font)'),
		{
			label: '2,061 profiles: marker file /karte/staedte.json',
			limit: `≤ ${formatBytes(BUDGETS.markerFileBytes)} gzip`,
			actual: large ? formatBytes(markerFile) : 'n/a (skipped)',
			pass: markerFile === null ? null : markerFile <= BUDGETS.markerFileBytes,
		},
		{
			label: 'Map HTML, 51 vs. 2,061 profiles',
			limit: `± ${formatBytes(BUDGETS.mapHtmlDrift)}`,
			actual: drift === null ? 'n/a' : `${formatBytes(real!.map!.htmlBytes)} vs. ${formatBytes(large!.map!.htmlBytes)}`,
			pass: drift === null ? null : drift <= BUDGETS.mapHtmlDrift,
		},
	);
	for (const id of LIGHTHOUSE_PAGES) {
		const result = lighthouse?.find((entry) => entry.id === id);
		const label = `Lighthouse ${id}`;
		const limit = `perf ≥ ${BUDGETS.lighthousePerformance}, a11y/bp/seo 100`;
		if (!result || !result.ok) {
			budgets.push({ label, limit, actual: lighthouse ? `n/a (${result ? result.reason : 'page missing'})` : 'n/a (skipped)', pass: null });
			continue;
		}
		const { performance, accessibility, seo } = result.scores;
		const bestPractices = result.scores['best-practices'];
		const pass = (performance ?? 0) >= BUDGETS.lighthousePerformance && accessibility === 100 && bestPractices === 100 && seo === 100;
		budgets.push({ label, limit, actual: `${performance} / ${accessibility} / ${bestPractices} / ${seo}`, pass });
	}
	return budgets;
}
