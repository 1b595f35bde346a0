import { AGENDA_STATUSES, ORGANISATION_KINDS, type AgendaStatus, type OrganisationKind } from '../schemas/city';
import { organisationLabel } from '../i18n';
import { STATES } from '../schemas/states';
import { THEMES, type ThemeId } from '../schemas/themes';
import type { CityRecord } from './records';
import { lastChange, type History } from './history/git-log';
import { profileHistory } from './history/read';

/** One bar of a chart or one row of a figures table. */
export interface Count {
	key: string;
	label: string;
	value: number;
}

/**
 * Cities per theme, in the order of the ten themes: the one count behind charts, key figures, the theme
 * overview, the search facets and /ueber/. `field` counts the cities' own themes or their projects' themes.
 */
export function countByTheme(records: readonly CityRecord[], field: 'themes' | 'projectThemes' = 'themes'): Count[] {
	return THEMES.map((theme) => ({
		key: theme.id,
		label: theme.label,
		value: records.filter((record) => record[field].includes(theme.id as ThemeId)).length,
	}));
}

/** The values of counts by key, e.g. `byKey(countByTheme(records))['mobilitaet']`. */
export function byKey(counts: readonly Count[]): Record<string, number> {
	return Object.fromEntries(counts.map((count) => [count.key, count.value]));
}

/** Cities per kind of steering unit, in the order of the profile format: a city counts once per kind it has. */
export function countByOrganisation(records: readonly CityRecord[]): (Count & { key: OrganisationKind })[] {
	return ORGANISATION_KINDS.map((kind) => ({
		key: kind,
		label: organisationLabel(kind),
		value: records.filter((record) => record.organisationKinds.includes(kind)).length,
	}));
}

export function countByState(records: readonly CityRecord[]): Count[] {
	return STATES.map((state) => ({ key: state.slug, label: state.name, value: records.filter((record) => record.state === state.name).length }));
}

export function countByStatus(records: readonly CityRecord[], field: 'status' | 'status2019'): Record<AgendaStatus, number> {
	const counts = Object.fromEntries(AGENDA_STATUSES.map((status) => [status, 0])) as Record<AgendaStatus, number>;
	for (const record of records) {
		const status = record[field];
		if (status) counts[status] += 1;
	}
	return counts;
}

/**
 * The key figures of the start page, computed from the profiles. 2019 figures count the atlas cities only
 * (they stay at 50 whatever is added later); "today" counts every profile. A Modellprojekt counts only
 * where the city holds it, not where it is a consortium partner.
 */
export function keyFigures(records: readonly CityRecord[]) {
	const atlas = records.filter((record) => record.atlas2019);
	return {
		cities: records.length,
		atlasCities: atlas.length,
		states: new Set(records.map((record) => record.state)).size,
		now: countByStatus(records, 'status'),
		in2019: countByStatus(atlas, 'status2019'),
		modellprojekte: atlas.filter((record) => record.modellprojektRound !== null).length,
		topThemes: [...countByTheme(records)].sort((a, b) => b.value - a.value).slice(0, 3),
	};
}

export function sortDesc(counts: readonly Count[]): Count[] {
	return [...counts].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'de'));
}

/**
 * The most recently changed profiles: by the time of their last content commit (git), newest first, then by
 * name. Each record's `updated` becomes that commit's day, the portrait's "Stand"; without a history (shallow
 * clone, no git) the profiles' own `updated` dates decide.
 */
export function recentlyUpdated(records: readonly CityRecord[], limit: number, history: History = profileHistory()): CityRecord[] {
	return records
		.map((record) => ({ record, change: lastChange(history, record.slug, record.updated) }))
		.sort((a, b) => b.change.time - a.change.time || a.record.name.localeCompare(b.record.name, 'de'))
		.slice(0, limit)
		.map(({ record, change }) => ({ ...record, updated: change.day }));
}
