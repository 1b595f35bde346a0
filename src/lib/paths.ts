/** Site-internal links respect the configured base path (`/` or a sub-path such as `/atlas/`). */
const BASE: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

export function href(path: string, base: string = BASE): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${path.replace(/^\/+/, '')}`;
}

export const cityPath = (slug: string) => `staedte/${slug}/`;
export const themePath = (id: string) => `themen/${id}/`;
export const statePath = (slug: string) => `bundeslaender/${slug}/`;
export const steeringPath = (kind: string) => `steuerung/${kind}/`;
/** The sitemap index @astrojs/sitemap writes; named in every page's head and in robots.txt. */
export const SITEMAP_PATH = 'sitemap-index.xml';

/** Absolute URL for exports and canonical links. */
export function absoluteUrl(siteUrl: string, path: string, base?: string): string {
	return new URL(href(path, base), `${siteUrl.replace(/\/+$/, '')}/`).toString();
}
