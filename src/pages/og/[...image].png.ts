import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadRecords } from '../../lib/cities';
import { cardPng, type Card } from '../../lib/og/card';
import { atlasCard, ogImagePath, OG_DEFAULT_PATH, portraitCard, stateCard, themeCard } from '../../lib/og/pages';
import { STATES } from '../../schemas/states';

/** Share images (og:image), one PNG per portrait, theme and Bundesland page plus the site's own, drawn at build time. */
export const getStaticPaths = (async () => {
	const records = await loadRecords();
	const themes = await getCollection('themes');
	const cities = await getCollection('cities');
	const projects = (id: string) => cities.reduce((sum, entry) => sum + entry.data.projects.filter((project) => project.theme === id).length, 0);
	const image = (path: string) => path.replace(/^og\//, '').replace(/\.png$/, '');
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
	return cards.map(({ path, card }) => ({ params: { image: image(path) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const png = await cardPng((props as { card: Card }).card);
	return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
