/** One finding of the validator, located in a file. */
export interface Problem {
	/** Path as shown to the editor (relative to the project when possible). */
	file: string;
	/** 1-based line and column in the file. */
	line: number;
	col: number;
	/** Dotted path of the field (`organisation.0.kind`), or a label such as `frontmatter` or `Text`. */
	field: string;
	message: string;
	severity: 'error' | 'warning';
}

export const isError = (problem: Problem) => problem.severity === 'error';

/** A position inside a file. */
export interface Place {
	line: number;
	col: number;
}

export const START: Place = { line: 1, col: 1 };

export function byPosition(a: Problem, b: Problem): number {
	return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.field.localeCompare(b.field);
}
