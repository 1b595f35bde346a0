/**
 * The placeholder marker of scaffolded profiles. `npm run new-city` writes it wherever an editor has to
 * research and fill something in; the validator reports every remaining occurrence as an error.
 */
export const PLACEHOLDER = 'TODO';

/** A placeholder URL: syntactically a URL (so the file parses), flagged by the validator. */
export const PLACEHOLDER_URL = `https://${PLACEHOLDER}`;

const MARKER = new RegExp(`\\b${PLACEHOLDER}\\b`);

export function hasPlaceholder(text: string): boolean {
	return MARKER.test(text);
}
