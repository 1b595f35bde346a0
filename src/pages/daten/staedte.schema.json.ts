import type { APIRoute } from 'astro';
import { exportResponse } from '../../lib/exports/files';
import { SITE_CONTEXT } from '../../lib/exports/meta';

/** `/daten/staedte.schema.json`: the JSON Schema of `staedte.json`, generated from the zod schema of its records. */
export const GET: APIRoute = () => exportResponse('citiesSchema', [], SITE_CONTEXT);
