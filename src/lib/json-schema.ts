import { z } from 'astro/zod';
import { citySchema, coordinatesSchema, digitalAgendaSchema } from '../schemas/city';
import { GERMANY } from '../schemas/germany';
import { site } from '../config/site';
import { absoluteUrl } from './paths';

/**
 * JSON Schemas generated from zod schemas, so that a published schema and the code that checks or writes
 * the data cannot drift apart. The profile schema (from src/schemas/city.ts) is served as
 * `/daten/profil.schema.json`; editors can point their YAML editor at it (e.g.
 * `# yaml-language-server: $schema=<URL>`). The schema of the export records lives in
 * src/lib/exports/cities-schema.ts and uses `toJsonSchema` from here.
 */
export const PROFILE_SCHEMA_PATH = 'daten/profil.schema.json';

export type JsonSchema = z.core.JSONSchema.BaseSchema;
type OverrideContext = { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema };

/** `if`/`then` on an object; every subschema names its type and the fields it requires, as Ajv's strict mode wants. */
const rule = (when: JsonSchema, then: JsonSchema): JsonSchema => ({ if: { type: 'object', ...when }, then: { type: 'object', ...then } });
const has = (...fields: string[]): JsonSchema => ({ type: 'object', properties: Object.fromEntries(fields.map((field) => [field, {}])), required: fields });
const is = (field: string, value: string): JsonSchema => ({ type: 'object', properties: { [field]: { const: value } }, required: [field] });
const known = (field: string): JsonSchema => ({ type: 'object', properties: { [field]: { not: { const: 'unbekannt' } } }, required: [field] });

/** A derived fact says how it was derived: `basis: abgeleitet` needs `note` (and `basis2019` needs `note2019`). */
function derivedRules(properties: Record<string, unknown>): JsonSchema[] {
	return [
		['basis', 'note'],
		['basis2019', 'note2019'],
	]
		.filter(([basis, note]) => basis! in properties && note! in properties)
		.map(([basis, note]) => rule(is(basis!, 'abgeleitet'), has(note!)));
}

/** The agenda's sources: required once it states anything, and for a known 2019 status. */
const AGENDA_RULES: JsonSchema[] = [
	rule({ anyOf: [known('status'), has('title'), has('year'), has('url')] }, has('refs')),
	rule(known('status2019'), has('refs2019')),
];

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
	if (def.type === 'object' && jsonSchema.properties) {
		const rules = [...derivedRules(jsonSchema.properties), ...(zodSchema === digitalAgendaSchema ? AGENDA_RULES : [])];
		if (rules.length) jsonSchema.allOf = [...(jsonSchema.allOf ?? []), ...rules];
	}
	if (zodSchema === citySchema) {
		// Cities of the 2019 atlas need their agenda status at the atlas snapshot.
		jsonSchema.if = { type: 'object', properties: { atlas2019: { const: true } }, required: ['atlas2019'] };
		jsonSchema.then = { type: 'object', properties: { digitalAgenda: { type: 'object', properties: { status2019: {} }, required: ['status2019'] } } };
	}
}

/**
 * The JSON Schema (draft 2020-12) of a zod schema built from the profile's building blocks. `input`: what
 * an editor writes (defaults optional); `output`: what the site makes of it (defaults filled in).
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
	return z.toJSONSchema(schema, { io, unrepresentable: 'any', override });
}

export interface JsonSchemaOptions {
	/** Public site URL (default: `site.url`). */
	siteUrl?: string;
	/** Base path (default: Astro's `BASE_URL`). */
	base?: string | undefined;
}

export function profileJsonSchema({ siteUrl = site.url, base }: JsonSchemaOptions = {}): JsonSchema {
	const { $schema, ...rest } = toJsonSchema(citySchema, 'input');
	return {
		...($schema && { $schema }),
		$id: absoluteUrl(siteUrl, PROFILE_SCHEMA_PATH, base),
		title: `Stadtprofil des ${site.title}`,
		description:
			'Frontmatter einer Profildatei src/content/cities/<slug>.mdx, erzeugt aus dem zod-Schema src/schemas/city.ts. ' +
			'Nicht abgebildet sind die Regeln über die Quellenliste (jede Quellen-ID sources[].id und jede Adresse sources[].url ' +
			'kommt nur einmal vor; jede ID in refs, refs2019 und themeRefs steht in sources) und die über die Werte im ' +
			'Smart City Index (rank höchstens of; je Jahr rank, score oder categories, je Kategorie rank oder score). ' +
			'Die Website prüft sie beim Bauen.',
		...rest,
	};
}
