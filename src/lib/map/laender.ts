import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { stateByName } from '../../schemas/states';

/** The properties of the BKG VG250 Länder layer that the map uses (src/data/README.md). */
export interface VG250Properties {
	GEN: string;
	AGS: string;
	/** 4, 3: land (with, without structure); 2, 1: water areas. */
	GF: number;
}

export type VG250Collection = FeatureCollection<Polygon | MultiPolygon, VG250Properties>;

export interface LandSource {
	slug: string;
	name: string;
}

/**
 * The 16 Länder as one MultiPolygon each: the land areas (GF 3 and 4) of the BKG layer merged per Land key, in
 * the order of the keys (01 Schleswig-Holstein … 16 Thüringen). Throws when a name is not one of the 16.
 */
export function readLaender(collection: VG250Collection): FeatureCollection<MultiPolygon, LandSource> {
	const byKey = new Map<string, { name: string; polygons: Position[][][] }>();
	for (const { properties, geometry } of collection.features) {
		if (properties.GF < 3) continue;
		const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		const entry = byKey.get(properties.AGS) ?? { name: properties.GEN, polygons: [] };
		entry.polygons.push(...polygons);
		byKey.set(properties.AGS, entry);
	}
	const features = [...byKey.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([, { name, polygons }]): Feature<MultiPolygon, LandSource> => {
			const state = stateByName(name);
			if (!state) throw new Error(`VG250: unknown Land "${name}"`);
			return { type: 'Feature', properties: { slug: state.slug, name: state.name }, geometry: { type: 'MultiPolygon', coordinates: polygons } };
		});
	return { type: 'FeatureCollection', features };
}
