import { stringify } from 'yaml';
import { slugify } from '../../src/lib/slug';
import type { CityInput } from '../../src/schemas/city';
import type { ThemeId } from '../../src/schemas/themes';
import { profileBody } from './profile-body';
import { profileFacts } from './profile-facts';
import type { Place } from './places';
import { createRng } from './prng';

export interface GeneratedProfile {
	slug: string;
	data: CityInput;
	body: string;
}

export const DEFAULT_SEED = 2061;

/** Slugs by the profile slug rule, made unique with `-2`, `-3`, … in list order (`Neustadt`, `Neustadt` → `neustadt`, `neustadt-2`). */
export function uniqueSlugs(names: readonly string[]): string[] {
	const used = new Set<string>();
	return names.map((name) => {
		const base = slugify(name) || 'ort';
		let slug = base;
		for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
		used.add(slug);
		return slug;
	});
}

/**
 * Display names the content validator accepts (it refuses two profiles with one name): a repeated gazetteer
 * name gets its Land (`Neustadt (Hessen)`), and a number if that repeats too (`Neustadt (Hessen, 2)`).
 * The first and biggest place keeps the plain name.
 */
export function uniqueNames(places: readonly Pick<Place, 'name' | 'state'>[]): string[] {
	const used = new Set<string>();
	return places.map(({ name, state }) => {
		let unique = used.has(name) ? `${name} (${state})` : name;
		for (let n = 2; used.has(unique); n++) unique = `${name} (${state}, ${n})`;
		used.add(unique);
		return unique;
	});
}

/** One synthetic profile per place, deterministic for a given seed and place list. */
export function generateProfiles(places: readonly Place[], seed = DEFAULT_SEED): GeneratedProfile[] {
	const rng = createRng(seed);
	const names = uniqueNames(places);
	const slugs = uniqueSlugs(names);
	return places.map((place, i) => {
		const slug = slugs[i]!;
		const data = profileFacts({ ...place, name: names[i]! }, slug, rng);
		return {
			slug,
			data,
			body: profileBody(
				place,
				data.themes as ThemeId[],
				data.sources.map((source) => source.id),
				rng,
			),
		};
	});
}

/** The `.mdx` file of a profile: YAML frontmatter and Markdown body. */
export function profileFile(profile: GeneratedProfile): string {
	return `---\n${stringify(profile.data, { lineWidth: 0 })}---\n\n${profile.body}`;
}
