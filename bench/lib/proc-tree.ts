import { readdirSync, readFileSync } from 'node:fs';

/** pid and parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
function parseStat(text: string): { pid: number; ppid: number } | null {
	const close = text.lastIndexOf(')');
	if (close < 0) return null;
	const fields = text.slice(close + 2).split(' ');
	const pid = Number.parseInt(text, 10);
	const ppid = Number(fields[1]);
	return Number.isFinite(pid) && Number.isFinite(ppid) ? { pid, ppid } : null;
}

/** Resident set size in bytes from the text of /proc/<pid>/status (`VmRSS:  12345 kB`); 0 for kernel threads. */
function parseVmRss(text: string): number {
	const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(text);
	return match ? Number(match[1]) * 1024 : 0;
}

/** The root and every process below it, given each process's parent. */
function descendants(root: number, parentOf: ReadonlyMap<number, number>): Set<number> {
	const children = new Map<number, number[]>();
	for (const [pid, ppid] of parentOf) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const tree = new Set<number>([root]);
	const queue = [root];
	while (queue.length > 0) {
		for (const child of children.get(queue.pop()!) ?? []) {
			if (!tree.has(child)) {
				tree.add(child);
				queue.push(child);
			}
		}
	}
	return tree;
}

const read = (path: string) => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return ''; // the process ended between listing and reading
	}
};

/** Sum of VmRSS over a process and all its descendants right now (Linux /proc). */
function treeRss(root: number): number {
	const parentOf = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = parseStat(read(`/proc/${name}/stat`));
		if (stat) parentOf.set(stat.pid, stat.ppid);
	}
	let total = 0;
	for (const pid of descendants(root, parentOf)) total += parseVmRss(read(`/proc/${pid}/status`));
	return total;
}

/** Polls the tree's RSS every `intervalMs` until stopped; returns the peak and the number of samples. */
export function sampleTreeRss(root: number, intervalMs = 100): { stop(): { peakBytes: number; samples: number } } {
	let peakBytes = 0;
	let samples = 0;
	const tick = () => {
		peakBytes = Math.max(peakBytes, treeRss(root));
		samples++;
	};
	tick();
	const timer = setInterval(tick, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return { peakBytes, samples };
		},
	};
}
