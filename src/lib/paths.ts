/** Site-internal links respect the configured base path (`/` or a sub-path such as `/atlas/`). */
const BASE: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

export function href(path: string, base: string = BASE): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${path.replace(/^\/+/, '')}`;
}

const CITIES = 'staedte/';
export const cityPath = (slug: string) => `${CITIES}${slug}/`;
/** The slug of a portrait's address (`/staedte/koeln/` → `koeln`); undefined for any other page. */
export function citySlugOf(pathname: string, base: string = BASE): string | undefined {
	const prefix = href(CITIES, base);
	const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '';
	return /^[^/]+\/$/.test(rest) ? rest.slice(0, -1) : undefined;
}
export const themePath = (id: string) => `themen/${id}/`;
export const statePath = (slug: string) => `bundeslaender/${slug}/`;
export const steeringPath = (kind: string) => `steuerung/${kind}/`;
/** The sitemap index @astrojs/sitemap writes; named in every page's head and in robots.txt. */
export const SITEMAP_PATH = 'sitemap-index.xml';

/** Absolute URL for exports and canonical links. */
export function absoluteUrl(siteUrl: string, path: string, base?: string): string {
	return new URL(href(path, base), `${siteUrl.replace(/\/+$/, '')}/`).toString();
}
