import * as L from 'leaflet';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { BasemapFile, LandProperties } from '../../lib/basemap';

/**
 * The base layer from /karte/basemap.json: neighbouring countries, the 16 Länder, their borders. Colours come from
 * CSS (city-map.css, from the design tokens) through class names, so they follow the colour scheme.
 */
export interface BaseLayers {
	/** Everything drawn, for switching to raster tiles and back. */
	group: L.LayerGroup;
	bounds: L.LatLngBounds;
	/** Highlights one Land (slug) or none (`''`); returns its bounds. */
	select(slug: string): L.LatLngBounds | undefined;
}

const NO_EVENTS = { interactive: false, bubblingMouseEvents: false } as const;

export function createBaseLayers(map: L.Map, basemap: BasemapFile): BaseLayers {
	const { topology } = basemap;
	const countries = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
	const laender = feature(topology, topology.objects.laender) as FeatureCollection<Polygon | MultiPolygon, LandProperties>;
	const borders = feature(topology, topology.objects.borders) as FeatureCollection<MultiLineString, { kind: string }>;
	const group = L.layerGroup().addTo(map);
	const countryLayer = L.geoJSON(countries, { ...NO_EVENTS, style: () => ({ className: 'map-country', weight: 0.8 }) });
	const states = new Map<string, L.Path>();
	const stateLayer = L.geoJSON(laender, {
		...NO_EVENTS,
		style: (item) => ({ className: `map-state map-state--${item?.properties.slug ?? ''}`, stroke: false }),
		onEachFeature: (item: Feature<Polygon | MultiPolygon, LandProperties>, layer) => states.set(item.properties.slug, layer as L.Path),
	});
	const borderLayer = L.geoJSON(borders, { ...NO_EVENTS, style: (item) => ({ className: `map-border map-border--${item?.properties.kind ?? ''}`, fill: false }) });
	group.addLayer(countryLayer).addLayer(stateLayer).addLayer(borderLayer);
	let selected: L.Path | undefined;
	return {
		group,
		bounds: countryLayer.getBounds(),
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
