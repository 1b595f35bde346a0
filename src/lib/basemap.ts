import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, planarTriangleArea, presimplify, simplify, type Triangle } from 'topojson-simplify';
import polylabel from 'polylabel';
import { GERMANY } from '../schemas/germany';
import { clipPolygon, polygonsOf, ringArea, type BBox } from './map/clip';
import { readLaender, type VG250Collection } from './map/laender';
import { orientationPlaces, type PlaceTuple } from './map/places';
import type { Place } from './scaffold/place';

/**
 * The map's own base layer, built at build time and served by the site (`/karte/basemap.json`), so no tile server
 * is needed: the 16 Länder from the BKG (VG250, dl-de/by-2.0, src/data/), the countries around them from Natural
 * Earth (public domain, via `world-atlas`), and places for orientation from GeoNames. One quantised TopoJSON, so
 * borders shared by two Länder are stored once; the Bundesland mini-maps use the same topology.
 */

export type { BBox } from './map/clip';

/** Wide enough to fill a landscape map that shows all of Germany, one zoom step out. */
export const BASEMAP_BBOX: BBox = [-6, 42, 27, 60];
/** Germany's box from the profile schema. */
export const GERMANY_BBOX: BBox = [GERMANY.lng[0], GERMANY.lat[0], GERMANY.lng[1], GERMANY.lat[1]];

export interface CountryProperties {
	/** ISO 3166-1 numeric code. */
	id: string;
	/** German name; empty for countries the map does not label. */
	name: string;
	/** Anchors for the name, the one nearest to Germany first (the map takes the first that is in view). */
	label: Position[];
}

export interface LandProperties {
	slug: string;
	name: string;
	/** Anchor for the name: the point inside the Land farthest from its border. */
	label: Position;
}

export type BasemapObjects = {
	countries: GeometryCollection<CountryProperties>;
	laender: GeometryCollection<LandProperties>;
	/** Germany as one shape (the Länder merged), for its border and coast; it reuses the Länder's arcs. */
	germany: GeometryCollection;
};
export type BasemapTopology = Topology<BasemapObjects>;

export interface BasemapFile {
	topology: BasemapTopology;
	/** Places for orientation, biggest first. */
	places: PlaceTuple[];
}

type Countries = { countries: GeometryCollection<{ name: string }> };
/** The shape of `world-atlas/countries-*.json`. */
export type CountriesTopology = Topology<Countries>;

export interface BasemapSources {
	countries: CountriesTopology;
	laender: VG250Collection;
	/** The gazetteer's German places (src/lib/scaffold/gazetteer.ts). */
	places: readonly Place[];
	/** German names of the countries to label, by ISO 3166-1 numeric code. */
	countryNames: Readonly<Record<string, string>>;
}

export interface BasemapOptions {
	/** Minimum triangle area (square degrees, near Germany) a vertex must span to survive simplification. */
	minWeight?: number;
	/** Rings smaller than this (square degrees) are dropped, e.g. tiny islands. */
	minRingArea?: number;
	/** Grid of the quantised coordinates (per axis over BASEMAP_BBOX). */
	quantization?: number;
	/** Smallest place (inhabitants) named for orientation. */
	minPopulation?: number;
	/** Only the Länder (and Germany's outline): no neighbours, no places. */
	laenderOnly?: boolean;
}

/**
 * The two levels the map uses: an overview for the first screens (coarse, with neighbours and places) and the
 * Länder in detail, loaded once the reader zooms in to DETAIL_ZOOM.
 */
export const OVERVIEW: BasemapOptions = { minWeight: 4e-4 };
export const DETAIL: BasemapOptions = { minWeight: 7e-5, laenderOnly: true };
export const DETAIL_ZOOM = 7.5;

/**
 * Weighs a vertex by the area of its triangle, less the farther it lies from Germany: the neighbours keep their
 * shape near the border and lose detail where the map only shows them at its edge.
 */
const weighNearGermany = (triangle: Triangle): number => {
	const [x = 0, y = 0] = triangle[1];
	const [west, south, east, north] = GERMANY_BBOX;
	const distance = Math.hypot(Math.max(0, west - x, x - east), Math.max(0, south - y, y - north));
	return planarTriangleArea(triangle) / (1 + distance ** 2) ** 1.5;
};

/** Natural Earth countries clipped to the region (the whole topology is simplified later, nearer Germany finer). */
function countriesAround(world: CountriesTopology, names: Readonly<Record<string, string>>): FeatureCollection<MultiPolygon, { id: string; name: string }> {
	const features = feature(world, world.objects.countries).features.flatMap((country): Feature<MultiPolygon, { id: string; name: string }>[] => {
		const geometry = country.geometry;
		if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
		const polygons = polygonsOf(geometry)
			.map((polygon) => clipPolygon(polygon, BASEMAP_BBOX))
			.filter((polygon) => polygon.length > 0);
		if (polygons.length === 0) return [];
		const id = String(country.id ?? '');
		return [{ type: 'Feature', properties: { id, name: names[id] ?? '' }, geometry: { type: 'MultiPolygon', coordinates: polygons } }];
	});
	return { type: 'FeatureCollection', features };
}

