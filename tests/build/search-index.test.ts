import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, loadProfiles } from './helpers';
import { COMPOUND_MARK, SYNONYMS_CLOSE, SYNONYMS_OPEN, unmarkCompounds } from '../../src/lib/index-marks';
import { searchSummary } from '../../src/lib/search-summary';
import { ORGANISATION_KINDS } from '../../src/schemas/city';

/** What Pagefind stored for each indexed page: its URL and indexed text (the text excerpts are built from). */
async function fragments() {
	const dir = join(DIST, 'pagefind', 'fragment');
	const files = await readdir(dir);
	return Promise.all(
		files.map(
			async (file) =>
				JSON.parse(
					gunzipSync(await readFile(join(dir, file)))
						.toString('utf8')
						.replace(/^pagefind_dcd/, ''),
				) as { url: string; content: string },
		),
	);
}

const indexed = await fragments();
/** The indexed text as readers see it in excerpts: without the synonyms the index build added, without compound marks. */
const visible = (content: string) => unmarkCompounds(content.replaceAll(new RegExp(` ${SYNONYMS_OPEN}+ [^${SYNONYMS_CLOSE}]* ${SYNONYMS_CLOSE}`, 'g'), ''));
const portraits = indexed.filter((fragment) => fragment.url.startsWith('/staedte/'));
const profiles = await loadProfiles();
/** The texts the indexed words come from: the profiles, the themes, the UI strings. */
const sources = (await Promise.all(['src/schemas/themes.ts', 'src/i18n/de.ts'].map((file) => readFile(join(ROOT, file), 'utf8'))))
	.concat(profiles.map((profile) => `${JSON.stringify(profile.data)}\n${profile.body}`))
	.join('\n');

describe('the search index (dist/pagefind)', () => {
	it('splits the word index into small chunks, so that a first search fetches little (src/lib/search-index.ts)', async () => {
		const dir = join(DIST, 'pagefind', 'index');
		const sizes = await Promise.all((await readdir(dir)).map(async (file) => (await stat(join(dir, file))).size));
		// Pagefind's default (20,000 word positions a chunk) gave this site 4 chunks of 13–34 kB.
		expect(sizes.length).toBeGreaterThan(8);
		expect(Math.max(...sizes)).toBeLessThan(12_000);
	});

	it('holds every portrait, theme page and page of a kind of steering, the latter with its name and what it is only', () => {
		expect(portraits).toHaveLength(profiles.length);
		expect(indexed.filter((fragment) => fragment.url.startsWith('/themen/')).length).toBeGreaterThan(0);
		const steering = indexed.filter((fragment) => fragment.url.startsWith('/steuerung/'));
		expect(steering.map((fragment) => fragment.url).sort()).toEqual(ORGANISATION_KINDS.map((kind) => `/steuerung/${kind}/`).sort());
		const cityNames = profiles.map((profile) => profile.data.name);
		for (const { url, content } of steering)
			expect(
				cityNames.filter((name) => visible(content).includes(name)),
				url,
			).toEqual([]);
	});

	it('holds no URL, no source list, no citation numbers, no "abgeleitet" notes, no Quellenlage', () => {
		for (const { url, content } of portraits) {
			expect(content, url).not.toMatch(/https?:\/\/|www\.|zitiert bei|\[\d+\]|steht so in keiner Quelle|Quellenlage|Stand: \d/);
		}
	});

	it('runs no two words together: every indexed word is a word of the profiles, themes or UI strings', () => {
		const known = new Set(sources.toLocaleLowerCase('de').match(/[\p{L}\p{N}]+/gu));
		const glued = new Set<string>();
		for (const { content } of indexed) {
			for (const word of visible(content).match(/[\p{L}\p{N}]+/gu) ?? []) {
				if (!/^\d+$/.test(word) && !known.has(word.toLocaleLowerCase('de'))) glued.add(word);
			}
		}
		expect([...glued]).toEqual([]);
	});

	it('gives each fact once: no label repeated in brackets after itself', () => {
		for (const { url, content } of portraits) expect(content, url).not.toMatch(/(\p{L}[\p{L} ]{3,}) \(\1[),]/u);
	});

	it('indexes the facts of each portrait as the sentences of its search summary', () => {
		for (const { slug: id, data } of profiles) {
			const content = visible(portraits.find((fragment) => fragment.url === `/staedte/${id}/`)?.content ?? '');
			for (const line of searchSummary(data)) expect(content, id).toContain(line.replace(/\s+/g, ' '));
		}
	});

	it('marks compounds but never splits a place name, and adds synonyms between marks', () => {
		const all = indexed.map((fragment) => fragment.content).join(' ');
		expect(all).toContain(`Daten${COMPOUND_MARK}plattform`);
		expect(all).toContain(`Weiter${COMPOUND_MARK}bildung`);
		expect(all).toContain('Darmstadt');
		expect(all).not.toMatch(new RegExp(`Darm${COMPOUND_MARK}stadt|Ingol${COMPOUND_MARK}stadt`));
		expect(all).toContain(SYNONYMS_OPEN);
	});
});
