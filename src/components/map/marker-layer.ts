import * as L from 'leaflet';
import Supercluster from 'supercluster';
import type { MarkerCity } from '../../lib/map/markers';
import { mapStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { declutter } from './declutter';
import { cityMarker, groupMarker } from './markers';
import { groupPopupContent } from './popup';

const t = translator(mapStrings);

/** Marker sizes in pixels (city-map.css) and the free space kept between two marks. */
export const CITY_SIZE = 24;
export const GROUP_SIZE = 30;
const GAP = 3;
/** Cities closer than this (pixels at the zoom) gather into a group, but only five or more of them. */
const GROUP_RADIUS = 22;
const GROUP_MIN = 5;
const LEADER = { pane: 'leaders', interactive: false, className: 'map-leader', weight: 1 };

/** One mark on the map: a city or a group, where it is drawn (maybe moved aside) and where it belongs. */
export interface Mark {
	key: string;
	marker: L.Marker;
	size: number;
	home: L.LatLng;
	/** The cities it stands for, in the order of the marker file (by name); one for a city. */
	cities: MarkerCity[];
}

export interface MarkerLayer {
	/** Shows exactly these cities (by slug). */
	show(slugs: ReadonlySet<string>): void;
	/** The marks drawn now, in tab order. */
	marks(): readonly Mark[];
}

/**
 * Markers and groups. At every zoom the shown cities are grouped (supercluster) where they lie dense, the marks in
 * view are moved apart where they would overlap (a thin line leads back), and only what changed is added to or
 * removed from the map. The DOM order of the marks follows the cities' names, so Tab goes through them A–Z.
 */
export function createMarkerLayer(map: L.Map, cities: readonly MarkerCity[], announce: (text: string) => void, onRender: () => void): MarkerLayer {
	const order = new Map(cities.map((city, index) => [city.slug, index]));
	const cityMarkers = new Map<string, L.Marker>();
	let groups = new Map<string, L.Marker>();
	let current: Mark[] = [];
	const layer = L.layerGroup().addTo(map);
	map.createPane('leaders').style.zIndex = '450';
	const leaders = L.layerGroup().addTo(map);
	const bySlug = new Map(cities.map((city) => [city.slug, city]));
	const newIndex = () => new Supercluster<{ slug: string }>({ radius: GROUP_RADIUS, extent: 256, minPoints: GROUP_MIN, maxZoom: Math.floor(map.getMaxZoom()) });
	let index = newIndex().load([]);

	const load = (slugs: ReadonlySet<string>) => {
		index = newIndex().load(
			cities
				.filter((city) => slugs.has(city.slug))
				.map((city) => ({ type: 'Feature', properties: { slug: city.slug }, geometry: { type: 'Point', coordinates: city.at } })),
		);
	};

	const zoomInto = (clusterId: number, mark: Mark) => {
		const target = index.getClusterExpansionZoom(clusterId);
		if (target > map.getMaxZoom()) {
			mark.marker.bindPopup(groupPopupContent(mark.cities), { maxWidth: 280 }).openPopup();
			mark.marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.city-popup a')?.focus({ preventScroll: true });
			return;
		}
		const [first] = mark.cities;
		map.once('moveend', () => {
			focusCity(first?.slug);
			announce(t('map.groupZoomed', mark.cities.length));
		});
		map.setView(mark.home, target);
	};

	const focusCity = (slug: string | undefined) => {
		const mark = current.find((candidate) => candidate.cities.some((city) => city.slug === slug));
		mark?.marker.getElement()?.focus({ preventScroll: true });
	};

	const render = () => {
		const focused = current.find((mark) => mark.marker.getElement()?.contains(document.activeElement));
		const zoom = Math.floor(map.getZoom());
		const view = map.getBounds().pad(0.5);
		const features = index.getClusters([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], zoom);
		const nextGroups = new Map<string, L.Marker>();
		const marks = features.map((item): Mark => {
			const [lng = 0, lat = 0] = item.geometry.coordinates;
			const home = L.latLng(lat, lng);
			if ('cluster' in item.properties && item.properties.cluster) {
				const id = item.properties.cluster_id;
				const members = index
					.getLeaves(id, Infinity)
					.map((leaf) => bySlug.get(leaf.properties.slug))
					.filter((city): city is MarkerCity => Boolean(city))
					.sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0));
				const key = `g${id}:${members.length}:${members[0]?.slug ?? ''}`;
				const marker = groups.get(key) ?? groupMarker(members, () => zoomInto(id, mark));
				nextGroups.set(key, marker);
				const mark: Mark = { key, marker, size: GROUP_SIZE, home, cities: members };
				return mark;
			}
			const slug = (item.properties as { slug: string }).slug;
			const city = bySlug.get(slug)!;
			const marker = cityMarkers.get(slug) ?? cityMarker(city, map);
			cityMarkers.set(slug, marker);
			return { key: slug, marker, size: CITY_SIZE, home, cities: [city] };
		});
		marks.sort((a, b) => (order.get(a.cities[0]?.slug ?? '') ?? 0) - (order.get(b.cities[0]?.slug ?? '') ?? 0));
		place(marks);
		const keep = new Set(marks.map((mark) => mark.marker));
		for (const old of layer.getLayers()) if (!keep.has(old as L.Marker)) layer.removeLayer(old);
		for (const mark of marks) {
			if (!layer.hasLayer(mark.marker)) layer.addLayer(mark.marker);
			const icon = mark.marker.getElement();
			// Re-adding appends to the pane; restore the name order so Tab stays alphabetical.
			if (icon) icon.parentElement?.append(icon);
		}
		groups = nextGroups;
		current = marks;
		if (focused && !keep.has(focused.marker)) focusCity(focused.cities[0]?.slug);
		onRender();
	};

	/** Where marks would overlap at this zoom, moves them apart; a thin line leads back to the true place. */
	const place = (marks: Mark[]) => {
		leaders.clearLayers();
		const homes = marks.map((mark) => map.latLngToLayerPoint(mark.home));
		const placed = declutter(
			homes.map((point, i) => ({ x: point.x, y: point.y, size: marks[i]!.size })),
			GAP,
		);
		marks.forEach((mark, i) => {
			const point = placed[i]!;
			const home = homes[i]!;
			const moved = Math.hypot(point.x - home.x, point.y - home.y) >= 1;
			mark.marker.setLatLng(moved ? map.layerPointToLatLng([point.x, point.y]) : mark.home);
			if (!moved) return;
			leaders.addLayer(L.polyline([mark.home, mark.marker.getLatLng()], LEADER));
			leaders.addLayer(L.circleMarker(mark.home, { ...LEADER, radius: 2, fill: true, fillOpacity: 1 }));
		});
	};

	map.on('moveend', render);
	return {
		show(slugs) {
			load(slugs);
			render();
		},
		marks: () => current,
	};
}
