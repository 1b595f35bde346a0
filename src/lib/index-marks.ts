/**
 * Marks that the index build (src/lib/compound-html.ts) writes into the text handed to Pagefind, and the
 * search page removes from what it shows. No data here: the search page's bundle imports this module.
 */

/** Between the parts of a compound: "Daten~plattform" (src/lib/compounds.ts). */
export const COMPOUND_MARK = '~';
/** Around the synonyms added after a term: "CDO ⟦ Chief Digital Officer ⟧" (src/lib/synonyms.ts). */
export const SYNONYMS_OPEN = '⟦';
export const SYNONYMS_CLOSE = '⟧';

const MARKED = new RegExp(`(\\p{L})${COMPOUND_MARK.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&')}(?=\\p{L})`, 'gu');

/** Removes the compound marks, e.g. from a Pagefind excerpt: "<mark>Daten~plattform</mark>" → "<mark>Datenplattform</mark>". */
export function unmarkCompounds(text: string): string {
	return text.replace(MARKED, '$1');
}
