import type { CityData, OrganisationKind } from '../schemas/city';
import { citationsElsewhere, type Citation } from './citations';
import { unitDetail } from './facts/fields';
import { cityPath, href } from './paths';

/** One unit that steers (or helps steer) a city's digitalisation, as /steuerung/<kind>/ lists it. */
export interface SteeringUnit {
	slug: string;
	city: string;
	name: string;
	/** „seit 2017, angebunden an: Stadtdirektor“; empty when the profile says no more than the name. */
	detail: string;
	/** Unique on the page: the city and the unit's place in its profile. */
	key: string;
	citations: Citation[];
	/** The profile's note when the unit is derived (`basis: abgeleitet`), else undefined. */
	derivedNote: string | undefined;
}

/** Every unit of `kind` in the profiles, by city and then by name, each cited by its portrait's sources. */
export function steeringUnits(entries: readonly { id: string; data: CityData }[], kind: OrganisationKind): SteeringUnit[] {
	return entries
		.flatMap(({ id, data }) =>
			data.organisation.flatMap((unit, index) => {
				if (unit.kind !== kind) return [];
				const key = `${id}-${index}`;
				return [
					{
						slug: id,
						city: data.name,
						name: unit.name,
						detail: unitDetail(unit, false),
						key,
						citations: citationsElsewhere(href(cityPath(id)), data.sources, unit.refs, `beleg-${key}`),
						derivedNote: unit.basis === 'abgeleitet' ? unit.note : undefined,
					},
				];
			}),
		)
		.sort((a, b) => a.city.localeCompare(b.city, 'de') || a.name.localeCompare(b.name, 'de'));
}
