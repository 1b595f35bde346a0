import { glob, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { markIndexedHtml } from './compound-html';

/**
 * Files handed to Pagefind and not yet indexed, at most. Its binary indexes them while this process reads
 * and marks the next ones; awaiting each file alone leaves both idle half the time. The bound keeps memory
 * flat on large sites. Pagefind numbers pages in the order they are sent, so the index stays the same.
 */
const IN_FLIGHT = 64;

/** The HTML file as Pagefind should index it, or undefined for a page without a search body. */
async function indexedHtml(site: string, file: string): Promise<string | undefined> {
	const html = await readFile(join(site, file), 'utf8');
	// Like the CLI on this site: only pages with a `data-pagefind-body` element (portraits, theme pages) are indexed.
	if (!/<[^>]+\sdata-pagefind-body[\s=>]/.test(html)) return undefined;
	return markIndexedHtml(html);
}

/**
 * Word positions per index chunk; Pagefind's default is 20,000. A search fetches the chunk of each query word, and at
 * the default one chunk of this site was 27–34 kB, a third of a first query's bytes (budget 100 kB). Pagefind reads
 * the size only from its binary's environment (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, pagefind/src/options.rs), set
 * here while the binary starts; tests/build/search-index.test.ts fails when a Pagefind update stops honouring it.
 */
const INDEX_CHUNK_SIZE = 5_000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Starts Pagefind's binary (it starts within `createIndex`) with the chunk size in its environment only. */
function createIndex() {
	const previous = process.env[CHUNK_SIZE_VARIABLE];
	process.env[CHUNK_SIZE_VARIABLE] = String(INDEX_CHUNK_SIZE);
	try {
		return pagefind.createIndex({});
	} finally {
		if (previous === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
		else process.env[CHUNK_SIZE_VARIABLE] = previous;
	}
}

const failure = (errors: readonly string[]) => new Error(`Pagefind: ${errors.join('\n')}`);

/**
 * Writes the Pagefind index of the built site in `site` to `site/pagefind/`. Same result as
 * `pagefind --site <site>`, except that each page is indexed as src/lib/compound-html.ts prepares it:
 * without the fact box, the sources and the Quellenlage, with synonyms added and the joints of German
 * compounds marked, so that "Plattform" finds "Datenplattform" and "CDO" finds "Chief Digital Officer".
 * The HTML files stay untouched. Returns the number of pages indexed.
 */
export async function writeSearchIndex(site: string): Promise<number> {
	try {
		const { index, errors } = await createIndex();
		if (!index) throw failure(errors);
		// In a fixed order, so that the index does not depend on the order the file system lists them in.
		const files = (await Array.fromAsync(glob('**/*.html', { cwd: site }))).map((file) => file.split('\\').join('/')).sort();
		let pages = 0;
		const pending: Promise<void>[] = [];
		for (const file of files) {
			const content = await indexedHtml(site, file);
			if (content === undefined) continue;
			const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
			pending.push(
				index.addHTMLFile({ url, content }).then((added) => {
					if (added.errors.length) throw failure(added.errors);
				}),
			);
			pages++;
			if (pending.length >= IN_FLIGHT) await pending.shift();
		}
		await Promise.all(pending);
		// Pagefind adds to an existing bundle directory; start clean so no chunk of an earlier index stays behind.
		await rm(join(site, 'pagefind'), { recursive: true, force: true });
		const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
		if (written.errors.length) throw failure(written.errors);
		return pages;
	} finally {
		await pagefind.close();
	}
}
