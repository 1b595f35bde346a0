import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

export type FieldPath = readonly PropertyKey[];

export const pathText = (path: FieldPath) => path.map(String).join('.');

/** True when `path` is `prefix` or lies below it. */
export const isWithin = (path: FieldPath, prefix: FieldPath) => prefix.length <= path.length && prefix.every((part, i) => part === path[i]);

const keyOf = (node: unknown) => (isScalar(node) ? node.value : node);

/**
 * Source offset of the key (in a mapping) or item (in a list) that `path` names. Stops at the deepest
 * part that exists, so a missing field points at its parent; `undefined` when not even the first part exists.
 */
export function offsetOf(doc: Document, path: FieldPath): number | undefined {
	let node: unknown = doc.contents;
	let offset: number | undefined;
	for (const part of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => keyOf(item.key) === part);
			if (!pair) break;
			offset = (pair.key as Node | null)?.range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
			node = node.items[part];
			offset = (node as Node).range?.[0] ?? offset;
		} else break;
	}
	return offset;
}

export interface ScalarAt {
	path: FieldPath;
	value: unknown;
	offset: number;
	/** Source offset after the value. */
	end: number;
}

/** Every scalar value of the document with its field path. */
export function scalars(doc: Document): ScalarAt[] {
	const found: ScalarAt[] = [];
	const walk = (node: unknown, path: FieldPath) => {
		if (isScalar(node)) found.push({ path, value: node.value, offset: node.range?.[0] ?? 0, end: node.range?.[1] ?? 0 });
		else if (isMap(node)) node.items.forEach((pair) => isPair(pair) && walk(pair.value, [...path, keyOf(pair.key) as PropertyKey]));
		else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
	};
	walk(doc.contents, []);
	return found;
}

/** An unclosed quote runs to the end of the document: point at the start of that value instead. */
export function syntaxErrorStart(doc: Document, offset: number): number {
	const open = scalars(doc).find((scalar) => scalar.offset < offset && scalar.end >= offset);
	return open?.offset ?? offset;
}
