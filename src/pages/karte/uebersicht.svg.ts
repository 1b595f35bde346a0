import type { APIRoute } from 'astro';
import tokens from '../../styles/tokens.css?inline';
import mapColors from '../../components/map/map-colors.css?inline';
import { loadRecords } from '../../lib/cities';
import { cityOverview, overviewSvg } from '../../lib/map/overview';
import { t } from '../../i18n';

/** `/karte/uebersicht.svg`: the map as a still picture for readers without JavaScript (src/components/map/MapOverview.astro). */
export const GET: APIRoute = async () => {
	const records = await loadRecords();
	const svg = overviewSvg(cityOverview(records), { title: t('map.overview.alt', records.length), css: `${tokens}\n${mapColors}` });
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
