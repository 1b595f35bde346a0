import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseTimes, wrapScript } from '../../bench/lib/build-runner';
import { descendants, parseStat, parseVmRss, treeRss } from '../../bench/lib/proc-tree';

describe('process tree RSS', () => {
	it('reads pid and parent from /proc/<pid>/stat, even with spaces and parentheses in the name', () => {
		expect(parseStat('4242 (node (astro) x) S 17 4242 17 0 -1')).toEqual({ pid: 4242, ppid: 17 });
		expect(parseStat('garbage')).toBeNull();
	});

	it('reads VmRSS in bytes, 0 when absent', () => {
		expect(parseVmRss('Name:\tnode\nVmRSS:\t  524288 kB\nThreads: 7\n')).toBe(524288 * 1024);
		expect(parseVmRss('Name:\tkthreadd\n')).toBe(0);
	});

	it('collects all descendants of a process and nothing else', () => {
		const parents = new Map([[10, 1], [11, 10], [12, 11], [13, 10], [20, 1], [21, 20]]);
		expect([...descendants(10, parents)].sort()).toEqual([10, 11, 12, 13]);
		expect([...descendants(99, parents)]).toEqual([99]);
	});

	it('measures the running process', () => {
		expect(treeRss(process.pid)).toBeGreaterThan(1_000_000);
	});
});

describe('build script wrapper', () => {
	it('reads the CPU time of the children from the shell\'s times output', () => {
		const output = 'build log\n__atlas_bench_times__\n0m0.010000s 0m0.000000s\n1m2.500000s 0m0.250000s\n';
		expect(parseTimes(output)).toBe(62_750);
		expect(parseTimes('0m0.01s 0m0.00s\n1m2.5s 0m0.25s')).toBeNull();
	});

	it('keeps the exit code of the script and reports its children\'s CPU time', () => {
		const run = (script: string) => spawnSync('sh', ['-c', wrapScript(script)], { encoding: 'utf8' });
		const ok = run('true && echo built');
		expect(ok.status).toBe(0);
		expect(ok.stdout).toBe('built\n');
		expect(parseTimes(ok.stderr)).toBeGreaterThanOrEqual(0);
		expect(run('true && exit 3').status).toBe(3);
		expect(run('false && echo never').status).toBe(1);
	});
});
