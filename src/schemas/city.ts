import { z } from 'astro/zod';
import { GERMANY, inGermany } from './germany';
import { STATE_NAMES } from './states';
import { THEME_IDS } from './themes';
import { allowed, notAllowed, oneOf, required } from './messages';
import { basis, evidence, NOTE_REQUIRED, refs } from './evidence';
import { count, httpsUrl, object, text, webUrl, year } from './primitives';
import { indexEntrySchema } from './smart-city-index';
import { sourcesSchema } from './sources';

/**
 * The city profile format (described for editors in CONTRIBUTING.md): the one schema that the build, the
 * validator, the JSON Schema export and the docs read. Keys are English, enumerated values German slugs. Every fact object carries `refs` to the
 * profile's `sources` (see evidence.ts).
 */
export const AGENDA_STATUSES = ['beschlossen', 'in-erarbeitung', 'keine', 'unbekannt'] as const;
export const ORGANISATION_KINDS = ['cdo', 'stabsstelle', 'amt', 'referat', 'gesellschaft', 'projektgruppe', 'beirat', 'sonstige'] as const;
export const PARTNER_KINDS = ['kommunales-unternehmen', 'wissenschaft', 'wirtschaft', 'zivilgesellschaft', 'verwaltung', 'verband', 'land-bund'] as const;
export const MODELLPROJEKT_ROUNDS = [2019, 2020, 2021] as const;
/** `traeger`: the city's own funded project (alone or leading a consortium); `partner`: a consortium partner only. */
export const MODELLPROJEKT_ROLES = ['traeger', 'partner'] as const;
export const LIST_FIELDS = ['partners', 'projects', 'themes'] as const;

export type AgendaStatus = (typeof AGENDA_STATUSES)[number];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export type ModellprojektRole = (typeof MODELLPROJEKT_ROLES)[number];

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

const themeId = z.enum(THEME_IDS, { error: oneOf(THEME_IDS, 'kein Themen-Schlüssel') });
const status = z.enum(AGENDA_STATUSES, { error: oneOf(AGENDA_STATUSES, 'kein Status der digitalen Agenda') });

/** A successor strategy in preparation while an adopted one still applies. */
const draftSchema = object({ title: text(), year: year.optional(), ...evidence });

export const digitalAgendaSchema = object({
	status,
	title: text().optional(),
	/** beschlossen: the year of the adopting decision; in-erarbeitung: the year work started. */
	year: year.optional(),
	url: webUrl.optional(),
	refs: refs.optional(),
	basis: basis.default('belegt'),
	note: text('eine kurze Erklärung').optional(),
	status2019: status.optional(),
	refs2019: refs.optional(),
	basis2019: basis.default('belegt'),
	note2019: text('eine kurze Erklärung').optional(),
	draft: draftSchema.optional(),
});

export const organisationSchema = object({
	name: text(),
	kind: z.enum(ORGANISATION_KINDS, { error: oneOf(ORGANISATION_KINDS, 'kein Organisationstyp') }),
	since: year.optional(),
	until: year.optional(),
	reportsTo: text().optional(),
	...evidence,
});

export const partnerSchema = object({
	name: text(),
	kind: z.enum(PARTNER_KINDS, { error: oneOf(PARTNER_KINDS, 'kein Partnertyp') }),
	role: text().optional(),
	...evidence,
});

export const projectSchema = object({ name: text(), theme: themeId, summary: text('ein Satz'), ...evidence });

export const modellprojektSchema = object({
	round: z.union(
		MODELLPROJEKT_ROUNDS.map((round) => z.literal(round)),
		{ error: oneOf(MODELLPROJEKT_ROUNDS, 'keine Förderstaffel') },
	),
	name: text().optional(),
	role: z.enum(MODELLPROJEKT_ROLES, { error: oneOf(MODELLPROJEKT_ROLES, 'keine erlaubte Rolle') }).default('traeger'),
	...evidence,
});

