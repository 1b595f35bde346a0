import type { APIRoute } from 'astro';
import { loadRecords } from '../../lib/cities';
import { toMarkerFile } from '../../lib/map/markers';

/** The map's marker data (`/karte/staedte.json`), from the records; see src/lib/map/markers.ts. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(toMarkerFile(await loadRecords())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
