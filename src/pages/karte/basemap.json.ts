import type { APIRoute } from 'astro';
import { OVERVIEW } from '../../lib/basemap';
import { loadBasemap } from '../../lib/basemap-source';

/** The map's base layer for the first screens (`/karte/basemap.json`): coarse Länder, neighbours, places; built at build time. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(loadBasemap(OVERVIEW)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
