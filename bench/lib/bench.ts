import { mkdir, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { evaluateBudgets } from './budgets';
import { launchBrowser } from './browser';
import { runBuild, type BuildRun } from './build-runner';
import { machineFacts } from './machine';
import type { Options } from './options';
import { DEFAULT_SEED } from './profiles';
import { measureOutput } from './measure-output';
import { floorSite, largeFloorSite, largeSite, realSite, type Site } from './sites';
import { formatBytes, formatMs } from './table';
import { ratios, summarize } from './stats';
import type { Results, SiteResult } from './types';
import { makeTempRoot, removeDir } from './workspace';

type Log = (line: string) => void;

/** The most telling line of a failed build's output. */
const errorLine = (output = '') => {
	const lines = output
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
	return (lines.find((line) => /error|fehler|failed/i.test(line)) ?? lines.at(-1) ?? 'no output').slice(0, 200);
};

/**
 * Builds every site `runs` times in turn (floor, real, large), keeping only the last good output of each,
 * moved to `keepRoot` so that no output stays inside a site folder during the next build.
 */
async function buildAll(sites: readonly Site[], runs: number, keepRoot: string, log: Log) {
	const builds = new Map<Site['id'], BuildRun[]>(sites.map((site) => [site.id, []]));
	const kept = new Map<Site['id'], string>();
	for (let run = 1; run <= runs; run++) {
		for (const site of sites) {
			const folder = join(site.outRoot, `${site.id}-${run}`);
			log(`run ${run}/${runs}: building ${site.label} …`);
			const result = await runBuild(site.dir, site.script, join(folder, 'dist'));
			builds.get(site.id)!.push(result);
			log(
				`  ${result.ok ? 'ok' : 'FAILED'} in ${formatMs(result.wallMs)} (CPU ${formatMs(result.cpuMs)}), peak RSS ${formatBytes(result.peakRssBytes)}, load ${result.load.map((n) => n.toFixed(1)).join(' → ')}${result.error ? `\n${result.error}` : ''}`,
			);
			const previous = kept.get(site.id);
			if (!result.ok) {
				await removeDir(folder);
				continue;
			}
			if (previous) await removeDir(dirname(previous));
			const keep = join(keepRoot, `${site.id}-${run}`);
			if (keep !== folder) {
				await mkdir(keepRoot, { recursive: true });
				await rename(folder, keep);
			}
			kept.set(site.id, join(keep, 'dist'));
		}
	}
	return { builds, kept };
}

export async function runBenchmark(projectRoot: string, options: Options, log: Log): Promise<Results> {
	const machine = machineFacts(projectRoot);
	const tmp = await makeTempRoot();
	const notes: string[] = [];
	try {
		log(`temp dir ${tmp}; preparing sites …`);
		const sites = [await floorSite(projectRoot, join(tmp, 'floor')), await realSite(projectRoot, join(tmp, 'out'))];
		if (!options.skipLarge)
			sites.push(await largeFloorSite(projectRoot, join(tmp, 'large-floor'), DEFAULT_SEED), await largeSite(projectRoot, join(tmp, 'large'), DEFAULT_SEED));
		else notes.push('(c) and (d) skipped (--skip-large).');
		const { builds, kept } = await buildAll(sites, options.runs, join(tmp, 'out'), log);

		const browser = await launchBrowser();
		let lighthouse: Results['lighthouse'] = { skipped: options.skipLighthouse ? '--skip-lighthouse' : 'the real site did not build' };
		const results: SiteResult[] = [];
		try {
			for (const site of sites) {
				const runs = builds.get(site.id)!;
				const ok = (run: BuildRun) => run.ok;
				const dist = kept.get(site.id);
				log(`measuring ${site.label} …`);
				const measured = dist ? await measureOutput(site, dist, browser, site.id === 'real' && !options.skipLighthouse, log) : null;
				if (measured?.lighthouse) lighthouse = measured.lighthouse;
				if (measured?.missing.length) notes.push(`${site.label}: page types missing, skipped: ${measured.missing.join(', ')}`);
				const failed = runs.filter((run) => !run.ok);
				if (failed.length)
					notes.push(
						`${site.label}: ${failed.length} of ${runs.length} builds failed (${errorLine(failed[0]!.error)}); figures use the good ones, output in results.json runs[].error.`,
					);
				results.push({
					id: site.id,
					label: site.label,
					description: site.description,
					profiles: site.profiles,
					...(site.comparedWith && { comparedWith: site.comparedWith }),
					runs,
					wallMs: summarize(runs.filter(ok).map((run) => run.wallMs)),
					cpuMs: summarize(runs.filter(ok).flatMap((run) => (run.cpuMs === null ? [] : [run.cpuMs]))),
					peakRssBytes: summarize(runs.filter(ok).map((run) => run.peakRssBytes)),
					htmlPages: measured?.htmlPages ?? null,
					pagefindBytes: measured?.pagefindBytes ?? null,
					search: measured?.search ?? null,
					firstQueries: measured?.firstQueries ?? null,
					searchLatency: measured?.searchLatency ?? null,
					pageWeights: measured?.pageWeights ?? [],
					missingPageTypes: measured?.missing ?? [],
					map: measured?.map ?? null,
				});
			}
		} finally {
			await browser.close();
		}
		const series = (site: SiteResult, key: 'wallMs' | 'cpuMs' | 'peakRssBytes') => site.runs.map((run) => (run.ok ? run[key] : null));
		for (const site of results) {
			const floor = results.find((entry) => entry.id === site.comparedWith);
			if (!floor) continue;
			site.ratioToFloor = {
				wall: summarize(ratios(series(site, 'wallMs'), series(floor, 'wallMs'))),
				cpu: summarize(ratios(series(site, 'cpuMs'), series(floor, 'cpuMs'))),
				rss: summarize(ratios(series(site, 'peakRssBytes'), series(floor, 'peakRssBytes'))),
			};
		}
		const loads = results.flatMap((site) => site.runs.flatMap((run) => run.load));
		const peakLoad = Math.max(...loads);
		if (peakLoad > machine.cpus) {
			notes.push(
				`Other work competed for the CPUs during the builds (1-minute load up to ${peakLoad.toFixed(1)} on ${machine.cpus} CPUs): wall times are inflated, CPU times much less so.`,
			);
		}
		const budgets = evaluateBudgets(results, Array.isArray(lighthouse) ? lighthouse : null);
		const date = new Date().toISOString();
		return {
			date,
			machine,
			options: { runs: options.runs, skipLarge: options.skipLarge, skipLighthouse: options.skipLighthouse, seed: DEFAULT_SEED },
			sites: results,
			lighthouse,
			budgets,
			notes,
		};
	} finally {
		await removeDir(tmp);
	}
}
