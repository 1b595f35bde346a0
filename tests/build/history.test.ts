import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitLink, commitsOf, germanDay, lastChange } from '../../src/lib/history/git-log';
import { readHistory } from '../../src/lib/history/read';
import { summariesReport } from '../../src/lib/history/summaries';
import { formatDate } from '../../src/lib/format';
import { site } from '../../src/config/site';
import { checkAtom } from '../fixtures/atom';
import { builtFiles, DIST, loadProfiles, page, ROOT, text } from './helpers';

/** The history the build read: the same git call on the same tree. A shallow clone or no git gives the fallback. */
const history = readHistory(ROOT);
const profiles = await loadProfiles();

describe('change history of the portraits', () => {
	it('is read from git wherever the tree has its full history', () => {
		// CI runs on a full clone; this fails if the build silently lost the history there.
		if (process.env.CI) expect(history.status).toBe('ok');
		if (history.status === 'ok') expect(history.commits.length).toBeGreaterThan(0);
	});

	it('/staedte/koeln/ lists its changes with date and message, and its Stand is the last content commit', async () => {
		const html = await page('staedte/koeln/');
		const section = html.querySelector('section.changes')!;
		const koeln = profiles.find((profile) => profile.slug === 'koeln')!;
		const stand = lastChange(history, 'koeln', koeln.data.updated);
		expect(text(section.querySelector('.updated'))).toBe(`Stand: ${formatDate(stand.day)}`);
		if (history.status !== 'ok') {
			expect(text(section)).toContain('Änderungsverlauf nicht verfügbar');
			return;
		}
		const commits = commitsOf(history, 'koeln');
		expect(commits.length).toBeGreaterThanOrEqual(1);
		const items = section.querySelectorAll('.change-list li');
		expect(items).toHaveLength(Math.min(commits.length, 10));
		items.forEach((item, i) => {
			const commit = commits[i]!;
			expect(item.querySelector('time')!.getAttribute('datetime')).toBe(commit.date);
			expect(text(item.querySelector('time'))).toBe(formatDate(germanDay(commit.date)));
			expect(text(item.querySelector('a'))).toBe(commit.summary);
			expect(item.querySelector('a')!.getAttribute('href')).toBe(commitLink(commit, site.history).href);
		});
	});

	it('gives every sentence of the change summaries file to a commit that touched a profile, and shows it', async () => {
		if (history.status !== 'ok') return;
		const { summaries, problems } = summariesReport(ROOT);
		expect(problems).toEqual([]);
		const html = await page('aenderungen/');
		for (const [hash, summary] of summaries) {
			expect(history.commits.find((commit) => commit.hash === hash)?.summary, hash).toBe(summary);
			expect(text(html.querySelector(`#c-${hash.slice(0, 12)} .head a`)), hash).toBe(summary);
		}
	});

	it('dates every portrait by its last content commit, and its citation suggestion by the same day and its canonical address', async () => {
		for (const { slug, data } of profiles) {
			const html = await page(`staedte/${slug}/`);
			const day = formatDate(lastChange(history, slug, data.updated).day);
			expect(text(html.querySelector('.updated')), slug).toBe(`Stand: ${day}`);
			const canonical = html.querySelector('link[rel="canonical"]')!.getAttribute('href');
			const suggestion = html.querySelector('section.cite-as .suggestion')!;
			expect(text(suggestion), slug).toBe(`${site.title}: ${data.name}. Porträt, Stand ${day}. ${canonical}`);
			expect(suggestion.querySelector('a')!.getAttribute('href'), slug).toBe(canonical);
			expect(html.querySelector('head meta[property="article:modified_time"]')?.getAttribute('content'), slug).toBe(
				lastChange(history, slug, data.updated).day,
			);
		}
	});
});

describe('/aenderungen/ and its feed', () => {
	it('lists the latest commits touching profiles; every page links the feed from its head, for feed readers to find', async () => {
		for (const file of await builtFiles('.html')) {
			const alternate = (await page(file)).querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]');
			expect(
				alternate.map((link) => link.getAttribute('href')),
				file,
			).toEqual(['/aenderungen.xml']);
		}
		const html = await page('aenderungen/');
		const items = html.querySelectorAll('ol.changes > li');
		if (history.status !== 'ok') expect(text(html.querySelector('main'))).toContain('Änderungsverlauf nicht verfügbar');
		expect(items.map((item) => text(item.querySelector('.head a')))).toEqual(history.commits.slice(0, 50).map((commit) => commit.summary));
	});

	it('/aenderungen.xml is valid Atom (XML parser and feed reader) with the latest commits touching profiles', async () => {
		const xml = await readFile(join(DIST, 'aenderungen.xml'), 'utf8');
		const { problems, entries, updated, reader } = checkAtom(xml);
		expect(problems).toEqual([]);
		const latest = history.commits.slice(0, 30);
		expect(entries.map((entry) => [entry.title, entry.updated])).toEqual(latest.map((commit) => [commit.summary, commit.date]));
		if (latest.length > 0) expect(updated).toBe(latest[0]!.date);
		expect(reader!.self).toBe(`${site.url}/aenderungen.xml`);
		expect(reader!.language).toBe('de');
	});
});

describe('the sitemap', () => {
	it('gives each portrait its Stand as lastmod, the day of its last commit, and no other page a lastmod', async () => {
		const sitemap = await readFile(join(DIST, 'sitemap-0.xml'), 'utf8');
		const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => ({
			path: new URL(match[1]!).pathname,
			lastmod: match[2],
		}));
		expect(entries.length).toBeGreaterThan(profiles.length);
		for (const { path, lastmod } of entries) {
			const slug = /^\/staedte\/([^/]+)\/$/.exec(path)?.[1];
			const commit = slug && commitsOf(history, slug)[0];
			expect(lastmod, path).toBe(commit ? new Date(commit.date).toISOString() : undefined);
			if (commit)
				expect((await page(path.slice(1))).querySelector('meta[property="article:modified_time"]')?.getAttribute('content'), path).toBe(germanDay(commit.date));
		}
	});
});
