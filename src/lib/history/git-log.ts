/**
 * The change history of the profiles, from `git log`: pure functions that parse its output and answer what
 * the pages ask (the commits of one profile, its last change, the portrait's "Stand"). Reading git is in
 * read.ts; without a full history every answer falls back to the profile's `updated` date.
 */

/** One commit that touched at least one profile. */
export interface ProfileCommit {
	hash: string;
	/** Committer date, RFC 3339 as git writes it (`2026-12-02T07:44:24+01:00`). */
	date: string;
	/** First line of the commit message. */
	subject: string;
	/**
	 * What readers see: the summaries file's sentence for the commit (summaries.ts, written later), else its
	 * `Reader-Summary:` trailer, else its subject.
	 */
	summary: string;
	/** Slugs of the profiles it touched, in git's order. */
	slugs: string[];
}

/** `ok`: the full history was read; `shallow`: a shallow clone (history incomplete); `unavailable`: no git or no repository. */
export type HistoryStatus = 'ok' | 'shallow' | 'unavailable';

export interface History {
	status: HistoryStatus;
	/** Newest first; empty unless `status` is `ok`. */
	commits: ProfileCommit[];
}

/** The trailer that gives readers a sentence for a commit whose first line is not for them (CONTRIBUTING.md). */
export const SUMMARY_TRAILER = 'Reader-Summary';
/**
 * Fields separated by U+001F, commits by U+001E, several trailers by U+001D: none occurs in a hash, a date, a
 * subject line or an (unfolded) trailer.
 */
export const LOG_FORMAT = `%x1e%H%x1f%cI%x1f%s%x1f%(trailers:key=${SUMMARY_TRAILER},valueonly,unfold,separator=%x1d)`;
/** Where the profiles live, relative to the project root. */
export const PROFILES_PATH = 'src/content/cities';
const PROFILE_FILE = /(?:^|\/)src\/content\/cities\/([^/]+)\.mdx$/;

/** The slug of a profile's path in git's output (`src/content/cities/koeln.mdx` → `koeln`); undefined for other files. */
const profileSlugOf = (file: string): string | undefined => PROFILE_FILE.exec(file.trim())?.[1];

/** Parses `git log --format=LOG_FORMAT --name-only`; files other than profiles are dropped, and so are commits without one. */
export function parseGitLog(output: string): ProfileCommit[] {
	return output
		.split('\x1e')
		.slice(1)
		.flatMap((record) => {
			const [head = '', ...files] = record.split('\n');
			const [hash, date, rawSubject = '', trailers = ''] = head.split('\x1f');
			if (!hash || !date) return [];
			const subject = rawSubject.trim();
			const slugs = files.flatMap((file) => profileSlugOf(file) ?? []);
			const trailer = trailers
				.split('\x1d')
				.map((value) => value.trim())
				.find(Boolean);
			return slugs.length > 0 ? [{ hash, date, subject, summary: trailer ?? subject, slugs: [...new Set(slugs)] }] : [];
		});
}

/** The commits that touched one profile, newest first. */
export function commitsOf(history: History, slug: string): ProfileCommit[] {
	return history.commits.filter((commit) => commit.slugs.includes(slug));
}

const berlin = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day of an RFC 3339 time in Germany, `JJJJ-MM-TT`: the same for every build of the same commit. */
export function germanDay(time: string): string {
	const parts = Object.fromEntries(berlin.formatToParts(new Date(time)).map((part) => [part.type, part.value]));
	return `${parts.year}-${parts.month}-${parts.day}`;
}

/** When a profile last changed: its last content commit, or without one (no history, not yet committed) its `updated` date. */
export interface LastChange {
	/** `JJJJ-MM-TT`, the portrait's "Stand". */
	day: string;
	/** Milliseconds since 1970 for sorting; midnight UTC of `updated` in the fallback. */
	time: number;
	/** The commit, when the history knows one. */
	commit?: ProfileCommit;
}

/** The newest commit that touched the profile; undefined without one (no history, or not committed yet). */
export const newestCommit = (history: History, slug: string): ProfileCommit | undefined => history.commits.find((candidate) => candidate.slugs.includes(slug));

export function lastChange(history: History, slug: string, updated: string): LastChange {
	const commit = newestCommit(history, slug);
	if (!commit) return { day: updated, time: Date.parse(`${updated}T00:00:00Z`) };
	return { day: germanDay(commit.date), time: Date.parse(commit.date), commit };
}

/** Link patterns of the repository host, as in `site.history` (src/config/site.ts). */
export interface HostPatterns {
	commit: string;
	pullRequest: string;
	file: string;
	edit: string;
}

/** A pull request number in a subject: `Title (#12)` (squash merge) or `Merge pull request #12 from …`. */
const PULL_REQUEST = /\(#(\d+)\)\s*$|^Merge pull request #(\d+)\b/;

/** Where a commit is shown on the repository host: its pull request when the subject names one, else the commit. */
export function commitLink(commit: Pick<ProfileCommit, 'hash' | 'subject'>, patterns: HostPatterns): { href: string; pullRequest?: number } {
	const match = PULL_REQUEST.exec(commit.subject);
	const number = match?.[1] ?? match?.[2];
	if (number) return { href: patterns.pullRequest.replace('{number}', number), pullRequest: Number(number) };
	return { href: patterns.commit.replace('{hash}', commit.hash) };
}

/** The host's page listing every commit of one profile file. */
export function profileHistoryLink(slug: string, patterns: HostPatterns): string {
	return patterns.file.replace('{path}', `${PROFILES_PATH}/${slug}.mdx`);
}

/** The host's editor for one profile file (it offers a pull request to whoever has no write access). */
export function profileEditLink(slug: string, patterns: HostPatterns): string {
	return patterns.edit.replace('{path}', `${PROFILES_PATH}/${slug}.mdx`);
}
