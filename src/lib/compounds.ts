import data from '../data/search/compounds.json' with { type: 'json' };
import placeNames from '../data/search/place-names.json' with { type: 'json' };
import { COMPOUND_MARK } from './index-marks';

export { COMPOUND_MARK, unmarkCompounds } from './index-marks';

/**
 * German compounds for the search index. Pagefind matches a query against the start of indexed words, so
 * "Plattform" misses "Datenplattform". Pagefind indexes a word joined by ASCII punctuation both whole and
 * by its parts, so the index build (src/lib/compound-html.ts) marks the joints of known compounds in the
 * text handed to Pagefind: "Daten~plattform". The pages readers see and copy stay unchanged; the search
 * page removes the mark from excerpts.
 *
 * COMPOUND_MARK and unmarkCompounds live in src/lib/index-marks.ts, which the search page imports without the data.
 * The word parts, the parts that may follow a verb prefix and the exceptions are data
 * (src/data/search/compounds.json), place names of the gazetteer are never split (place-names.json).
 *
 * Pagefind 1.6.0 keeps a soft hyphen (U+00AD) inside the indexed word instead of splitting there
 * (Pagefind/pagefind#738 is open); once a release splits at it, COMPOUND_MARK can become '\u00AD', emitted
 * at render time, and this index-time marking can go.
 */
export interface CompoundRules {
	/** Lowercase word parts that compounds end with or are built from. */
	parts: readonly string[];
	/** Parts that may follow a verb prefix in a capitalised noun (Weiter|bildung, but not ver|handeln). */
	afterPrefix: ReadonlySet<string>;
	/** Lowercase words (and their inflected forms) that are never split: exceptions and place names. */
	exceptions: ReadonlySet<string>;
}

const lower = (word: string) => word.toLocaleLowerCase('de');

/** Rules from lists of parts and exceptions (the data files by default). */
export function compoundRules(parts: readonly string[], exceptions: readonly string[] = [], afterPrefix: readonly string[] = []): CompoundRules {
	return { parts: [...new Set(parts.map(lower))], afterPrefix: new Set(afterPrefix.map(lower)), exceptions: new Set(exceptions.map(lower)) };
}

/** The parts of the data file, each with its example compound (`Daten|plattform`). */
export const PART_EXAMPLES: Readonly<Record<string, string>> = data.parts;
export const AFTER_PREFIX_EXAMPLES: Readonly<Record<string, string>> = data.afterPrefix;
export const COMPOUND_EXCEPTIONS: readonly string[] = data.exceptions;
export const PLACE_NAMES: readonly string[] = placeNames.names;

/** The rules the site indexes with. */
export const COMPOUND_RULES = compoundRules(Object.keys(data.parts), [...data.exceptions, ...placeNames.names], Object.keys(data.afterPrefix));

/** Endings a part may carry at the end of a word (Plattformen, Netze, Projekts …). */
const INFLECTIONS = ['', 'e', 'en', 'n', 's', 'es', 'er', 'ern'];
/** Linking elements between two parts (Mobilität·s·plattform, Verwaltung·s·strategie). */
const LINKS = ['', 's', 'es', 'n', 'en'];
/** A head that is not a known part needs at least this many letters (Geo|daten). */
const MIN_HEAD = 3;
const PREFIX_HEADS = new Set(data.prefixHeads);

/**
 * Heads that are verb prefixes, not words: no joint after them (ver|handeln, fest|stellen), except before
 * a part of `afterPrefix` in a capitalised word (Weiter|bildung). A head ending in "zu" is an infinitive
 * with zu (bereitzu|stellen), not the first part of a compound.
 */
function blockedHead(head: string, firstPart: string, capitalised: boolean, rules: CompoundRules): boolean {
	if (head.endsWith('zu')) return true;
	return PREFIX_HEADS.has(head) && !(capitalised && rules.afterPrefix.has(firstPart));
}

/** The word or the word without an inflection ending is an exception. */
const isException = (word: string, rules: CompoundRules) =>
	INFLECTIONS.some((ending) => word.endsWith(ending) && rules.exceptions.has(word.slice(0, word.length - ending.length)));

interface Chain {
	/** Start offsets of the pieces after the first. */
	joints: number[];
	/** The part that starts the chain. */
	first: string;
}

/**
 * For each offset, the chain of known parts (with linking elements, and an ending at the end) that covers
 * the rest of the word with the fewest pieces, or undefined.
 */
function chains(word: string, parts: readonly string[]): (Chain | undefined)[] {
	const best = new Array<Chain | undefined>(word.length + 1).fill(undefined);
	for (let start = word.length - 1; start >= 0; start--) {
		for (const part of parts) {
			if (!word.startsWith(part, start)) continue;
			const end = start + part.length;
			let candidate: Chain | undefined;
			if (INFLECTIONS.includes(word.slice(end))) candidate = { joints: [], first: part };
			else {
				for (const link of LINKS) {
					const next = end + link.length;
					const rest = next < word.length && word.startsWith(link, end) ? best[next] : undefined;
					if (rest && (!candidate || rest.joints.length + 1 < candidate.joints.length)) candidate = { joints: [next, ...rest.joints], first: part };
				}
			}
			const current = best[start];
			if (candidate && (!current || candidate.joints.length < current.joints.length)) best[start] = candidate;
		}
	}
	return best;
}

/**
 * Splits one word (letters only) before each known part: "Datenplattformen" → ["Daten", "plattformen"].
 * Of the ways to read the word as an unknown head (none, or at least three letters) and a chain of known
 * parts, the one with the shortest head wins (Gesamt|konzept, not Ges|amt|konzept).
 */
export function splitCompound(word: string, rules: CompoundRules = COMPOUND_RULES): string[] {
	const low = lower(word);
	if (low.length !== word.length || isException(low, rules)) return [word];
	const best = chains(low, rules.parts);
	const capitalised = word[0] !== low[0];
	for (let head = 0; head < word.length; head++) {
		const chain = best[head];
		if (!chain || (head > 0 && (head < MIN_HEAD || blockedHead(low.slice(0, head), chain.first, capitalised, rules)))) continue;
		const joints = head > 0 ? [head, ...chain.joints] : chain.joints;
		const edges = [0, ...joints, word.length];
		return edges.slice(1).map((end, i) => word.slice(edges[i], end));
	}
	return [word];
}

/**
 * Marked forms of the words seen so far, per set of rules: a site repeats the same words on every page, and
 * splitting is the costly part of marking (the index build marks ~40 MB of HTML on a large site).
 */
const markedWords = new WeakMap<CompoundRules, Map<string, string>>();
/** Caps each cache, so that marking an unbounded stream of text cannot grow memory without limit. */
const MAX_CACHED_WORDS = 200_000;

function markedWord(word: string, rules: CompoundRules, cache: Map<string, string>): string {
	let marked = cache.get(word);
	if (marked === undefined) {
		marked = splitCompound(word, rules).join(COMPOUND_MARK);
		if (cache.size >= MAX_CACHED_WORDS) cache.clear();
		cache.set(word, marked);
	}
	return marked;
}

/** Marks the joints of every compound in a text (or raw HTML text); entities such as `&amp;` stay as they are. */
export function markCompounds(text: string, rules: CompoundRules = COMPOUND_RULES): string {
	let cache = markedWords.get(rules);
	if (!cache) markedWords.set(rules, (cache = new Map()));
	const words = cache;
	return text.replace(/&#?\w+;|\p{L}+/gu, (token) => (token.startsWith('&') ? token : markedWord(token, rules, words)));
}
