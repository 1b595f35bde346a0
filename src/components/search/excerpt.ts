import { COMPOUND_MARK, SYNONYMS_CLOSE, SYNONYMS_OPEN, unmarkCompounds } from '../../lib/index-marks';

/** A piece of an excerpt: text, marked where it matched the query. */
export interface Segment {
	text: string;
	mark?: boolean;
}

/** Where Pagefind found the query on a page: positions of words in `content`, with their weight. */
export interface Hit {
	location: number;
	weight: number;
}

/** Pagefind's word separator: whitespace except U+FEFF. */
const SEPARATOR = /[^\S\uFEFF]+/;
/** Words ending in a period that do not end a sentence. */
const ABBREVIATIONS = new Set(
	'prof. dr. mio. mrd. z. b. bzw. ca. nr. st. str. u. a. o. ä. v. d. h. i. e. s. vgl. inkl. ggf. evtl. usw. etc. jh. abs. mind. max. tel. gem. hrsg.'.split(
		' ',
	),
);
const MONTHS = new Set('januar februar märz april mai juni juli august september oktober november dezember'.split(' '));
/** Words before a number that make it an ordinal ("am 2. Dezember", "die 3. Staffel"), not the end of a sentence. */
const BEFORE_ORDINAL = new Set('am im zum zur der die das den dem des ab seit bis vom ihr ihre seine seiner'.split(' '));
/** A sentence this short (the page title, a heading) is shown only when no longer one matches. */
const MIN_WORDS = 4;
const lower = (word: string) => word.toLocaleLowerCase('de');
const normal = (word: string) => lower(word.replace(/[^\p{L}\p{N}]/gu, ''));

/** Does the sentence end after the word at `i`? */
function endsSentence(words: readonly string[], i: number): boolean {
	const word = words[i]!;
	const next = words[i + 1];
	if (next === undefined) return true;
	if (!/[.!?]["“”»)]?$/.test(word) || ABBREVIATIONS.has(lower(word))) return false;
	if (/^\d{1,2}\.$/.test(word) && (MONTHS.has(normal(next)) || BEFORE_ORDINAL.has(lower(words[i - 1] ?? '')))) return false;
	return /^["„“»(]?[\p{Lu}\p{N}]/u.test(next);
}

/** Lexicographic order of scores: is `a` ahead of `b`? */
function ahead(a: readonly number[], b: readonly number[]): boolean {
	const i = a.findIndex((value, k) => value !== b[k]);
	return i >= 0 && a[i]! > b[i]!;
}

/** The query term a matched word belongs to: the one it shares the longest start with (-1 for none). */
function termOf(word: string, terms: readonly string[]): number {
	let best = -1;
	let longest = 0;
	for (const piece of [word, ...word.split(new RegExp(`[${COMPOUND_MARK}-]`))].map(normal)) {
		for (const [index, term] of terms.entries()) {
			let shared = 0;
			while (shared < piece.length && shared < term.length && piece[shared] === term[shared]) shared++;
			if (shared >= Math.min(3, term.length) && shared > longest) [best, longest] = [index, shared];
		}
	}
	return best;
}

/**
 * The sentence of a page's indexed text (Pagefind's `content`) that answers the query best: the one that
 * covers most of the query's terms (`query`; without it, most different matched words), then has the most
 * weight, then comes first; sentences of fewer than four words (the title) only if nothing else matches.
 * At most `maxWords` words around the first match, with "…" where it is cut. Synonyms added by the index
 * build are dropped (a match in them marks the word they follow) and compound marks removed.
 */
export function matchingSentence(content: string, hits: readonly Hit[], query = '', maxWords = 32): Segment[] {
	const raw = content.split(SEPARATOR);
	const terms = query.split(/\s+/).map(normal).filter(Boolean);
	// Visible words only; a hit in added synonyms moves to the term before them (as many words as the opening mark is long).
	const words: string[] = [];
	const owners: number[][] = [];
	let hidden: number[] | undefined;
	for (const [i, word] of raw.entries()) {
		if (!hidden && word.length > 0 && word === SYNONYMS_OPEN.repeat(word.length / SYNONYMS_OPEN.length)) {
			const count = Math.min(word.length / SYNONYMS_OPEN.length, words.length);
			hidden = Array.from({ length: Math.max(1, count) }, (_, k) => Math.max(0, words.length - count + k));
		}
		owners[i] = hidden ?? [words.length];
		if (!hidden) words.push(unmarkCompounds(word));
		if (word === SYNONYMS_CLOSE) hidden = undefined;
	}
	if (words.length === 0) return [];
	const weightAt = new Map<number, number>();
	const keyAt = new Map<number, Set<string>>();
	for (const hit of hits) {
		const matched = raw[hit.location] ?? '';
		const term = terms.length ? termOf(matched, terms) : -1;
		for (const at of owners[hit.location] ?? []) {
			weightAt.set(at, Math.max(weightAt.get(at) ?? 0, hit.weight));
			keyAt.set(at, (keyAt.get(at) ?? new Set()).add(term >= 0 ? `#${term}` : normal(matched)));
		}
	}
	const sentences: [number, number][] = [];
	let start = 0;
	for (let i = 0; i < words.length; i++) {
		if (!endsSentence(words, i)) continue;
		sentences.push([start, i + 1]);
		start = i + 1;
	}
	let best: { range: [number, number]; score: number[] } | undefined;
	for (const range of sentences) {
		const inside = [...keyAt].filter(([at]) => at >= range[0] && at < range[1]);
		if (inside.length === 0) continue;
		const covered = new Set(inside.flatMap(([, keys]) => [...keys])).size;
		const weight = inside.reduce((sum, [at]) => sum + (weightAt.get(at) ?? 0), 0);
		const score = [range[1] - range[0] >= MIN_WORDS ? 1 : 0, covered, weight];
		if (!best || ahead(score, best.score)) best = { range, score };
	}
	const [first, last] = best?.range ?? [0, Math.min(words.length, maxWords)];
	let [from, to] = [first, last];
	if (to - from > maxWords) {
		const firstHit = Math.min(...[...weightAt.keys()].filter((at) => at >= from && at < to));
		from = Math.max(from, Math.min(firstHit - Math.floor(maxWords / 3), to - maxWords));
		to = Math.min(to, from + maxWords);
	}
	const segments: Segment[] = [];
	const push = (text: string, mark = false) => {
		const previous = segments.at(-1);
		const beforeSpace = segments.at(-2);
		// Neighbouring marked words become one mark: "Chief Digital Officer".
		if (mark && previous?.text === ' ' && beforeSpace?.mark) {
			segments.pop();
			beforeSpace.text += ` ${text}`;
		} else if (previous && !previous.mark && !mark) previous.text += text;
		else segments.push(mark ? { text, mark } : { text });
	};
	if (from > first) push('… ');
	for (let i = from; i < to; i++) {
		const word = words[i]!;
		if (i > from) push(' ');
		const core = weightAt.has(i) ? /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) : null;
		if (core?.[2]) {
			if (core[1]) push(core[1]);
			push(core[2], true);
			if (core[3]) push(core[3]);
		} else push(word);
	}
	if (to < last) push(' …');
	return segments;
}
