import type { AgendaStatus, CityData, OrganisationKind } from '../schemas/city';
import { stateByName } from '../schemas/states';
import { THEMES, type ThemeId } from '../schemas/themes';
import { cityPath } from './paths';

/** What a page, the map, a figure or an export needs to know about one city. */
export interface CityRecord {
	slug: string;
	/** Site-relative portrait path without base, e.g. `staedte/koeln/`. */
	path: string;
	name: string;
	state: string;
	stateSlug: string;
	lat: number;
	lng: number;
	atlas2019: boolean;
	status: AgendaStatus;
	status2019: AgendaStatus | null;
	agendaTitle: string | null;
	agendaYear: number | null;
	themes: ThemeId[];
	organisationKinds: OrganisationKind[];
	partnerCount: number;
	projectCount: number;
	/** Themes of the city's listed projects, each once. */
	projectThemes: ThemeId[];
	modellprojektRound: number | null;
	updated: string;
}

export interface CityEntry {
	id: string;
	data: CityData;
}

const themeOrder = (id: ThemeId) => THEMES.findIndex((theme) => theme.id === id);

export function toRecord({ id, data }: CityEntry): CityRecord {
	const themes = [...data.themes].sort((a, b) => themeOrder(a) - themeOrder(b));
	const status2019 = data.digitalAgenda.status2019 ?? null;
	return {
		slug: id,
		path: cityPath(id),
		name: data.name,
		state: data.state,
		stateSlug: stateByName(data.state)?.slug ?? '',
		lat: data.coordinates.lat,
		lng: data.coordinates.lng,
		atlas2019: data.atlas2019,
		status: data.digitalAgenda.status,
		status2019,
		agendaTitle: data.digitalAgenda.title ?? null,
		agendaYear: data.digitalAgenda.year ?? null,
		themes,
		organisationKinds: [...new Set(data.organisation.map((unit) => unit.kind))],
		partnerCount: data.partners.length,
		projectCount: data.projects.length,
		projectThemes: [...new Set(data.projects.map((project) => project.theme))],
		modellprojektRound: data.modellprojekt?.round ?? null,
		updated: data.updated,
	};
}

const collator = new Intl.Collator('de');

/** All records, sorted by German city name. */
export function toRecords(entries: readonly CityEntry[]): CityRecord[] {
	return entries.map(toRecord).sort((a, b) => collator.compare(a.name, b.name));
}

export function byState(records: readonly CityRecord[]): Map<string, CityRecord[]> {
	const groups = new Map<string, CityRecord[]>();
	for (const record of [...records].sort((a, b) => collator.compare(a.state, b.state) || collator.compare(a.name, b.name))) {
		groups.set(record.state, [...(groups.get(record.state) ?? []), record]);
	}
	return groups;
}
