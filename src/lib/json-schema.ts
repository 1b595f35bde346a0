import { z } from 'astro/zod';
import { citySchema, coordinatesSchema } from '../schemas/city';
import { GERMANY } from '../schemas/germany';
import { site } from '../config/site';
import { absoluteUrl } from './paths';

/**
 * The JSON Schema of the profile frontmatter, generated from the zod schema (src/schemas/city.ts), so the
 * published schema, the build and the validator cannot drift apart. Served as `/daten/profil.schema.json`;
 * editors can point their YAML editor at it (e.g. `# yaml-language-server: $schema=<URL>`).
 */
export const PROFILE_SCHEMA_PATH = 'daten/profil.schema.json';

type JsonSchema = z.core.JSONSchema.BaseSchema;
type OverrideContext = { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema };

/** Adds what zod refinements check but `toJSONSchema` cannot see. */
function override({ zodSchema, jsonSchema }: OverrideContext): void {
	const def = zodSchema._zod.def;
	// `z.url({ protocol })`: only the allowed schemes, e.g. `^(https):` for `website`.
	if (def.type === 'string' && 'protocol' in def && def.protocol instanceof RegExp) {
		jsonSchema.pattern = def.protocol.source.replace(/\$$/, ':');
	}
	if (zodSchema === coordinatesSchema) {
		const properties = jsonSchema.properties as Record<'lat' | 'lng', JsonSchema>;
		for (const axis of ['lat', 'lng'] as const) {
			[properties[axis].minimum, properties[axis].maximum] = GERMANY[axis];
		}
		jsonSchema.description = 'Lage in Deutschland (WGS 84, Dezimalgrad)';
	}
	if (zodSchema === citySchema.shape.themes) jsonSchema.uniqueItems = true;
	if (zodSchema === citySchema) {
		// Cities of the 2019 atlas need their agenda status at the atlas snapshot.
		jsonSchema.if = { type: 'object', properties: { atlas2019: { const: true } }, required: ['atlas2019'] };
		jsonSchema.then = { type: 'object', properties: { digitalAgenda: { type: 'object', properties: { status2019: {} }, required: ['status2019'] } } };
	}
}

export interface JsonSchemaOptions {
	/** Public site URL (default: `site.url`). */
	siteUrl?: string;
	/** Base path (default: Astro's `BASE_URL`). */
	base?: string | undefined;
}

export function profileJsonSchema({ siteUrl = site.url, base }: JsonSchemaOptions = {}): JsonSchema {
	const { $schema, ...rest } = z.toJSONSchema(citySchema, { io: 'input', unrepresentable: 'any', override });
	return {
		...($schema && { $schema }),
		$id: absoluteUrl(siteUrl, PROFILE_SCHEMA_PATH, base),
		title: `Stadtprofil des ${site.title}`,
		description:
			'Frontmatter einer Profildatei src/content/cities/<slug>.mdx, erzeugt aus dem zod-Schema src/schemas/city.ts. ' +
			'Nicht abgebildet ist allein die Regel, dass jede Quellen-Adresse (sources[].url) nur einmal vorkommen darf; ' +
			'die Website prüft sie beim Bauen.',
		...rest,
	};
}
