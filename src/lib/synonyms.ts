import data from '../data/search/synonyms.json' with { type: 'json' };
import { SYNONYMS_CLOSE, SYNONYMS_OPEN } from './index-marks';

/**
 * Synonyms and abbreviations for the search index (the groups: src/data/search/synonyms.json). Pagefind has
 * no synonyms at query time, so the index build (src/lib/compound-html.ts) adds them to the indexed text:
 * where a page uses a term of a group and lacks another, the missing ones follow each occurrence between
 * marks, "CDO ⟦ Chief Digital Officer ⟧", which the search page removes from what it shows. The opening
 * mark is repeated once per word of the term it follows ("Chief Digital Officer ⟦⟦⟦ CDO ⟧"), so that the
 * search page can mark the whole term where a query matched its synonym.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = data.groups;

interface Term {
	term: string;
	pattern: RegExp;
	/** Text every match contains: the abbreviation as written, or the first word in lowercase. A cheap test before the pattern. */
	needle: string;
	abbreviation: boolean;
}
export type Synonyms = readonly (readonly Term[])[];

const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
const count = (text: string, letters: RegExp) => text.match(letters)?.length ?? 0;
/** One word in capitals, perhaps with digits or a few small letters: CDO, ÖPNV, IoT, 5G. */
export const isAbbreviation = (term: string) => !/[\s-]/.test(term) && count(term, /\p{Lu}/gu) >= Math.max(1, count(term, /\p{Ll}/gu));
/** Endings of a word inside a term of several words (offene → offenen). */
const ENDING = '(?:e|em|en|er|es|n|r|s)?';
const START = '(?<![\\p{L}\\p{N}])';

/** The pattern of one term: see the data file's comment for the rules. */
export function termPattern(term: string): RegExp {
	if (isAbbreviation(term)) return new RegExp(`${START}${escape(term)}s?(?![\\p{L}\\p{N}])`, 'gu');
	const words = term.split(/[\s-]+/);
	const head = words.length === 1 && term.length >= 6 ? '\\p{L}*' : '';
	const body = words.map((word, i) => `${escape(word)}${i === words.length - 1 ? '\\p{L}*' : ENDING}`).join('[\\s-]+');
	return new RegExp(`${START}${head}${body}`, 'giu');
}

export function compileSynonyms(groups: readonly (readonly string[])[]): Synonyms {
	return groups.map((group) =>
		group.map((term) => {
			const abbreviation = isAbbreviation(term);
			const needle = abbreviation ? term : term.split(/[\s-]+/)[0]!.toLocaleLowerCase('de');
			return { term, pattern: termPattern(term), needle, abbreviation };
		}),
	);
}

/** Does `text` (with `lower`, its lowercase form) perhaps contain the term? False means certainly not. */
const mayContain = (term: Term, text: string, lower: string) => (term.abbreviation ? text : lower).includes(term.needle);

export const SYNONYMS = compileSynonyms(SYNONYM_GROUPS);

/** The terms of the groups that occur in `texts` (the texts of one page). */
export function termsIn(texts: readonly string[], synonyms: Synonyms = SYNONYMS): Set<string> {
	const present = new Set<string>();
	const text = texts.join('\n');
	const lower = text.toLocaleLowerCase('de');
	for (const term of synonyms.flat()) {
		if (mayContain(term, text, lower) && text.search(term.pattern) >= 0) present.add(term.term);
	}
	return present;
}

/**
 * Adds after each occurrence of a term (after the word it ends in) the terms of its group that are not in
 * `present`: "der CDO der Stadt" → "der CDO ⟦ Chief Digital Officer ⟧ der Stadt".
 */
export function addSynonyms(text: string, present: ReadonlySet<string>, synonyms: Synonyms = SYNONYMS): string {
	const additions = new Map<number, { words: number; terms: string[] }>();
	let lower: string | undefined;
	for (const group of synonyms) {
		if (!group.some((term) => present.has(term.term))) continue;
		const missing = group.filter((term) => !present.has(term.term)).map((term) => term.term);
		if (missing.length === 0) continue;
		for (const term of group) {
			if (!present.has(term.term) || !mayContain(term, text, (lower ??= text.toLocaleLowerCase('de')))) continue;
			for (const match of text.matchAll(term.pattern)) {
				const after = match.index + match[0].length;
				const space = text.slice(after).search(/\s/);
				const at = space < 0 ? text.length : after + space;
				const entry = additions.get(at) ?? { words: 0, terms: [] };
				entry.words = Math.max(entry.words, text.slice(match.index, at).trim().split(/\s+/).length);
				for (const name of missing) if (!entry.terms.includes(name)) entry.terms.push(name);
				additions.set(at, entry);
			}
		}
	}
	if (additions.size === 0) return text;
	let result = '';
	let from = 0;
	for (const at of [...additions.keys()].sort((a, b) => a - b)) {
		const { words, terms } = additions.get(at)!;
		result += `${text.slice(from, at)} ${SYNONYMS_OPEN.repeat(words)} ${terms.join(' ')} ${SYNONYMS_CLOSE}`;
		from = at;
	}
	return result + text.slice(from);
}
