import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CityRecord } from './records';
import { agendaLabel } from '../i18n';
import { themeLabel } from '../schemas/themes';
import { absoluteUrl } from './paths';

/** Properties of one city in the GeoJSON export and in the map's marker data. */
export interface CityProperties {
	name: string;
	slug: string;
	url: string;
	state: string;
	status: CityRecord['status'];
	statusLabel: string;
	status2019: CityRecord['status2019'];
	themes: string[];
	themeLabels: string[];
	organisationKinds: string[];
	partnerCount: number;
}

/** One Point per city, RFC 7946 order `[lng, lat]`. `siteUrl` makes the portrait URL absolute. */
export function toFeatureCollection(records: readonly CityRecord[], siteUrl: string, base?: string): FeatureCollection<Point, CityProperties> {
	return {
		type: 'FeatureCollection',
		features: records.map((record): Feature<Point, CityProperties> => ({
			type: 'Feature',
			id: record.slug,
			geometry: { type: 'Point', coordinates: [record.lng, record.lat] },
			properties: {
				name: record.name,
				slug: record.slug,
				url: absoluteUrl(siteUrl, record.path, base),
				state: record.state,
				status: record.status,
				statusLabel: agendaLabel(record.status),
				status2019: record.status2019,
				themes: record.themes,
				themeLabels: record.themes.map(themeLabel),
				organisationKinds: record.organisationKinds,
				partnerCount: record.partnerCount,
			},
		})),
	};
}
