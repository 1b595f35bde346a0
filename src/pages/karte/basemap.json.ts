import type { APIRoute } from 'astro';
import { loadBasemap } from '../../lib/basemap-source';

/** The map's base layer (`/karte/basemap.json`): a quantised TopoJSON and places for orientation, built at build time. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(loadBasemap()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
