import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { OUT_DIR } from '../../src/config/output';
import { loadProfile } from '../../src/lib/profile-file';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The built site (src/config/output.ts). */
export const DIST = OUT_DIR.replace(/\/$/, '');
export const CITIES_DIR = join(ROOT, 'src/content/cities');

/** Every profile of the collection, validated by the same schema as the build. */
export async function loadProfiles() {
	const files = (await readdir(CITIES_DIR)).filter((file) => file.endsWith('.mdx')).sort();
	return Promise.all(files.map((file) => loadProfile(join(CITIES_DIR, file))));
}

/** A built page as a DOM; `route` is site-relative like `staedte/koeln/`. */
export async function page(route: string): Promise<HTMLElement> {
	const file = route.endsWith('.html') ? route : join(route, 'index.html');
	return parse(await readFile(join(DIST, file), 'utf8'));
}

export const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every file of the built site, as paths relative to DIST. */
export async function builtFiles(extension?: string): Promise<string[]> {
	const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && (!extension || entry.name.endsWith(extension)))
		.map((entry) => join(entry.parentPath, entry.name).slice(DIST.length + 1))
		.sort();
}
