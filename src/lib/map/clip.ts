import type { Position } from 'geojson';

/** `[west, south, east, north]` in degrees. */
export type BBox = readonly [number, number, number, number];

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
	const [west, south, east, north] = bbox;
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x = NaN, y = NaN] of ring) {
		minX = Math.min(minX, x);
		minY = Math.min(minY, y);
		maxX = Math.max(maxX, x);
		maxY = Math.max(maxY, y);
	}
	if (maxX < west || minX > east || maxY < south || minY > north) return [];
	if (minX >= west && maxX <= east && minY >= south && maxY <= north) return ring.length >= 4 ? ring.map(xy) : [];
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

/** Clips every ring of a polygon; an outer ring that vanishes takes its holes with it. */
export function clipPolygon(polygon: Position[][], bbox: BBox): Position[][] {
	const [outer, ...holes] = polygon.map((ring) => clipRing(ring, bbox));
	if (!outer || outer.length < 4) return [];
	return [outer, ...holes.filter((ring) => ring.length >= 4)];
}

/** Planar area of a ring in square degrees (shoelace formula), always positive. */
export function ringArea(ring: Position[]): number {
	let sum = 0;
	ring.forEach(([x = 0, y = 0], index) => {
		const [nx = 0, ny = 0] = ring[(index + 1) % ring.length] ?? [];
		sum += x * ny - nx * y;
	});
	return Math.abs(sum) / 2;
}

/** The polygons of a Polygon or MultiPolygon geometry. */
export const polygonsOf = (geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] }): Position[][][] =>
	geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
