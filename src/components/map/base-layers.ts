import * as L from 'leaflet';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { DETAIL_ZOOM, type BasemapFile, type LandProperties } from '../../lib/basemap';

/**
 * The base layer: neighbouring countries, the 16 Länder (their outlines are the borders between them), Germany's
 * border and coast. It starts with the coarse overview (/karte/basemap.json) and swaps in the Länder in detail
 * (/karte/basemap-detail.json) once the reader zooms in to DETAIL_ZOOM. Colours come from CSS (city-map.css, from the
 * design tokens) through class names, so they follow the colour scheme. Each layer is built in its own task
 * (`pause`), so drawing the base map makes no long task.
 */
export interface BaseLayers {
	/** Everything drawn, for switching to raster tiles and back. */
	group: L.LayerGroup;
	bounds: L.LatLngBounds;
	/** Highlights one Land (slug) or none (`''`); returns its bounds. */
	select(slug: string): L.LatLngBounds | undefined;
}

type Shapes = FeatureCollection<Polygon | MultiPolygon>;

/**
 * Not interactive; no simplification by Leaflet on every move (`smoothFactor: 0`): the base layer is simplified at
 * build time already, and simplifying again on the main thread at each pan and zoom costs more than drawing.
 */
const NO_EVENTS = { interactive: false, bubblingMouseEvents: false, smoothFactor: 0 } as const;

/** The Länder and Germany's outline of one level of detail. */
function germanyLayers({ topology }: BasemapFile) {
	const states = new Map<string, L.Path>();
	const laender = L.geoJSON(feature(topology, topology.objects.laender) as FeatureCollection<Polygon | MultiPolygon, LandProperties>, {
		...NO_EVENTS,
		style: (item) => ({ className: `map-state map-state--${item?.properties.slug ?? ''}` }),
		onEachFeature: (item: Feature<Polygon | MultiPolygon, LandProperties>, layer) => states.set(item.properties.slug, layer as L.Path),
	});
	const outline = L.geoJSON(feature(topology, topology.objects.germany) as Shapes, { ...NO_EVENTS, style: () => ({ className: 'map-germany', fill: false }) });
	return { states, laender, outline };
}

export async function createBaseLayers(map: L.Map, overview: BasemapFile, detail: () => Promise<BasemapFile>, pause: () => Promise<void>): Promise<BaseLayers> {
	const group = L.layerGroup().addTo(map);
	const countries = L.geoJSON(feature(overview.topology, overview.topology.objects.countries) as Shapes, {
		...NO_EVENTS,
		style: () => ({ className: 'map-country', weight: 0.8 }),
	});
	await pause();
	group.addLayer(countries);
	await pause();
	let current = germanyLayers(overview);
	await pause();
	group.addLayer(current.laender).addLayer(current.outline);
	let slug = '';

	const highlight = () => {
		map.getContainer().classList.toggle('map--state-selected', Boolean(slug));
		const selected = current.states.get(slug);
		if (!selected) return undefined;
		selected.getElement()?.classList.add('map-state--selected');
		selected.bringToFront();
		return (selected as L.Polygon).getBounds();
	};

	let upgrading = false;
	const upgrade = async () => {
		if (upgrading || map.getZoom() < DETAIL_ZOOM) return;
		upgrading = true;
		try {
			const next = germanyLayers(await detail());
			await pause();
			group.removeLayer(current.laender).removeLayer(current.outline);
			current = next;
			group.addLayer(current.laender).addLayer(current.outline);
			highlight();
			map.off('zoomend', upgrade);
		} catch {
			// The overview stays; the next zoom tries again.
			upgrading = false;
		}
	};
	map.on('zoomend', upgrade);

	return {
		group,
		bounds: countries.getBounds(),
		select(next) {
			current.states.get(slug)?.getElement()?.classList.remove('map-state--selected');
			slug = next;
			return highlight();
		},
	};
}
