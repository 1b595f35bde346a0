import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { msg } from './messages';
import { START, type Place, type Problem } from './problem';
import { syntaxErrorStart } from './yaml-paths';

/** One line `key: value` of a flat YAML file, with where its key and value start. */
export interface MapEntry {
	/** The key as written; undefined for a key that is not a plain value. */
	key: string | undefined;
	/** The value as YAML reads it (a string, a number, a nested mapping …). */
	value: unknown;
	keyAt: Place;
	valueAt: Place;
}

export interface YamlMapOptions {
	/** What the file must hold, for a file that is not one mapping. */
	notAMapping: string;
	/** A message for the usual slip of an unquoted value with `: ` in it (YAML's BLOCK_AS_IMPLICIT_KEY). */
	colonHint?: string;
}

/**
 * The lines of a flat YAML mapping file (the change summaries, the former slugs), or its syntax problems with line
 * and column; the checks of keys and values are the caller's. Duplicate keys are syntax errors. An empty file has no
 * entries.
 */
export function readYamlMap(text: string, file: string, { notAMapping, colonHint }: YamlMapOptions): { entries: MapEntry[]; problems: Problem[] } {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number | undefined): Place => (offset === undefined ? START : lines.linePos(offset));
	const problem = (place: Place, message: string): Problem => ({ file, ...place, field: 'YAML', message, severity: 'error' });
	if (doc.errors.length > 0) {
		const problems = doc.errors.map((error) => {
			const detail = error.code === 'BLOCK_AS_IMPLICIT_KEY' && colonHint ? colonHint : error.message.split('\n')[0]!;
			return problem(at(syntaxErrorStart(doc, error.pos[0])), msg.yaml(error.code, detail));
		});
		return { entries: [], problems };
	}
	if (doc.contents === null) return { entries: [], problems: [] };
	if (!isMap(doc.contents)) return { entries: [], problems: [problem(at(doc.contents.range?.[0]), notAMapping)] };
	const entries = doc.contents.items.map((pair): MapEntry => {
		const keyAt = at(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
		return {
			key: isScalar(pair.key) ? String(pair.key.source ?? pair.key.value) : undefined,
			value: isScalar(pair.value) ? pair.value.value : pair.value,
			keyAt,
			valueAt: isNode(pair.value) && pair.value.range ? at(pair.value.range[0]) : keyAt,
		};
	});
	return { entries, problems: [] };
}
