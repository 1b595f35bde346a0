import { agendaLabel, organisationLabel, partnerLabel } from '../../i18n';
import { AGENDA_STATUSES, ORGANISATION_KINDS, PARTNER_KINDS } from '../../schemas/city';
import { THEMES, themeLabel } from '../../schemas/themes';
import { absoluteUrl } from '../paths';
import { toRecords, type CityEntry } from '../records';
import { DATA_PATHS, exportMeta, type ExportContext } from './meta';

/** The German labels of every key used in the profiles, so that consumers can resolve them. */
const LABELS = {
	themes: Object.fromEntries(THEMES.map((theme) => [theme.id, theme.label])),
	agendaStatus: Object.fromEntries(AGENDA_STATUSES.map((status) => [status, agendaLabel(status)])),
	organisationKind: Object.fromEntries(ORGANISATION_KINDS.map((kind) => [kind, organisationLabel(kind)])),
	partnerKind: Object.fromEntries(PARTNER_KINDS.map((kind) => [kind, partnerLabel(kind)])),
};

/**
 * `staedte.json`: metadata plus, per city, the full validated frontmatter (defaults filled in) and what the
 * records add: slug, portrait URL, Land slug and the German labels of status and themes. `themes` is in
 * the atlas' theme order, matching `themeLabels`.
 */
export function buildCitiesJson(entries: readonly CityEntry[], context: ExportContext) {
	const records = toRecords(entries);
	const data = new Map(entries.map((entry) => [entry.id, entry.data]));
	return {
		...exportMeta(records, context),
		schema: absoluteUrl(context.siteUrl, DATA_PATHS.schema, context.base),
		labels: LABELS,
		cities: records.map((record) => ({
			slug: record.slug,
			url: absoluteUrl(context.siteUrl, record.path, context.base),
			...data.get(record.slug)!,
			themes: record.themes,
			themeLabels: record.themes.map(themeLabel),
			stateSlug: record.stateSlug,
			statusLabel: agendaLabel(record.status),
			status2019Label: record.status2019 && agendaLabel(record.status2019),
		})),
	};
}

/** The fields a city in `staedte.json` has beyond the profile format (documented on /daten/). */
export const JSON_EXTRA_FIELDS = {
	slug: 'Kennung der Stadt (Dateiname des Profils, Teil der Adresse)',
	url: 'Adresse des Porträts',
	themeLabels: 'Namen der Themen, in derselben Reihenfolge wie themes',
	stateSlug: 'Kennung des Landes (Adresse der Länderseite)',
	statusLabel: 'Name des heutigen Agenda-Status',
	status2019Label: 'Name des Agenda-Status 2019 (null bei später aufgenommenen Städten)',
} as const;

/** The top-level fields of `staedte.json` (documented on /daten/; the type keeps the list complete). */
export const JSON_META_FIELDS: Record<keyof ReturnType<typeof buildCitiesJson>, string> = {
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
	schema: 'Adresse des JSON Schemas des Profilformats',
	labels: 'deutsche Namen aller Kennungen: themes, agendaStatus, organisationKind, partnerKind',
	cities: 'die Städte, alphabetisch',
};
