import { agendaLabel, modellprojektRoleLabel, organisationLabel, partnerLabel } from '../../i18n';
import { AGENDA_STATUSES, MODELLPROJEKT_ROLES, ORGANISATION_KINDS, PARTNER_KINDS } from '../../schemas/city';
import { THEMES, themeLabel, type ThemeId } from '../../schemas/themes';
import { absoluteUrl } from '../paths';
import { toRecords, type CityEntry } from '../records';
import type { CitiesFile } from './cities-schema';
import { citeProfile } from './evidence';
import { DATA_PATHS, exportMeta, type ExportContext } from './meta';

/** `{ id: label }` for a list of ids. */
const labels = <K extends string>(ids: readonly K[], label: (id: K) => string) => Object.fromEntries(ids.map((id) => [id, label(id)])) as Record<K, string>;

/** The German labels of every key used in the profiles, so that consumers can resolve them. */
export const LABELS = {
	themes: Object.fromEntries(THEMES.map((theme) => [theme.id, theme.label])) as Record<ThemeId, string>,
	agendaStatus: labels(AGENDA_STATUSES, agendaLabel),
	organisationKind: labels(ORGANISATION_KINDS, organisationLabel),
	partnerKind: labels(PARTNER_KINDS, partnerLabel),
	modellprojektRole: labels(MODELLPROJEKT_ROLES, modellprojektRoleLabel),
};

/**
 * `staedte.json`: metadata plus, per city, its validated profile (defaults filled in) with every fact's
 * source URLs in place of its source ids (see evidence.ts), and what the records add: slug, portrait URL,
 * Land slug and the German labels of status and themes. `themes` is in the atlas' theme order, matching
 * `themeLabels`. The records follow `citiesFileSchema` (cities-schema.ts), published as its JSON Schema.
 */
export function buildCitiesJson(entries: readonly CityEntry[], context: ExportContext): CitiesFile {
	const records = toRecords(entries);
	const data = new Map(entries.map((entry) => [entry.id, entry.data]));
	return {
		...exportMeta(records, context),
		schema: absoluteUrl(context.siteUrl, DATA_PATHS.citiesSchema, context.base),
		profileSchema: absoluteUrl(context.siteUrl, DATA_PATHS.profileSchema, context.base),
		labels: LABELS,
		cities: records.map((record) => ({
			slug: record.slug,
			url: absoluteUrl(context.siteUrl, record.path, context.base),
			...citeProfile(data.get(record.slug)!),
			themes: record.themes,
			themeLabels: record.themes.map(themeLabel),
			stateSlug: record.stateSlug,
			statusLabel: agendaLabel(record.status),
			status2019Label: record.status2019 && agendaLabel(record.status2019),
		})),
	};
}
