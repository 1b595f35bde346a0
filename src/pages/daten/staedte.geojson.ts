import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { exportResponse } from '../../lib/exports/files';
import { SITE_CONTEXT } from '../../lib/exports/meta';

/** `/daten/staedte.geojson` (described on /daten/). */
export const GET: APIRoute = async () => exportResponse('geojson', await getCollection('cities'), SITE_CONTEXT);
