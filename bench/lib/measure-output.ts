import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { countHtmlPages, directoryBytes } from './dist-facts';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { splitByPresence } from './page-types';
import { measureMap } from './map-figures';
import { measurePage } from './page-weight';
import { measureSearch, SEARCH_QUERY } from './search-bytes';
import { LATENCY_QUERIES, measureSearchLatency } from './search-latency';
import { summarize } from './stats';
import type { Site } from './sites';
import { startStaticServer } from './static-server';
import { readProfiles } from './workspace';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** Page weights, index size, search bytes and (real site only) Lighthouse on a built output. */
export async function measureOutput(site: Site, dist: string, browser: Browser, withLighthouse: boolean, log: (line: string) => void) {
	const server = await startStaticServer(dist);
	try {
		const { present, missing } = splitByPresence(dist);
		const pageWeights = [];
		const isFloor = site.comparedWith === undefined;
		if (!isFloor) {
			for (const type of present) {
				log(`  ${site.label}: first visit of ${type.path}`);
				pageWeights.push(await measurePage(browser, server.url, dist, type));
			}
		}
		const firstProfile = (await readProfiles(join(site.dir, 'src', 'content', 'cities')))[0]?.slug;
		const importPage = isFloor ? `/${firstProfile}/` : '/';
		const hasSearchPage = present.some((type) => type.id === 'search');
		const search = await measureSearch(browser, server.url, dist, hasSearchPage, importPage).catch((error: unknown) => ({ error: errorText(error) }));
		// The site's own search page: first-query bytes of more queries, and the time to results while typing.
		let firstQueries = null;
		let searchLatency = null;
		if (!isFloor && hasSearchPage) {
			log(`  ${site.label}: first queries and time to results (${LATENCY_QUERIES.length} queries)`);
			const perQuery = [];
			for (const query of LATENCY_QUERIES.filter((q) => q !== SEARCH_QUERY))
				perQuery.push(await measureSearch(browser, server.url, dist, true, importPage, query));
			if (!('error' in search)) perQuery.unshift(search);
			firstQueries = {
				perQuery: perQuery.map(({ query, bytes, requests }) => ({ query, bytes, requests })),
				bytes: summarize(perQuery.map((entry) => entry.bytes)),
			};
			searchLatency = await measureSearchLatency(browser, server.url).catch((error: unknown) => ({ error: errorText(error) }));
		}
		let lighthouse: LighthouseResult[] | null = null;
		if (withLighthouse) {
			const pages = present.filter((type) => ['start', 'portrait', 'map', 'search'].includes(type.id));
			log(`  Lighthouse: ${pages.map((type) => type.path).join(', ')}`);
			lighthouse = await runLighthouse(server.url, pages);
		}
		const map = isFloor ? null : await measureMap(dist, pageWeights);
		return {
			pageWeights,
			map,
			missing: isFloor ? [] : missing.map((type) => type.path),
			search,
			firstQueries,
			searchLatency,
			lighthouse,
			htmlPages: await countHtmlPages(dist),
			pagefindBytes: await directoryBytes(join(dist, 'pagefind')),
		};
	} finally {
		await server.close();
	}
}
