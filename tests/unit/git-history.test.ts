import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	commitLink,
	commitsOf,
	germanDay,
	lastChange,
	LOG_FORMAT,
	parseGitLog,
	profileEditLink,
	profileHistoryLink,
	type History,
} from '../../src/lib/history/git-log';
import { readHistory } from '../../src/lib/history/read';
import { recentlyUpdated } from '../../src/lib/figures';
import type { CityRecord } from '../../src/lib/records';

const PATTERNS = {
	commit: 'https://host.example/r/commit/{hash}',
	pullRequest: 'https://host.example/r/pull/{number}',
	file: 'https://host.example/r/commits/main/{path}',
	edit: 'https://host.example/r/edit/main/{path}',
};
const record = (slug: string, updated: string) => ({ slug, name: slug[0]!.toUpperCase() + slug.slice(1), updated }) as CityRecord;
const log = (...commits: [hash: string, date: string, subject: string, files: string[], trailers?: string[]][]) =>
	commits
		.map(([hash, date, subject, files, trailers = []]) => `\x1e${hash}\x1f${date}\x1f${subject}\x1f${trailers.join('\x1d')}\n\n${files.join('\n')}\n`)
		.join('');

describe('parseGitLog', () => {
	it('reads hash, date, subject and the profiles each commit touched, dropping other files and commits without a profile', () => {
		const output = log(
			[
				'a1',
				'2026-12-02T07:44:24+01:00',
				'Köln: neue Quelle; Rang 2 – "korrigiert" <b>',
				['src/content/cities/koeln.mdx', 'README.md', 'src/content/cities/bonn.mdx'],
			],
			['b2', '2026-11-30T10:00:00+00:00', 'Only code', []],
			['c3', '2026-11-22T04:28:48+00:00', 'Add profiles', ['src/content/cities/aachen.mdx', 'src/content/cities/koeln.mdx']],
		);
		expect(parseGitLog(output)).toEqual([
			{
				hash: 'a1',
				date: '2026-12-02T07:44:24+01:00',
				subject: 'Köln: neue Quelle; Rang 2 – "korrigiert" <b>',
				summary: 'Köln: neue Quelle; Rang 2 – "korrigiert" <b>',
				slugs: ['koeln', 'bonn'],
			},
			{ hash: 'c3', date: '2026-11-22T04:28:48+00:00', subject: 'Add profiles', summary: 'Add profiles', slugs: ['aachen', 'koeln'] },
		]);
	});

	it("shows readers a commit's first Reader-Summary trailer instead of its subject; empty trailers do not count", () => {
		const output = log(
			['a1', '2026-12-02T07:44:24+01:00', 'Rewrite portraits', ['src/content/cities/koeln.mdx'], ['', ' Köln: Porträt neu geschrieben ', 'second']],
			['b2', '2026-12-01T07:44:24+01:00', 'Köln: Rang 2024', ['src/content/cities/koeln.mdx'], ['  ']],
		);
		expect(parseGitLog(output).map((commit) => [commit.subject, commit.summary])).toEqual([
			['Rewrite portraits', 'Köln: Porträt neu geschrieben'],
			['Köln: Rang 2024', 'Köln: Rang 2024'],
		]);
	});

	it('finds profiles below a sub-folder of the repository and ignores files that only look alike', () => {
		const output = log([
			'd4',
			'2026-01-01T00:00:00Z',
			'x',
			['site/src/content/cities/jena.mdx', 'src/content/cities/notes.txt', 'src/content/cities/sub/x.mdx'],
		]);
		expect(parseGitLog(output).map((commit) => commit.slugs)).toEqual([['jena']]);
	});

	it('gives nothing for empty output', () => {
		expect(parseGitLog('')).toEqual([]);
	});
});

