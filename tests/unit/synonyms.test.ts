import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS, addSynonyms, isAbbreviation, termsIn } from '../../src/lib/synonyms';
import { SYNONYMS_CLOSE, SYNONYMS_OPEN } from '../../src/lib/index-marks';

/** What the index build adds after a term of `words` words. */
const added = (...terms: string[]) => addedAfter(1, ...terms);
const addedAfter = (words: number, ...terms: string[]) => ` ${SYNONYMS_OPEN.repeat(words)} ${terms.join(' ')} ${SYNONYMS_CLOSE}`;
/** Every ordered pair of terms of a group: a page with the first finds the second. */
const pairs = SYNONYM_GROUPS.flatMap((group) => group.flatMap((term) => group.filter((other) => other !== term).map((other) => [term, other, group] as const)));

describe('the synonym data file (src/data/search/synonyms.json)', () => {
	it('has groups of at least two different terms, each term in one group only', () => {
		const all = SYNONYM_GROUPS.flat().map((term) => term.toLocaleLowerCase('de'));
		expect(new Set(all).size).toBe(all.length);
		for (const group of SYNONYM_GROUPS) expect(group.length).toBeGreaterThanOrEqual(2);
	});

	it.each(pairs)('a page that says "%s" is found by "%s"', (term, other, group) => {
		const text = `Die Stadt nennt ${term} als Ziel.`;
		const present = termsIn([text]);
		expect(present.has(term)).toBe(true);
		const result = addSynonyms(text, present);
		const missing = group.filter((candidate) => candidate !== term && !present.has(candidate));
		expect(missing).toContain(other);
		expect(result).toBe(`Die Stadt nennt ${term}${addedAfter(term.split(/\s+/).length, ...missing)} als Ziel.`);
	});
});

describe('addSynonyms', () => {
	it('adds nothing where the page has every term of the group', () => {
		const text = 'Der Chief Digital Officer (CDO) der Stadt.';
		expect(addSynonyms(text, termsIn([text]))).toBe(text);
	});

	it('looks at the whole page: a term elsewhere on the page counts as present', () => {
		const texts = ['Der CDO berichtet.', 'Ein Chief Digital Officer leitet.'];
		const present = termsIn(texts);
		expect(texts.map((text) => addSynonyms(text, present))).toEqual(texts);
	});

	it('matches inflected forms, compounds and hyphenated forms of words', () => {
		const text = 'Das Open-Data-Portal, die offenen Daten, der Glasfaserausbau und der Schienennahverkehr.';
		const expected = `Das Open-Data-Portal, die offenen Daten, der Glasfaserausbau${added('Breitband')} und der Schienennahverkehr.${added('ÖPNV')}`;
		expect(addSynonyms(text, termsIn([text]))).toBe(expected);
	});

	it('matches abbreviations only as written, also before a hyphen', () => {
		const text = 'Die OZG-Umsetzung, Ski und Kiel; die KI der Stadt.';
		expect(addSynonyms(text, termsIn([text]))).toBe(
			`Die OZG-Umsetzung,${added('Onlinezugangsgesetz')} Ski und Kiel; die KI${added('künstliche Intelligenz')} der Stadt.`,
		);
		expect(isAbbreviation('IoT')).toBe(true);
		expect(isAbbreviation('E-Government')).toBe(false);
		expect(isAbbreviation('Glasfaser')).toBe(false);
	});
});
