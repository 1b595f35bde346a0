import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import type { Machine } from './types';

function git(root: string, args: string[]): string | null {
	try {
		return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return null;
	}
}

export function machineFacts(projectRoot: string): Machine {
	const status = git(projectRoot, ['status', '--porcelain']);
	return {
		cpus: availableParallelism(),
		cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
		memoryBytes: totalmem(),
		node: process.version,
		platform: `${process.platform} ${process.arch}`,
		loadAverageAtStart: loadavg(),
		commit: git(projectRoot, ['rev-parse', 'HEAD']),
		dirtyTree: status === null ? null : status.length > 0,
	};
}