describe('dates and links', () => {
	it('dates a commit by its day in Germany, summer and winter time alike', () => {
		expect(germanDay('2026-12-01T23:30:00Z')).toBe('2026-12-02');
		expect(germanDay('2026-07-01T21:59:00Z')).toBe('2026-07-01');
		expect(germanDay('2026-07-01T22:00:00Z')).toBe('2026-07-02');
		expect(germanDay('2026-12-02T07:44:24+01:00')).toBe('2026-12-02');
	});

	it('links a commit to its pull request when the subject names one, else to the commit; a profile to its history and its editor', () => {
		expect(commitLink({ hash: 'abc', subject: 'Profil Jena (#42)' }, PATTERNS)).toEqual({ href: 'https://host.example/r/pull/42', pullRequest: 42 });
		expect(commitLink({ hash: 'abc', subject: 'Merge pull request #7 from x/y' }, PATTERNS)).toEqual({ href: 'https://host.example/r/pull/7', pullRequest: 7 });
		expect(commitLink({ hash: 'abc', subject: 'Fix #7 in text' }, PATTERNS)).toEqual({ href: 'https://host.example/r/commit/abc' });
		expect(profileHistoryLink('jena', PATTERNS)).toBe('https://host.example/r/commits/main/src/content/cities/jena.mdx');
		expect(profileEditLink('jena', PATTERNS)).toBe('https://host.example/r/edit/main/src/content/cities/jena.mdx');
	});
});

describe('last change and the fallback', () => {
	const history: History = {
		status: 'ok',
		commits: [
			{ hash: 'n', date: '2026-12-02T07:00:00+00:00', subject: 'newer', summary: 'newer', slugs: ['koeln'] },
			{ hash: 'o', date: '2026-11-22T04:00:00+00:00', subject: 'older', summary: 'older', slugs: ['koeln', 'bonn'] },
		],
	};

	it('takes the newest commit of the profile', () => {
		expect(commitsOf(history, 'koeln').map((c) => c.hash)).toEqual(['n', 'o']);
		expect(lastChange(history, 'bonn', '2020-01-01')).toMatchObject({ day: '2026-11-22', commit: { hash: 'o' } });
	});

	it('falls back to the profile’s updated date without a commit or without a history', () => {
		expect(lastChange(history, 'jena', '2026-10-01')).toEqual({ day: '2026-10-01', time: Date.parse('2026-10-01T00:00:00Z') });
		expect(lastChange({ status: 'shallow', commits: [] }, 'koeln', '2026-10-01').day).toBe('2026-10-01');
	});

	it('orders the start page’s recently updated portraits by commit time, then name, and dates them by the commit', () => {
		const records = [record('aachen', '2026-12-24'), record('bonn', '2026-01-01'), record('koeln', '2026-01-01'), record('zwickau', '2026-12-24')];
		expect(recentlyUpdated(records, 3, history).map((r) => [r.slug, r.updated])).toEqual([
			['aachen', '2026-12-24'],
			['zwickau', '2026-12-24'],
			['koeln', '2026-12-02'],
		]);
		expect(recentlyUpdated(records, 2, { status: 'unavailable', commits: [] }).map((r) => r.slug)).toEqual(['aachen', 'zwickau']);
	});
});

