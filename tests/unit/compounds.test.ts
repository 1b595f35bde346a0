import { describe, expect, it } from 'vitest';
import {
	AFTER_PREFIX_EXAMPLES,
	COMPOUND_EXCEPTIONS,
	COMPOUND_MARK,
	COMPOUND_RULES,
	PART_EXAMPLES,
	PLACE_NAMES,
	compoundRules,
	markCompounds,
	splitCompound,
	unmarkCompounds,
} from '../../src/lib/compounds';
import { splittablePlaceWords } from '../../src/lib/place-words';
import { germanPlaces } from '../../src/lib/scaffold/gazetteer';

const joints = (example: string) => example.split('|').filter(Boolean);
/** The rules without exceptions and place names: what the splitter would do to a word on its own. */
const bare = compoundRules(Object.keys(PART_EXAMPLES), [], Object.keys(AFTER_PREFIX_EXAMPLES));

describe('the compound data file (src/data/search/compounds.json)', () => {
	it.each(Object.entries(PART_EXAMPLES))('part "%s": %s', (part, example) => {
		expect(part).toBe(part.toLocaleLowerCase('de'));
		expect(part.length).toBeGreaterThanOrEqual(3);
		expect(joints(example).some((piece) => piece.toLocaleLowerCase('de').startsWith(part))).toBe(true);
		expect(splitCompound(example.replaceAll('|', ''))).toEqual(joints(example));
	});

	it.each(Object.entries(AFTER_PREFIX_EXAMPLES))('after a verb prefix, "%s": %s', (part, example) => {
		expect(splitCompound(example.replaceAll('|', ''))).toEqual(joints(example));
		// Not in a verb: the prefix stays attached.
		expect(splitCompound(example.replaceAll('|', '').toLocaleLowerCase('de'))).toHaveLength(1);
		expect(PART_EXAMPLES[part]).toBeDefined();
	});

	it.each(COMPOUND_EXCEPTIONS)('exception %s: would be split without the exception, is left whole', (word) => {
		expect(splitCompound(word, bare).length).toBeGreaterThan(1);
		expect(splitCompound(word)).toEqual([word]);
	});
});

describe('splitCompound', () => {
	it.each([
		['Datenplattform', ['Daten', 'plattform']],
		['Datenplattformen', ['Daten', 'plattformen']],
		['Mobilitätsplattform', ['Mobilitäts', 'plattform']],
		['Stadtentwicklungskonzept', ['Stadt', 'entwicklungs', 'konzept']],
		['Weiterbildung', ['Weiter', 'bildung']],
		['Fortbildungen', ['Fort', 'bildungen']],
		['Gesundheitsamt', ['Gesundheits', 'amt']],
		['Bürgermeisteramt', ['Bürgermeister', 'amt']],
		['Glasfasernetzes', ['Glasfaser', 'netzes']],
		['Bildungsnetzwerk', ['Bildungs', 'netzwerk']],
		['Gesamtkonzept', ['Gesamt', 'konzept']],
	])('%s → %j', (word, parts) => {
		expect(splitCompound(word)).toEqual(parts);
	});

	it.each([
		'Plattform',
		'Daten',
		'Darmstadt',
		'Darmstadts',
		'Ingolstadt',
		'Mandaten',
		'insgesamt',
		'verhandeln',
		'Oberbürgermeister',
		'Internetzugang',
		'Partnernetzwerk',
		'Stadtwerke',
		'festzustellen',
		'bereitzustellen',
		'feststellen',
		'weiterbilden',
		'Agenda',
		'Netz',
		'samt',
	])('leaves %s whole', (word) => {
		expect(splitCompound(word)).toEqual([word]);
	});

	it('needs at least three letters before a joint', () => {
		expect(splitCompound('Ubnetz', compoundRules(['netz']))).toEqual(['Ubnetz']);
		expect(splitCompound('Funknetz', compoundRules(['netz']))).toEqual(['Funk', 'netz']);
	});
});

describe('place names (src/data/search/place-names.json)', () => {
	it('lists every word of a German place name that the splitter would split', () => {
		expect(PLACE_NAMES).toEqual(splittablePlaceWords(germanPlaces().map((place) => place.name)));
	});

	it.each(PLACE_NAMES)('never splits %s', (name) => {
		expect(splitCompound(name)).toEqual([name]);
		expect(COMPOUND_RULES.exceptions.has(name.toLocaleLowerCase('de'))).toBe(true);
	});
});

describe('markCompounds and unmarkCompounds', () => {
	it('marks every compound of a text and nothing else', () => {
		const text = 'Die Datenplattform und die Mobilitätsplattform der Stadt Darmstadt – eine Plattform.';
		const marked = markCompounds(text);
		expect(marked).toBe(`Die Daten${COMPOUND_MARK}plattform und die Mobilitäts${COMPOUND_MARK}plattform der Stadt Darmstadt – eine Plattform.`);
		expect(unmarkCompounds(marked)).toBe(text);
	});

	it('leaves HTML entities alone', () => {
		expect(markCompounds('Energie &amp; Umwelt, Daten&shy;netz')).toBe('Energie &amp; Umwelt, Daten&shy;netz');
	});

	it('removes marks inside a Pagefind excerpt', () => {
		expect(unmarkCompounds(`die <mark>Daten${COMPOUND_MARK}plattform</mark> &amp; mehr`)).toBe('die <mark>Datenplattform</mark> &amp; mehr');
	});
});
