import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changeSummary, COLON_HINT, commitHash, NOT_A_MAPPING } from '../../schemas/change-summaries';
import { formatProblem } from '../validate/format';
import type { Place, Problem } from '../validate/problem';
import { readYamlMap } from '../validate/yaml-map';
import type { ProfileCommit } from './git-log';

/** Where the summaries of past commits live, relative to the project root. */
export const SUMMARIES_FILE = 'src/content/change-summaries.yaml';

export interface SummariesReport {
	/** Commit hash → the sentence readers see; empty when the file has problems. */
	summaries: ReadonlyMap<string, string>;
	problems: Problem[];
}

/** Reads and checks the summaries file's text; every problem names its line, column and key. Pure. */
export function checkSummaries(text: string, file: string = SUMMARIES_FILE): SummariesReport {
	const { entries, problems } = readYamlMap(text, file, { notAMapping: NOT_A_MAPPING, colonHint: COLON_HINT });
	const summaries = new Map<string, string>();
	for (const { key, value, keyAt, valueAt } of entries) {
		const add = (place: Place, message: string) => problems.push({ file, ...place, field: key ?? 'Schlüssel', message, severity: 'error' });
		const hash = commitHash.safeParse(key);
		if (!hash.success) add(keyAt, `${key === undefined ? 'Schlüssel' : `„${key}“`} ${hash.error.issues[0]!.message}`);
		const summary = changeSummary.safeParse(value);
		if (!summary.success) add(valueAt, summary.error.issues[0]!.message);
		if (hash.success && summary.success) summaries.set(hash.data, summary.data);
	}
	return { summaries: problems.length > 0 ? new Map() : summaries, problems };
}

/** The summaries file of the project at `root`, checked: the validator's problems and the history's sentences; empty without the file. */
export function summariesReport(root: string): SummariesReport {
	const path = join(root, SUMMARIES_FILE);
	return existsSync(path) ? checkSummaries(readFileSync(path, 'utf8')) : { summaries: new Map(), problems: [] };
}

/** The sentences of the project's summaries file; throws with every problem on a broken file. */
export function readSummaries(root: string): ReadonlyMap<string, string> {
	const { summaries, problems } = summariesReport(root);
	if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
	return summaries;
}

/** Each commit with the sentence of the summaries file where it names the commit. Pure. */
export function withSummaries(commits: readonly ProfileCommit[], summaries: ReadonlyMap<string, string>): ProfileCommit[] {
	return commits.map((commit) => {
		const summary = summaries.get(commit.hash);
		return summary === undefined ? commit : { ...commit, summary };
	});
}
