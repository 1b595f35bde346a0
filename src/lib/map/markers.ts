import type { AgendaStatus } from '../../schemas/city';
import type { CityRecord } from '../records';

/**
 * The map's marker data (`/karte/staedte.json`): one entry per city, ids only (labels resolve in the browser from
 * `mapStrings`), fetched by the map on /karte/ and the start page instead of being inlined in their HTML, so the
 * pages keep their size whatever the number of profiles.
 */
export interface MarkerCity {
	slug: string;
	name: string;
	/** Bundesland slug (src/schemas/states.ts). */
	state: string;
	/** `[lng, lat]`, rounded to 4 decimals (about 10 m). */
	at: [lng: number, lat: number];
	status: AgendaStatus;
	themes: string[];
	atlas2019: boolean;
}

export interface MarkerFile {
	cities: MarkerCity[];
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** The marker file from the records (src/lib/records.ts), in their order (by German name). */
export function toMarkerFile(records: readonly CityRecord[]): MarkerFile {
	return {
		cities: records.map((record) => ({
			slug: record.slug,
			name: record.name,
			state: record.stateSlug,
			at: [round(record.lng), round(record.lat)],
			status: record.status,
			themes: [...record.themes],
			atlas2019: record.atlas2019,
		})),
	};
}
