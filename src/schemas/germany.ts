/**
 * Germany's bounding box, approx. 47.2–55.1 N, 5.8–15.1 E: the one home of the numbers that the profile
 * schema, the validator, the JSON Schema, the map view and the benchmark use. Plain data (no imports),
 * since the map's browser script reads it too.
 */
export const GERMANY = { lat: [47.2, 55.1], lng: [5.8, 15.1] } as const;

const within = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;

/** True when the point lies in the box. */
export function inGermany(lat: number, lng: number): boolean {
	return within(lat, GERMANY.lat) && within(lng, GERMANY.lng);
}
