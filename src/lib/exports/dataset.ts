import { site } from '../../config/site';
import { t } from '../../i18n';
import { absoluteUrl } from '../paths';
import type { CityRecord } from '../records';
import { mediaType } from './files';
import { DATA_PATHS, exportMeta, type ExportContext } from './meta';

/** The downloads a search engine should know (the data files on /daten/, not their schemas). */
const DOWNLOADS = ['csv', 'json', 'geojson'] as const;

/**
 * The open data as a schema.org `Dataset` (JSON-LD on /daten/), from the same metadata the files carry, so that
 * dataset search engines find it with its licence, its freshness and its downloads.
 */
export function datasetLd(records: readonly CityRecord[], context: ExportContext) {
	const meta = exportMeta(records, context);
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: meta.title,
		description: meta.description,
		url: meta.documentation,
		inLanguage: 'de',
		license: meta.licenseUrl,
		isAccessibleForFree: true,
		creator: { '@type': 'Organization', name: site.operator.name, url: meta.source },
		...(meta.generated ? { dateModified: meta.generated } : {}),
		spatialCoverage: { '@type': 'Country', name: t('data.country') },
		distribution: DOWNLOADS.map((file) => ({
			'@type': 'DataDownload',
			encodingFormat: mediaType(file),
			contentUrl: absoluteUrl(context.siteUrl, DATA_PATHS[file], context.base),
		})),
	};
}

/** JSON for a `<script type="application/ld+json">`: no `<` in it, so no value can end the element early. */
export const jsonLdText = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
