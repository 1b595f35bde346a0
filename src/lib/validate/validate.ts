import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { splitProfile } from '../profile-file';
import { checkDuplicates, checkFileName, checkLand, type FileReport } from './collection';
import { checkFrontmatter, type FrontmatterReport } from './frontmatter';
import { checkBody, parseBody } from './mdx';
import { checkProse, proseSections } from './prose';
import { checkSources } from './sources';
import { MAX_BODY_BYTES } from '../../schemas/portrait';
import { msg } from './messages';
import { byPosition, type Problem } from './problem';

export interface ProfileText {
	/** Path as shown in messages. */
	file: string;
	text: string;
}

/**
 * Checks one profile: frontmatter (YAML, schema, placeholders), body (safe MDX, the writing guide's rules)
 * and the citations between them. Pure.
 */
function checkProfile({ file, text }: ProfileText): { problems: Problem[]; report: FileReport } {
	const source = splitProfile(file, text);
	const frontmatter = checkFrontmatter(source, file);
	const report: FileReport = { file, slug: source.slug, raw: frontmatter.raw, placeOf: frontmatter.placeOf };
	const problems = [...frontmatter.problems, ...checkFileName(report), ...checkLand(report), ...checkText(source.body, source.bodyLine, file, frontmatter)];
	return { problems, report };
}

function checkText(body: string, firstLine: number, file: string, frontmatter: FrontmatterReport): Problem[] {
	const bytes = Buffer.byteLength(body);
	if (bytes > MAX_BODY_BYTES) {
		const kb = (n: number) => Math.ceil(n / 1024);
		return [{ file, line: firstLine, col: 1, field: 'Text', message: msg.bodyTooLarge(kb(bytes), kb(MAX_BODY_BYTES)), severity: 'error' }];
	}
	const parsed = parseBody(body, firstLine, file);
	if ('problem' in parsed) return [parsed.problem];
	const sections = proseSections(parsed.tree, firstLine);
	const citations = frontmatter.data ? checkSources(frontmatter.data, sections, frontmatter.placeOf, file) : [];
	return [...checkBody(parsed.tree, firstLine, file), ...checkProse(sections, file), ...citations];
}

/**
 * Checks profiles together, so that cross-file rules apply; every problem of every file, sorted. Pure.
 * `others` (e.g. the rest of the collection) take part in the cross-file rules, but their own problems
 * are not reported.
 */
export function validateProfiles(profiles: readonly ProfileText[], others: readonly ProfileText[] = []): Problem[] {
	const checked = profiles.map(checkProfile);
	const shown = new Set(profiles.map((profile) => profile.file));
	const reports = [...checked.map((c) => c.report), ...others.map((other) => checkProfile(other).report)];
	const crossFile = checkDuplicates(reports).filter((problem) => shown.has(problem.file));
	return [...checked.flatMap((c) => c.problems), ...crossFile].sort(byPosition);
}

/** Path for messages: relative to `root` with `/`, absolute when outside it. */
function displayPath(path: string, root = process.cwd()): string {
	const inside = relative(root, resolve(path));
	return inside.startsWith('..') ? resolve(path) : inside.split(sep).join('/');
}

/** The profiles of a folder (`*.mdx`), sorted. */
export async function listProfiles(dir: string): Promise<string[]> {
	return (await readdir(dir))
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.map((name) => join(dir, name));
}

/** Reads and checks files; `context` files join the cross-file rules only; `root` decides how paths are shown. */
export async function validateFiles(paths: readonly string[], root = process.cwd(), context: readonly string[] = []): Promise<Problem[]> {
	const read = async (path: string) => ({ file: displayPath(path, root), text: await readFile(path, 'utf8') });
	const targets = new Set(paths.map((path) => resolve(path)));
	const others = context.filter((path) => !targets.has(resolve(path)));
	return validateProfiles(await Promise.all(paths.map(read)), await Promise.all(others.map(read)));
}
