import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadRecords } from '../../lib/cities';
import { buildDrawing } from '../../lib/og/build-drawing';
import type { Card } from '../../lib/og/card';
import { atlasCard, ogImagePath, OG_DEFAULT_PATH, OG_FOLDER, portraitCard, stateCard, steeringCard, themeCard } from '../../lib/og/pages';
import { steeringUnits, themeProjects } from '../../lib/cited-items';
import { ORGANISATION_KINDS } from '../../schemas/city';
import { organisationAbout, organisationLabel } from '../../i18n';
import { drawInBackground } from '../../lib/og/render-pool';
import { STATES } from '../../schemas/states';

/** Every share image's card by its site-relative path (`vorschau/staedte/koeln.png`): one per portrait, theme, Bundesland and steering page, plus the site's own. */
async function shareCards(): Promise<Map<string, Card>> {
	const records = await loadRecords();
	const themes = await getCollection('themes');
	const cities = await getCollection('cities');
	const inState = (name: string) => records.filter((record) => record.state === name);
	const entries: [path: string, card: Card][] = [
		[OG_DEFAULT_PATH, atlasCard(records.length)],
		...records.map((record): [string, Card] => [ogImagePath('staedte', record.slug), portraitCard(record)]),
		...themes.map((theme): [string, Card] => [
			ogImagePath('themen', theme.id),
			themeCard(
				theme.data.label,
				theme.data.description,
				records.filter((record) => record.themes.includes(theme.data.id)).length,
				themeProjects(cities, theme.data.id).length,
			),
		]),
		...STATES.map((state): [string, Card] => [ogImagePath('bundeslaender', state.slug), stateCard(state.name, inState(state.name))]),
		...ORGANISATION_KINDS.map((kind): [string, Card] => [
			ogImagePath('steuerung', kind),
			steeringCard(
				organisationLabel(kind),
				organisationAbout(kind),
				records.filter((record) => record.organisationKinds.includes(kind)).length,
				steeringUnits(cities, kind).length,
			),
		]),
	];
	return new Map(entries);
}

/** The route parameter of a share image's path: `vorschau/staedte/koeln.png` → `staedte/koeln`. */
const imageParam = (path: string) => path.slice(OG_FOLDER.length + 1).replace(/\.png$/, '');

/**
 * Share images (og:image), drawn at build time. In `astro build` worker processes draw them straight into the
 * output folder while the main thread renders the pages (src/integrations/share-images.ts waits for them at the
 * end), so Astro renders none of them here; in `astro dev`, or when no worker can start, each is drawn on request.
 */
export const getStaticPaths = (async () => {
	const cards = await shareCards();
	const { outDir } = buildDrawing;
	if (!import.meta.env.DEV && outDir) {
		buildDrawing.done ??= drawInBackground(new Map([...cards].map(([path, card]) => [join(outDir, path), card])))?.then(() => cards.size);
		// Handled by the integration, which awaits it; until then a failure must not count as unhandled.
		buildDrawing.done?.catch(() => undefined);
		if (buildDrawing.done) return [];
	}
	return [...cards].map(([path, card]) => ({ params: { image: imageParam(path) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	// Loaded here, not above: in a build the workers draw, and the main process need not load Skia and libvips.
	const { cardPng } = await import('../../lib/og/card');
	const png = await cardPng((props as { card: Card }).card);
	return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
