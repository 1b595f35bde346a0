import { AGENDA_STATUSES, ORGANISATION_KINDS } from '../../schemas/city';
import { toFeatureCollection, type CityProperties } from '../geojson';
import type { CityRecord } from '../records';
import { exportMeta, type ExportContext } from './meta';

/**
 * `staedte.geojson`: the map's FeatureCollection (RFC 7946, `[lng, lat]` in WGS 84) plus foreign members
 * with title, licence and attribution; GDAL/QGIS take `name` as the layer name and ignore the rest.
 * RFC 7946 §7.1 forbids the foreign members `coordinates`, `geometries`, `geometry` and `properties` here.
 */
export function buildCitiesGeoJson(records: readonly CityRecord[], context: ExportContext) {
	const { title, ...meta } = exportMeta(records, context);
	const { type, features } = toFeatureCollection(records, context.siteUrl, context.base);
	return { type, name: title, ...meta, features };
}

/** What each property of a feature holds (documented on /daten/; the test checks it is complete). */
export const GEOJSON_PROPERTIES: Record<keyof CityProperties, string> = {
	name: 'Name der Stadt',
	slug: 'Kennung der Stadt (wie in CSV und JSON)',
	url: 'Adresse des Porträts',
	state: 'Bundesland',
	status: `heutiger Status der digitalen Agenda: ${AGENDA_STATUSES.join(', ')}`,
	statusLabel: 'Name des heutigen Status der digitalen Agenda',
	status2019: 'Status der digitalen Agenda im Atlas 2019 (gleiche Werte) oder null',
	themes: 'Kennungen der Themen (Liste)',
	themeLabels: 'Namen der Themen (Liste)',
	organisationKinds: `Art der steuernden Stellen (Liste): ${ORGANISATION_KINDS.join(', ')}`,
	partnerCount: 'Anzahl der genannten Partner',
};
