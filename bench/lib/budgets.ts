import type { LighthouseResult } from './lighthouse';
import { formatBytes, formatMs, formatRatio } from './table';
import type { BudgetResult, SiteResult } from './types';

const BUDGETS = {
	portraitBytes: 20_000,
	/** Issue 16: first visit of /karte/ without the marker file, at 51 and at 2,061 profiles. */
	mapBytes: 120_000,
	markerFileBytes: 150_000,
	/** The HTML of /karte/ may differ by this much between 51 and 2,061 profiles. */
	mapHtmlDrift: 1024,
	buildToFloor: 1.5,
	largeWallMs: 60_000,
	largePeakRssBytes: 2.5e9,
	lighthousePerformance: 98,
} as const;

const LIGHTHOUSE_PAGES = ['start', 'portrait', 'map', 'search'] as const;

function pageBudget(real: SiteResult | undefined, id: string, label: string, limit: number, noBlocking: boolean): BudgetResult {
	const limitText = `≤ ${formatBytes(limit)} gzip${noBlocking ? ', no render-blocking JS' : ''}`;
	const page = real?.pageWeights.find((weight) => weight.id === id);
	if (!page) return { label, limit: limitText, actual: 'n/a (page missing)', pass: null };
	const blocking = page.renderBlocking.length > 0;
	const actual = `${formatBytes(page.totalBytes)}${noBlocking ? (blocking ? `, render-blocking: ${page.renderBlocking.join(', ')}` : ', none blocking') : ''}`;
	return { label, limit: limitText, actual, pass: page.totalBytes <= limit && !(noBlocking && blocking) };
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
		pageBudget(real, 'portrait', 'Portrait first visit', BUDGETS.portraitBytes, true),
		mapBudget(real, 'Map page first visit (without the marker file)'),
		{ label: 'Full build vs. floor (wall time, median of runs)', limit: `≤ ${formatRatio(BUDGETS.buildToFloor)}`, actual: formatRatio(ratio), pass: ratio === null ? null : ratio <= BUDGETS.buildToFloor },
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
		{ label: '2,061 profiles: build + index (median)', limit: `≤ ${formatMs(BUDGETS.largeWallMs)}`, actual: large ? formatMs(wall) : 'n/a (skipped)', pass: wall === null ? null : wall <= BUDGETS.largeWallMs },
		{ label: '2,061 profiles: peak RSS (highest run)', limit: `≤ ${formatBytes(BUDGETS.largePeakRssBytes)}`, actual: large ? formatBytes(rss) : 'n/a (skipped)', pass: rss === null ? null : rss <= BUDGETS.largePeakRssBytes },
	);
	const drift = real?.map && large?.map ? Math.abs(large.map.htmlBytes - real.map.htmlBytes) : null;
	const markerFile = large?.map?.markerFileGzipBytes ?? null;
	budgets.push(
		mapBudget(large, '2,061 profiles: map page first visit (without the marker file)'),
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
