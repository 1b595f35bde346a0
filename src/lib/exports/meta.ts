import { site } from '../../config/site';
import { t } from '../../i18n';
import { PROFILE_SCHEMA_PATH } from '../json-schema';
import { absoluteUrl } from '../paths';
import type { CityRecord } from '../records';

/** Where the exports are published: the site URL and the base path (Astro's `BASE_URL`). */
export interface ExportContext {
	siteUrl: string;
	base?: string | undefined;
}

/** This site's context: `site.url` and Astro's `BASE_URL`. */
export const SITE_CONTEXT: ExportContext = {
	siteUrl: site.url,
	base: (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL,
};

/** Site-relative paths of the files on /daten/. */
export const DATA_PATHS = {
	page: 'daten/',
	json: 'daten/staedte.json',
	geojson: 'daten/staedte.geojson',
	csv: 'daten/staedte.csv',
	/** The JSON Schema of `staedte.json`. */
	citiesSchema: 'daten/staedte.schema.json',
	/** The JSON Schema of the profile format. */
	profileSchema: PROFILE_SCHEMA_PATH,
} as const;

/** The newest `updated` date of all profiles: how fresh the data is. Not the build time, so builds stay reproducible. */
export function newestUpdate(records: readonly Pick<CityRecord, 'updated'>[]): string | null {
	return records.reduce<string | null>((newest, { updated }) => (newest === null || updated > newest ? updated : newest), null);
}

/** Metadata every export file carries: what it is, its licence and attribution, where it comes from, how fresh it is. */
export function exportMeta(records: readonly CityRecord[], { siteUrl, base }: ExportContext) {
	const source = absoluteUrl(siteUrl, '', base);
	return {
		title: t('data.datasetTitle'),
		description: t('data.datasetDescription'),
		license: t('data.licenseName'),
		licenseUrl: t('data.licenseUrl'),
		attribution: t('data.attribution', site.title, source),
		coordinatesAttribution: t('data.coordinatesAttribution'),
		source,
		documentation: absoluteUrl(siteUrl, DATA_PATHS.page, base),
		generated: newestUpdate(records),
		count: records.length,
	};
}
