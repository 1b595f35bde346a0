import { profileJsonSchema } from '../json-schema';
import { toRecords, type CityEntry } from '../records';
import { citiesJsonSchema } from './cities-schema';
import { buildCitiesCsv } from './csv';
import { buildCitiesGeoJson } from './geojson';
import { buildCitiesJson } from './json';
import type { ExportContext } from './meta';

/** The exact text of each file on /daten/: the endpoints serve it, the /daten/ page states its size. */
const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const EXPORT_FILES = {
	json: (entries: readonly CityEntry[], context: ExportContext) => jsonText(buildCitiesJson(entries, context)),
	geojson: (entries: readonly CityEntry[], context: ExportContext) => jsonText(buildCitiesGeoJson(toRecords(entries), context)),
	csv: (entries: readonly CityEntry[], context: ExportContext) => buildCitiesCsv(toRecords(entries), context),
	citiesSchema: (_entries: readonly CityEntry[], context: ExportContext) => jsonText(citiesJsonSchema(context)),
	profileSchema: (_entries: readonly CityEntry[], context: ExportContext) => jsonText(profileJsonSchema(context)),
} as const;

export type ExportFile = keyof typeof EXPORT_FILES;

const CONTENT_TYPES: Record<ExportFile, string> = {
	json: 'application/json; charset=utf-8',
	geojson: 'application/geo+json; charset=utf-8',
	csv: 'text/csv; charset=utf-8; header=present',
	citiesSchema: 'application/schema+json; charset=utf-8',
	profileSchema: 'application/schema+json; charset=utf-8',
};

/** The media type of `file` without its parameters (`text/csv`), e.g. for the dataset description on /daten/. */
export const mediaType = (file: ExportFile) => CONTENT_TYPES[file].split(';')[0]!;

/** The Response an endpoint returns for `file`. */
export function exportResponse(file: ExportFile, entries: readonly CityEntry[], context: ExportContext): Response {
	return new Response(EXPORT_FILES[file](entries, context), { headers: { 'Content-Type': CONTENT_TYPES[file] } });
}
