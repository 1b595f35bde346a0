import { compoundRules, COMPOUND_EXCEPTIONS, PART_EXAMPLES, AFTER_PREFIX_EXAMPLES, splitCompound } from './compounds';

/**
 * The words of place names that the compound splitter would split (Darm|stadt, Ingol|stadt): the
 * exceptions in src/data/search/place-names.json, so that no place name is ever split in the index.
 * `npx tsx scripts/search-place-names.ts` writes the file from the gazetteer; a unit test keeps it current.
 */
export function splittablePlaceWords(names: Iterable<string>): string[] {
	const rules = compoundRules(Object.keys(PART_EXAMPLES), COMPOUND_EXCEPTIONS, Object.keys(AFTER_PREFIX_EXAMPLES));
	const words = new Set<string>();
	for (const name of names) {
		for (const word of name.match(/\p{L}+/gu) ?? []) {
			if (splitCompound(word, rules).length > 1) words.add(word);
		}
	}
	return [...words].sort((a, b) => a.localeCompare(b, 'de'));
}
