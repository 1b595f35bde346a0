import type { BuildRun } from './build-runner';
import type { LighthouseResult } from './lighthouse';
import type { MapFigures } from './map-figures';
import type { PageWeight } from './page-weight';
import type { SearchBytes } from './search-bytes';
import type { SearchLatency } from './search-latency';
import type { Summary } from './stats';

export type SiteId = 'floor' | 'real' | 'large' | 'large-floor';

export interface SiteResult {
	id: SiteId;
	label: string;
	/** What the site is and what its build includes. */
	description: string;
	profiles: number;
	/** The framework floor this site is compared with; absent for a floor. */
	comparedWith?: SiteId;
	runs: BuildRun[];
	wallMs: Summary | null;
	cpuMs: Summary | null;
	peakRssBytes: Summary | null;
	/** This site's wall time, CPU time and peak RSS divided by its floor's (`comparedWith`) of the same run (not for a floor). */
	ratioToFloor?: { wall: Summary | null; cpu: Summary | null; rss: Summary | null };
	htmlPages: number | null;
	pagefindBytes: number | null;
	search: SearchBytes | { error: string } | null;
	/** First-query bytes of each query of LATENCY_QUERIES on the site's search page (Verwaltung first); null without one. */
	firstQueries?: { perQuery: { query: string; bytes: number; requests: number }[]; bytes: Summary | null } | null;
	/** Time from the last keystroke to the rendered results, warm cache, CPU slowed down; null without a search page. */
	searchLatency?: SearchLatency | { error: string } | null;
	pageWeights: PageWeight[];
	missingPageTypes: string[];
	/** /karte/: HTML, marker file, first visit without it (issue 16); null for a floor or without a map page. */
	map?: MapFigures | null;
}

export interface Machine {
	cpus: number;
	cpuModel: string;
	memoryBytes: number;
	node: string;
	platform: string;
	loadAverageAtStart: number[];
	commit: string | null;
	dirtyTree: boolean | null;
}

export interface Results {
	date: string;
	machine: Machine;
	options: { runs: number; skipLarge: boolean; skipLighthouse: boolean; seed: number };
	sites: SiteResult[];
	lighthouse: LighthouseResult[] | { skipped: string };
	budgets: BudgetResult[];
	notes: string[];
}

export interface BudgetResult {
	label: string;
	limit: string;
	actual: string;
	/** null when it could not be measured. */
	pass: boolean | null;
}
