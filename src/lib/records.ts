import type { AgendaStatus, CityData, ModellprojektRole, OrganisationKind } from '../schemas/city';
import type { Basis } from '../schemas/evidence';
import { stateByName } from '../schemas/states';
import { THEMES, type ThemeId } from '../schemas/themes';
import { resolveRefs, sourceUrls } from './exports/evidence';
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
	/** Year of the adopting decision, or the start of work while the agenda is in Erarbeitung. */
	agendaYear: number | null;
	/** Inhabitants (`population.value`); null where the profile gives none. */
	population: number | null;
	/** The newest Smart City Index result with an overall rank: rank, number of cities ranked, year. */
	indexRank: number | null;
	indexRankOf: number | null;
	indexYear: number | null;
	/** URLs of the sources of the current agenda status (with title and year), in the profile's order; empty where it cites none. */
	agendaSources: string[];
	agendaBasis: Basis;
	/** URLs of the sources of the 2019 status; empty where it cites none. */
	agenda2019Sources: string[];
	/** How the 2019 status stands to its sources; null without a 2019 status. */
	agenda2019Basis: Basis | null;
	themes: ThemeId[];
	organisationKinds: OrganisationKind[];
	partnerCount: number;
	projectCount: number;
	/** Themes of the city's listed projects, each once. */
	projectThemes: ThemeId[];
	/** Round of the city's own Modellprojekt Smart Cities (`role: traeger`); null when it has none or is only a partner. */
	modellprojektRound: number | null;
	/** The city's role in a Modellprojekt Smart Cities; null when the profile names none. */
	modellprojektRole: ModellprojektRole | null;
	/** Round of a Modellprojekt in which the city is only a consortium partner (`role: partner`); null otherwise. */
	modellprojektPartnerRound: number | null;
	updated: string;
}

export interface CityEntry {
	id: string;
	data: CityData;
}

const themeOrder = (id: ThemeId) => THEMES.findIndex((theme) => theme.id === id);

/** The newest Smart City Index entry that has an overall rank. */
function newestRanked(data: CityData) {
	return [...data.smartCityIndex].filter((entry) => entry.rank !== undefined).sort((a, b) => b.year - a.year)[0];
}

export function toRecord({ id, data }: CityEntry): CityRecord {
	const ranked = newestRanked(data);
	const themes = [...data.themes].sort((a, b) => themeOrder(a) - themeOrder(b));
	const agenda = data.digitalAgenda;
	const status2019 = agenda.status2019 ?? null;
	const urls = sourceUrls(data.sources);
	const modellprojekt = data.modellprojekt;
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
		population: data.population?.value ?? null,
		indexRank: ranked?.rank ?? null,
		indexRankOf: ranked?.of ?? null,
		indexYear: ranked?.year ?? null,
		agendaSources: resolveRefs(agenda.refs ?? [], urls),
		agendaBasis: agenda.basis,
		agenda2019Sources: resolveRefs(agenda.refs2019 ?? [], urls),
		agenda2019Basis: status2019 ? agenda.basis2019 : null,
		themes,
		organisationKinds: [...new Set(data.organisation.map((unit) => unit.kind))],
		partnerCount: data.partners.length,
		projectCount: data.projects.length,
		projectThemes: [...new Set(data.projects.map((project) => project.theme))],
		modellprojektRound: modellprojekt?.role === 'traeger' ? modellprojekt.round : null,
		modellprojektRole: modellprojekt?.role ?? null,
		modellprojektPartnerRound: modellprojekt?.role === 'partner' ? modellprojekt.round : null,
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
