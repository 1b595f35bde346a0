/**
 * `npm run validate [-- <Dateien…>]`: checks every profile (or the given files) against the profile schema
 * and the content rules (and, without given files, the change summaries and former slugs files), prints every problem as
 * `datei:zeile:spalte  feld  meldung` and exits with 1 on any error. Under GitHub Actions it also prints
 * annotations. Logic: src/lib/validate/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatGithub, formatProblem, summary } from '../src/lib/validate/format';
import { isError } from '../src/lib/validate/problem';
import { projectFileProblems } from '../src/lib/validate/project-files';
import { listProfiles, validateFiles } from '../src/lib/validate/validate';

const COLLECTION = join('src', 'content', 'cities');
const files = process.argv.slice(2).filter((arg) => arg !== '--');
const collection = existsSync(COLLECTION) ? await listProfiles(COLLECTION) : [];
const paths = files.length > 0 ? files : collection;
// Given files are also compared with the whole collection (duplicate names and slugs); without given files the
// change summaries and former slugs files are checked too.
const problems = [...(await validateFiles(paths, process.cwd(), collection)), ...(files.length > 0 ? [] : projectFileProblems(process.cwd()))];
const github = process.env.GITHUB_ACTIONS === 'true';

for (const problem of problems) {
	const line = formatProblem(problem);
	if (isError(problem)) console.error(line);
	else console.warn(line);
	if (github) console.log(formatGithub(problem));
}
console.log(summary(paths.length, problems));
process.exitCode = problems.some(isError) ? 1 : 0;
