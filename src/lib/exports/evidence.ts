import type { CityData } from '../../schemas/city';
import type { Basis } from '../../schemas/evidence';
import type { Source } from '../../schemas/sources';
import { sourceNumbers } from '../citations';
import type { CitedProfile } from './cities-schema';

/**
 * A profile's evidence for readers outside the site: every `refs: [id…]` becomes `sources: [url…]`, resolved
 * through the profile's `sources`; `basis` and `note` stay. Pure functions, used by `staedte.json` and the
 * records (CSV columns).
 */

/** Where the profile names source ids, `staedte.json` names their URLs, under these names. */
export const CITED_FIELDS = { refs: 'sources', refs2019: 'sources2019', themeRefs: 'themeSources' } as const;

/** The URL of each source id. */
export function sourceUrls(sources: readonly Source[]): Map<string, string> {
	return new Map(sources.map((source) => [source.id, source.url]));
}

/**
 * The URLs of `ids`, in their order. An id without a source is a bug, not content to hide: the profile
 * schema refuses such profiles, so this throws.
 */
export function resolveRefs(ids: readonly string[], urls: ReadonlyMap<string, string>): string[] {
	return ids.map((id) => {
		const url = urls.get(id);
		if (url === undefined) throw new Error(`refs names "${id}", which is no id in sources (known: ${[...urls.keys()].join(', ')})`);
		return url;
	});
}

type Replaced<T, From extends keyof T, To extends string, V> = Omit<T, From> & (undefined extends T[From] ? { [K in To]?: V } : { [K in To]: V });

/** `object` with the field `from` replaced, at the same place, by `to` holding `map(value)`; an absent field stays absent. */
function replace<T extends object, From extends keyof T & string, To extends string, V>(
	object: T,
	from: From,
	to: To,
	map: (value: NonNullable<T[From]>) => V,
): Replaced<T, From, To, V> {
	const entries = Object.entries(object).flatMap(([key, value]): [string, unknown][] => {
		if (key !== from) return [[key, value]];
		return value === undefined ? [] : [[to, map(value as NonNullable<T[From]>)]];
	});
	return Object.fromEntries(entries) as Replaced<T, From, To, V>;
}

interface Fact {
	refs: string[];
	basis: Basis;
	note?: string | undefined;
}

/** A fact with `sources` (URLs) where the profile has `refs` (ids); basis, note and all else unchanged. */
export function citeFact<F extends Fact>(fact: F, urls: ReadonlyMap<string, string>) {
	return replace(fact, 'refs', CITED_FIELDS.refs, (ids) => resolveRefs(ids, urls));
}

/** The profile as `staedte.json` gives it: the same structure, sources as URLs, the source list numbered as on the portrait. */
export function citeProfile(city: CityData): CitedProfile {
	const urls = sourceUrls(city.sources);
	const numbers = sourceNumbers(city.sources);
	const resolve = (ids: string[]) => resolveRefs(ids, urls);
	const cite = <F extends Fact>(fact: F) => citeFact(fact, urls);

	const cited = replace(replace(city.digitalAgenda, 'refs', CITED_FIELDS.refs, resolve), 'refs2019', CITED_FIELDS.refs2019, resolve);
	const agenda = replace(cited, 'draft', 'draft', cite);
	const renamed = replace(
		replace(replace(city, 'themeRefs', CITED_FIELDS.themeRefs, resolve), 'population', 'population', cite),
		'modellprojekt',
		'modellprojekt',
		cite,
	);
	// Spread first, then overwritten: the city keeps the profile's order of fields.
	return {
		...renamed,
		digitalAgenda: agenda,
		organisation: city.organisation.map(cite),
		partners: city.partners.map(cite),
		projects: city.projects.map(cite),
		smartCityIndex: city.smartCityIndex.map(cite),
		sources: city.sources.map((source) => ({ n: numbers.get(source.id)!, ...source })),
	};
}
