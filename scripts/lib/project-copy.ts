import { cp, readdir, symlink } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** What a build of the site needs from the project. */
export const BUILD_ENTRIES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'] as const;

/** Links `<dir>/node_modules` to the project's node_modules, so a temporary site uses the same Astro. */
export async function linkNodeModules(projectRoot: string, dir: string): Promise<void> {
	await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/**
 * Copies the parts of the project a build needs (`entries`, those that exist) into `dir`, leaving out the
 * paths in `exclude` (relative to the project), and links node_modules. Used by the fixture-site tests and
 * the benchmark; both build inside `dir`, since prerender chunks import packages by bare name.
 */
export async function copyProject(
	projectRoot: string,
	dir: string,
	entries: readonly string[] = BUILD_ENTRIES,
	exclude: readonly string[] = [],
): Promise<string[]> {
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
