import { GERMANY } from '../../schemas/germany';
import type { BasemapFile } from '../basemap';
import { decoded, mercator, pathData } from './mini-map';

/**
 * The still map of Germany that /karte/ shows in its canvas until the reader's first input starts Leaflet
 * (src/components/map/MapPreview.astro): the Länder and the neighbouring countries as SVG path data in the Web
 * Mercator of the big map, from the overview base layer. It holds no city, so the page keeps its size whatever the
 * number of profiles; the map's script draws the cities from the marker file with `projectPoint`.
 */
export interface PreviewProjection {
	/** Mercator x of the left edge and y of the top edge, and pixels per Mercator degree. */
	west: number;
	north: number;
	scale: number;
}

export interface MapPreview {
	width: number;
	height: number;
	projection: PreviewProjection;
	laender: { slug: string; d: string }[];
	foreign: string;
}

/** Width of Germany's box in the preview, in SVG units; it scales with its box. */
const WIDTH = 600;
/** Room around Germany's box, as a share of its width. */
const MARGIN = 0.03;
/** How Leaflet fits Germany into the canvas (src/components/map/leaflet-map.ts): padding in pixels, zoom steps. */
export const FIT_PADDING = 8;
export const ZOOM_SNAP = 0.25;
export const MAX_ZOOM = 11;

/** Where a point (`[lng, lat]`) lies in the preview, in SVG units. */
export function projectPoint({ west, north, scale }: PreviewProjection, at: readonly [number, number]): [number, number] {
	const [x, y] = mercator([at[0], at[1]]);
	return [Math.round((x - west) * scale * 10) / 10, Math.round((north - y) * scale * 10) / 10];
}

export function mapPreview(overview: BasemapFile): MapPreview {
	const [west0, north0, east0, south0] = germanyBox();
	const pad = (east0 - west0) * MARGIN;
	const [west, north, east, south] = [west0 - pad, north0 + pad, east0 + pad, south0 - pad];
	const scale = WIDTH / (east - west);
	const projection = { west, north, scale };
	const height = Math.round((north - south) * scale);
	const project = (position: number[]) => projectPoint(projection, [position[0] ?? 0, position[1] ?? 0]).map(Math.round) as [number, number];
	// The neighbours reach beyond Germany's box, into the room a wide or tall canvas leaves around it.
	const frame: [number, number, number, number] = [-WIDTH, -height / 2, 2 * WIDTH, 1.5 * height];
	const { laender, countries } = decoded(overview);
	return {
		width: WIDTH,
		height,
		projection,
		laender: laender.map((land) => ({ slug: land.properties.slug, d: pathData(land, project, frame, true) })),
		foreign: countries.map((country) => pathData(country, project, frame, true)).join(''),
	};
}

/** A box in Mercator degrees (`mercator` of src/lib/map/mini-map.ts): left, top, right, bottom. */
export type MercatorBox = readonly [west: number, north: number, east: number, south: number];

/** Germany's box (src/schemas/germany.ts), the view of the map without a chosen Bundesland. */
export function germanyBox(): MercatorBox {
	const [west, north] = mercator([GERMANY.lng[0], GERMANY.lat[1]]);
	const [east, south] = mercator([GERMANY.lng[1], GERMANY.lat[0]]);
	return [west, north, east, south];
}

/** A box of the preview's SVG units in Mercator degrees, e.g. the bounding box of a Land's path. */
export function toMercator({ west, north, scale }: PreviewProjection, box: { x: number; y: number; width: number; height: number }): MercatorBox {
	return [west + box.x / scale, north - box.y / scale, west + (box.x + box.width) / scale, north - (box.y + box.height) / scale];
}

/**
 * The part of the preview that Leaflet will show in a canvas of this size, as an SVG viewBox: the same Web Mercator
 * view as `map.fitBounds(box, { padding })` with zoom steps of ZOOM_SNAP, so the map does not jump when Leaflet
 * takes over. At zoom z Leaflet draws 256 · 2^z pixels per 360 Mercator degrees.
 */
export function leafletViewBox({ west, north, scale }: PreviewProjection, width: number, height: number, box: MercatorBox = germanyBox()): string {
	const [x0, y0, x1, y1] = box;
	const fit = Math.min((width - 2 * FIT_PADDING) / (x1 - x0), (height - 2 * FIT_PADDING) / (y0 - y1));
	const zoom = Math.min(MAX_ZOOM, Math.floor(Math.log2((fit * 360) / 256) / ZOOM_SNAP) * ZOOM_SNAP);
	const pixels = (256 * 2 ** zoom) / 360;
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	const round = (value: number) => Math.round(value * 10) / 10;
	return [(cx - width / 2 / pixels - west) * scale, (north - cy - height / 2 / pixels) * scale, (width / pixels) * scale, (height / pixels) * scale]
		.map(round)
		.join(' ');
}
