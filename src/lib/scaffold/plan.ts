import { slugify } from '../slug';
import { emptyName, problemMessage } from './messages';
import { resolveCity, type ScaffoldRequest } from './resolve';
import { renderProfile } from './template';

export type Plan = { ok: true; slug: string; text: string; origin?: string | undefined } | { ok: false; message: string };

/** Decides what `new-city` writes (pure: no file access); `today` is `JJJJ-MM-TT`. */
export function planProfile(request: ScaffoldRequest, today: string): Plan {
	const name = request.name.trim();
	const slug = slugify(name);
	if (!slug) return { ok: false, message: emptyName };
	const resolution = resolveCity({ ...request, name });
	if (resolution.kind !== 'found') return { ok: false, message: problemMessage(name, resolution) };
	const { place, state, lat, lng } = resolution;
	const origin = place && `GeoNames (${place.name}, ${place.state}, ${place.population.toLocaleString('de-DE')} Einw.)`;
	const text = renderProfile({ name, state: state.name, lat, lng, today, origin: place && `GeoNames (${place.name})`, populationHint: place?.population });
	return { ok: true, slug, text, origin };
}
