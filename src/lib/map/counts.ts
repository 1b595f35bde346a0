import { AGENDA_STATUSES, type AgendaStatus } from '../../schemas/city';
import { STATES, type State } from '../../schemas/states';
import { THEMES, type ThemeId } from '../../schemas/themes';
import type { CityRecord } from '../records';

/**
 * What the map's filters and legend offer, each value with its number of cities: statuses and themes only where
 * they occur; all 16 Länder (the filter disables those without a city), so the page keeps its size.
 */
export interface MapCounts {
	total: number;
	statuses: { status: AgendaStatus; count: number }[];
	themes: { id: ThemeId; label: string; count: number }[];
	states: { state: State; count: number }[];
	atlas: { '2019': number; neu: number };
}

export function mapCounts(records: readonly CityRecord[]): MapCounts {
	const count = (test: (record: CityRecord) => boolean) => records.filter(test).length;
	return {
		total: records.length,
		statuses: AGENDA_STATUSES.map((status) => ({ status, count: count((record) => record.status === status) })).filter((entry) => entry.count > 0),
		themes: THEMES.map((theme) => ({ id: theme.id, label: theme.label, count: count((record) => record.themes.includes(theme.id)) })).filter(
			(entry) => entry.count > 0,
		),
		states: STATES.map((state) => ({ state, count: count((record) => record.stateSlug === state.slug) })),
		atlas: { '2019': count((record) => record.atlas2019), neu: count((record) => !record.atlas2019) },
	};
}
