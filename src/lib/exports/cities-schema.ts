import { z } from 'astro/zod';
import { site } from '../../config/site';
import {
	AGENDA_STATUSES,
	citySchema,
	digitalAgendaSchema,
	MODELLPROJEKT_ROLES,
	modellprojektSchema,
	ORGANISATION_KINDS,
	organisationSchema,
	PARTNER_KINDS,
	partnerSchema,
	projectSchema,
} from '../../schemas/city';
import { NOTE_REQUIRED } from '../../schemas/evidence';
import { count, object, webUrl } from '../../schemas/primitives';
import { indexEntrySchema } from '../../schemas/smart-city-index';
import { sourceSchema } from '../../schemas/sources';
import { THEME_IDS } from '../../schemas/themes';
import { toJsonSchema, type JsonSchema, type JsonSchemaOptions } from '../json-schema';
import { absoluteUrl } from '../paths';
import { DATA_PATHS } from './meta';

/**
 * The records of `staedte.json` as a zod schema, built from the profile schema's parts: each city is its
 * validated profile (defaults filled in) with every `refs: [id…]` replaced by `sources: [url…]`, plus the
 * fields the site adds. The same descriptions document the fields on /daten/ and in the JSON Schema
 * `/daten/staedte.schema.json` generated from it.
 */

/** What `staedte.json` gives every fact instead of the profile's `refs` (documented on /daten/). */
export const JSON_EVIDENCE_FIELDS = {
	sources:
		'Adressen der Quellen, die die Angabe belegen, in der Reihenfolge des Profils; jede steht auch in der Quellenliste sources der Stadt. ' +
		'Fehlt nur bei einer digitalen Agenda ohne Angaben (Status „unbekannt“)',
	basis: '„belegt“: eine der Quellen nennt die Angabe so; „abgeleitet“: sie folgt aus den Quellen, ohne dort so zu stehen (note sagt dann, wie)',
	note: 'bei „abgeleitet“: kurz, woraus die Angabe folgt',
} as const;

/** The fact objects of a city that carry `sources`, `basis` and `note` (`[]`: each entry of a list). */
export const JSON_FACTS = [
	'digitalAgenda',
	'digitalAgenda.draft',
	'population',
	'organisation[]',
	'partners[]',
	'projects[]',
	'modellprojekt',
	'smartCityIndex[]',
] as const;

/** Evidence fields outside the fact objects (documented on /daten/). */
export const JSON_EVIDENCE_EXTRA_FIELDS = {
	'digitalAgenda.sources2019': 'Quellen des Status 2019 (status2019); basis2019 und note2019 wie basis und note',
	themeSources: 'Quellen, die die Themen der Stadt nennen',
	sources: 'alle Quellen des Porträts, je mit n (Nummer wie im Porträt), id (Kennung im Profil), title und url',
} as const;

/** The fields a city in `staedte.json` has beyond its profile (documented on /daten/). */
export const JSON_EXTRA_FIELDS = {
	slug: 'Kennung der Stadt (Dateiname des Profils, Teil der Adresse)',
	url: 'Adresse des Porträts',
	themeLabels: 'Namen der Themen, in derselben Reihenfolge wie themes',
	stateSlug: 'Kennung des Bundeslands (Teil der Adresse seiner Seite)',
	statusLabel: 'Name des heutigen Status der digitalen Agenda',
	status2019Label: 'Name des Status der digitalen Agenda im Atlas 2019 (null bei später aufgenommenen Städten)',
} as const;

/** The top-level fields of `staedte.json` (documented on /daten/; the schema below keeps the list complete). */
export const JSON_META_FIELDS = {
	title: 'Titel des Datensatzes',
	description: 'kurze Beschreibung',
	license: 'Lizenz der Daten',
	licenseUrl: 'Adresse des Lizenztextes',
	attribution: 'die Namensnennung, die bei einer Nutzung anzugeben ist',
	coordinatesAttribution: 'Herkunft und Lizenz der Koordinaten',
	source: 'Adresse der Website',
	documentation: 'Adresse dieser Beschreibung',
	generated: 'Stand: das jüngste Prüfdatum (updated) aller Porträts, JJJJ-MM-TT',
	count: 'Anzahl der Städte',
	schema: 'Adresse des JSON Schemas dieser Datei (staedte.schema.json)',
	profileSchema: 'Adresse des JSON Schemas des Profilformats (profil.schema.json)',
	labels: 'deutsche Namen aller Kennungen: themes, agendaStatus, organisationKind, partnerKind, modellprojektRole',
	cities: 'die Städte, alphabetisch',
} as const;

/** Gives each field of `shape` its description from `docs`; `docs` must name every field. */
function described<T extends Record<string, z.ZodType>>(shape: T, docs: Record<keyof T, string>): T {
	return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.meta({ description: docs[key] })])) as T;
}

const sourceUrls = z.array(webUrl).min(1).meta({ description: JSON_EVIDENCE_FIELDS.sources });

type Filled<T extends z.core.$ZodLooseShape> = { [K in keyof T]: T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K] };

