import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageWeight } from './page-weight';
import { gzipSize } from './wire';

/** Where the map's page and its marker file are in a built site. */
export const MAP_HTML = 'karte/index.html';
export const MARKER_FILE = '/karte/staedte.json';

/**
 * The map's figures of issue 16: the HTML of /karte/ (it must not grow with the profiles), the marker file it
 * fetches, and the first visit of /karte/ without that file.
 */
export interface MapFigures {
	htmlBytes: number;
	htmlGzipBytes: number;
	/** null when the site has no marker file (e.g. an older build that inlined the markers). */
	markerFileBytes: number | null;
	markerFileGzipBytes: number | null;
	/**
	 * First visit of /karte/ (wire bytes) less the marker file and the web font (counted apart, as for every page
	 * budget); null when the page was not measured.
	 */
	firstVisitWithoutMarkersBytes: number | null;
}

const read = (file: string) => readFile(file).catch(() => null);

export async function measureMap(dist: string, pageWeights: readonly PageWeight[]): Promise<MapFigures | null> {
	const html = await read(join(dist, MAP_HTML));
	if (!html) return null;
	const markers = await read(join(dist, MARKER_FILE.slice(1)));
	const page = pageWeights.find((weight) => weight.id === 'map');
	const markerWire = page?.resources.filter((resource) => resource.path === MARKER_FILE).reduce((sum, resource) => sum + resource.bytes, 0) ?? 0;
	return {
		htmlBytes: html.length,
		htmlGzipBytes: gzipSize(html),
		markerFileBytes: markers?.length ?? null,
		markerFileGzipBytes: markers ? gzipSize(markers) : null,
		firstVisitWithoutMarkersBytes: page ? page.totalBytes - markerWire - page.fontBytes : null,
	};
}
