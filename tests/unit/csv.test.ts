import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildCitiesCsv } from '../../src/lib/exports/csv';
import { CSV_COLUMNS, type CsvColumn } from '../../src/lib/exports/csv-columns';
import { toRecords, type CityRecord } from '../../src/lib/records';
import { citySchema, type CityInput } from '../../src/schemas/city';
import { completeProfile } from '../fixtures/profile';

const context = { siteUrl: 'https://atlas.example', base: '/' };

function records(...changes: ((profile: CityInput) => void)[]): CityRecord[] {
	return toRecords(
		changes.map((change, index) => {
			const profile = structuredClone(completeProfile());
			change(profile);
			return { id: `stadt-${index}`, data: citySchema.parse(profile) };
		}),
	);
}

const parseCsv = (text: string): string[][] => parse(text, { bom: true });

/** What a cell must read back as: numbers as written by String(), empty for null. */
const cell = (value: string | number | null) => (value === null ? '' : String(value));

describe('CSV export', () => {
	const sample = records(
		() => {},
		(p) => ((p.name = 'Neustadt, "an der" Weinstraße'), (p.themes = ['datenplattform', 'verwaltung'])),
		(p) => ((p.atlas2019 = false), delete p.digitalAgenda.status2019, delete p.digitalAgenda.year, delete p.modellprojekt),
	);
	const text = buildCitiesCsv(sample, context);

	it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});

	it('has the documented header and one row per city', () => {
		const [header, ...rows] = parseCsv(text);
		expect(header).toEqual(CSV_COLUMNS.map((column) => column.header));
		expect(rows).toHaveLength(sample.length);
	});

	it('round-trips through csv-parse to the values of the records', () => {
		const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
		rows.forEach((row, index) => {
			for (const column of CSV_COLUMNS) expect(row[column.header], column.header).toBe(cell(column.value(sample[index]!, context)));
		});
		expect(rows.map((row) => row.Stadt)).toContain('Neustadt, "an der" Weinstraße');
		expect(rows.find((row) => row.Stadt?.startsWith('Neustadt'))?.Themen).toBe('Verwaltung; Datenplattform');
	});

	it('keeps numbers numeric and leaves empty cells empty', () => {
		const [row] = parse(text, { bom: true, columns: true, cast: true }) as [Record<string, unknown>];
		expect(row.Breite).toBe(52.51);
		expect(row.Partner).toBe(1);
		const later = (parse(text, { bom: true, columns: true }) as Record<string, string>[]).find((r) => r['Atlas 2019'] === 'nein');
		expect(later?.['Agenda-Status 2019']).toBe('');
		expect(later?.['Modellprojekt-Staffel']).toBe('');
	});

	it.each(['=HYPERLINK("https://evil.example","Klick")', '+49 30 1234', '-1+2', '@SUM(A1)'])(
		'neutralises the formula-like name %j with a leading apostrophe',
		(name) => {
			const [row] = parse(
				buildCitiesCsv(
					records((p) => (p.name = name)),
					context,
				),
				{ bom: true, columns: true },
			) as [Record<string, string>];
			expect(row.Stadt).toBe(`'${name}`);
		},
	);

	it('neutralises text cells starting with tab or CR (names cannot: the schema trims them)', () => {
		const columns: CsvColumn[] = [
			{ id: 'tab', header: 'Tab', description: '', value: () => '\t=1+1' },
			{ id: 'cr', header: 'CR', description: '', value: () => '\r=1+1' },
		];
		expect(
			parseCsv(
				buildCitiesCsv(
					records(() => {}),
					context,
					columns,
				),
			)[1],
		).toEqual(["'\t=1+1", "'\r=1+1"]);
	});

	it('does not prefix numbers, even negative ones, but does prefix text that looks negative', () => {
		const columns: CsvColumn[] = [
			{ id: 'number', header: 'Zahl', description: '', value: () => -3.5 },
			{ id: 'text', header: 'Text', description: '', value: () => '-3.5' },
		];
		expect(
			parseCsv(
				buildCitiesCsv(
					records(() => {}),
					context,
					columns,
				),
			)[1],
		).toEqual(['-3.5', "'-3.5"]);
	});
});
