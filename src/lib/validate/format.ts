import { isError, type Problem } from './problem';

/** `src/content/cities/x.mdx:12:3  state  unbekanntes Land (erlaubt: …)`; warnings say so. */
export function formatProblem(problem: Problem): string {
	const prefix = problem.severity === 'warning' ? 'Warnung: ' : '';
	return `${problem.file}:${problem.line}:${problem.col}  ${problem.field}  ${prefix}${problem.message}`;
}

/** GitHub Actions workflow commands escape `%`, line breaks and, in properties, `:` and `,`. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message`, shown as an annotation on the pull request. */
export function formatGithub(problem: Problem): string {
	const properties = [`file=${problem.file}`, `line=${problem.line}`, `col=${problem.col}`, `title=${problem.field}`].map((p) => {
		const [key, ...value] = p.split('=');
		return `${key}=${escapeProperty(value.join('='))}`;
	});
	return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.message)}`;
}

export function summary(fileCount: number, problems: readonly Problem[]): string {
	const errors = problems.filter(isError);
	const warnings = problems.length - errors.length;
	const files = new Set(errors.map((problem) => problem.file)).size;
	const checked = fileCount === 1 ? '1 Profil geprüft' : `${fileCount} Profile geprüft`;
	const errorText = errors.length === 1 ? '1 Fehler' : `${errors.length} Fehler`;
	const warningText = warnings === 1 ? '1 Warnung' : `${warnings} Warnungen`;
	return errors.length === 0
		? `${checked}: keine Fehler, ${warningText}.`
		: `${checked}: ${errorText} in ${files === 1 ? '1 Datei' : `${files} Dateien`}, ${warningText}.`;
}
