/**
 * German compounds for the search index. Pagefind matches a query against the start of indexed words, so
 * "Plattform" misses "Datenplattform". Pagefind indexes a word joined by ASCII punctuation both whole and
 * by its parts, so the index build (src/lib/search-index.ts) marks the joints of known compounds in the
 * text handed to Pagefind: "Daten~plattform". The pages readers see and copy stay unchanged; the search
 * page removes the mark from excerpts.
 *
 * Pagefind 1.6.0 does not split at soft hyphens (U+00AD) yet (its main branch does); once a release does,
 * COMPOUND_MARK can become '\u00AD' and `unmarkCompounds` a no-op.
 */
export const COMPOUND_MARK = '~';

/** Word parts (lowercase, ≥ 4 letters) that compounds in the portraits end with or are built from. */
export const COMPOUND_PARTS: readonly string[] = [
	// strategy and organisation
	// Not 'netzwerk': every portrait has a section "Partnernetzwerk", which would then match every "Netz" query.
	'agenda',
	'strategie',
	'konzept',
	'masterplan',
	'programm',
	'projekt',
	'initiative',
	'netz',
	'management',
	'steuerung',
	'entwicklung',
	'förderung',
	'wettbewerb',
	'stelle',
	'gruppe',
	'kreis',
	'büro',
	'zentrum',
	'labor',
	'kommune',
	'region',
	'quartier',
	'stadt',
	'verwaltung',
	'digitalisierung',
	'beteiligung',
	// services and data
	'plattform',
	'portal',
	'service',
	'dienst',
	'leistung',
	'konto',
	'karte',
	'daten',
	'zwilling',
	'sensor',
	'sensorik',
	'anwendung',
	// themes
	'mobilität',
	'verkehr',
	'parken',
	'station',
	'ticket',
	'energie',
	'umwelt',
	'klima',
	'schutz',
	'beleuchtung',
	'bildung',
	'schule',
	'gesundheit',
	'pflege',
	'sicherheit',
	'handel',
	'wirtschaft',
	'marktplatz',
	'infrastruktur',
	'glasfaser',
	'breitband',
	'ausbau',
];

/** Endings a part may carry at the end of a word (Plattformen, Netze, Projekts …). */
const INFLECTIONS = new Set(['', 'e', 'en', 'n', 's', 'es', 'er', 'ern']);
/** Linking elements between two parts (Mobilität·s·plattform, Verwaltung·s·strategie). */
const LINKS = ['', 's', 'es', 'n', 'en'];
/** A break needs at least this many letters in front of it (Geo|daten). */
const MIN_HEAD = 3;
/** Heads that are verb prefixes, not words: no break after them (ver|handeln, fest|stellen). */
const PREFIX_HEADS = new Set(
	'ver ent zer auf aus bei mit vor ein nach über unter miss durch fort weiter her dar hin weg fest frei bereit fertig zurück wieder'.split(' '),
);
/** A head ending in "zu" is an infinitive with zu (bereitzu|stellen), not the first part of a compound. */
const isVerbHead = (head: string) => PREFIX_HEADS.has(head) || head.endsWith('zu');
/** Words that end like a part without being compounds of it. */
const NOT_COMPOUNDS = new Set(['kandidaten', 'soldaten']);

/** Offsets (in the lowercase word) at which a chain of known parts runs to the end of the word. */
function chainStarts(lower: string, parts: readonly string[]): boolean[] {
	const valid = new Array<boolean>(lower.length + 1).fill(false);
	for (let start = lower.length - 1; start >= 0; start--) {
		valid[start] = parts.some((part) => {
			if (!lower.startsWith(part, start)) return false;
			const end = start + part.length;
			if (INFLECTIONS.has(lower.slice(end))) return true;
			return LINKS.some((link) => lower.startsWith(link, end) && end + link.length < lower.length && valid[end + link.length]);
		});
	}
	return valid;
}

/** Splits one word (letters only) before each known part: "Datenplattformen" → ["Daten", "plattformen"]. */
export function splitCompound(word: string, parts: readonly string[] = COMPOUND_PARTS): string[] {
	const lower = word.toLocaleLowerCase('de');
	if (lower.length !== word.length || NOT_COMPOUNDS.has(lower)) return [word];
	const valid = chainStarts(lower, parts);
	const pieces: string[] = [];
	let from = 0;
	for (let at = MIN_HEAD; at < word.length; at++) {
		if (!valid[at] || at - from < MIN_HEAD || isVerbHead(lower.slice(from, at))) continue;
		pieces.push(word.slice(from, at));
		from = at;
	}
	pieces.push(word.slice(from));
	return pieces;
}

/**
 * Marked forms of the words seen so far, per list of parts: a site repeats the same words on every page, and
 * splitting is the costly part of marking (src/lib/search-index.ts marks ~40 MB of HTML on a large site).
 */
const markedWords = new WeakMap<readonly string[], Map<string, string>>();
/** Caps each cache, so that marking an unbounded stream of text cannot grow memory without limit. */
const MAX_CACHED_WORDS = 200_000;

function markedWord(word: string, parts: readonly string[], cache: Map<string, string>): string {
	let marked = cache.get(word);
	if (marked === undefined) {
		marked = splitCompound(word, parts).join(COMPOUND_MARK);
		if (cache.size >= MAX_CACHED_WORDS) cache.clear();
		cache.set(word, marked);
	}
	return marked;
}

/** Marks the joints of every compound in a text (or raw HTML text); entities such as `&amp;` stay as they are. */
export function markCompounds(text: string, parts: readonly string[] = COMPOUND_PARTS): string {
	let cache = markedWords.get(parts);
	if (!cache) markedWords.set(parts, (cache = new Map()));
	const words = cache;
	return text.replace(/&#?\w+;|\p{L}+/gu, (token) => (token.startsWith('&') ? token : markedWord(token, parts, words)));
}

const MARKED = new RegExp(`(\\p{L})${COMPOUND_MARK.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&')}(?=\\p{L})`, 'gu');

/** Removes the marks again, e.g. from a Pagefind excerpt: "<mark>Daten~plattform</mark>" → "<mark>Datenplattform</mark>". */
export function unmarkCompounds(text: string): string {
	return text.replace(MARKED, '$1');
}
