import { execFileSync } from 'node:child_process';
import { LOG_FORMAT, parseGitLog, PROFILES_PATH, type History } from './git-log';
import { readSummaries, withSummaries } from './summaries';
import { readFormerSlugs, withCurrentSlugs } from '../former-slugs';

/** Runs git with `args` in `cwd` and returns its output; throws when git is missing or fails. */
export type GitRunner = (args: string[], cwd: string) => string;

const runGit: GitRunner = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * The profiles' commits as git has them (their files' slugs, their first lines and trailers), from one `git log` for
 * all profiles. A shallow clone (`actions/checkout` without `fetch-depth: 0`) or a tree without git gives no commits
 * with its status, never an error.
 */
function profileLog(cwd: string, run: GitRunner): History {
	try {
		if (run(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true') return { status: 'shallow', commits: [] };
		const output = run(['-c', 'core.quotepath=off', 'log', '--no-merges', `--format=${LOG_FORMAT}`, '--name-only', '--', PROFILES_PATH], cwd);
		return { status: 'ok', commits: parseGitLog(output) };
	} catch {
		return { status: 'unavailable', commits: [] };
	}
}

/**
 * Reads the profiles' history (profileLog). Without one, the pages say the history is not available and fall back to
 * each profile's `updated` date. The commits carry the sentences of the summaries file (summaries.ts) and the slugs of
 * the profiles now, also where they touched a profile before it was renamed (src/lib/former-slugs.ts); a broken file
 * is an error.
 */
export function readHistory(cwd: string = process.cwd(), run: GitRunner = runGit): History {
	const log = profileLog(cwd, run);
	if (log.status !== 'ok') return log;
	return { status: 'ok', commits: withCurrentSlugs(withSummaries(log.commits, readSummaries(cwd)), readFormerSlugs(cwd)) };
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
	return [...new Set(profileLog(cwd, run).commits.flatMap((commit) => commit.slugs))];
}
