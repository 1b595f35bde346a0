import { z } from 'astro/zod';
import { GERMANY, inGermany } from './germany';
import { STATE_NAMES } from './states';
import { THEME_IDS } from './themes';
import { allowed, oneOf, required, unknownKeys } from './messages';

/**
 * The city profile format (described for editors in CONTRIBUTING.md): the one schema that the build, the validator,
 * the JSON Schema export and the docs read. Keys are English, enumerated values German slugs.
 */
export const AGENDA_STATUSES = ['beschlossen', 'in-erarbeitung', 'keine', 'unbekannt'] as const;
export const ORGANISATION_KINDS = ['cdo', 'stabsstelle', 'amt', 'referat', 'gesellschaft', 'projektgruppe', 'beirat', 'sonstige'] as const;
export const PARTNER_KINDS = ['kommunales-unternehmen', 'wissenschaft', 'wirtschaft', 'zivilgesellschaft', 'verwaltung', 'verband', 'land-bund'] as const;
export const MODELLPROJEKT_ROUNDS = [2019, 2020, 2021] as const;
export const LIST_FIELDS = ['partners', 'projects', 'themes'] as const;

export type AgendaStatus = (typeof AGENDA_STATUSES)[number];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type PartnerKind = (typeof PARTNER_KINDS)[number];

const text = (what = 'Text') =>
	z
		.string({ error: required(`muss ${what} sein`) })
		.trim()
		.min(1, 'darf nicht leer sein');

const year = z
	.number({ error: required('muss eine Jahreszahl sein, z. B. 2019') })
	.int('muss eine ganze Jahreszahl sein, z. B. 2019')
	.min(1990, 'muss zwischen 1990 und 2100 liegen')
	.max(2100, 'muss zwischen 1990 und 2100 liegen');

const url = (schemes: readonly string[]) =>
	z.url({
		protocol: new RegExp(`^(${schemes.join('|')})$`),
		error: required(`muss eine vollständige Adresse sein ${allowed(schemes.map((s) => `${s}://…`))}`),
	});

/** A positive whole number such as a rank or a population. */
const count = (what: string) =>
	z
		.number({ error: required(`muss eine Zahl sein (${what})`) })
		.int(`muss eine ganze Zahl sein (${what})`)
		.positive(`muss größer als 0 sein (${what})`);

const httpsUrl = url(['https']);
const webUrl = url(['https', 'http']);

const object = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, { error: unknownKeys(Object.keys(shape)) });

/** A date written `JJJJ-MM-TT`: text, as every reader of profiles (src/lib/profile-file.ts) parses YAML 1.2. */
const isoDate = z.iso.date({ error: required('muss ein Datum der Form JJJJ-MM-TT sein, z. B. 2026-11-22') });

export const coordinatesSchema = object({
	lat: z.number({ error: required('muss eine Zahl sein (Breitengrad, z. B. 50.94)') }),
	lng: z.number({ error: required('muss eine Zahl sein (Längengrad, z. B. 6.96)') }),
}).superRefine(({ lat, lng }, ctx) => {
	if (inGermany(lat, lng)) return;
	const swapped = inGermany(lng, lat);
	ctx.addIssue({
		code: 'custom',
		message: swapped
			? `Breite und Länge sind vertauscht: lat ist die Nord-Süd-Angabe ${allowed([`lat ${GERMANY.lat.join('–')}`, `lng ${GERMANY.lng.join('–')}`])}`
			: `liegt außerhalb Deutschlands ${allowed([`lat ${GERMANY.lat.join('–')}`, `lng ${GERMANY.lng.join('–')}`])}`,
	});
});

const themeId = z.enum(THEME_IDS, { error: oneOf(THEME_IDS, 'unbekannter Themen-Schlüssel') });
const status = z.enum(AGENDA_STATUSES, { error: oneOf(AGENDA_STATUSES, 'unbekannter Agenda-Status') });

export const citySchema = object({
	name: text('der Name der Stadt'),
	state: z.enum(STATE_NAMES, { error: oneOf(STATE_NAMES, 'unbekanntes Land') }),
	coordinates: coordinatesSchema,
	website: httpsUrl.optional(),
	population: object({ value: count('Einwohnerzahl'), year }).optional(),
	atlas2019: z.boolean({ error: 'muss true oder false sein' }).default(false),
	digitalAgenda: object({
		status,
		status2019: status.optional(),
		title: text().optional(),
		year: year.optional(),
		url: webUrl.optional(),
	}),
	organisation: z.array(
		object({
			name: text(),
			kind: z.enum(ORGANISATION_KINDS, { error: oneOf(ORGANISATION_KINDS, 'unbekannter Organisationstyp') }),
			since: year.optional(),
			reportsTo: text().optional(),
		}),
		{ error: required('muss eine Liste von Organisationseinheiten sein') },
	),
	partners: z.array(
		object({
			name: text(),
			kind: z.enum(PARTNER_KINDS, { error: oneOf(PARTNER_KINDS, 'unbekannter Partnertyp') }),
			role: text().optional(),
		}),
		{ error: required('muss eine Liste sein (leer: [])') },
	),
	themes: z
		.array(themeId, { error: required('muss eine Liste von Themen-Schlüsseln sein') })
		.min(1, `braucht mindestens ein Thema ${allowed(THEME_IDS)}`)
		.refine((ids) => new Set(ids).size === ids.length, 'nennt ein Thema doppelt'),
	projects: z.array(object({ name: text(), theme: themeId, summary: text('ein Satz') })).default([]),
	modellprojekt: object({
		round: z.union(
			MODELLPROJEKT_ROUNDS.map((round) => z.literal(round)),
			{ error: oneOf(MODELLPROJEKT_ROUNDS, 'unbekannter Förderjahrgang') },
		),
		name: text().optional(),
	}).optional(),
	smartCityIndex: z
		.array(
			object({
				year,
				rank: count('Rang'),
				of: count('Zahl der bewerteten Städte').optional(),
				score: z
					.number({ error: required('muss eine Punktzahl von 0 bis 100 sein') })
					.min(0, 'muss zwischen 0 und 100 liegen')
					.max(100, 'muss zwischen 0 und 100 liegen')
					.optional(),
			}),
		)
		.default([]),
	listsFromOtherSources: z.array(z.enum(LIST_FIELDS, { error: oneOf(LIST_FIELDS, 'unbekannter Listenname') })).default([]),
	sources: z
		.array(object({ title: text(), url: webUrl }), { error: required('muss eine Liste von Quellen sein') })
		.min(1, 'braucht mindestens eine Quelle mit title und url'),
	updated: isoDate,
}).superRefine((city, ctx) => {
	if (city.atlas2019 && !city.digitalAgenda.status2019) {
		ctx.addIssue({
			code: 'custom',
			path: ['digitalAgenda', 'status2019'],
			message: `Pflichtfeld für Städte des Atlas 2019 (atlas2019: true) ${allowed(AGENDA_STATUSES)}`,
		});
	}
	const seen = new Set<string>();
	city.sources.forEach((source, index) => {
		if (seen.has(source.url)) {
			ctx.addIssue({ code: 'custom', path: ['sources', index, 'url'], message: 'diese Adresse steht schon weiter oben in sources' });
		}
		seen.add(source.url);
	});
});

export type CityInput = z.input<typeof citySchema>;
export type CityData = z.output<typeof citySchema>;
