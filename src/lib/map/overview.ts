import { loadBasemap } from '../basemap-source';
import type { CityRecord } from '../records';
import type { AgendaStatus } from '../../schemas/city';
import { escapeXml } from '../xml';
import { overviewMap, type OverviewMap } from './mini-map';

/** The marks as characters, for the legend under the picture (MapOverview.astro). */
export const OVERVIEW_GLYPHS: Record<AgendaStatus, string> = { beschlossen: '●', 'in-erarbeitung': '◐', keine: '■', unbekannt: '⬚' };

const R = 6;
/** Font size of the city names in the picture's pixels (it is 640 pixels wide at most). */
const LABEL_SIZE = 14;

const cache = new WeakMap<readonly CityRecord[], OverviewMap>();

/** The overview map of these cities, computed once per build for the SVG file and the pages that show it. */
export function cityOverview(records: readonly CityRecord[]): OverviewMap {
	let map = cache.get(records);
	if (!map) {
		const basemap = loadBasemap('overview');
		const cities = records.map(({ slug, name, lng, lat, status }) => ({ slug, name, lng, lat, status }));
		map = overviewMap({ laender: basemap, countries: basemap }, cities, { maxWidth: 640, maxHeight: 800, labelSize: LABEL_SIZE });
		cache.set(records, map);
	}
	return map;
}

const RULES = `
svg { font-family: var(--font-body); }
.water { fill: var(--map-water); }
.foreign { fill: var(--map-foreign); stroke: var(--map-foreign-border); stroke-width: 0.8; }
.land { fill: var(--map-land); stroke: var(--map-state-border); stroke-width: 1; stroke-linejoin: round; }
.city { stroke-width: 2; }
.beschlossen { fill: var(--status-beschlossen); stroke: var(--map-halo); }
.in-erarbeitung { fill: var(--map-halo); stroke: var(--status-in-erarbeitung); }
.in-erarbeitung-half { fill: var(--status-in-erarbeitung); }
.keine { fill: var(--status-keine); stroke: var(--map-halo); }
.unbekannt { fill: var(--map-halo); stroke: var(--status-unbekannt); stroke-dasharray: 3 2; }
.label { fill: var(--map-label); stroke: var(--map-halo); stroke-width: 3px; stroke-linejoin: round; paint-order: stroke; font-weight: 600; }
`;

function mark({ x, y, status }: { x: number; y: number; status: string }): string {
	switch (status) {
		case 'beschlossen':
			return `<circle class="city beschlossen" cx="${x}" cy="${y}" r="${R}"/>`;
		case 'in-erarbeitung':
			return `<circle class="city in-erarbeitung" cx="${x}" cy="${y}" r="${R}"/><path class="in-erarbeitung-half" d="M${x} ${y - R}A${R} ${R} 0 0 0 ${x} ${y + R}Z"/>`;
		default:
			return `<rect class="city ${status === 'keine' ? 'keine' : 'unbekannt'}" x="${x - R + 1}" y="${y - R + 1}" width="${2 * R - 2}" height="${2 * R - 2}" rx="1.5"/>`;
	}
}

/**
 * The overview map as a standalone SVG file (`/karte/uebersicht.svg`), the picture /karte/ and the start page show
 * without JavaScript. An image cannot read the page's styles, so the file carries them: the design tokens and the
 * map colours (`css`; map-colors.css defines them on `.mini-map`, hence the root's class) with its own rules below;
 * the tokens' `prefers-color-scheme` block gives it the dark scheme.
 * Each status has its own mark, as on the map, so that it does not rely on colour alone: beschlossen a filled dot,
 * in Erarbeitung a half-filled one (◐), keine a square, nicht bekannt a dashed square.
 */
export function overviewSvg(map: OverviewMap, { title, css }: { title: string; css: string }): string {
	const { width, height } = map;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" class="mini-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">`,
		`<title>${escapeXml(title)}</title>`,
		`<style><![CDATA[${css}${RULES}.label { font-size: ${LABEL_SIZE}px; }]]></style>`,
		`<rect class="water" width="${width}" height="${height}"/>`,
		`<path class="foreign" d="${map.foreign}"/>`,
		...map.laender.map((land) => `<path class="land" d="${land.d}"/>`),
		...map.cities.map(mark),
		...map.cities.flatMap((city) => (city.label ? [`<text class="label" x="${city.label.x}" y="${city.label.y}">${escapeXml(city.name)}</text>`] : [])),
		'</svg>',
	].join('\n');
}
