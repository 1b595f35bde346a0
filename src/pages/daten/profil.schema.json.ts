import type { APIRoute } from 'astro';
import { exportResponse } from '../../lib/exports/files';
import { SITE_CONTEXT } from '../../lib/exports/meta';

/** `/daten/profil.schema.json`: the JSON Schema of the profile frontmatter, generated from the zod schema. */
export const GET: APIRoute = () => exportResponse('profileSchema', [], SITE_CONTEXT);
