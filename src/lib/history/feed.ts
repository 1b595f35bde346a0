import { commitLink, germanDay, type History, type HostPatterns } from './git-log';
import { escapeXml } from '../xml';

/**
 * The Atom feed of the profiles' changes (/aenderungen.xml, RFC 4287): one entry per commit, newest first,
 * dated by the commit, so the same commit always gives the same feed. Without a history the feed has no
 * entries and is dated by the newest `updated` of the profiles.
 */
export interface FeedOptions {
	history: History;
	/** Absolute URLs of the feed itself, the page it belongs to (/aenderungen/) and each portrait. */
	selfUrl: string;
	pageUrl: string;
	portraitUrl: (slug: string) => string;
	/** Name of each profile's city, by slug; a slug without a name (a removed profile) is given as it is. */
	names: ReadonlyMap<string, string>;
	title: string;
	subtitle: string;
	author: string;
	rights: string;
	/** `JJJJ-MM-TT`: the feed's date when there are no entries. */
	fallbackDay: string;
	patterns: HostPatterns;
	/** Summary of an entry: the names of the changed portraits. */
	summary: (names: string[]) => string;
	limit?: number;
}

/** A tag URI (RFC 4151) for a commit: stable for the same site and commit. */
export const entryId = (siteUrl: string, hash: string, day: string) => `tag:${new URL(siteUrl).hostname},${day}:aenderung/${hash}`;

export function atomFeed(options: FeedOptions): string {
	const { history, names } = options;
	const commits = history.commits.slice(0, options.limit ?? 30);
	const updated = commits[0]?.date ?? `${options.fallbackDay}T00:00:00Z`;
	const x = escapeXml;
	const entries = commits.map((commit) => {
		const cities = commit.slugs.map((slug) => ({ slug, name: names.get(slug) }));
		const named = cities.map((city) => city.name ?? city.slug);
		const links = cities.filter((city) => city.name).map((city) => `<a href="${x(options.portraitUrl(city.slug))}">${x(city.name!)}</a>`);
		return [
			'  <entry>',
			`    <id>${x(entryId(options.pageUrl, commit.hash, germanDay(commit.date)))}</id>`,
			`    <title>${x(commit.summary)}</title>`,
			`    <updated>${x(commit.date)}</updated>`,
			`    <link rel="alternate" type="text/html" href="${x(commitLink(commit, options.patterns).href)}"/>`,
			...cities
				.filter((city) => city.name)
				.map((city) => `    <link rel="related" type="text/html" href="${x(options.portraitUrl(city.slug))}" title="${x(city.name!)}"/>`),
			`    <summary type="text">${x(options.summary(named))}</summary>`,
			...(links.length > 0 ? [`    <content type="html">${x(`<p>${options.summary(links)}</p>`)}</content>`] : []),
			'  </entry>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
		`  <id>${x(options.pageUrl)}</id>`,
		`  <title>${x(options.title)}</title>`,
		`  <subtitle>${x(options.subtitle)}</subtitle>`,
		`  <updated>${x(updated)}</updated>`,
		`  <link rel="self" type="application/atom+xml" href="${x(options.selfUrl)}"/>`,
		`  <link rel="alternate" type="text/html" href="${x(options.pageUrl)}"/>`,
		`  <author><name>${x(options.author)}</name></author>`,
		`  <rights>${x(options.rights)}</rights>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
