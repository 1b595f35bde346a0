import { defineCollection } from 'astro:content';
import { profileLoader } from './lib/profile-loader';
import { citySchema } from './schemas/city';
import { THEMES, themeSchema } from './schemas/themes';

const cities = defineCollection({
	loader: profileLoader({ base: 'src/content/cities' }),
	schema: citySchema,
});

/** The ten themes come from the one list in `schemas/themes.ts`, so profiles, tools and pages agree. */
const themes = defineCollection({
	loader: () => THEMES.map((theme) => ({ ...theme })),
	schema: themeSchema,
});

export const collections = { cities, themes };
