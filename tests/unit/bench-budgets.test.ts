import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../../bench/lib/budgets';
import type { LighthouseResult } from '../../bench/lib/lighthouse';
import type { PageWeight } from '../../bench/lib/page-weight';
import { summarize } from '../../bench/lib/stats';
import type { SiteResult } from '../../bench/lib/types';
import { renderReport } from '../../bench/lib/report';

const weight = (id: string, totalBytes: number, renderBlocking: string[] = [], fontBytes = 0): PageWeight => ({
	id,
	path: `/${id}/`,
	status: 200,
	requests: 3,
	totalBytes,
	htmlBytes: totalBytes,
	cssBytes: 0,
	fontBytes,
	jsBytes: 0,
	renderBlocking,
	foreignRequests: [],
	resources: [],
});

const site = (id: SiteResult['id'], wall: number[], rss: number[], extra: Partial<SiteResult> = {}): SiteResult => ({
	id,
	label: id,
	description: '',
	profiles: 50,
	runs: wall.map((wallMs, i) => ({ ok: true, wallMs, cpuMs: wallMs, peakRssBytes: rss[i]!, samples: 10, load: [1, 1] as [number, number] })),
	wallMs: summarize(wall),
	cpuMs: summarize(wall),
	peakRssBytes: summarize(rss),
	htmlPages: 50,
	pagefindBytes: 1000,
	search: null,
	pageWeights: [],
	missingPageTypes: [],
	...extra,
});

const scores = (performance: number, accessibility = 100): LighthouseResult => ({
	id: 'start',
	path: '/',
	ok: true,
	scores: { performance, accessibility, 'best-practices': 100, seo: 100 },
	shortfalls: [],
});

