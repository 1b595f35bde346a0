import { z } from 'astro/zod';

/**
 * `src/content/change-summaries.yaml`: what readers see for a commit whose first line was not written for
 * them (an English maintainer commit made before the `Reader-Summary:` trailer): full commit hash → one
 * German sentence. Messages are German, like the profile format's.
 */
export const SUMMARY_MAX = 200;

export const commitHash = z
	.string()
	.regex(/^[0-9a-f]{40}$/, 'ist kein vollständiger Commit-Hash (40 Zeichen 0–9 und a–f, wie `git log --format=%H` ihn zeigt)');

export const changeSummary = z
	.string({ error: 'muss ein Satz sein (Text in einer Zeile)' })
	.trim()
	.min(1, 'darf nicht leer sein')
	.max(SUMMARY_MAX, `ist zu lang (höchstens ${SUMMARY_MAX} Zeichen): ein Satz für die Liste der Änderungen`)
	.refine((text) => !/\n/.test(text), 'muss in einer Zeile stehen');

/** The usual slip: a sentence with `: ` needs quotes, else YAML reads a mapping inside the value. */
export const COLON_HINT = 'ein Satz mit „: “ steht in Anführungszeichen, z. B. <Commit-Hash>: "Köln: Rang 2024 ergänzt"';

/** The file holds one mapping: a line per commit. */
export const NOT_A_MAPPING = 'muss Zeilen der Form `<Commit-Hash>: <Satz>` enthalten';
