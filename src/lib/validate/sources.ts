import { citedIds, unknownRef, type CityData } from '../../schemas/city';
import type { FieldPath } from './yaml-paths';
import { msg } from './messages';
import type { Place, Problem } from './problem';
import type { ProseSection } from './prose';

/** Query parameters that only track where a reader came from; a cited address should not carry them. */
export const TRACKING_PARAMETERS = [/^utm_/i, /^hs_amp$/i, /^hslang$/i, /^_hs(enc|mi)$/i, /^paid$/i, /^fbclid$/i, /^gclid$/i, /^mc_(cid|eid)$/i, /^output$/i];

/** Hosts that re-publish other people's documents: their title must name the original and say "(Kopie)". */
export const MIRROR_HOSTS = [
	'readkong.com',
	'pdfdokument.com',
	'fdokument.com',
	'pdfslide.org',
	'pdfslide.net',
	'dokumen.tips',
	'pressreader.com',
	'vdocuments.mx',
	'docplayer.org',
	'yumpu.com',
	'expydoc.com',
	'vdocuments.net',
	'9dok.net',
	'docslib.org',
];

const hostOf = (url: string) => {
	try {
		return new URL(url);
	} catch {
		return undefined;
	}
};

/** Warnings about one source: a host with a trailing dot, tracking parameters, a mirror without "(Kopie)". */
export function sourceHygiene(source: { url: string; title: string }): { field: 'url' | 'title'; message: string }[] {
	const url = hostOf(source.url);
	if (!url) return [];
	const found: { field: 'url' | 'title'; message: string }[] = [];
	if (url.hostname.endsWith('.')) found.push({ field: 'url', message: msg.trailingDot(url.hostname.slice(0, -1)) });
	const tracking = [...url.searchParams.keys()].filter((name) => TRACKING_PARAMETERS.some((pattern) => pattern.test(name)));
	if (tracking.length > 0) found.push({ field: 'url', message: msg.trackingParameter(tracking) });
	const host = url.hostname.replace(/\.$/, '');
	const mirror = MIRROR_HOSTS.find((candidate) => host === candidate || host.endsWith(`.${candidate}`));
	if (mirror && !/[(,]\s*Kopie\)\s*$/.test(source.title)) found.push({ field: 'title', message: msg.mirrorTitle(mirror) });
	return found;
}

/**
 * Citations across frontmatter and prose: a prose citation of an unknown source id is an error (the
 * frontmatter's are schema errors); a source nothing cites, and every hygiene problem, a warning.
 */
export function checkSources(data: CityData, prose: readonly ProseSection[], placeOf: (path: FieldPath) => Place, file: string): Problem[] {
	const problems: Problem[] = [];
	const ids = data.sources.map((source) => source.id);
	const cited = new Set(citedIds(data).map(({ id }) => id));
	for (const section of prose) {
		for (const citation of section.citations) {
			cited.add(citation.id);
			if (!ids.includes(citation.id))
				problems.push({ file, ...citation.at, field: 'Text', message: msg.unknownCitation(unknownRef(citation.id, ids)), severity: 'error' });
		}
	}
	data.sources.forEach((source, index) => {
		const warn = (field: string, message: string) =>
			problems.push({ file, ...placeOf(['sources', index, field]), field: `sources.${index}.${field}`, message, severity: 'warning' });
		if (!cited.has(source.id)) warn('id', msg.unusedSource(source.id));
		for (const { field, message } of sourceHygiene(source)) warn(field, message);
	});
	return problems;
}