/** The largest polygon of a geometry (by planar area of its outer ring). */
function largest(geometry: Polygon | MultiPolygon): Position[][] {
	return polygonsOf(geometry).reduce((best, polygon) => (ringArea(polygon[0] ?? []) > ringArea(best[0] ?? []) ? polygon : best), [] as Position[][]);
}

const pole = (polygon: Position[][], precision = 0.01): Position => {
	const [x, y] = polylabel(polygon as [number, number][][], precision);
	return [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
};

/** Anchors for a neighbour's name inside Germany's box grown by 0.4°, 1.2°, 3°: the first is nearest to Germany. */
function countryAnchors(geometry: Polygon | MultiPolygon): Position[] {
	const [west, south, east, north] = GERMANY_BBOX;
	return [0.4, 1.2, 3]
		.flatMap((grow) => {
			const box: BBox = [west - grow, south - grow, east + grow, north + grow];
			const parts = polygonsOf(geometry)
				.map((polygon) => clipPolygon(polygon, box))
				.filter((polygon) => polygon.length > 0);
			const part = largest({ type: 'MultiPolygon', coordinates: parts });
			// Skip slivers: the name needs some room.
			return ringArea(part[0] ?? []) > 0.15 * grow ? [pole(part)] : [];
		})
		.filter((anchor, index, all) => all.findIndex((other) => String(other) === String(anchor)) === index);
}

type RawTopology = Topology<{ countries: GeometryCollection<{ id: string; name: string }>; laender: GeometryCollection<{ slug: string; name: string }> }>;

/** The merged topology with its simplification weights: computed once per set of sources, simplified at several levels. */
const presimplified = new WeakMap<BasemapSources, RawTopology>();

function prepare(sources: BasemapSources): RawTopology {
	let prepared = presimplified.get(sources);
	if (!prepared) {
		const raw = topology({ countries: countriesAround(sources.countries, sources.countryNames), laender: readLaender(sources.laender) }) as RawTopology;
		prepared = presimplify(raw, weighNearGermany);
		presimplified.set(sources, prepared);
	}
	return prepared;
}

/**
 * The base layer at one level of detail. `laenderOnly` leaves out the neighbours and the places: the detail layer the
 * map loads when the reader zooms in (`/karte/basemap-detail.json`).
 */
export function buildBasemap(sources: BasemapSources, options: BasemapOptions = {}): BasemapFile {
	const { minWeight = 7e-5, minRingArea = 2e-4, quantization = 2e4, minPopulation = 40_000, laenderOnly = false } = options;
	const simplified = simplify(prepare(sources), minWeight);
	const chosen = laenderOnly ? { ...simplified, objects: { laender: simplified.objects.laender } } : simplified;
	// Filtering also drops the arcs no object uses any more.
	const kept = filter(chosen as RawTopology, filterWeight(chosen as RawTopology, minRingArea)) as RawTopology;
	const quantised = quantize(kept, quantization);
	const { objects } = quantised;

	const shapeOf = (geometry: GeometryObject) => (feature(quantised, geometry) as Feature<Polygon | MultiPolygon>).geometry;
	const countryGeometries = (objects.countries?.geometries ?? []).map((geometry) => {
		const { id = '', name = '' } = (geometry.properties ?? {}) as { id?: string; name?: string };
		const shape = shapeOf(geometry);
		const label = name && id !== '276' ? countryAnchors(shape) : [];
		// A country too far away to be seen beside Germany gets no name.
		return { ...geometry, properties: { id, name: label.length > 0 ? name : '', label } };
	});
	const landGeometries = objects.laender.geometries.map((geometry) => {
		const { slug = '', name = '' } = (geometry.properties ?? {}) as { slug?: string; name?: string };
		return { ...geometry, properties: { slug, name, label: pole(largest(shapeOf(geometry))) } };
	});
	const germany = mergeArcs(quantised, objects.laender.geometries as (TopoPolygon | TopoMultiPolygon)[]);
	return {
		topology: {
			...quantised,
			objects: {
				countries: { type: 'GeometryCollection', geometries: countryGeometries },
				laender: { type: 'GeometryCollection', geometries: landGeometries },
				germany: { type: 'GeometryCollection', geometries: [germany] },
			},
		} as BasemapTopology,
		places: laenderOnly ? [] : orientationPlaces(sources.places, minPopulation),
	};
}
