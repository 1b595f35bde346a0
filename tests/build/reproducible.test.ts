import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const run = promisify(execFile);
/** Inside the project: Astro puts prerender chunks into ./.astro when outDir lies outside it. */
const outDirs = [join(ROOT, '.builds/repro-1'), join(ROOT, '.builds/repro-2')];

async function build(outDir: string): Promise<Map<string, string>> {
	await rm(outDir, { recursive: true, force: true });
	await run('npm', ['run', 'build'], { cwd: ROOT, env: { ...process.env, ATLAS_OUT: outDir }, maxBuffer: 64 * 1024 * 1024 });
	const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
	const hashes = new Map<string, string>();
	for (const entry of entries.filter((e) => e.isFile())) {
		const path = join(entry.parentPath, entry.name);
		hashes.set(path.slice(outDir.length + 1), createHash('sha256').update(await readFile(path)).digest('hex'));
	}
	return hashes;
}

describe('reproducible builds', () => {
	afterAll(async () => {
		for (const dir of outDirs) await rm(dir, { recursive: true, force: true });
		for (const dir of outDirs) await rm(`${dir}-cache`, { recursive: true, force: true });
	});

	it('two clean builds of the same tree produce byte-identical output', async () => {
		const first = await build(outDirs[0]);
		const second = await build(outDirs[1]);
		expect(first.size).toBeGreaterThan(50);
		expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
		const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
		expect(differing).toEqual([]);
	});
});
