import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../lib/search-index';

/**
 * Indexes the built site with Pagefind at the end of `astro build` (src/lib/search-index.ts), so that
 * `astro build` alone writes `pagefind/` into the output folder. `astro dev` has no index: the search page
 * says so (src/components/search/SearchPanel.astro).
 */
export default function searchIndex(): AstroIntegration {
	return {
		name: 'atlas:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const pages = await writeSearchIndex(site);
				logger.info(`Pagefind: ${pages} Seiten indexiert → ${site}pagefind`);
			},
		},
	};
}
