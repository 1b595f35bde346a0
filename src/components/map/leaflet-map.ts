import * as L from 'leaflet';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CityProperties } from '../../lib/geojson';
import type { BasemapCollection, BasemapProperties } from '../../lib/basemap';
import { mapStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { markerContent, popupContent } from './popup';
import { declutter } from './declutter';
import type { TilesConfig } from './tile-consent';
import { GERMANY } from '../../schemas/germany';

const t = translator(mapStrings);

/** Everything that touches Leaflet; city-map.ts imports this module only when a map is about to be shown. */
export interface MapView {
	/** Shows exactly these cities (by slug), in the order of the features, so Tab follows the list. */
	show(slugs: ReadonlySet<string>): void;
	/** Switches the raster tiles on (with a config) or off. */
	setTiles(config: TilesConfig | undefined): void;
}

export interface MapOptions {
	cities: FeatureCollection<Point, CityProperties>;
	basemap: BasemapCollection;
	compact: boolean;
}

/** The view on Germany: the box of the profile schema (src/schemas/germany.ts). */
const GERMANY_VIEW: L.LatLngBoundsExpression = [
	[GERMANY.lat[0], GERMANY.lng[0]],
	[GERMANY.lat[1], GERMANY.lng[1]],
];
const LAND = { stroke: true, color: '#8a94a3', weight: 0.8, fillColor: '#eceef1', fillOpacity: 1 };
const GERMANY_LAND = { ...LAND, color: '#4a5361', weight: 1.5, fillColor: '#ffffff' };
/** Marker size (24 px, see cityMarker) plus a small gap: markers closer than this are moved apart. */
const MARKER_SPACE = 27;
const LEADER = { pane: 'leaders', interactive: false, color: '#4a5361', weight: 1 };

export function createMapView(canvas: HTMLElement, { cities, basemap, compact }: MapOptions): MapView {
	const map = L.map(canvas, { zoomControl: false, attributionControl: false, zoomSnap: 0.25, maxZoom: 12, scrollWheelZoom: !compact });
	L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
	L.control
		.attribution({ prefix: t('map.leaflet') })
		.addAttribution(t('map.attribution'))
		.addTo(map);
	const outlines = L.geoJSON<BasemapProperties>(basemap, {
		interactive: false,
		style: (feature) => (feature?.properties.germany ? GERMANY_LAND : LAND),
	}).addTo(map);
	map.fitBounds(GERMANY_VIEW, { padding: [8, 8] });
	map.setMaxBounds(outlines.getBounds());
	// Zooming out stops before the edge of the clipped outlines comes into view.
	const fitted = map.getZoom();
	const limitZoom = () => map.setMinZoom(Math.max(fitted - 1, map.getBoundsZoom(outlines.getBounds(), true)));
	limitZoom();
	map.on('resize', limitZoom);

	const markers = cities.features.map((feature) => [feature.properties.slug, cityMarker(feature, map)] as const);
	const homes = new Map(markers.map(([, marker]) => [marker, marker.getLatLng()]));
	const layer = L.layerGroup().addTo(map);
	map.createPane('leaders').style.zIndex = '450';
	const leaders = L.layerGroup().addTo(map);
	closeOnEscape(map, canvas);

	/** Where markers would overlap at this zoom, moves them apart; a thin line leads back to the true place. */
	const spread = () => {
		leaders.clearLayers();
		const shown = markers.map(([, marker]) => marker).filter((marker) => layer.hasLayer(marker));
		const homePoints = shown.map((marker) => map.latLngToLayerPoint(homes.get(marker) ?? marker.getLatLng()));
		const placed = declutter(homePoints, MARKER_SPACE);
		shown.forEach((marker, index) => {
			const home = homes.get(marker) ?? marker.getLatLng();
			const point = placed[index];
			const homePoint = homePoints[index];
			if (!point || !homePoint) return;
			const { x, y } = point;
			const moved = Math.hypot(x - homePoint.x, y - homePoint.y) >= 1;
			marker.setLatLng(moved ? map.layerPointToLatLng([x, y]) : home);
			if (moved) {
				leaders.addLayer(L.polyline([home, marker.getLatLng()], LEADER));
				leaders.addLayer(L.circleMarker(home, { ...LEADER, radius: 2, fill: true, fillOpacity: 1 }));
			}
		});
	};
	map.on('zoomend', spread);

	let tiles: L.TileLayer | undefined;
	return {
		show(slugs) {
			for (const [slug, marker] of markers) {
				if (slugs.has(slug)) layer.addLayer(marker);
				else layer.removeLayer(marker);
			}
			// Re-adding appends to the pane; restore the feature order so Tab stays alphabetical.
			for (const [, marker] of markers) {
				const icon = marker.getElement();
				if (icon && layer.hasLayer(marker)) icon.parentElement?.append(icon);
			}
			spread();
		},
		setTiles(config) {
			tiles?.remove();
			tiles = config && L.tileLayer(config.url, { attribution: config.attribution, maxZoom: 19 }).addTo(map);
			if (tiles) outlines.remove();
			else outlines.addTo(map);
		},
	};
}

function cityMarker(feature: Feature<Point, CityProperties>, map: L.Map): L.Marker {
	const city = feature.properties;
	const [lng = NaN, lat = NaN] = feature.geometry.coordinates;
	const icon = L.divIcon({
		className: `city-marker city-marker--${city.status}`,
		html: markerContent(city),
		iconSize: [24, 24],
		popupAnchor: [0, -10],
	});
	const marker = L.marker([lat, lng], { icon, title: city.name, keyboard: true, riseOnHover: true });
	marker.bindPopup(() => popupContent(city), { maxWidth: 280, autoPanPadding: [16, 16] });
	marker.on('add', () => {
		const element = marker.getElement();
		if (!element) return;
		// Leaflet opens popups on Enter only; buttons also react to Space. Focus moves into the popup.
		element.addEventListener('keydown', (event) => {
			if (event.key !== 'Enter' && event.key !== ' ') return;
			event.preventDefault();
			marker.openPopup();
			marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.city-popup a')?.focus({ preventScroll: true });
		});
		element.addEventListener('focus', () => {
			marker.setZIndexOffset(1000);
			if (!map.getBounds().contains(marker.getLatLng())) map.panTo(marker.getLatLng());
		});
		element.addEventListener('blur', () => marker.setZIndexOffset(0));
	});
	marker.on('popupopen', (event) => {
		const close = event.popup.getElement()?.querySelector<HTMLElement>('.leaflet-popup-close-button');
		if (!close || close.dataset.ready) return;
		close.dataset.ready = '';
		close.setAttribute('aria-label', t('map.closePopup'));
		// Leaflet's close "button" is a link: make Space work as on a real button.
		close.addEventListener('keydown', (keyEvent) => {
			if (keyEvent.key !== ' ') return;
			keyEvent.preventDefault();
			map.closePopup();
		});
	});
	marker.on('popupclose', (event) => {
		// Closing by keyboard (Escape, close button) must not strand the focus on <body>.
		const active = document.activeElement;
		if (!active || active === document.body || event.popup.getElement()?.contains(active)) {
			marker.getElement()?.focus({ preventScroll: true });
		}
	});
	return marker;
}

/** Leaflet closes popups on Escape only while the map container itself has focus. */
function closeOnEscape(map: L.Map, canvas: HTMLElement) {
	canvas.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') map.closePopup();
	});
}
