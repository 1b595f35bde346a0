import type { APIRoute } from 'astro';
import { loadBasemap } from '../../lib/basemap-source';

/** The map's base layer for the first screens (`/karte/basemap.json`): coarse Länder, neighbours, places; built from the sources by scripts/basemap.ts. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(loadBasemap('overview')), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
