import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../config/site';
import { t } from '../i18n';
import { atomFeed } from '../lib/history/feed';
import { profileHistory } from '../lib/history/read';
import { newestUpdate } from '../lib/exports/meta';
import { SITE_CONTEXT } from '../lib/exports/meta';
import { absoluteUrl, cityPath } from '../lib/paths';

/** `/aenderungen.xml`: the Atom feed of the latest changes to the profiles (linked from /aenderungen/). */
export const GET: APIRoute = async () => {
	const entries = await getCollection('cities');
	const url = (path: string) => absoluteUrl(SITE_CONTEXT.siteUrl, path, SITE_CONTEXT.base);
	const body = atomFeed({
		history: profileHistory(),
		selfUrl: url('aenderungen.xml'),
		pageUrl: url('aenderungen/'),
		portraitUrl: (slug) => url(cityPath(slug)),
		names: new Map(entries.map((entry) => [entry.id, entry.data.name])),
		title: t('changes.feedTitle', site.title),
		subtitle: t('changes.feedSubtitle'),
		author: site.title,
		rights: t('data.licenseName'),
		fallbackDay: newestUpdate(entries.map((entry) => entry.data)) ?? '1970-01-01',
		patterns: site.history,
		summary: (names) => t('changes.changedPortraits', names.join(', ')),
	});
	return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
