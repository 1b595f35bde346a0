import detail from '../data/basemap/detail.json' with { type: 'json' };
import overview from '../data/basemap/overview.json' with { type: 'json' };
import type { BasemapFile } from './basemap';
import type { BasemapLevel } from './basemap-files';

/**
 * The base layer at one level (src/lib/basemap.ts: OVERVIEW, DETAIL), as `npx tsx scripts/basemap.ts` wrote it to
 * src/data/basemap/ from the sources in the repository (src/lib/basemap-files.ts): the map's `/karte/basemap.json`
 * and `/karte/basemap-detail.json`, its still preview and the Bundesland mini-maps.
 */
export function loadBasemap(level: BasemapLevel): BasemapFile {
	return (level === 'overview' ? overview : detail) as unknown as BasemapFile;
}
