import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citySlug, FORMER_NOT_A_MAPPING, formerMsg } from '../schemas/former-slugs';
import { PROFILES_PATH, type ProfileCommit } from './history/git-log';
import { formatProblem } from './validate/format';
import { START, type Place, type Problem } from './validate/problem';
import { readYamlMap } from './validate/yaml-map';

/** Where the former addresses of portraits live, relative to the project root. */
export const FORMER_SLUGS_FILE = 'src/content/former-slugs.yaml';

export interface FormerSlugsReport {
	/** Former slug → the profile's slug now; empty when the file has problems. */
	formerSlugs: ReadonlyMap<string, string>;
	problems: Problem[];
}

/**
 * Reads and checks the file's text against the profiles there are: each key a slug that is no profile now, each value
 * a profile's slug. Every problem names its line, column and key. Pure.
 */
export function checkFormerSlugs(text: string, profiles: ReadonlySet<string>, file: string = FORMER_SLUGS_FILE): FormerSlugsReport {
	const { entries, problems } = readYamlMap(text, file, { notAMapping: FORMER_NOT_A_MAPPING });
	const formerSlugs = new Map<string, string>();
	for (const { key, value, keyAt, valueAt } of entries) {
		const add = (place: Place, message: string) => problems.push({ file, ...place, field: key ?? 'Schlüssel', message, severity: 'error' });
		const former = citySlug.safeParse(key);
		if (!former.success) add(keyAt, `${key === undefined ? 'Schlüssel' : `„${key}“`} ${former.error.issues[0]!.message}`);
		else if (profiles.has(former.data)) add(keyAt, formerMsg.stillAProfile(former.data));
		const now = citySlug.safeParse(value);
		if (!now.success) add(valueAt, `${typeof value === 'string' ? `„${value}“ ` : ''}${now.error.issues[0]!.message}`);
		else if (!profiles.has(now.data)) add(valueAt, formerMsg.noProfile(now.data));
		if (former.success && now.success) formerSlugs.set(former.data, now.data);
	}
	return { formerSlugs: problems.length > 0 ? new Map() : formerSlugs, problems };
}

/** The slugs of the profiles in the project at `root`. */
export function profileSlugs(root: string): Set<string> {
	const dir = join(root, PROFILES_PATH);
	if (!existsSync(dir)) return new Set();
	return new Set(readdirSync(dir).flatMap((name) => (name.endsWith('.mdx') ? [name.slice(0, -4)] : [])));
}

/** The former slugs file of the project at `root`, checked; empty without the file. */
export function formerSlugsReport(root: string, profiles: ReadonlySet<string> = profileSlugs(root)): FormerSlugsReport {
	const path = join(root, FORMER_SLUGS_FILE);
	return existsSync(path) ? checkFormerSlugs(readFileSync(path, 'utf8'), profiles) : { formerSlugs: new Map(), problems: [] };
}

/** The former slugs of the project at `root`; throws with every problem on a broken file. */
export function readFormerSlugs(root: string): ReadonlyMap<string, string> {
	const { formerSlugs, problems } = formerSlugsReport(root);
	if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
	return formerSlugs;
}

/**
 * Warnings for addresses that were published (a profile of that slug is in the history) and now lead nowhere: no
 * profile of that slug and no line in the former slugs file. Pure.
 */
export function lostAddresses(published: Iterable<string>, profiles: ReadonlySet<string>, formerSlugs: ReadonlyMap<string, string>): Problem[] {
	return [...new Set(published)]
		.filter((slug) => !profiles.has(slug) && !formerSlugs.has(slug))
		.sort()
		.map((slug) => ({ file: FORMER_SLUGS_FILE, ...START, field: slug, message: formerMsg.published(slug, FORMER_SLUGS_FILE), severity: 'warning' }));
}

/** Each commit with the slugs of the profiles now: a commit that touched a renamed profile counts for its portrait. Pure. */
export function withCurrentSlugs(commits: readonly ProfileCommit[], formerSlugs: ReadonlyMap<string, string>): ProfileCommit[] {
	if (formerSlugs.size === 0) return [...commits];
	return commits.map((commit) => ({ ...commit, slugs: [...new Set(commit.slugs.map((slug) => formerSlugs.get(slug) ?? slug))] }));
}
