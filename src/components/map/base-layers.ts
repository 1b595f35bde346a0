import * as L from 'leaflet';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { BasemapFile, LandProperties } from '../../lib/basemap';

/**
 * The base layer from /karte/basemap.json: neighbouring countries, the 16 Länder (their outlines are the borders
 * between them), Germany's border and coast. Colours come from CSS (city-map.css, from the design tokens) through
 * class names, so they follow the colour scheme. Each layer is built in its own task (`pause`), so drawing the
 * base map makes no long task.
 */
export interface BaseLayers {
	/** Everything drawn, for switching to raster tiles and back. */
	group: L.LayerGroup;
	bounds: L.LatLngBounds;
	/** Highlights one Land (slug) or none (`''`); returns its bounds. */
	select(slug: string): L.LatLngBounds | undefined;
}

type Shape = Feature<Polygon | MultiPolygon>;
const NO_EVENTS = { interactive: false, bubblingMouseEvents: false } as const;

export async function createBaseLayers(map: L.Map, basemap: BasemapFile, pause: () => Promise<void>): Promise<BaseLayers> {
	const { topology } = basemap;
	const group = L.layerGroup().addTo(map);
	const countries = L.geoJSON(feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>, {
		...NO_EVENTS,
		style: () => ({ className: 'map-country', weight: 0.8 }),
	});
	await pause();
	group.addLayer(countries);
	await pause();
	const states = new Map<string, L.Path>();
	const laender = L.geoJSON(feature(topology, topology.objects.laender) as FeatureCollection<Polygon | MultiPolygon, LandProperties>, {
		...NO_EVENTS,
		style: (item) => ({ className: `map-state map-state--${item?.properties.slug ?? ''}` }),
		onEachFeature: (item: Feature<Polygon | MultiPolygon, LandProperties>, layer) => states.set(item.properties.slug, layer as L.Path),
	});
	await pause();
	group.addLayer(laender);
	await pause();
	const outline = L.geoJSON(feature(topology, topology.objects.germany) as FeatureCollection<Polygon | MultiPolygon> | Shape, {
		...NO_EVENTS,
		style: () => ({ className: 'map-germany', fill: false }),
	});
	group.addLayer(outline);
	let selected: L.Path | undefined;
	return {
		group,
		bounds: countries.getBounds(),
		select(slug) {
			selected?.getElement()?.classList.remove('map-state--selected');
			selected = states.get(slug);
			map.getContainer().classList.toggle('map--state-selected', Boolean(selected));
			if (!selected) return undefined;
			selected.getElement()?.classList.add('map-state--selected');
			selected.bringToFront();
			return (selected as L.Polygon).getBounds();
		},
	};
}
