import { COMPOUND_MARK, unmarkCompounds } from '../../lib/index-marks';

/** Edit distance (Levenshtein) of two words, case-insensitive. */
export function distance(a: string, b: string): number {
	const x = a.toLocaleLowerCase('de');
	const y = b.toLocaleLowerCase('de');
	let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const current = [i];
		for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[y.length]!;
}

/**
 * The indexed word nearest to `word` among the words a prefix search matched (`matched`, as they stand in
 * the indexed text: "Daten~plattform,"). Of a compound, the part that starts with the prefix counts
 * ("plattfrom" → "Plattform", from "Daten~plattform"); punctuation goes. Undefined without a candidate.
 */
export function nearestWord(word: string, prefix: string, matched: readonly string[]): string | undefined {
	const start = prefix.toLocaleLowerCase('de');
	const candidates = new Set<string>();
	for (const token of matched) {
		const clean = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
		if (!clean) continue;
		const pieces = clean.split(COMPOUND_MARK);
		const at = pieces.findIndex((piece) => piece.toLocaleLowerCase('de').startsWith(start));
		// The end of a compound is a noun of its own: Daten~plattform → Plattform.
		const part = at > 0 ? pieces[at]!.charAt(0).toLocaleUpperCase('de') + pieces[at]!.slice(1) : undefined;
		candidates.add(part ?? unmarkCompounds(clean));
	}
	let best: string | undefined;
	for (const candidate of candidates) {
		if (best === undefined || distance(word, candidate) < distance(word, best)) best = candidate;
	}
	return best;
}

/** A word without a common inflection ending (digitaler, digitalen → digital). */
const stem = (word: string) => word.replace(/(?:ern|em|en|er|es|e|n|r|s)$/u, '');

/**
 * Did the query word really match this indexed word (as it stands in the text: "Daten~plattform,")? Yes if
 * the word or one of its compound parts starts with the query word or its stem, or is the query word
 * shortened by an ending. No if Pagefind fell back to a shorter word ("Datenplattfrom" → "Daten").
 */
export function isCloseMatch(query: string, token: string): boolean {
	const q = query.toLocaleLowerCase('de').replace(/[^\p{L}\p{N}]/gu, '');
	const word = token.toLocaleLowerCase('de').replace(/[^\p{L}\p{N}~-]/gu, '');
	const candidates = [word.replace(/[~-]/g, ''), ...word.split(/[~-]/)].filter(Boolean);
	return candidates.some((c) => c.startsWith(q) || c.startsWith(stem(q)) || (q.startsWith(c) && q.length - c.length <= 3));
}