describe('readHistory', () => {
	it('reports a shallow clone and a missing git as such, without an error', () => {
		expect(readHistory('/x', () => 'true\n')).toEqual({ status: 'shallow', commits: [] });
		const missing = () => {
			throw new Error('spawn git ENOENT');
		};
		expect(readHistory('/x', missing)).toEqual({ status: 'unavailable', commits: [] });
	});

	it('asks git once for all profiles, with the log format', () => {
		const calls: string[][] = [];
		const history = readHistory('/x', (args) => {
			calls.push(args);
			return args[0] === 'rev-parse' ? 'false\n' : log(['e5', '2026-01-02T03:04:05+00:00', 's', ['src/content/cities/ulm.mdx']]);
		});
		expect(history).toEqual({ status: 'ok', commits: [{ hash: 'e5', date: '2026-01-02T03:04:05+00:00', subject: 's', summary: 's', slugs: ['ulm'] }] });
		expect(calls).toHaveLength(2);
		expect(calls[1]).toEqual(expect.arrayContaining(['log', `--format=${LOG_FORMAT}`, '--name-only', '--', 'src/content/cities']));
	});

	describe('on real repositories', () => {
		let dir = '';
		/** A fixed identity and no user or system configuration; `extra` sets e.g. the commit dates. */
		const gitEnv = (extra: Record<string, string> = {}) => ({
			...process.env,
			GIT_AUTHOR_NAME: 'T',
			GIT_AUTHOR_EMAIL: 't@example.org',
			GIT_COMMITTER_NAME: 'T',
			GIT_COMMITTER_EMAIL: 't@example.org',
			GIT_CONFIG_NOSYSTEM: '1',
			HOME: dir,
			...extra,
		});
		const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: gitEnv() });
		const commit = async (repo: string, file: string, date: string, subject: string, ...paragraphs: string[]) => {
			await writeFile(join(repo, file), `${subject}\n`);
			git(repo, 'add', '.');
			const message = [subject, ...paragraphs].flatMap((text) => ['-m', text]);
			execFileSync('git', ['commit', '-q', ...message], { cwd: repo, env: gitEnv({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) });
		};

		beforeAll(async () => {
			dir = await mkdtemp(join(tmpdir(), 'atlas-history-'));
			const repo = join(dir, 'repo');
			await mkdir(join(repo, 'src/content/cities'), { recursive: true });
			git(repo, 'init', '-q', '-b', 'main');
			await commit(repo, 'src/content/cities/jena.mdx', '2026-01-10T10:00:00+01:00', 'Neues Profil: Jena');
			await commit(repo, 'README.md', '2026-01-11T10:00:00+01:00', 'Docs only');
			await commit(repo, 'src/content/cities/ulm.mdx', '2026-01-12T10:00:00+01:00', 'Neues Profil: Ulm (#3)');
			await commit(repo, 'src/content/cities/jena.mdx', '2026-01-13T10:00:00+01:00', 'Jena: Rang 2024');
			await commit(
				repo,
				'src/content/cities/ulm.mdx',
				'2026-01-14T10:00:00+01:00',
				'Rewrite the Ulm portrait',
				'Body text.',
				'Reader-Summary: Ulm: Porträt neu geschrieben,\n  mit Quellen\nCo-authored-by: X <x@example.org>',
			);
			// A sentence written later for the first commit (the summaries file need not be committed to count).
			const first = git(repo, 'rev-list', '--max-parents=0', 'HEAD').trim();
			await writeFile(join(repo, 'src/content/change-summaries.yaml'), `${first}: Jena neu im Atlas\n`);
			git(dir, 'clone', '-q', '--depth', '1', `file://${repo}`, 'shallow');
			await mkdir(join(dir, 'plain'));
		});

		afterAll(async () => {
			if (dir) await rm(dir, { recursive: true, force: true });
		});

		it('reads the commits that touched profiles, newest first', () => {
			const history = readHistory(join(dir, 'repo'));
			expect(history.status).toBe('ok');
			expect(history.commits.map((c) => [c.subject, c.date, c.slugs])).toEqual([
				['Rewrite the Ulm portrait', '2026-01-14T10:00:00+01:00', ['ulm']],
				['Jena: Rang 2024', '2026-01-13T10:00:00+01:00', ['jena']],
				['Neues Profil: Ulm (#3)', '2026-01-12T10:00:00+01:00', ['ulm']],
				['Neues Profil: Jena', '2026-01-10T10:00:00+01:00', ['jena']],
			]);
		});

		it("gives readers the summaries file's sentence, else the Reader-Summary trailer (unfolded), else the subject", () => {
			expect(readHistory(join(dir, 'repo')).commits.map((c) => c.summary)).toEqual([
				'Ulm: Porträt neu geschrieben, mit Quellen',
				'Jena: Rang 2024',
				'Neues Profil: Ulm (#3)',
				'Jena neu im Atlas',
			]);
		});

		it('gives a shallow clone no history, and a folder without git none either', () => {
			expect(readHistory(join(dir, 'shallow'))).toEqual({ status: 'shallow', commits: [] });
			expect(readHistory(join(dir, 'plain'))).toEqual({ status: 'unavailable', commits: [] });
		});
	});
});
