import { describe, expect, it } from 'vitest';
import { distance, isCloseMatch, nearestWord } from '../../src/components/search/suggest';

describe('nearestWord', () => {
	it('picks the matched word closest to what was typed', () => {
		expect(nearestWord('Glasfasr', 'Glasfas', ['Glasfaser', 'Glasfasernetze,'])).toBe('Glasfaser');
	});

	it('takes the part of a compound that starts with the prefix', () => {
		expect(nearestWord('plattfrom', 'plattf', ['Daten~plattform.', 'Plattformen'])).toBe('Plattform');
	});

	it('has nothing to suggest without candidates', () => {
		expect(nearestWord('xyz', 'xy', ['—'])).toBeUndefined();
	});

	it('measures edit distance without regard to case', () => {
		expect(distance('Daten', 'daten')).toBe(0);
		expect(distance('Datenplatform', 'Datenplattform')).toBe(1);
	});
});

describe('isCloseMatch', () => {
	it.each([
		['Plattform', 'Daten~plattform,'],
		['Plattformen', 'Plattform'],
		['digitaler', 'Digitalen'],
		['Daten', 'Datenplattform'],
		['CDO', '(CDO)'],
	])('"%s" matches "%s"', (query, token) => {
		expect(isCloseMatch(query, token)).toBe(true);
	});

	it.each([
		['Datenplattfrom', 'Daten~plattform'],
		['Datenplattfrom', 'Daten'],
		['Zwillnig', 'z.'],
	])('"%s" does not match "%s"', (query, token) => {
		expect(isCloseMatch(query, token)).toBe(false);
	});
});
