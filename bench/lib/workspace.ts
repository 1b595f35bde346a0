import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

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

/** Links `<dir>/node_modules` to the project's node_modules, so the temp site uses the same Astro. */
export async function linkNodeModules(projectRoot: string, dir: string): Promise<void> {
	await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/**
 * Copies the parts of the project a build needs (`entries`, those that exist) into `dir`, leaving out
 * the paths in `exclude` (relative to the project), and links node_modules.
 */
export async function copyProject(projectRoot: string, dir: string, entries: readonly string[], exclude: readonly string[] = []): Promise<string[]> {
	const present = new Set(await readdir(projectRoot));
	const copied: string[] = [];
	for (const entry of entries.filter((name) => present.has(name))) {
		await cp(join(projectRoot, entry), join(dir, entry), {
			recursive: true,
			filter: (source) => !exclude.includes(relative(projectRoot, source)),
		});
		copied.push(entry);
	}
	await linkNodeModules(projectRoot, dir);
	return copied;
}

/** The MDX files of a content folder, as `{ slug, source }` in name order. */
export async function readProfiles(dir: string): Promise<{ slug: string; source: string }[]> {
	const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
	return Promise.all(names.map(async (name) => ({ slug: name.slice(0, -4), source: await readFile(join(dir, name), 'utf8') })));
}

export function removeDir(dir: string): Promise<void> {
	return rm(dir, { recursive: true, force: true });
}
