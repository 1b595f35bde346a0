import type { z } from 'astro/zod';
import { slugify } from '../lib/slug';

/** German messages for schema issues; every message ends with what is allowed where a list applies. */
export const allowed = (values: readonly (string | number)[]) => `(erlaubt: ${values.join(', ')})`;

/** The rejected value as an editor wrote it: `„Mobilität“`, `61,5`. */
export function quote(input: unknown): string {
	if (typeof input === 'string') return `„${input}“`;
	if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
	return Array.isArray(input) ? 'eine Liste' : 'ein Objekt';
}

/** Edit distance between two short strings (values are slugs of a few dozen characters at most). */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The allowed value an editor most likely meant: the same slug (`Mobilität` → `mobilitaet`) or one within
 * a third of its length in edit distance (`stabstelle` → `stabsstelle`); none when nothing is close.
 */
export function nearest(input: unknown, values: readonly (string | number)[]): string | number | undefined {
	if (typeof input !== 'string' && typeof input !== 'number') return undefined;
	const wanted = slugify(String(input));
	if (!wanted) return undefined;
	let best: { value: string | number; score: number } | undefined;
	for (const value of values) {
		const score = distance(wanted, slugify(String(value)));
		if (!best || score < best.score) best = { value, score };
	}
	return best && best.score <= Math.max(1, Math.floor(String(best.value).length / 3)) ? best.value : undefined;
}

/** Builds a zod `error` callback: a missing value is named as such, any other problem gets `message`. */
export function required(message: string | ((issue: z.core.$ZodRawIssue) => string)) {
	return (issue: z.core.$ZodRawIssue) => (issue.input === undefined ? 'Pflichtfeld fehlt' : typeof message === 'string' ? message : message(issue));
}

/**
 * For a value from a fixed list: quotes what was written, suggests the nearest allowed value and lists
 * them all, e.g. `„Mobilität“ ist kein Themen-Schlüssel – gemeint: mobilitaet? (erlaubt: …)`.
 * `what` carries its article: `kein Themen-Schlüssel`, `keine Quellen-ID aus sources`.
 */
export function notAllowed(input: unknown, values: readonly (string | number)[], what: string, listed = 'erlaubt'): string {
	const guess = nearest(input, values);
	const hint = guess !== undefined && String(guess) !== String(input) ? ` – gemeint: ${guess}?` : '';
	return `${quote(input)} ist ${what}${hint} (${listed}: ${values.join(', ')})`;
}

/** The zod `error` callback for a value from a fixed list (see `notAllowed`). */
export function oneOf(values: readonly (string | number)[], what = 'kein erlaubter Wert') {
	return required((issue) => notAllowed(issue.input, values, what));
}

/** A number written as text, most often with a decimal comma (`61,5`): says how to write it. */
export function numberMessage(what: string) {
	return required((issue) => {
		const input = issue.input;
		if (typeof input === 'string' && /^\s*-?\d+(\.\d{3})*,\d+\s*$/.test(input))
			return `${quote(input)}: Dezimalpunkt statt Komma schreiben (${input.replace(/\./g, '').replace(',', '.')}) – ${what}`;
		if (typeof input === 'string' && /^\s*-?[\d.]+\s*$/.test(input))
			return `${quote(input)} steht in Anführungszeichen: Zahlen ohne Anführungszeichen schreiben – ${what}`;
		return `${quote(input)} ist keine Zahl – ${what}`;
	});
}

/** Message for keys the format does not know; they are usually typos. */
export function unknownKeys(known: readonly string[]) {
	return (issue: z.core.$ZodRawIssue) => {
		if (issue.code === 'unrecognized_keys') {
			const keys = (issue as { keys: string[] }).keys;
			const guess = keys.length === 1 ? nearest(keys[0], known) : undefined;
			return `unbekanntes Feld „${keys.join(', ')}“${guess ? ` – gemeint: ${guess}?` : ''} ${allowed(known)}`;
		}
		return issue.input === undefined ? 'Pflichtfeld fehlt' : 'muss ein Objekt mit Feldern sein';
	};
}