/** A profile shape without its defaults: the export has every defaulted field filled in, so it is required there. */
function filled<T extends z.core.$ZodLooseShape>(shape: T): Filled<T> {
	return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema instanceof z.ZodDefault ? schema.unwrap() : schema])) as Filled<T>;
}

/** The profile's rule for derived facts: `basis: abgeleitet` (or `basis2019`) comes with a `note` (`note2019`). */
function explained(fact: object, ctx: z.RefinementCtx, suffix: '' | '2019' = ''): void {
	const record = fact as Record<string, unknown>;
	if (record[`basis${suffix}`] === 'abgeleitet' && record[`note${suffix}`] === undefined) {
		ctx.addIssue({ code: 'custom', path: [`note${suffix}`], message: NOTE_REQUIRED });
	}
}

/** A fact schema's shape with `refs` replaced by `sources`. */
function cited<T extends z.core.$ZodLooseShape & { refs: z.ZodType }>({ refs: _, ...shape }: T) {
	return object({ ...filled(shape), sources: sourceUrls }).superRefine((fact, ctx) => explained(fact, ctx));
}

const { refs: _refs, refs2019: _refs2019, draft, ...agenda } = digitalAgendaSchema.shape;
const {
	themeRefs: _themeRefs,
	population,
	digitalAgenda: _agenda,
	organisation,
	partners,
	projects,
	modellprojekt,
	smartCityIndex,
	sources,
	...profile
} = citySchema.shape;

/** One city's profile with resolved sources, as `citeProfile` (evidence.ts) makes it. */
export const citedProfileSchema = object({
	...filled(profile),
	population: cited(population.unwrap().shape).optional(),
	digitalAgenda: object({
		...filled(agenda),
		sources: sourceUrls.optional(),
		sources2019: sourceUrls.optional().meta({ description: JSON_EVIDENCE_EXTRA_FIELDS['digitalAgenda.sources2019'] }),
		draft: cited(draft.unwrap().shape).optional(),
	}).superRefine((agenda, ctx) => (explained(agenda, ctx), explained(agenda, ctx, '2019'))),
	organisation: z.array(cited(organisationSchema.shape)),
	partners: z.array(cited(partnerSchema.shape)),
	themeSources: sourceUrls.optional().meta({ description: JSON_EVIDENCE_EXTRA_FIELDS.themeSources }),
	projects: z.array(cited(projectSchema.shape)),
	modellprojekt: cited(modellprojektSchema.shape).optional(),
	smartCityIndex: z.array(cited(indexEntrySchema.shape)),
	sources: z
		.array(object({ n: count('Nummer der Quelle'), ...sourceSchema.shape }))
		.min(1)
		.meta({ description: JSON_EVIDENCE_EXTRA_FIELDS.sources }),
});

export type CitedProfile = z.output<typeof citedProfileSchema>;

/** One entry of `cities`. */
export const cityRecordSchema = object({
	...described({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), url: z.url() }, JSON_EXTRA_FIELDS),
	...citedProfileSchema.shape,
	...described(
		{ themeLabels: z.array(z.string().min(1)), stateSlug: z.string().min(1), statusLabel: z.string().min(1), status2019Label: z.string().min(1).nullable() },
		JSON_EXTRA_FIELDS,
	),
});

/** A label for each of `keys` (an object with exactly these fields, which JSON Schema can state plainly). */
const labels = <K extends string>(keys: readonly K[]) => object(Object.fromEntries(keys.map((key) => [key, z.string().min(1)])) as Record<K, z.ZodString>);

export const citiesFileSchema = object(
	described(
		{
			title: z.string(),
			description: z.string(),
			license: z.string(),
			licenseUrl: z.url(),
			attribution: z.string(),
			coordinatesAttribution: z.string(),
			source: z.url(),
			documentation: z.url(),
			generated: z.iso.date().nullable(),
			count: z.number().int().min(0),
			schema: z.url(),
			profileSchema: z.url(),
			labels: object({
				themes: labels(THEME_IDS),
				agendaStatus: labels(AGENDA_STATUSES),
				organisationKind: labels(ORGANISATION_KINDS),
				partnerKind: labels(PARTNER_KINDS),
				modellprojektRole: labels(MODELLPROJEKT_ROLES),
			}),
			cities: z.array(cityRecordSchema),
		},
		JSON_META_FIELDS,
	),
);

export type CitiesFile = z.output<typeof citiesFileSchema>;

/** The JSON Schema of `staedte.json`, served as `/daten/staedte.schema.json`. */
export function citiesJsonSchema({ siteUrl = site.url, base }: JsonSchemaOptions = {}): JsonSchema {
	const { $schema, ...rest } = toJsonSchema(citiesFileSchema, 'output');
	return {
		...($schema && { $schema }),
		$id: absoluteUrl(siteUrl, DATA_PATHS.citiesSchema, base),
		title: `Datensatz staedte.json des ${site.title}`,
		description:
			'Alle Städte mit den Angaben ihrer Porträts; jede Angabe nennt die Adressen ihrer Quellen (sources) und ihre Belegart (basis, note). ' +
			'Erzeugt aus dem zod-Schema src/lib/exports/cities-schema.ts, das auf dem Profilformat src/schemas/city.ts aufbaut.',
		...rest,
	};
}
