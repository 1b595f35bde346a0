import { stringify } from 'csv-stringify/sync';
import type { CityRecord } from '../records';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns';
import type { ExportContext } from './meta';

/**
 * `staedte.csv`: RFC 4180 (comma, CRLF, quotes where needed), UTF-8 with BOM so that spreadsheets detect the
 * encoding, one header row. Text cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'`
 * (OWASP CSV injection); numeric cells stay numbers and are never prefixed.
 */
export function buildCitiesCsv(records: readonly CityRecord[], context: ExportContext, columns: readonly CsvColumn[] = CSV_COLUMNS): string {
	return stringify(
		records.map((record) => Object.fromEntries(columns.map((column) => [column.id, column.value(record, context)]))),
		{
			bom: true,
			header: true,
			columns: columns.map(({ id, header }) => ({ key: id, header })),
			record_delimiter: 'windows',
			escape_formulas: true,
		},
	);
}
