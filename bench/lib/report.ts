import { PAGE_TYPES } from './page-types';
import { SEARCH_QUERY } from './search-bytes';
import { formatBytes, formatMs, formatRatio, formatSummary, markdownTable, mark } from './table';
import type { Results, SiteResult } from './types';

const ratioText = (site: SiteResult, key: 'wall' | 'cpu' | 'rss') => (site.ratioToFloor ? formatSummary(site.ratioToFloor[key], formatRatio) : '1.00× (base)');

function searchText(site: SiteResult): string {
	if (!site.search) return 'n/a';
	if ('error' in site.search) return `n/a (${site.search.error})`;
	return `${formatBytes(site.search.bytes)}, ${site.search.requests} files (${site.search.method}, ${site.search.fragments} results)`;
}

function buildTable(results: Results): string {
	const rows = results.sites.map((site) => {
		const failed = site.runs.filter((run) => !run.ok).length;
		return [
			`${site.label}${failed ? ` (${failed} failed)` : ''}`,
			formatSummary(site.wallMs, formatMs),
			formatSummary(site.cpuMs, formatMs),
			formatSummary(site.peakRssBytes, formatBytes),
			ratioText(site, 'wall'),
			ratioText(site, 'cpu'),
			ratioText(site, 'rss'),
		];
	});
	const header = [
		'Build (astro + index)',
		'Wall time min/med/max',
		'CPU time min/med/max',
		'Peak RSS min/med/max',
		'Wall ÷ floor',
		'CPU ÷ floor',
		'RSS ÷ floor',
	];
	return markdownTable(header, rows);
}

function outputTable(results: Results): string {
	const rows = results.sites.map((site) => [
		site.label,
		String(site.profiles),
		site.htmlPages == null ? 'n/a' : String(site.htmlPages),
		formatBytes(site.pagefindBytes),
		searchText(site),
	]);
	return markdownTable(['Output', 'Profiles', 'HTML pages', 'Pagefind index', `First search "${SEARCH_QUERY}" fetches`], rows);
}

function searchTable(results: Results): string {
	const rows = results.sites
		.filter((site) => site.firstQueries || site.searchLatency)
		.map((site) => {
			const latency = site.searchLatency;
			const time = !latency ? 'n/a' : 'error' in latency ? `n/a (${latency.error})` : formatSummary(latency.ms, formatMs);
			return [site.label, formatSummary(site.firstQueries?.bytes ?? null, formatBytes), time];
		});
	return markdownTable(['Search page', 'First query fetches, 10 queries min/med/max', 'Last keystroke → results, warm, 4× CPU min/med/max'], rows);
}

function pageTable(results: Results): string {
	const real = results.sites.find((site) => site.id === 'real');
	const large = results.sites.find((site) => site.id === 'large');
	const rows = PAGE_TYPES.map((type) => {
		const page = real?.pageWeights.find((weight) => weight.id === type.id);
		const big = large?.pageWeights.find((weight) => weight.id === type.id);
		if (!page) return [type.label, 'missing – skipped', '', '', '', big ? formatBytes(big.totalBytes) : 'n/a'];
		const blocking = page.renderBlocking.length ? `yes (${page.renderBlocking.length})` : 'no';
		return [type.label, formatBytes(page.totalBytes), formatBytes(page.jsBytes), String(page.requests), blocking, big ? formatBytes(big.totalBytes) : 'n/a'];
	});
	return markdownTable(['Page type', 'First visit (gzip)', 'JS (gzip)', 'Requests', 'Render-blocking JS', 'Same page, 2,061 profiles'], rows);
}

function mapTable(results: Results): string {
	const rows = results.sites.flatMap((site) =>
		site.map
			? [
					[
						`${site.label} (${site.profiles} profiles)`,
						`${formatBytes(site.map.htmlBytes)} (${formatBytes(site.map.htmlGzipBytes)} gzip)`,
						site.map.markerFileGzipBytes === null ? 'none' : `${formatBytes(site.map.markerFileBytes)} (${formatBytes(site.map.markerFileGzipBytes)} gzip)`,
						formatBytes(site.map.firstVisitWithoutMarkersBytes),
					],
				]
			: [],
	);
	return markdownTable(['Map /karte/', 'HTML', 'Marker file /karte/staedte.json', 'First visit without the marker file (gzip)'], rows);
}

function lighthouseTable(results: Results): string {
	if (!Array.isArray(results.lighthouse)) return `Lighthouse: skipped (${results.lighthouse.skipped})`;
	const rows = results.lighthouse.map((entry) =>
		entry.ok
			? [entry.path, ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((category) => String(entry.scores[category] ?? 'n/a'))]
			: [entry.path, `n/a (${entry.reason})`, '', '', ''],
	);
	return markdownTable(['Lighthouse (mobile)', 'Performance', 'Accessibility', 'Best practices', 'SEO'], rows);
}

function budgetTable(results: Results): string {
	return markdownTable(
		['', 'Budget', 'Limit', 'Measured'],
		results.budgets.map((budget) => [mark(budget.pass), budget.label, budget.limit, budget.actual]),
	);
}

/** The whole report as Markdown: machine line, builds, page weights, Lighthouse, budgets, notes. */
export function renderReport(results: Results): string {
	const { machine } = results;
	const head = `## Smart-City-Atlas benchmark — ${results.date}\n\n${machine.cpus} CPUs (${machine.cpuModel}), ${formatBytes(machine.memoryBytes)} RAM, Node ${machine.node}, load ${machine.loadAverageAtStart.map((n) => n.toFixed(2)).join(' ')} at start, ${results.options.runs} run(s)`;
	const sections = [
		head,
		buildTable(results),
		outputTable(results),
		searchTable(results),
		pageTable(results),
		mapTable(results),
		lighthouseTable(results),
		budgetTable(results),
	];
	if (results.notes.length) sections.push(results.notes.map((note) => `- ${note}`).join('\n'));
	return `${sections.join('\n\n')}\n`;
}
