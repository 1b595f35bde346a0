import type { CityData } from '../schemas/city';
import type { Basis } from '../schemas/evidence';
import { cityPath, href } from './paths';

/**
 * The data of /zeitleiste/: dated events of every profile (agenda decisions, Modellprojekt rounds, steering
 * units founded) and the Smart City Index ranks per city. Pure functions of the profiles; each event keeps
 * its sources and, for a derived fact, the note.
 */

export interface TimelineSource {
	title: string;
	url: string;
}

interface Sourced {
	sources: TimelineSource[];
	/** The profile's note for a derived fact (`basis: abgeleitet`). */
	derived?: string;
}

export type TimelineLane = 'agenda' | 'modellprojekt' | 'organisation';

/** One dated event: a city did something in a year. */
export interface TimelineEvent extends Sourced {
	lane: TimelineLane;
	year: number;
	slug: string;
	city: string;
	/** Portrait path with base. */
	path: string;
	/** What happened: the agenda's title, the Modellprojekt's name, the unit's name. */
	label: string;
}

export interface RankPoint extends Sourced {
	year: number;
	rank: number;
	of?: number;
}

export interface RankSeries {
	slug: string;
	city: string;
	path: string;
	/** Oldest first; years without a known rank are missing. */
	points: RankPoint[];
}

interface Entry {
	id: string;
	data: CityData;
}

interface Fact {
	refs?: string[] | undefined;
	basis?: Basis;
	note?: string | undefined;
}

function sourced(city: CityData, fact: Fact): Sourced {
	const sources = (fact.refs ?? []).flatMap((id) => city.sources.filter((source) => source.id === id).map(({ title, url }) => ({ title, url })));
	return { sources, ...(fact.basis === 'abgeleitet' && fact.note && { derived: fact.note }) };
}

const collator = new Intl.Collator('de');
const byYearThenCity = (a: TimelineEvent, b: TimelineEvent) => a.year - b.year || collator.compare(a.city, b.city) || collator.compare(a.label, b.label);

/** Adopted digital agendas by the year of the adopting decision (`status: beschlossen` with `year`). */
export function agendaDecisions(entries: readonly Entry[]): TimelineEvent[] {
	return entries
		.flatMap(({ id, data }) => {
			const agenda = data.digitalAgenda;
			if (agenda.status !== 'beschlossen' || agenda.year === undefined) return [];
			const event: TimelineEvent = {
				lane: 'agenda',
				year: agenda.year,
				slug: id,
				city: data.name,
				path: href(cityPath(id)),
				label: agenda.title ?? '',
				...sourced(data, agenda),
			};
			return [event];
		})
		.sort(byYearThenCity);
}

/** Modellprojekte Smart Cities by funding round: the city's own and those where it is a partner (label says which). */
export function modellprojektRounds(entries: readonly Entry[]): (TimelineEvent & { role: 'traeger' | 'partner' })[] {
	return entries
		.flatMap(({ id, data }) => {
			const project = data.modellprojekt;
			if (!project) return [];
			return [
				{
					lane: 'modellprojekt' as const,
					year: project.round,
					slug: id,
					city: data.name,
					path: href(cityPath(id)),
					label: project.name ?? '',
					role: project.role,
					...sourced(data, project),
				},
			];
		})
		.sort(byYearThenCity);
}

/** Steering units by the year they were founded (`since`); units without a year are not dated. */
export function unitsFounded(entries: readonly Entry[]): TimelineEvent[] {
	return entries
		.flatMap(({ id, data }) =>
			data.organisation.flatMap((unit) =>
				unit.since === undefined
					? []
					: [
							{
								lane: 'organisation' as const,
								year: unit.since,
								slug: id,
								city: data.name,
								path: href(cityPath(id)),
								label: unit.name,
								...sourced(data, unit),
							},
						],
			),
		)
		.sort(byYearThenCity);
}

/** Each city's Smart City Index ranks, for the cities with at least one; sorted by name. */
export function indexRanks(entries: readonly Entry[]): RankSeries[] {
	return entries
		.map(({ id, data }) => ({
			slug: id,
			city: data.name,
			path: href(cityPath(id)),
			points: data.smartCityIndex
				.flatMap((entry) =>
					entry.rank === undefined ? [] : [{ year: entry.year, rank: entry.rank, ...(entry.of !== undefined && { of: entry.of }), ...sourced(data, entry) }],
				)
				.sort((a, b) => a.year - b.year),
		}))
		.filter((series) => series.points.length > 0)
		.sort((a, b) => collator.compare(a.city, b.city));
}

/** Events grouped by year, oldest first. */
export function byYear<E extends { year: number }>(events: readonly E[]): [number, E[]][] {
	const groups = new Map<number, E[]>();
	for (const event of [...events].sort((a, b) => a.year - b.year)) groups.set(event.year, [...(groups.get(event.year) ?? []), event]);
	return [...groups];
}
