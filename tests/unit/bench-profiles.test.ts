import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitProfile } from '../../src/lib/profile-file';
import type { Place } from '../../bench/lib/places';
import { generateProfiles, profileFile, uniqueNames, uniqueSlugs } from '../../bench/lib/profiles';
import { validateProfiles } from '../../src/lib/validate/validate';
import { citySchema } from '../../src/schemas/city';
import { GERMANY } from '../../src/schemas/germany';
import { STATE_NAMES } from '../../src/schemas/states';

const places: Place[] = Array.from({ length: 60 }, (_, i) => ({
	name: ['Neustadt', 'Köln', 'Halle (Saale)', 'Mülheim', 'Ober-Ramstadt'][i % 5]!,
	state: STATE_NAMES[i % STATE_NAMES.length]!,
	lat: GERMANY.lat[0] + (i % 7),
	lng: GERMANY.lng[0] + (i % 9),
	population: 100_000 - i,
}));

describe('generated profiles', () => {
	const profiles = generateProfiles(places, 7);

	it('are valid against the profile schema', () => {
		for (const profile of profiles) expect(citySchema.safeParse(profile.data).success, profile.slug).toBe(true);
	});

	it('have unique slugs and names', () => {
		expect(new Set(profiles.map((profile) => profile.slug)).size).toBe(places.length);
		expect(new Set(profiles.map((profile) => profile.data.name)).size).toBe(places.length);
	});

	it('are the same for the same seed and differ for another', () => {
		expect(generateProfiles(places, 7)).toEqual(profiles);
		expect(generateProfiles(places, 8).map(profileFile)).not.toEqual(profiles.map(profileFile));
	});

	it('keep the coordinates of their place', () => {
		profiles.forEach((profile, i) => expect(profile.data.coordinates).toEqual({ lat: places[i]!.lat, lng: places[i]!.lng }));
	});

	it('write files whose frontmatter reads back to the same data and whose body has no MDX syntax', () => {
		const file = profileFile(profiles[0]!);
		const source = splitProfile('x.mdx', file);
		expect(parseFrontmatter(source).data).toEqual(profiles[0]!.data);
		expect(source.body).toContain('## Digitale Agenda');
		for (const profile of profiles) expect(profile.body).not.toMatch(/[<>{}]/);
	});

	it('follow the writing guide as real portraits do: no problem with their text or its citations', () => {
		// (The test's places are not real, so the check of coordinates against the Land is left out.)
		const problems = validateProfiles(profiles.map((profile) => ({ file: `src/content/cities/${profile.slug}.mdx`, text: profileFile(profile) }))).filter(
			(problem) => problem.field === 'Text' || problem.field.startsWith('sources'),
		);
		expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`)).toEqual([]);
	});
});

describe('unique names and slugs', () => {
	it('adds the Land to a repeated name, then a number', () => {
		const names = uniqueNames([
			{ name: 'Neustadt', state: 'Hessen' },
			{ name: 'Neustadt', state: 'Bayern' },
			{ name: 'Neustadt', state: 'Bayern' },
			{ name: 'Neustadt', state: 'Bayern' },
		]);
		expect(names).toEqual(['Neustadt', 'Neustadt (Bayern)', 'Neustadt (Bayern, 2)', 'Neustadt (Bayern, 3)']);
	});

	it('uses the slug rule and a suffix on collision', () => {
		expect(uniqueSlugs(['Köln', 'Koeln', 'KÖLN', 'Halle (Saale)'])).toEqual(['koeln', 'koeln-2', 'koeln-3', 'halle-saale']);
	});
});
