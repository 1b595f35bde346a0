import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sampleTreeRss } from './proc-tree';

export interface BuildRun {
	ok: boolean;
	wallMs: number;
	/** User + system CPU time of the whole tree (the shell's `times` for its children); null if not reported. */
	cpuMs: number | null;
	/** Highest sum of VmRSS over the whole process tree (sh, astro, workers, the indexer), sampled every 100 ms. */
	peakRssBytes: number;
	samples: number;
	/** 1-minute load average before and after the build (above the CPU count, other work competed). */
	load: [number, number];
	/** Last lines of the output when the build failed. */
	error?: string;
}

const MARKER = '__atlas_bench_times__';

/** The build script, followed by the shell's `times` (CPU time of all finished children), keeping its exit code. */
function wrapScript(script: string): string {
	return `{ ${script}\n}; code=$?; echo ${MARKER} >&2; times >&2; exit $code`;
}

/** Children's user + system time from the `times` output after the marker (dash: `0m2.760000s 0m0.020000s`). */
function parseTimes(output: string): number | null {
	const after = output.slice(output.lastIndexOf(MARKER) + MARKER.length);
	if (!output.includes(MARKER)) return null;
	const lines = after.trim().split('\n');
	const match = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(lines[1] ?? '');
	if (!match) return null;
	const [, um, us, sm, ss] = match.map(Number) as number[];
	return Math.round(((um! + sm!) * 60 + us! + ss!) * 1000);
}

/**
 * Runs a site's `build` script (from its package.json) as npm would, minus npm itself: `sh -c <script>` in
 * the site's directory with its node_modules/.bin first on PATH and ATLAS_OUT set to `outDir`.
 */
export function runBuild(cwd: string, script: string, outDir: string): Promise<BuildRun> {
	const env = { ...process.env, ATLAS_OUT: outDir, PATH: [join(cwd, 'node_modules', '.bin'), process.env.PATH].join(delimiter) };
	const loadBefore = loadavg()[0]!;
	const started = performance.now();
	const child = spawn('sh', ['-c', wrapScript(script)], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
	const sampler = sampleTreeRss(child.pid!);
	let output = '';
	const keep = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-8000);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	return new Promise((resolve) => {
		child.on('close', (code) => {
			const wallMs = performance.now() - started;
			const { peakBytes, samples } = sampler.stop();
			const ok = code === 0;
			const error = ok ? {} : { error: output.slice(0, output.lastIndexOf(MARKER)).trim().split('\n').slice(-30).join('\n') };
			resolve({ ok, wallMs, cpuMs: parseTimes(output), peakRssBytes: peakBytes, samples, load: [loadBefore, loadavg()[0]!], ...error });
		});
	});
}
