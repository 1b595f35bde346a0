import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaLabel, listLabel, organisationLabel, partnerLabel, t } from '../../src/i18n';
import { compareStrings, de, filterStrings, mapStrings, searchStrings } from '../../src/i18n/de';
import { translator } from '../../src/i18n/translator';
import { countWord } from '../../src/lib/format';
import { AGENDA_STATUSES, LIST_FIELDS, ORGANISATION_KINDS, PARTNER_KINDS } from '../../src/schemas/city';

describe('t()', () => {
	it('looks up texts and calls entries with parameters', () => {
		expect(t('nav.home')).toBe('Start');
		expect(t('cityCount', 1)).toBe('1 Stadt');
		expect(t('cityCount', 50)).toBe('50 Städte');
		expect(t('map.count', 3, 50)).toBe('3 von 50 Städten werden angezeigt.');
		expect(t('rank', 4)).toBe('Rang 4');
		expect(t('rank', 4, 81)).toBe('Rang 4 von 81');
	});

	it('resolves a label for every id a profile can carry', () => {
		expect(AGENDA_STATUSES.map(agendaLabel)).toEqual(['beschlossen', 'in Erarbeitung', 'keine', 'nicht bekannt']);
		expect(ORGANISATION_KINDS.map(organisationLabel)).not.toContain(undefined);
		expect(PARTNER_KINDS.map(partnerLabel)).not.toContain(undefined);
		expect(LIST_FIELDS.map(listLabel)).toEqual(['Partnernetzwerk', 'Projekte', 'Themen']);
	});

	it('writes counts from two to twelve as words in running text, others as digits', () => {
		expect([2, 10, 12, 13, 1, 2061].map(countWord)).toEqual(['zwei', 'zehn', 'zwölf', '13', '1', '2.061']);
		expect(t('themes.intro', countWord(10))).toContain('Städte zehn Themen zu');
	});

	it('has no text that nothing shows: every key, or the prefix a key is built from, appears in src/', async () => {
		const root = resolve(import.meta.dirname, '../../src');
		const files = (await readdir(root, { recursive: true })).filter((file) => /\.(ts|astro)$/.test(file) && file !== join('i18n', 'de.ts'));
		const code = (await Promise.all(files.map((file) => readFile(join(root, file), 'utf8')))).join('\n');
		// Keys built at run time: `agenda.status.${status}`, or a prefix as a string ('country.').
		const prefixes = [...code.matchAll(/[`'"]([\w.]+\.)(?:\$\{|['"])/g)].map((match) => match[1]!);
		const unused = Object.keys(de).filter(
			(key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !prefixes.some((prefix) => key.startsWith(prefix)),
		);
		expect(unused).toEqual([]);
	});

	it('has no empty text', () => {
		const empty = Object.entries(de).filter(([, entry]) => typeof entry === 'string' && entry.trim() === '');
		expect(empty).toEqual([]);
	});
});

describe('the parts the browser scripts import', () => {
	it('are part of the one dictionary and give the same texts', () => {
		for (const part of [mapStrings, searchStrings, filterStrings, compareStrings]) {
			for (const [key, entry] of Object.entries(part)) expect(de[key as keyof typeof de], key).toBe(entry);
		}
		expect(translator(searchStrings)('search.count', 2)).toBe(t('search.count', 2));
	});
});
