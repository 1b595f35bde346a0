import { slugify } from '../lib/slug';

/** The 16 German Länder, in alphabetical order, with their URL slugs (`/bundeslaender/<slug>/`). */
export const STATE_NAMES = [
	'Baden-Württemberg',
	'Bayern',
	'Berlin',
	'Brandenburg',
	'Bremen',
	'Hamburg',
	'Hessen',
	'Mecklenburg-Vorpommern',
	'Niedersachsen',
	'Nordrhein-Westfalen',
	'Rheinland-Pfalz',
	'Saarland',
	'Sachsen',
	'Sachsen-Anhalt',
	'Schleswig-Holstein',
	'Thüringen',
] as const;

export type StateName = (typeof STATE_NAMES)[number];

export interface State {
	name: StateName;
	slug: string;
}

export const STATES: readonly State[] = STATE_NAMES.map((name) => ({ name, slug: slugify(name) }));

export function stateBySlug(slug: string): State | undefined {
	return STATES.find((state) => state.slug === slug);
}

export function stateByName(name: string): State | undefined {
	return STATES.find((state) => state.name === name);
}
