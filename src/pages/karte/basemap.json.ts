import type { APIRoute } from 'astro';
import countries from 'world-atlas/countries-50m.json?raw';
import { buildBasemap, type CountriesTopology } from '../../lib/basemap';

/** The map's base layer as a small GeoJSON file (`/karte/basemap.json`), built once at build time. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(buildBasemap(JSON.parse(countries) as CountriesTopology)), {
		headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
	});
