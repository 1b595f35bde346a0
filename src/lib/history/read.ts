import { execFileSync } from 'node:child_process';
import { LOG_FORMAT, parseGitLog, profileSlugOf, PROFILES_PATH, type History } from './git-log';
import { readSummaries, withSummaries } from './summaries';
import { readFormerSlugs, withCurrentSlugs } from '../former-slugs';

/** Runs git with `args` in `cwd` and returns its output; throws when git is missing or fails. */
export type GitRunner = (args: string[], cwd: string) => string;

const runGit: GitRunner = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * Reads the profiles' history with one `git log` for all profiles. A shallow clone (`actions/checkout`
 * without `fetch-depth: 0`) or a tree without git gives an empty history with its status, never an error:
 * the pages then say the history is not available and fall back to each profile's `updated` date. The
 * commits carry the sentences of the summaries file (summaries.ts) and the slugs of the profiles now, also where
 * they touched a profile before it was renamed (src/lib/former-slugs.ts); a broken file is an error.
 */
export function readHistory(cwd: string = process.cwd(), run: GitRunner = runGit): History {
	let output: string;
	try {
		if (run(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true') return { status: 'shallow', commits: [] };
		output = run(['-c', 'core.quotepath=off', 'log', '--no-merges', `--format=${LOG_FORMAT}`, '--name-only', '--', PROFILES_PATH], cwd);
	} catch {
		return { status: 'unavailable', commits: [] };
	}
	return { status: 'ok', commits: withCurrentSlugs(withSummaries(parseGitLog(output), readSummaries(cwd)), readFormerSlugs(cwd)) };
}

let cached: History | undefined;

/** The history of this build's tree, read once per build. */
export function profileHistory(): History {
	cached ??= readHistory();
	return cached;
}

/**
 * The slug of every profile the history knows, also of files renamed or removed since: the addresses that were
 * published. Empty in a shallow clone or a tree without git.
 */
export function publishedSlugs(cwd: string = process.cwd(), run: GitRunner = runGit): string[] {
	try {
		if (run(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true') return [];
		const output = run(['-c', 'core.quotepath=off', 'log', '--no-merges', '--format=', '--name-only', '--', PROFILES_PATH], cwd);
		return [...new Set(output.split('\n').flatMap((line) => profileSlugOf(line) ?? []))];
	} catch {
		return [];
	}
}
