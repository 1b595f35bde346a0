import { AGENDA_LABELS, MODELLPROJEKT_ROLE_LABELS, ORGANISATION_LABELS, PARTNER_LABELS } from '../../i18n/de';
import { THEMES, type ThemeId } from '../../schemas/themes';
import { absoluteUrl } from '../paths';
import { toRecords, type CityEntry } from '../records';
import type { CitiesFile } from './cities-schema';
import { citeProfile } from './evidence';
import { DATA_PATHS, exportMeta, type ExportContext } from './meta';

/** The German labels of every key used in the profiles, so that consumers can resolve them. */
export const LABELS = {
	themes: Object.fromEntries(THEMES.map((theme) => [theme.id, theme.label])) as Record<ThemeId, string>,
	agendaStatus: AGENDA_LABELS,
	organisationKind: ORGANISATION_LABELS,
	partnerKind: PARTNER_LABELS,
	modellprojektRole: MODELLPROJEKT_ROLE_LABELS,
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
			themeLabels: record.themeLabels,
			stateSlug: record.stateSlug,
			statusLabel: record.statusLabel,
			status2019Label: record.status2019Label,
		})),
	};
}
