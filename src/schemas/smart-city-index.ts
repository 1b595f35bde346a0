import { z } from 'astro/zod';
import { evidence } from './evidence';
import { oneOf } from './messages';
import { count, object, score, year } from './primitives';

/**
 * The five categories of Bitkom's Smart City Index. `gesellschaft` is called "Gesellschaft und Bildung"
 * from 2023 on; the label follows the year.
 */
export const INDEX_CATEGORIES = ['verwaltung', 'it-kommunikation', 'energie-umwelt', 'mobilitaet', 'gesellschaft'] as const;
export type IndexCategory = (typeof INDEX_CATEGORIES)[number];

const category = object({
	name: z.enum(INDEX_CATEGORIES, { error: oneOf(INDEX_CATEGORIES, 'keine Kategorie des Smart City Index') }),
	rank: count('Rang').optional(),
	score: score.optional(),
}).refine((entry) => entry.rank !== undefined || entry.score !== undefined, 'braucht rank oder score');

/** One year's result: rank and/or score overall, optionally per category, with its sources. */
export const indexEntrySchema = object({
	year,
	rank: count('Rang').optional(),
	of: count('Zahl der bewerteten Städte').optional(),
	score: score.optional(),
	categories: z.array(category, { error: 'muss eine Liste von Kategorien sein, z. B. [{ name: verwaltung, rank: 6 }]' }).optional(),
	...evidence,
}).superRefine((entry, ctx) => {
	if (entry.rank === undefined && entry.score === undefined && !entry.categories?.length) {
		ctx.addIssue({ code: 'custom', message: 'braucht rank, score oder categories' });
	}
	if (entry.rank !== undefined && entry.of !== undefined && entry.rank > entry.of) {
		ctx.addIssue({ code: 'custom', path: ['rank'], message: `Rang ${entry.rank} ist größer als die Zahl der bewerteten Städte (of: ${entry.of})` });
	}
	const seen = new Set<string>();
	entry.categories?.forEach((item, index) => {
		if (seen.has(item.name)) ctx.addIssue({ code: 'custom', path: ['categories', index, 'name'], message: `Kategorie „${item.name}“ steht doppelt` });
		seen.add(item.name);
	});
});
