import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { exportResponse } from '../../lib/exports/files';
import { SITE_CONTEXT } from '../../lib/exports/meta';

/** `/daten/staedte.json` (described on /daten/). */
export const GET: APIRoute = async () => exportResponse('json', await getCollection('cities'), SITE_CONTEXT);
