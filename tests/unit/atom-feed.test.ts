import { describe, expect, it } from 'vitest';
import { atomFeed, type FeedOptions } from '../../src/lib/history/feed';
import type { History } from '../../src/lib/history/git-log';
import { checkAtom } from '../fixtures/atom';

const history: History = {
	status: 'ok',
	commits: [
		{
			hash: 'a'.repeat(40),
			date: '2026-12-02T07:44:24+01:00',
			subject: 'Köln & Bonn: <b>Ränge</b> "2024" (#12)',
			summary: 'Köln & Bonn: <b>Ränge</b> "2024" (#12)',
			slugs: ['koeln', 'bonn'],
		},
		// Readers see the summary, not the subject.
		{ hash: 'b'.repeat(40), date: '2026-11-22T04:28:48+00:00', subject: 'Remove a profile', summary: 'Atlantis entfernt', slugs: ['atlantis'] },
	],
};

const options = (change: Partial<FeedOptions> = {}): FeedOptions => ({
	history,
	selfUrl: 'https://atlas.example/aenderungen.xml',
	pageUrl: 'https://atlas.example/aenderungen/',
	portraitUrl: (slug) => `https://atlas.example/staedte/${slug}/`,
	names: new Map([
		['koeln', 'Köln'],
		['bonn', 'Bonn'],
	]),
	title: 'Atlas: Änderungen',
	subtitle: 'Die jüngsten Änderungen',
	author: 'Atlas',
	rights: 'CC BY 4.0',
	fallbackDay: '2026-11-01',
	patterns: {
		commit: 'https://host.example/commit/{hash}',
		pullRequest: 'https://host.example/pull/{number}',
		file: 'https://host.example/commits/main/{path}',
		edit: 'https://host.example/edit/main/{path}',
	},
	summary: (names) => `Geänderte Porträts: ${names.join(', ')}`,
	...change,
});

describe('the Atom feed of changes', () => {
	it('is valid Atom for an XML parser and a feed reader, one entry per commit, newest first', () => {
		const { problems, entries, updated, reader } = checkAtom(atomFeed(options()));
		expect(problems).toEqual([]);
		expect(updated).toBe('2026-12-02T07:44:24+01:00');
		expect(entries.map((entry) => entry.title)).toEqual(['Köln & Bonn: <b>Ränge</b> "2024" (#12)', 'Atlantis entfernt']);
		expect(entries[0]!.links).toEqual([
			{ rel: 'alternate', href: 'https://host.example/pull/12' },
			{ rel: 'related', href: 'https://atlas.example/staedte/koeln/' },
			{ rel: 'related', href: 'https://atlas.example/staedte/bonn/' },
		]);
		expect(entries[1]!.links).toEqual([{ rel: 'alternate', href: `https://host.example/commit/${'b'.repeat(40)}` }]);
		expect(reader!.items[0]!.title).toBe('Köln & Bonn: <b>Ränge</b> "2024" (#12)');
		expect(reader!.title).toBe('Atlas: Änderungen');
	});

	it('gives the same stable id to the same commit, whatever else changes', () => {
		const first = checkAtom(atomFeed(options())).entries[1]!.id;
		const later = checkAtom(atomFeed(options({ history: { status: 'ok', commits: [{ ...history.commits[0]!, hash: 'c'.repeat(40) }, ...history.commits] } })))
			.entries[2]!.id;
		expect(later).toBe(first);
		expect(first).toBe(`tag:atlas.example,2026-11-22:aenderung/${'b'.repeat(40)}`);
	});

	it('stays valid without a history: no entries, dated by the newest profile', () => {
		const { problems, entries, updated } = checkAtom(atomFeed(options({ history: { status: 'shallow', commits: [] } })));
		expect(problems).toEqual([]);
		expect(entries).toEqual([]);
		expect(updated).toBe('2026-11-01T00:00:00Z');
	});

	it('is caught by the checks when broken', () => {
		const xml = atomFeed(options());
		expect(checkAtom(xml.replace('<updated>2026-12-02T07:44:24+01:00</updated>', '<updated>2. Dezember 2026</updated>')).problems).toContain(
			'feed <updated> is no RFC 3339 date: 2. Dezember 2026',
		);
		expect(checkAtom(xml.replace('&amp;', '&')).problems[0]).toMatch(/^not well-formed/);
		const [first, second] = [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((match) => match[1]!);
		expect(checkAtom(xml.replace(second!, first!)).problems).toContain('entry ids are not unique');
	});
});
