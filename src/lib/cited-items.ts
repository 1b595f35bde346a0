import type { CityData, OrganisationKind } from '../schemas/city';
import type { ThemeId } from '../schemas/themes';
import type { Basis } from '../schemas/evidence';
import { citationsElsewhere, type Citation } from './citations';
import { unitDetail } from './facts/fields';
import { cityPath, href } from './paths';

/** One fact of a portrait listed on another page (a project on a theme page, a unit on a steering page), cited by the portrait's sources. */
export interface CitedItem {
	slug: string;
	city: string;
	name: string;
	/** What follows the name: a project's summary, a unit's years and attachment; empty when there is nothing. */
	detail: string;
	/** Unique on the page: the city and the item's place in its profile's list. */
	key: string;
	citations: Citation[];
	/** The profile's note when the item is derived (`basis: abgeleitet`), else undefined. */
	derivedNote: string | undefined;
}

type Entry = { id: string; data: CityData };
type Item = { name: string; refs: readonly string[]; basis: Basis; note?: string | undefined };

/** The items of one list of every profile that `keep` selects, by city and then by name. */
function citedItems<T extends Item>(
	entries: readonly Entry[],
	list: (data: CityData) => readonly T[],
	keep: (item: T) => boolean,
	detail: (item: T) => string,
): CitedItem[] {
	return entries
		.flatMap(({ id, data }) =>
			list(data).flatMap((item, index) => {
				if (!keep(item)) return [];
				const key = `${id}-${index}`;
				return [
					{
						slug: id,
						city: data.name,
						name: item.name,
						detail: detail(item),
						key,
						citations: citationsElsewhere(href(cityPath(id)), data.sources, item.refs, `beleg-${key}`),
						derivedNote: item.basis === 'abgeleitet' ? item.note : undefined,
					},
				];
			}),
		)
		.sort((a, b) => a.city.localeCompare(b.city, 'de') || a.name.localeCompare(b.name, 'de'));
}

/** Every project of a theme (/themen/<id>/), with its summary. */
export const themeProjects = (entries: readonly Entry[], theme: ThemeId): CitedItem[] =>
	citedItems(
		entries,
		(data) => data.projects,
		(project) => project.theme === theme,
		(project) => project.summary,
	);

/** Every unit of a kind that steers (or helps steer) a city's digitalisation (/steuerung/<kind>/), with its years and attachment. */
export const steeringUnits = (entries: readonly Entry[], kind: OrganisationKind): CitedItem[] =>
	citedItems(
		entries,
		(data) => data.organisation,
		(unit) => unit.kind === kind,
		(unit) => unitDetail(unit, false),
	);
