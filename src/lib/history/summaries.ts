import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { changeSummary, COLON_HINT, commitHash, NOT_A_MAPPING } from '../../schemas/change-summaries';
import { formatProblem } from '../validate/format';
import { msg } from '../validate/messages';
import type { Problem } from '../validate/problem';
import { syntaxErrorStart } from '../validate/yaml-paths';
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
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const problems: Problem[] = [];
	const add = (offset: number | undefined, field: string, message: string) =>
		problems.push({ file, ...(offset === undefined ? { line: 1, col: 1 } : lines.linePos(offset)), field, message, severity: 'error' });
	for (const error of doc.errors) {
		const detail = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? COLON_HINT : error.message.split('\n')[0]!;
		add(syntaxErrorStart(doc, error.pos[0]), 'YAML', msg.yaml(error.code, detail));
	}
	if (doc.errors.length > 0) return { summaries: new Map(), problems };
	if (doc.contents === null) return { summaries: new Map(), problems };
	if (!isMap(doc.contents)) {
		add(doc.contents.range?.[0], 'YAML', NOT_A_MAPPING);
		return { summaries: new Map(), problems };
	}
	const summaries = new Map<string, string>();
	for (const pair of doc.contents.items) {
		const key = isScalar(pair.key) ? String(pair.key.source ?? pair.key.value) : undefined;
		const keyAt = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
		const hash = commitHash.safeParse(key);
		if (!hash.success) add(keyAt, key ?? 'Schlüssel', `${key === undefined ? 'Schlüssel' : `„${key}“`} ${hash.error.issues[0]!.message}`);
		const value = isScalar(pair.value) ? pair.value.value : pair.value;
		const summary = changeSummary.safeParse(value);
		const valueAt = isNode(pair.value) ? pair.value.range?.[0] : undefined;
		if (!summary.success) add(valueAt ?? keyAt, key ?? 'Wert', summary.error.issues[0]!.message);
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
