import type { APIRoute } from 'astro';
import { loadBasemap } from '../../lib/basemap-source';

/** The Länder in detail (`/karte/basemap-detail.json`), fetched by the map only when the reader zooms in. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(loadBasemap('detail')), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