export const citySchema = object({
	name: text('der Name der Stadt'),
	state: z.enum(STATE_NAMES, { error: oneOf(STATE_NAMES, 'kein Bundesland') }),
	coordinates: coordinatesSchema,
	website: httpsUrl.optional(),
	population: object({ value: count('Einwohnerzahl'), year, ...evidence }).optional(),
	atlas2019: z.boolean({ error: 'muss true oder false sein' }).default(false),
	digitalAgenda: digitalAgendaSchema,
	organisation: z.array(organisationSchema, { error: required('muss eine Liste von Organisationseinheiten sein (keine bekannt: [])') }),
	partners: z.array(partnerSchema, { error: required('muss eine Liste sein (keine bekannt: [])') }),
	themes: z
		.array(themeId, { error: required('muss eine Liste von Themen-Schlüsseln sein') })
		.min(1, `braucht mindestens ein Thema ${allowed(THEME_IDS)}`)
		.refine((ids) => new Set(ids).size === ids.length, 'nennt ein Thema doppelt'),
	themeRefs: refs.optional(),
	projects: z.array(projectSchema).default([]),
	modellprojekt: modellprojektSchema.optional(),
	smartCityIndex: z.array(indexEntrySchema).default([]),
	listsFromOtherSources: z.array(z.enum(LIST_FIELDS, { error: oneOf(LIST_FIELDS, 'kein Listenname') })).default([]),
	sources: sourcesSchema,
	updated: isoDate,
}).superRefine((city, ctx) => {
	const agenda = city.digitalAgenda;
	if (city.atlas2019 && !agenda.status2019) {
		ctx.addIssue({
			code: 'custom',
			path: ['digitalAgenda', 'status2019'],
			message: `Pflichtfeld für Städte des Atlas 2019 (atlas2019: true) ${allowed(AGENDA_STATUSES)}`,
		});
	}
	const stated = agenda.status !== 'unbekannt' || agenda.title !== undefined || agenda.year !== undefined || agenda.url !== undefined;
	if (stated && !agenda.refs)
		ctx.addIssue({ code: 'custom', path: ['digitalAgenda', 'refs'], message: 'Pflichtfeld: Quellen-IDs für Status, Titel und Jahr, z. B. [stadt-2021]' });
	if (agenda.status2019 && agenda.status2019 !== 'unbekannt' && !agenda.refs2019) {
		ctx.addIssue({ code: 'custom', path: ['digitalAgenda', 'refs2019'], message: 'Pflichtfeld: Quellen-IDs für den Status 2019, z. B. [atlas-portraet]' });
	}
	for (const [at, fact] of facts(city)) {
		if (fact.basis === 'abgeleitet' && !fact.note) ctx.addIssue({ code: 'custom', path: [...at, 'note'], message: NOTE_REQUIRED });
	}
	if (agenda.basis2019 === 'abgeleitet' && !agenda.note2019) ctx.addIssue({ code: 'custom', path: ['digitalAgenda', 'note2019'], message: NOTE_REQUIRED });

	const ids = new Set<string>();
	const urls = new Set<string>();
	city.sources.forEach((source, index) => {
		if (ids.has(source.id))
			ctx.addIssue({ code: 'custom', path: ['sources', index, 'id'], message: `die ID „${source.id}“ steht schon weiter oben in sources` });
		if (urls.has(source.url)) ctx.addIssue({ code: 'custom', path: ['sources', index, 'url'], message: 'diese Adresse steht schon weiter oben in sources' });
		ids.add(source.id);
		urls.add(source.url);
	});
	// Without any source the list's own message says what is missing; every ref would repeat it.
	if (ids.size === 0) return;
	for (const { path, id } of citedIds(city)) {
		if (!ids.has(id)) ctx.addIssue({ code: 'custom', path, message: unknownRef(id, [...ids]) });
	}
});

export type CityInput = z.input<typeof citySchema>;
export type CityData = z.output<typeof citySchema>;

type FactPath = (string | number)[];
interface Fact {
	refs?: string[] | undefined;
	basis?: string;
	note?: string | undefined;
}

/** Every fact object of a profile with its path: the agenda, its draft, each unit, partner, project, index entry … */
export function facts(city: CityData): [FactPath, Fact][] {
	const list: [FactPath, Fact][] = [[['digitalAgenda'], city.digitalAgenda]];
	if (city.digitalAgenda.draft) list.push([['digitalAgenda', 'draft'], city.digitalAgenda.draft]);
	if (city.population) list.push([['population'], city.population]);
	city.organisation.forEach((unit, i) => list.push([['organisation', i], unit]));
	city.partners.forEach((partner, i) => list.push([['partners', i], partner]));
	city.projects.forEach((project, i) => list.push([['projects', i], project]));
	if (city.modellprojekt) list.push([['modellprojekt'], city.modellprojekt]);
	city.smartCityIndex.forEach((entry, i) => list.push([['smartCityIndex', i], entry]));
	return list;
}

/** Every source id the frontmatter cites, with the path of the id. */
export function citedIds(city: CityData): { path: FactPath; id: string }[] {
	const cited: { path: FactPath; id: string }[] = [];
	const add = (at: FactPath, ids: readonly string[] | undefined) => ids?.forEach((id, i) => cited.push({ path: [...at, i], id }));
	for (const [at, fact] of facts(city)) add([...at, 'refs'], fact.refs);
	add(['digitalAgenda', 'refs2019'], city.digitalAgenda.refs2019);
	add(['themeRefs'], city.themeRefs);
	return cited;
}

/** `„stadt-2012“ ist keine Quellen-ID aus sources – gemeint: stadt-2021? (vorhanden: …)` */
export function unknownRef(id: string, known: readonly string[]): string {
	return notAllowed(id, known, 'keine Quellen-ID aus sources', 'vorhanden');
}
