/**
 * Builds the Pagefind search index of the built site (`npm run build` runs it after `astro build`).
 * Same result as `pagefind --site dist`, except that the indexed text marks the joints of German compounds
 * (src/lib/compounds.ts), so that "Plattform" finds "Datenplattform". The HTML files in dist stay untouched.
 *
 *   npx tsx scripts/search-index.ts            # indexes dist/ (or $ATLAS_OUT)
 *   npx tsx scripts/search-index.ts --plain    # without compound splitting, for comparison
 */
import { glob, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { markIndexedHtml } from '../src/lib/compound-html.ts';

const site = process.env.ATLAS_OUT ?? 'dist';
const plain = process.argv.includes('--plain');

function fail(errors: string[]): never {
	console.error(`Pagefind: ${errors.join('\n')}`);
	process.exit(1);
}

const { index, errors } = await pagefind.createIndex({});
if (!index) fail(errors);

let pages = 0;
for await (const file of glob('**/*.html', { cwd: site })) {
	const html = await readFile(join(site, file), 'utf8');
	// Like the CLI on this site: only pages with a `data-pagefind-body` element (portraits, theme pages) are indexed.
	if (!/<[^>]+\sdata-pagefind-body[\s=>]/.test(html)) continue;
	const url = `/${file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`;
	const added = await index.addHTMLFile({ url, content: plain ? html : markIndexedHtml(html) });
	if (added.errors.length) fail(added.errors);
	pages++;
}

// Pagefind adds to an existing bundle directory; start clean so no chunk of an earlier index stays behind.
await rm(join(site, 'pagefind'), { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) fail(written.errors);
await pagefind.close();
console.log(`Pagefind: ${pages} pages indexed${plain ? ' (without compound splitting)' : ''} → ${written.outputPath}`);