describe('budgets', () => {
	const real = site('real', [12_000], [8e8], {
		pageWeights: [weight('portrait', 19_000), weight('map', 135_000)],
		ratioToFloor: { wall: summarize([1.4]), cpu: summarize([1.3]), rss: summarize([1.2]) },
		map: { htmlBytes: 16_000, htmlGzipBytes: 4_500, markerFileBytes: 10_000, markerFileGzipBytes: 3_000, firstVisitWithoutMarkersBytes: 132_000 },
	});
	const large = site('large', [50_000, 70_000, 55_000], [2e9, 2.6e9, 2.1e9], {
		ratioToFloor: { wall: summarize([1.6, 1.4, 1.7]), cpu: summarize([1.5]), rss: summarize([1.2]) },
		map: { htmlBytes: 16_600, htmlGzipBytes: 4_600, markerFileBytes: 400_000, markerFileGzipBytes: 160_000, firstVisitWithoutMarkersBytes: 110_000 },
	});
	const byLabel = (label: string, lighthouse: LighthouseResult[] | null = null, sites = [real, large]) =>
		evaluateBudgets(sites, lighthouse).find((budget) => budget.label.startsWith(label))!;

	it('checks the page weights and render-blocking JS', () => {
		expect(byLabel('Portrait').pass).toBe(true);
		expect(byLabel('Map').pass).toBe(false);
		const blocked = site('real', [1], [1], { pageWeights: [weight('portrait', 5_000, ['/a.js'])] });
		expect(byLabel('Portrait', null, [blocked]).pass).toBe(false);
	});

	it('counts the page without its web font, the portrait also with it, and lets a tiny inline head script pass', () => {
		const page = (total: number, font: number, blocking: string[] = []) => [
			site('real', [1], [1], { pageWeights: [weight('portrait', total, blocking, font)] }),
		];
		expect(byLabel('Portrait', null, page(48_000, 29_000, ['inline script (142 characters)'])).pass).toBe(true);
		expect(byLabel('Portrait', null, page(52_000, 29_000)).pass).toBe(false);
		expect(byLabel('Portrait', null, page(65_000, 50_000)).pass).toBe(false);
		expect(byLabel('Portrait', null, page(30_000, 29_000, ['inline script (900 characters)'])).pass).toBe(false);
	});

	it('checks the map: first visit without the marker file, the marker file and the HTML at 2,061 profiles', () => {
		expect(byLabel('Map page first visit')).toMatchObject({ pass: false, actual: '132.0 kB' });
		expect(byLabel('2,061 profiles: map page').pass).toBe(true);
		expect(byLabel('2,061 profiles: marker file').pass).toBe(false);
		expect(byLabel('Map HTML').pass).toBe(true);
		expect(byLabel('Map HTML', null, [real, { ...large, map: { ...large.map!, htmlBytes: 18_000 } }]).pass).toBe(false);
		expect(byLabel('2,061 profiles: marker file', null, [real])).toMatchObject({ pass: null, actual: 'n/a (skipped)' });
	});

	it('uses the median ratio to the floor and the median time but the highest peak of the large site', () => {
		expect(byLabel('Full build').pass).toBe(true);
		expect(byLabel('2,061 profiles: build').pass).toBe(true);
		expect(byLabel('2,061 profiles: peak').pass).toBe(false);
		expect(byLabel('2,061 profiles vs. floor')).toMatchObject({ pass: false, actual: '1.60×' });
	});

	it('marks what was not measured as n/a, neither passed nor failed', () => {
		expect(byLabel('2,061 profiles: build', null, [real])).toMatchObject({ pass: null, actual: 'n/a (skipped)' });
		expect(byLabel('2,061 profiles vs. floor', null, [real])).toMatchObject({ pass: null, actual: 'n/a (skipped)' });
		expect(byLabel('Lighthouse start').pass).toBeNull();
		expect(byLabel('Lighthouse portrait', [scores(100)]).actual).toMatch(/page missing/);
	});

	it('needs performance ≥ 98 and 100 in the other Lighthouse categories', () => {
		expect(byLabel('Lighthouse start', [scores(98)]).pass).toBe(true);
		expect(byLabel('Lighthouse start', [scores(97)]).pass).toBe(false);
		expect(byLabel('Lighthouse start', [scores(100, 96)]).pass).toBe(false);
	});

	it('checks the search: median first-query bytes at 51 and 2,061 profiles, median time to results', () => {
		const queries = (bytes: number[]) => ({
			perQuery: bytes.map((b, i) => ({ query: i === 0 ? 'Verwaltung' : `q${i}`, bytes: b, requests: 10 })),
			bytes: summarize(bytes),
		});
		const latency = (ms: number[]) => ({ cpuSlowdown: 4, perQuery: ms.map((value) => ({ query: 'q', ms: value, results: 1 })), ms: summarize(ms) });
		const small = site('real', [1], [1], { firstQueries: queries([97_000, 99_000, 120_000]), searchLatency: latency([300, 450, 900]) });
		const big = site('large', [1], [1], { firstQueries: queries([150_000, 210_000, 220_000]) });
		expect(byLabel('Search: first query at 51', null, [small, big])).toMatchObject({ pass: true, actual: '99.0 kB (Verwaltung: 97.0 kB, max 120.0 kB)' });
		expect(byLabel('Search: first query at 2,061', null, [small, big]).pass).toBe(false);
		expect(byLabel('Search: time to results', null, [small, big])).toMatchObject({ pass: true, actual: '450 ms (300 ms–900 ms)' });
		expect(byLabel('Search: first query at 2,061', null, [small]).pass).toBeNull();
		expect(byLabel('Search: time to results', null, [real]).pass).toBeNull();
	});

	it('are printed with ✓ and ✗ in the report', () => {
		const report = renderReport({
			date: '2026-11-22',
			machine: { cpus: 2, cpuModel: 'test', memoryBytes: 24e9, node: 'v24', platform: 'linux', loadAverageAtStart: [0, 0, 0], commit: null, dirtyTree: null },
			options: { runs: 1, skipLarge: false, skipLighthouse: true, seed: 1 },
			sites: [site('floor', [8000], [5e8]), real, large],
			lighthouse: { skipped: '--skip-lighthouse' },
			budgets: evaluateBudgets([real, large], null),
			notes: [],
		});
		expect(report).toMatch(/\| ✓ +\| Portrait first visit/);
		expect(report).toMatch(/\| ✗ +\| Map page first visit/);
		expect(report).toContain('missing – skipped');
	});
});
