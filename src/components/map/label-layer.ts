import * as L from 'leaflet';
import type { BasemapFile, CountryProperties, LandProperties } from '../../lib/basemap';
import { aroundPoint, placeLabels, type Box, type LabelRequest } from '../../lib/map/labels';
import { minThousandsAt, type PlaceTuple } from '../../lib/map/places';
import type { MarkerCity } from '../../lib/map/markers';
import { element } from '../../lib/dom';
import type { Mark } from './marker-layer';

/**
 * Place names drawn over the base layer: the cities shown as markers, the biggest other towns (more as the reader
 * zooms in), the neighbouring countries and the Länder, without overlaps (src/lib/map/labels.ts). Decorative for
 * assistive technology (the markers carry the names), so the pane is aria-hidden. Laid out when the map rests.
 */
type Kind = 'country' | 'city' | 'place' | 'state';
interface Label {
	key: string;
	text: string;
	kind: Kind;
}

const HEIGHT: Record<Kind, number> = { country: 16, city: 17, place: 15, state: 14 };
const FONT: Record<Kind, string> = { country: '600 13px', city: '600 13.5px', place: '12px', state: '600 11px' };
/** Radius of the dot of a place for orientation (city-map.css). */
const DOT = 3;
/** Places within this distance (degrees, about 3 km) of a shown atlas city are named by its marker instead. */
const SAME_PLACE = 0.03;

export function createLabelLayer(map: L.Map, basemap: BasemapFile, marks: () => readonly Mark[]): { update(): void } {
	const pane = map.createPane('labels');
	pane.setAttribute('aria-hidden', 'true');
	pane.classList.add('map-labels');
	pane.style.zIndex = '460';
	const { topology, places } = basemap;
	const countries = topology.objects.countries.geometries.map((geometry) => geometry.properties as CountryProperties).filter((country) => country.name);
	const laender = topology.objects.laender.geometries.map((geometry) => geometry.properties as LandProperties);
	const font = getComputedStyle(map.getContainer()).fontFamily;
	const measure = textWidth(font);
	const nodes = new Map<string, HTMLElement>();
	let frame = 0;

	const layout = () => {
		const shown = marks();
		const size = map.getSize();
		const origin = map.containerPointToLayerPoint([0, 0]);
		const view: Box = { x: origin.x, y: origin.y, width: size.x, height: size.y };
		const obstacles = shown.map((mark) => {
			const point = map.latLngToLayerPoint(mark.marker.getLatLng());
			return { x: point.x - mark.size / 2, y: point.y - mark.size / 2, width: mark.size, height: mark.size };
		});
		const requests: LabelRequest<{ label: Label; anchor: L.Point; texts: Box[] | undefined }>[] = [];
		const box = (label: Label) => ({ width: measure(label.text, FONT[label.kind]), height: HEIGHT[label.kind] });
		const request = (label: Label, anchor: L.Point, candidates: Box[], texts?: Box[]) => requests.push({ candidates, data: { label, anchor, texts } });

		for (const country of countries) {
			const label: Label = { key: `country:${country.name}`, text: country.name, kind: 'country' };
			const { width, height } = box(label);
			const anchors = country.label.map(([lng = 0, lat = 0]) => map.latLngToLayerPoint([lat, lng]));
			request(
				label,
				anchors[0] ?? L.point(0, 0),
				anchors.map((p) => ({ x: p.x - width / 2, y: p.y - height / 2, width, height })).filter((candidate) => inside(candidate, view)),
			);
		}
		for (const mark of shown) {
			const [city, ...more] = mark.cities;
			if (!city || more.length > 0) continue;
			const label: Label = { key: `city:${city.slug}`, text: city.name, kind: 'city' };
			const { width, height } = box(label);
			const point = map.latLngToLayerPoint(mark.marker.getLatLng());
			request(label, point, aroundPoint(point.x, point.y, mark.size / 2, width, height));
		}
		const near = nearby(shown.flatMap((mark) => mark.cities));
		const min = minThousandsAt(map.getZoom());
		for (const place of places) {
			const [name, lng, lat, thousands] = place;
			if (thousands < min) break;
			if (near(place)) continue;
			const point = map.latLngToLayerPoint([lat, lng]);
			if (!inside({ x: point.x, y: point.y, width: 0, height: 0 }, view)) continue;
			const label: Label = { key: `place:${name}:${lng}`, text: name, kind: 'place' };
			const { width, height } = box(label);
			// The dot belongs to the label, so no other label covers it.
			const texts = aroundPoint(point.x, point.y, DOT, width, height, 2);
			const dot = { x: point.x - DOT, y: point.y - DOT, width: 2 * DOT, height: 2 * DOT };
			request(
				label,
				point,
				texts.map((text) => union(text, dot)),
				texts,
			);
		}
		for (const land of laender) {
			const label: Label = { key: `state:${land.slug}`, text: land.name.toUpperCase(), kind: 'state' };
			const { width, height } = box(label);
			const [lng = 0, lat = 0] = land.label;
			const point = map.latLngToLayerPoint([lat, lng]);
			request(label, point, [{ x: point.x - width / 2, y: point.y - height / 2, width, height }]);
		}
		const placed = placeLabels(requests, { obstacles, bounds: view, padding: 2 });
		draw(placed.map(({ box: at, candidate, data }) => ({ label: data.label, anchor: data.anchor, at: data.texts?.[candidate] ?? at })));
	};

	const draw = (labels: { label: Label; anchor: L.Point; at: Box }[]) => {
		const keep = new Set<string>();
		const show = (key: string, make: () => HTMLElement, at: L.Point) => {
			keep.add(key);
			let node = nodes.get(key);
			if (!node) {
				node = make();
				nodes.set(key, node);
				pane.append(node);
			}
			L.DomUtil.setPosition(node, at);
		};
		for (const { label, anchor, at } of labels) {
			show(label.key, () => element('span', label.text, `map-label map-label--${label.kind}`), L.point(at.x, at.y));
			if (label.kind === 'place') show(`${label.key}:dot`, () => element('span', undefined, 'map-dot'), L.point(anchor.x - DOT, anchor.y - DOT));
		}
		for (const [key, node] of nodes) {
			if (keep.has(key)) continue;
			node.remove();
			nodes.delete(key);
		}
	};

	map.on('zoomstart', () => pane.classList.add('map-labels--moving'));
	return {
		update() {
			cancelAnimationFrame(frame);
			frame = requestAnimationFrame(() => {
				layout();
				pane.classList.remove('map-labels--moving');
			});
		},
	};
}

