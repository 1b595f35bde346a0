import * as L from 'leaflet';
import type { BasemapFile } from '../../lib/basemap';
import type { MarkerCity } from '../../lib/map/markers';
import { mapStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { GERMANY } from '../../schemas/germany';
import { FIT_PADDING, MAX_ZOOM, ZOOM_SNAP } from '../../lib/map/preview';
import { createBaseLayers } from './base-layers';
import { createLabelLayer } from './label-layer';
import { createMarkerLayer } from './marker-layer';
import type { TilesConfig } from './tile-consent';

const t = translator(mapStrings);

/** Everything that touches Leaflet; city-map.ts imports this module only when a map is about to be shown. */
export interface MapView {
	/** Shows exactly these cities (by slug) and highlights a Bundesland (slug, `''` for none), zooming to it when it changes. */
	show(slugs: ReadonlySet<string>, state: string): void;
	/** Switches the raster tiles on (with a config) or off. */
	setTiles(config: TilesConfig | undefined): void;
}

export interface MapOptions {
	cities: readonly MarkerCity[];
	/** The overview of the base layer (/karte/basemap.json). */
	basemap: BasemapFile;
	/** Fetches the Länder in detail (/karte/basemap-detail.json) when the reader zooms in. */
	detail: () => Promise<BasemapFile>;
	compact: boolean;
	/** Tells screen readers what a keyboard action changed. */
	announce: (text: string) => void;
}

/** The view on Germany: the box of the profile schema (src/schemas/germany.ts). */
const GERMANY_VIEW = L.latLngBounds([GERMANY.lat[0], GERMANY.lng[0]], [GERMANY.lat[1], GERMANY.lng[1]]);

/** Gives the browser a turn between the steps, so starting the map makes no long task. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function createMapView(canvas: HTMLElement, { cities, basemap, detail, compact, announce }: MapOptions): Promise<MapView> {
	// Evaluating Leaflet was one task; creating the map is the next.
	await pause();
	// No zoom and fade animations for readers who asked their system for less motion.
	const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
	const map = L.map(canvas, {
		zoomControl: false,
		attributionControl: false,
		zoomSnap: ZOOM_SNAP,
		maxZoom: MAX_ZOOM,
		scrollWheelZoom: !compact,
		zoomAnimation: animate,
		fadeAnimation: animate,
		markerZoomAnimation: animate,
	});
	L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
	L.control
		.attribution({ prefix: t('map.leaflet') })
		.addAttribution(t('map.attribution'))
		.addTo(map);
	map.fitBounds(GERMANY_VIEW, { padding: [FIT_PADDING, FIT_PADDING] });
	await pause();
	const base = await createBaseLayers(map, basemap, detail, pause);
	map.setMaxBounds(base.bounds);
	// Zooming out stops before the edge of the clipped outlines comes into view.
	const fitted = map.getZoom();
	const limitZoom = () => map.setMinZoom(Math.max(fitted - 1, map.getBoundsZoom(base.bounds, true)));
	limitZoom();
	map.on('resize', limitZoom);
	closeOnEscape(map, canvas);
	await pause();

	const relabel = { update: () => {} };
	const markers = createMarkerLayer(map, cities, announce, () => relabel.update());
	const labels = createLabelLayer(map, basemap, markers.marks);
	relabel.update = () => labels.update();

	let tiles: L.TileLayer | undefined;
	let state: string | undefined;
	return {
		show(slugs, selected) {
			markers.show(slugs);
			const bounds = base.select(selected);
			// Zoom to a newly chosen Bundesland, or back to Germany when the choice is cleared.
			if (selected !== (state ?? '')) map.fitBounds(bounds ?? GERMANY_VIEW, { padding: [FIT_PADDING, FIT_PADDING], animate: animate && state !== undefined });
			state = selected;
		},
		setTiles(config) {
			tiles?.remove();
			tiles = config && L.tileLayer(config.url, { attribution: config.attribution, maxZoom: 19 }).addTo(map);
			if (tiles) base.group.remove();
			else base.group.addTo(map);
		},
	};
}

/** Leaflet closes popups on Escape only while the map container itself has focus. */
function closeOnEscape(map: L.Map, canvas: HTMLElement) {
	canvas.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') map.closePopup();
	});
}
