import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { BasemapFile } from '../basemap';
import { clipRing, polygonsOf, type BBox } from './clip';
import { aroundPoint, estimatedTextWidth, placeLabels } from './labels';

/**
 * A static map of one Bundesland for its page (src/components/map/StateMiniMap.astro): the Land, its neighbours,
 * its cities with collision-free names, in Web Mercator like the big map, as SVG path data. Built at build time from
 * the same base layer as /karte/; the page needs no JavaScript. `overviewMap` draws all of Germany the same way
 * (the still picture of /karte/ without JavaScript, src/lib/map/overview.ts).
 */
export interface MiniMapCity {
	slug: string;
	name: string;
	lng: number;
	lat: number;
	status: string;
}

export interface MiniMap {
	width: number;
	height: number;
	/** Path data of the Land itself. */
	land: string;
	/** Path data of the other Länder and the countries that reach into the view. */
	others: string;
	foreign: string;
	cities: (MiniMapCity & { x: number; y: number; label: { x: number; y: number } | null })[];
}

export interface MiniMapOptions {
	/** Largest width and height in pixels (the SVG scales down with its container). */
	maxWidth?: number;
	maxHeight?: number;
	/** Margin around the Land, as a share of its size. */
	margin?: number;
	/** Font size of the names in pixels (mini-map.css: 12). */
	labelSize?: number;
}

export const mercator = ([lng = 0, lat = 0]: Position): [number, number] => [lng, (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI];

/** Font size of the names in pixels (mini-map.css); their line box is a quarter more. */
const LABEL_SIZE = 12;
const DOT = 5;

/** Where the mini-map takes its shapes from: the Länder in detail, the neighbours from the overview. */
export interface MiniMapSources {
	laender: BasemapFile;
	countries: BasemapFile;
}

export function miniMap(sources: MiniMapSources, slug: string, cities: readonly MiniMapCity[], options: MiniMapOptions = {}): MiniMap {
	const { laender, countries } = shapesOf(sources);
	const land = laender.find((item) => item.properties.slug === slug);
	if (!land) throw new Error(`mini-map: unknown Bundesland ${slug}`);
	const view = framed([land], cities, options);
	return {
		width: view.width,
		height: view.height,
		land: pathData(land, view.project),
		others: view.path(laender.filter((item) => item !== land && view.inView(item))),
		foreign: view.path(countries.filter(view.inView)),
		cities: view.cities,
	};
}

/** A static map of all of Germany (the fallback of /karte/ without JavaScript): every Land with its borders, the neighbours, the cities. */
export interface OverviewMap {
	width: number;
	height: number;
	laender: { slug: string; d: string }[];
	foreign: string;
	cities: MiniMap['cities'];
}

export function overviewMap(sources: MiniMapSources, cities: readonly MiniMapCity[], options: MiniMapOptions = {}): OverviewMap {
	const { laender, countries } = shapesOf(sources);
	const view = framed(laender, cities, { margin: 0.03, ...options });
	return {
		width: view.width,
		height: view.height,
		laender: laender.map((item) => ({ slug: item.properties.slug, d: pathData(item, view.project, undefined, true) })),
		foreign: view.path(countries.filter(view.inView), true),
		cities: view.cities,
	};
}

const shapesOf = (sources: MiniMapSources) => ({ laender: decoded(sources.laender).laender, countries: decoded(sources.countries).countries });

/** The frame around `focus` (Web Mercator, at most maxWidth × maxHeight pixels), and the cities in it with collision-free names. */
function framed(focus: readonly Feature<Polygon | MultiPolygon>[], cities: readonly MiniMapCity[], options: MiniMapOptions) {
	const { maxWidth = 320, maxHeight = 320, margin = 0.06, labelSize = LABEL_SIZE } = options;
	const points = focus.flatMap((item) => polygonsOf(item.geometry).flat(2)).map(mercator);
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const pad = Math.max(maxX - minX, maxY - minY) * margin;
	const [west, east, south, north] = [minX - pad, maxX + pad, minY - pad, maxY + pad];
	const scale = Math.min(maxWidth / (east - west), maxHeight / (north - south));
	const width = Math.round((east - west) * scale);
	const height = Math.round((north - south) * scale);
	const project = (position: Position): [number, number] => {
		const [x, y] = mercator(position);
		return [Math.round((x - west) * scale), Math.round((north - y) * scale)];
	};
	const inView = (item: Feature<Polygon | MultiPolygon>) =>
		polygonsOf(item.geometry).some((polygon) =>
			(polygon[0] ?? []).some((position) => {
				const [x, y] = project(position);
				return x >= -width && x <= 2 * width && y >= -height && y <= 2 * height;
			}),
		);
	const frame: BBox = [-4, -4, width + 4, height + 4];
	const path = (items: Feature<Polygon | MultiPolygon>[], relative = false) => items.map((item) => pathData(item, project, frame, relative)).join('');

	const placedCities = cities.map((city) => {
		const [x, y] = project([city.lng, city.lat]);
		return { ...city, x, y };
	});
	const lineHeight = Math.round(labelSize * 1.25);
	const labels = placeLabels(
		placedCities.map((city) => ({ candidates: aroundPoint(city.x, city.y, DOT, estimatedTextWidth(city.name, labelSize), lineHeight), data: city.slug })),
		{
			obstacles: placedCities.map(({ x, y }) => ({ x: x - DOT, y: y - DOT, width: 2 * DOT, height: 2 * DOT })),
			bounds: { x: 0, y: 0, width, height },
			padding: 1,
		},
	);
	const labelOf = new Map(labels.map(({ box, data }) => [data, { x: box.x + 2, y: box.y + lineHeight - Math.round(labelSize / 3) }]));
	return { width, height, project, inView, path, cities: placedCities.map((city) => ({ ...city, label: labelOf.get(city.slug) ?? null })) };
}

const cache = new WeakMap<BasemapFile, { laender: Feature<Polygon | MultiPolygon, { slug: string }>[]; countries: Feature<Polygon | MultiPolygon>[] }>();

/** The base layer as GeoJSON, decoded once per build for all 16 mini-maps. */
export function decoded(basemap: BasemapFile) {
	let shapes = cache.get(basemap);
	if (!shapes) {
		const { topology } = basemap;
		shapes = {
			laender: feature(topology, topology.objects.laender).features as Feature<Polygon | MultiPolygon, { slug: string }>[],
			countries: feature(topology, topology.objects.countries).features as Feature<Polygon | MultiPolygon>[],
		};
		cache.set(basemap, shapes);
	}
	return shapes;
}

/**
 * SVG path data of a polygon feature in whole pixels, without repeated points; clipped to `frame` when given. With
 * `relative`, each ring is one move and then steps from point to point (`l`), a third smaller than absolute points.
 */
export function pathData(item: Feature<Polygon | MultiPolygon>, project: (position: Position) => [number, number], frame?: BBox, relative = false): string {
	return polygonsOf(item.geometry)
		.flat()
		.map((ring) => {
			const projected = ring.map(project);
			const points: [number, number][] = [];
			for (const position of frame ? clipRing(projected, frame) : projected) {
				const [x = 0, y = 0] = position.map(Math.round);
				const last = points.at(-1);
				if (!last || last[0] !== x || last[1] !== y) points.push([x, y]);
			}
			if (points.length <= 2) return '';
			if (!relative) return `M${points.map((point) => point.join(' ')).join('L')}Z`;
			const steps = points.slice(1).map(([x, y], i) => `${x - points[i]![0]} ${y - points[i]![1]}`);
			return `M${points[0]!.join(' ')}l${steps.join(' ')}z`;
		})
		.join('');
}
