import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A fresh directory under the system temp dir (/tmp); the benchmark never writes into the repository. */
export function makeTempRoot(): Promise<string> {
	return mkdtemp(join(tmpdir(), 'atlas-bench-'));
}

export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
	for (const [path, content] of Object.entries(files)) {
		const target = join(root, path);
		await mkdir(dirname(target), { recursive: true });
		await writeFile(target, content);
	}
}

/** The MDX files of a content folder, as `{ slug, source }` in name order. */
export async function readProfiles(dir: string): Promise<{ slug: string; source: string }[]> {
	const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
	return Promise.all(names.map(async (name) => ({ slug: name.slice(0, -4), source: await readFile(join(dir, name), 'utf8') })));
}

export function removeDir(dir: string): Promise<void> {
	return rm(dir, { recursive: true, force: true });
}
