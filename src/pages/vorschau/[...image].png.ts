import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadRecords } from '../../lib/cities';
import { cardPng, type Card } from '../../lib/og/card';
import { atlasCard, ogImagePath, OG_DEFAULT_PATH, OG_FOLDER, portraitCard, stateCard, themeCard } from '../../lib/og/pages';
import { renderInBackground, type Drawing } from '../../lib/og/render-pool';
import { STATES } from '../../schemas/states';

/** The images being drawn in a worker process during a build, by route parameter; none in `astro dev`. */
let drawing: Drawing | undefined;

/**
 * Share images (og:image), one PNG per portrait, theme and Bundesland page plus the site's own, drawn at build time.
 * A build collects every route's paths before it renders a page, so the drawing starts here and runs beside the
 * other pages. Astro renders this folder after `/staedte/` and `/vergleich/` (routes in name order), the pages
 * with the most work for the main thread.
 */
export const getStaticPaths = (async () => {
	const records = await loadRecords();
	const themes = await getCollection('themes');
	const cities = await getCollection('cities');
	const projects = (id: string) => cities.reduce((sum, entry) => sum + entry.data.projects.filter((project) => project.theme === id).length, 0);
	const image = (path: string) => path.slice(OG_FOLDER.length + 1).replace(/\.png$/, '');
	const cards: { path: string; card: Card }[] = [
		{ path: OG_DEFAULT_PATH, card: atlasCard(records.length) },
		...records.map((record) => ({ path: ogImagePath('staedte', record.slug), card: portraitCard(record) })),
		...themes.map((theme) => ({
			path: ogImagePath('themen', theme.id),
			card: themeCard(
				theme.data.label,
				theme.data.description,
				records.filter((record) => record.themes.includes(theme.data.id)).length,
				projects(theme.data.id),
			),
		})),
		...STATES.map((state) => ({
			path: ogImagePath('bundeslaender', state.slug),
			card: stateCard(
				state.name,
				records.filter((record) => record.state === state.name),
			),
		})),
	];
	// Each card by its route parameter, in the order of the list: what the worker draws and what Astro renders.
	const byImage = new Map(cards.map(({ path, card }) => [image(path), card]));
	if (!import.meta.env.DEV && !drawing) drawing = renderInBackground(byImage);
	return [...byImage].map(([image, card]) => ({ params: { image }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
	const png = await (drawing?.png(params.image ?? '') ?? cardPng((props as { card: Card }).card));
	return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
