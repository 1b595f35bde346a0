import type { APIRoute } from 'astro';
import { SITE_CONTEXT } from '../lib/exports/meta';
import { absoluteUrl, SITEMAP_PATH } from '../lib/paths';

/**
 * `/robots.txt`: every page may be crawled (forwarding pages of former addresses say `noindex` themselves),
 * and the sitemap index is named so search engines find every portrait. Under a sub-path (`BASE_PATH`) the
 * host's own robots.txt is the one crawlers read; this file then only documents the sitemap.
 */
export const GET: APIRoute = () => {
	const sitemap = absoluteUrl(SITE_CONTEXT.siteUrl, SITEMAP_PATH, SITE_CONTEXT.base);
	const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap}`, ''].join('\n');
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
