import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { CityData } from '../../schemas/city';
import { compareCity } from '../../lib/facts/compare-data';

/**
 * `/vergleich/<slug>.json`: one city's facts as the comparison shows them (lib/facts/compare-data.ts), built
 * from the fact box's field list. One small file per city: a comparison of two to four cities loads only
 * those (about 3 kB each with gzip; all cities in one file would be some 60 kB).
 */
export const getStaticPaths = (async () => {
	const cities = await getCollection('cities');
	return cities.map((entry) => ({ params: { slug: entry.id }, props: { data: entry.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
	new Response(JSON.stringify(compareCity(params.slug!, (props as { data: CityData }).data)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
