import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildCitiesCsv } from '../../src/lib/exports/csv';
import { CSV_COLUMNS, type CsvColumn } from '../../src/lib/exports/csv-columns';
import { toRecords, type CityRecord } from '../../src/lib/records';
import { citySchema, type CityInput } from '../../src/schemas/city';
import { CITED_SOURCES, citedProfile } from '../fixtures/cited-profile';

const context = { siteUrl: 'https://atlas.example', base: '/' };

function records(...changes: ((profile: CityInput) => void)[]): CityRecord[] {
	return toRecords(
		changes.map((change, index) => {
			const profile = citedProfile();
			change(profile);
			return { id: `stadt-${index}`, data: citySchema.parse(profile) };
		}),
	);
}

const parseCsv = (text: string): string[][] => parse(text, { bom: true });
/** The data row of the CSV of one unchanged profile, with `columns` only. */
const firstRow = (columns: CsvColumn[]) =>
	parseCsv(
		buildCitiesCsv(
			records(() => {}),
			context,
			columns,
		),
	)[1];

/** What a cell must read back as: numbers as written by String(), empty for null. */
const cell = (value: string | number | null) => (value === null ? '' : String(value));

describe('CSV export', () => {
	const sample = records(
		() => {},
		(p) => ((p.name = 'Neustadt, "an der" Weinstraße'), (p.themes = ['datenplattform', 'verwaltung'])),
		(p) => ((p.atlas2019 = false), delete p.digitalAgenda.status2019, delete p.digitalAgenda.refs2019, delete p.digitalAgenda.year, delete p.modellprojekt),
		(p) => ((p.name = 'Partnerstadt'), (p.modellprojekt = { round: 2021, role: 'partner', refs: ['stadt-2024'] })),
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
		expect(later?.['Status der digitalen Agenda 2019']).toBe('');
		expect(later?.['Modellprojekt-Staffel']).toBe('');
		expect(later?.['Status der digitalen Agenda 2019: Quellen']).toBe('');
		expect(later?.['Status der digitalen Agenda 2019: Belegart']).toBe('');
	});

	it('lists the sources of the agenda status as URLs separated by „; “, with their basis', () => {
		const row = (parse(text, { bom: true, columns: true }) as Record<string, string>[]).find((r) => r.Stadt === 'Musterstadt')!;
		const url = (id: string) => CITED_SOURCES.find((source) => source.id === id)!.url;
		expect(row['Status der digitalen Agenda: Quellen']).toBe(`${url('stadt-agenda-2020')}; ${url('stadt-2024')}`);
		expect(row['Status der digitalen Agenda: Belegart']).toBe('belegt');
		expect(row['Status der digitalen Agenda 2019: Quellen']).toBe(url('atlas-portraet'));
	});

	it('does not count a consortium partner as a Modellprojekt but names its round in its own column', () => {
		const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
		const partner = rows.find((r) => r.Stadt === 'Partnerstadt')!;
		expect([partner['Modellprojekt-Staffel'], partner['Modellprojekt-Partner']]).toEqual(['', '2021']);
		const own = rows.find((r) => r.Stadt === 'Musterstadt')!;
		expect([own['Modellprojekt-Staffel'], own['Modellprojekt-Partner']]).toEqual(['2020', '']);
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
		expect(firstRow(columns)).toEqual(["'\t=1+1", "'\r=1+1"]);
	});

	it('does not prefix numbers, even negative ones, but does prefix text that looks negative', () => {
		const columns: CsvColumn[] = [
			{ id: 'number', header: 'Zahl', description: '', value: () => -3.5 },
			{ id: 'text', header: 'Text', description: '', value: () => '-3.5' },
		];
		expect(firstRow(columns)).toEqual(['-3.5', "'-3.5"]);
	});
});