const inside = (box: Box, bounds: Box) =>
	box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;

const union = (a: Box, b: Box): Box => {
	const x = Math.min(a.x, b.x);
	const y = Math.min(a.y, b.y);
	return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

/** Text widths by canvas measurement, cached per text and font. */
function textWidth(family: string) {
	const context = document.createElement('canvas').getContext('2d');
	const cache = new Map<string, number>();
	let current = '';
	return (text: string, font: string) => {
		const key = `${font}|${text}`;
		let width = cache.get(key);
		if (width === undefined) {
			// Setting a font is costly: only when it changes.
			if (context && current !== font) context.font = `${font} ${family}`;
			current = font;
			width = Math.ceil((context?.measureText(text).width ?? text.length * 7.5) + 6);
			cache.set(key, width);
		}
		return width;
	};
}

/** Whether a place lies within SAME_PLACE of one of the cities (a grid of cells SAME_PLACE wide). */
function nearby(cities: readonly MarkerCity[]): (place: PlaceTuple) => boolean {
	const cells = new Map<string, MarkerCity[]>();
	const key = (lng: number, lat: number) => `${Math.floor(lng / SAME_PLACE)}:${Math.floor(lat / SAME_PLACE)}`;
	for (const city of cities) {
		const cell = cells.get(key(...city.at));
		if (cell) cell.push(city);
		else cells.set(key(...city.at), [city]);
	}
	return ([, lng, lat]) => {
		for (let dx = -1; dx <= 1; dx++) {
			for (let dy = -1; dy <= 1; dy++) {
				const around = cells.get(key(lng + dx * SAME_PLACE, lat + dy * SAME_PLACE)) ?? [];
				if (around.some(({ at: [x, y] }) => Math.hypot(x - lng, y - lat) < SAME_PLACE)) return true;
			}
		}
		return false;
	};
}
