import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

async function files(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Bytes of all files below `dir` (null when it does not exist). */
export async function directoryBytes(dir: string): Promise<number | null> {
	try {
		const sizes = await Promise.all((await files(dir)).map(async (file) => (await stat(file)).size));
		return sizes.reduce((total, size) => total + size, 0);
	} catch {
		return null;
	}
}

export async function countHtmlPages(dir: string): Promise<number> {
	return (await files(dir)).filter((file) => file.endsWith('.html')).length;
}
