import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';

/**
 * The map's own base layer: country outlines from Natural Earth (public domain, via `world-atlas`),
 * simplified and clipped to the region around Germany at build time, so no tile server is needed.
 */

/** `[west, south, east, north]` in degrees. */
export type BBox = readonly [number, number, number, number];

/** Wide enough to fill a landscape map that shows all of Germany. */
export const BASEMAP_BBOX: BBox = [-6, 42, 27, 60];
/** ISO 3166-1 numeric code of Germany in Natural Earth / world-atlas. */
const GERMANY_ID = '276';

export interface BasemapProperties {
	name: string;
	germany: boolean;
}

export type BasemapCollection = FeatureCollection<Polygon | MultiPolygon, BasemapProperties>;

export interface BasemapOptions {
	bbox?: BBox;
	/** Minimum triangle area (square degrees) a vertex must span to survive simplification. */
	minWeight?: number;
	/** Rings smaller than this (square degrees) are dropped, e.g. tiny islands. */
	minRingArea?: number;
	/** Decimal places kept in coordinates. */
	precision?: number;
}

type Countries = { countries: GeometryCollection<{ name: string }> };
/** The shape of `world-atlas/countries-*.json`. */
export type CountriesTopology = Topology<Countries>;

export function buildBasemap(topology: CountriesTopology, options: BasemapOptions = {}): BasemapCollection {
	const { bbox = BASEMAP_BBOX, minWeight = 0.0015, minRingArea = 0.01, precision = 3 } = options;
	const simplified = simplify(presimplify(topology), minWeight);
	const filtered = filter(simplified, filterWeight(simplified, minRingArea)) as CountriesTopology;
	const countries = feature(filtered, filtered.objects.countries).features;
	const features: Feature<Polygon | MultiPolygon, BasemapProperties>[] = [];
	for (const country of countries) {
		const geometry = country.geometry;
		if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
		const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		const clipped = polygons.map((polygon) => clipPolygon(polygon, bbox, precision)).filter((polygon) => polygon.length > 0);
		const [only, ...more] = clipped;
		if (!only) continue;
		features.push({
			type: 'Feature',
			properties: { name: country.properties?.name ?? '', germany: country.id === GERMANY_ID },
			geometry: more.length === 0 ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: clipped },
		});
	}
	return { type: 'FeatureCollection', features };
}

/** Clips every ring of a polygon; an outer ring that vanishes takes its holes with it. */
function clipPolygon(polygon: Position[][], bbox: BBox, precision = 3): Position[][] {
	const [outer, ...holes] = polygon.map((ring) => roundRing(clipRing(ring, bbox), precision));
	if (!outer || outer.length < 4) return [];
	return [outer, ...holes.filter((ring) => ring.length >= 4)];
}

/** A position as the clipping works with it: longitude and latitude only. */
type XY = [x: number, y: number];
const xy = ([x = NaN, y = NaN]: Position): XY => [x, y];

type Edge = { inside: (p: XY) => boolean; cross: (a: XY, b: XY) => XY };

const edges = ([west, south, east, north]: BBox): Edge[] => {
	const atX =
		(x: number) =>
		(a: XY, b: XY): XY => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
	const atY =
		(y: number) =>
		(a: XY, b: XY): XY => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
	return [
		{ inside: (p) => p[0] >= west, cross: atX(west) },
		{ inside: (p) => p[0] <= east, cross: atX(east) },
		{ inside: (p) => p[1] >= south, cross: atY(south) },
		{ inside: (p) => p[1] <= north, cross: atY(north) },
	];
};

/** Sutherland–Hodgman clipping of a closed ring against a rectangle; returns a closed ring or `[]`. */
export function clipRing(ring: Position[], bbox: BBox): Position[] {
	let points = ring.slice(0, -1).map(xy);
	for (const { inside, cross } of edges(bbox)) {
		const input = points;
		points = [];
		input.forEach((current, index) => {
			const previous = input.at(index - 1) ?? current;
			if (inside(current)) {
				if (!inside(previous)) points.push(cross(previous, current));
				points.push(current);
			} else if (inside(previous)) {
				points.push(cross(previous, current));
			}
		});
		if (points.length === 0) return [];
	}
	const [first] = points;
	return first && points.length >= 3 ? [...points, first] : [];
}

function roundRing(ring: Position[], precision: number): Position[] {
	const factor = 10 ** precision;
	const rounded: Position[] = [];
	for (const [x, y] of ring.map(xy)) {
		const point = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
		const last = rounded.at(-1);
		if (!last || last[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
	}
	return rounded;
}
