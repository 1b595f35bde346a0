import { SYNONYMS_CLOSE, SYNONYMS_OPEN, unmarkCompounds } from '../../lib/index-marks';

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
const ABBREVIATIONS = new Set('prof. dr. mio. mrd. z. b. bzw. ca. nr. st. str. u. a. o. ä. v. d. h. i. e. s. vgl. inkl. ggf. evtl. usw. etc. jh. abs. mind. max. tel. gem. hrsg.'.split(' '));
const normal = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '').toLocaleLowerCase('de');

/** Does the sentence end after `word` (followed by `next`)? */
function endsSentence(word: string, next: string | undefined): boolean {
	if (!/[.!?]["“”»)]?$/.test(word) || next === undefined) return next === undefined;
	if (ABBREVIATIONS.has(word.toLocaleLowerCase('de')) || /^\d{1,2}\.$/.test(word)) return false;
	return /^["„“»(]?[\p{Lu}\p{N}]/u.test(next);
}

/**
 * The sentence of a page's indexed text (Pagefind's `content`) that answers the query best: the one with
 * the most different matched words, then the most weight, then the first. At most `maxWords` words around
 * the first match, with "…" where it is cut. Synonyms added by the index build are dropped (a match in them
 * marks the word they follow) and compound marks removed.
 */
export function matchingSentence(content: string, hits: readonly Hit[], maxWords = 32): Segment[] {
	const raw = content.split(SEPARATOR);
	// Visible words only; a hit in added synonyms moves to the word before them.
	const words: string[] = [];
	const owner: number[] = [];
	let hidden = false;
	for (const [i, word] of raw.entries()) {
		if (word === SYNONYMS_OPEN) hidden = true;
		owner[i] = Math.max(0, hidden ? words.length - 1 : words.length);
		if (!hidden) words.push(unmarkCompounds(word));
		if (word === SYNONYMS_CLOSE) hidden = false;
	}
	if (words.length === 0) return [];
	const weightAt = new Map<number, number>();
	for (const hit of hits) {
		const at = owner[hit.location];
		if (at !== undefined) weightAt.set(at, Math.max(weightAt.get(at) ?? 0, hit.weight));
	}
	// Sentences as [start, end) word ranges.
	const sentences: [number, number][] = [];
	let start = 0;
	for (const [i, word] of words.entries()) {
		if (endsSentence(word, words[i + 1])) {
			sentences.push([start, i + 1]);
			start = i + 1;
		}
	}
	let best: { range: [number, number]; distinct: number; weight: number } | undefined;
	for (const range of sentences) {
		const matched = [...weightAt].filter(([at]) => at >= range[0] && at < range[1]);
		const distinct = new Set(matched.map(([at]) => normal(words[at]!))).size;
		const weight = matched.reduce((sum, [, w]) => sum + w, 0);
		if (distinct > 0 && (!best || distinct > best.distinct || (distinct === best.distinct && weight > best.weight))) best = { range, distinct, weight };
	}
	let [from, to] = best?.range ?? [0, Math.min(words.length, maxWords)];
	if (to - from > maxWords) {
		const first = Math.min(...[...weightAt.keys()].filter((at) => at >= from && at < to));
		from = Math.max(from, Math.min(first - Math.floor(maxWords / 3), to - maxWords));
		to = Math.min(to, from + maxWords);
	}
	const segments: Segment[] = [];
	const push = (text: string, mark = false) => {
		const last = segments.at(-1);
		if (last && !last.mark && !mark) last.text += text;
		else segments.push(mark ? { text, mark } : { text });
	};
	if (from > (best?.range[0] ?? 0)) push('… ');
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
	if (to < (best?.range[1] ?? words.length)) push(' …');
	return segments;
}
