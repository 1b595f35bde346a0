import type { z } from 'astro/zod';

/** German messages for schema issues; every message ends with what is allowed where a list applies. */
export const allowed = (values: readonly (string | number)[]) => `(erlaubt: ${values.join(', ')})`;

/** Builds a zod `error` callback: a missing value is named as such, any other problem gets `message`. */
export function required(message: string) {
	return (issue: z.core.$ZodRawIssue) => (issue.input === undefined ? 'Pflichtfeld fehlt' : message);
}

/** `problem` names what is wrong, e.g. `unbekanntes Land`; the allowed values are appended. */
export function oneOf(values: readonly (string | number)[], problem = 'unbekannter Wert') {
	return required(`${problem} ${allowed(values)}`);
}

/** Message for keys the format does not know; they are usually typos. */
export function unknownKeys(known: readonly string[]) {
	return (issue: z.core.$ZodRawIssue) => {
		if (issue.code === 'unrecognized_keys') {
			const keys = (issue as { keys: string[] }).keys.join(', ');
			return `unbekanntes Feld „${keys}“ ${allowed(known)}`;
		}
		return issue.input === undefined ? 'Pflichtfeld fehlt' : 'muss ein Objekt mit Feldern sein';
	};
}
