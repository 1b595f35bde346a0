import { coordinatesSchema } from '../../schemas/city';
import { stateByName, stateBySlug, type State } from '../../schemas/states';
import { slugify } from '../slug';
import { findPlaces } from './gazetteer';
import type { Place } from './place';

export interface ScaffoldRequest {
	name: string;
	/** Land as full name or slug (`Nordrhein-Westfalen`, `nordrhein-westfalen`). */
	land?: string | undefined;
	lat?: number | undefined;
	lng?: number | undefined;
}

/** What `new-city` can do with a request: write a profile, or tell the editor what is missing. */
export type Resolution =
	| { kind: 'found'; state: State; lat: number; lng: number; place?: Place }
	| { kind: 'ambiguous'; candidates: Place[] }
	| { kind: 'not-in-land'; state: State; candidates: Place[] }
	| { kind: 'unknown' }
	| { kind: 'bad-land'; land: string }
	| { kind: 'needs-land' }
	| { kind: 'bad-coordinates'; message: string };

function parseLand(value: string): State | undefined {
	return stateBySlug(slugify(value));
}

/** Looks the name up in the gazetteer, narrowed by `land`; explicit coordinates win over the gazetteer. */
export function resolveCity(request: ScaffoldRequest): Resolution {
	const state = request.land === undefined ? undefined : parseLand(request.land);
	if (request.land !== undefined && !state) return { kind: 'bad-land', land: request.land };
	if (request.lat !== undefined || request.lng !== undefined) {
		const checked = coordinatesSchema.safeParse({ lat: request.lat, lng: request.lng });
		if (!checked.success) return { kind: 'bad-coordinates', message: checked.error.issues.map((issue) => issue.message).join('; ') };
		if (!state) return { kind: 'needs-land' };
		return { kind: 'found', state, lat: checked.data.lat, lng: checked.data.lng };
	}
	const all = findPlaces(request.name);
	const candidates = state ? all.filter((place) => place.state === state.name) : all;
	if (candidates.length === 1) {
		const place = candidates[0]!;
		return { kind: 'found', state: stateByName(place.state)!, lat: place.lat, lng: place.lng, place };
	}
	if (candidates.length > 1) return { kind: 'ambiguous', candidates };
	if (state && all.length > 0) return { kind: 'not-in-land', state, candidates: all };
	return { kind: 'unknown' };
}
