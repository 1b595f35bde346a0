import { z } from 'astro/zod';
import type { Document } from 'yaml';
import { citySchema, type CityData } from '../../schemas/city';
import { parseFrontmatter, type ProfileSource } from '../profile-file';
import { hasPlaceholder } from '../scaffold/placeholder';
import { msg } from './messages';
import { START, type Place, type Problem } from './problem';
import { isWithin, offsetOf, pathText, scalars, syntaxErrorStart, type FieldPath } from './yaml-paths';

/** German fallback for the few schema checks that bring no message of their own. */
const GERMAN = { error: z.locales.de().localeError };
/** Text that looks like an HTML tag or comment: `<img`, `</b`, `<!--`. */
const MARKUP = /<\s*[a-z!/?]/i;

export interface FrontmatterReport {
	problems: Problem[];
	/** Raw YAML data, when the YAML could be read. */
	raw?: Record<string, unknown> | undefined;
	/** Schema-checked data, when the frontmatter is valid. */
	data?: CityData | undefined;
	/** File position of a field (its key), for cross-file rules. */
	placeOf: (path: FieldPath) => Place;
}

type Add = (path: FieldPath | string, at: Place, message: string, severity?: Problem['severity']) => void;

export function checkFrontmatter(source: ProfileSource, file: string): FrontmatterReport {
	const problems: Problem[] = [];
	const add: Add = (path, at, message, severity = 'error') =>
		problems.push({ file, ...at, field: typeof path === 'string' ? path : pathText(path) || 'frontmatter', message, severity });
	if (source.frontmatter === null) {
		add('frontmatter', START, msg.noFrontmatter);
		return { problems, placeOf: () => START };
	}
	const { doc, lines, data: js } = parseFrontmatter(source);
	const at = (offset: number | undefined): Place => {
		if (offset === undefined) return START;
		const { line, col } = lines.linePos(offset);
		return { line: source.frontmatterLine + line - 1, col };
	};
	const placeOf = (path: FieldPath) => at(offsetOf(doc, path));
	// One syntax error per line: what follows a broken line is mostly a consequence of it.
	const seen = new Set<number>();
	for (const error of doc.errors) {
		const place = at(syntaxErrorStart(doc, error.pos[0]));
		if (seen.has(place.line)) continue;
		seen.add(place.line);
		add('frontmatter', place, msg.yaml(error.code, error.message.split('\n')[0]!));
	}
	for (const warning of doc.warnings) add('frontmatter', at(warning.pos[0]), msg.yaml(warning.code, warning.message.split('\n')[0]!), 'warning');
	if (doc.errors.length > 0) return { problems, placeOf };

	const placeholders = checkScalars(doc, placeOf, add);
	const raw = js && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : undefined;
	const result = citySchema.safeParse(js, GERMAN);
	if (result.success) return { problems, raw, data: result.data, placeOf };
	for (const issue of result.error.issues) {
		if (placeholders.some((path) => isWithin(issue.path, path))) continue;
		if (issue.code === 'unrecognized_keys') {
			const all = `„${issue.keys.join(', ')}“`;
			for (const key of issue.keys) add([...issue.path, key], placeOf([...issue.path, key]), issue.message.replace(all, `„${key}“`));
		} else add(issue.path, placeOf(issue.path), issue.message);
	}
	return { problems, raw, placeOf };
}

/** Placeholders are errors, markup in text a warning; returns the paths that hold placeholders. */
function checkScalars(doc: Document, placeOf: (path: FieldPath) => Place, add: Add): FieldPath[] {
	const placeholders: FieldPath[] = [];
	for (const scalar of scalars(doc)) {
		if (typeof scalar.value !== 'string') continue;
		if (hasPlaceholder(scalar.value)) {
			placeholders.push(scalar.path);
			add(scalar.path, placeOf(scalar.path), msg.placeholder);
		} else if (MARKUP.test(scalar.value)) add(scalar.path, placeOf(scalar.path), msg.htmlInText, 'warning');
	}
	return placeholders;
}
