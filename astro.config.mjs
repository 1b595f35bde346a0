// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { citations } from './src/markdown/citations.ts';
import { site } from './src/config/site.ts';
import { CACHE_DIR, OUT_DIR } from './src/config/output.ts';
import validateContent from './src/integrations/validate-content.ts';
import searchIndex from './src/integrations/search-index.ts';
import shareImages from './src/integrations/share-images.ts';
import { cspDirectives, scriptHashes, scriptResources } from './src/config/security.ts';
import { formerSlugsReport } from './src/lib/former-slugs.ts';
import { cityPath, citySlugOf, href } from './src/lib/paths.ts';
import { profileHistory } from './src/lib/history/read.ts';
import { newestCommit } from './src/lib/history/git-log.ts';

/** Former portrait addresses (src/content/former-slugs.yaml) only send readers on: the sitemap leaves them out. */
const formerPages = new Set([...formerSlugsReport(process.cwd()).formerSlugs.keys()].map((slug) => href(cityPath(slug), site.base)));
/** A portrait's entry in the sitemap carries the time of its profile's last commit (its Stand) as `lastmod`. */
const withLastmod = (/** @type {import('@astrojs/sitemap').SitemapItem} */ item) => {
	const slug = citySlugOf(new URL(item.url).pathname, site.base);
	const commit = slug && newestCommit(profileHistory(), slug);
	return commit ? { ...item, lastmod: commit.date } : item;
};

export default defineConfig({
	site: site.url,
	// `ATLAS_OUT=/tmp/x npm run build` writes elsewhere (src/config/output.ts).
	outDir: OUT_DIR,
	...(CACHE_DIR ? { cacheDir: CACHE_DIR } : {}),
	base: site.base,
	trailingSlash: 'always',
	// Pages render a few at a time, so that writing one overlaps with rendering the next.
	build: { format: 'directory', concurrency: 4 },
	security: {
		csp: {
			directives: cspDirectives,
			scriptDirective: { resources: scriptResources, hashes: scriptHashes },
		},
	},
	markdown: {
		// No code blocks in profiles: Shiki's inline styles would not pass the CSP.
		syntaxHighlight: false,
		// `[^source-id]` in the prose becomes a numbered link to the portrait's source list.
		processor: satteri({ hastPlugins: [citations] }),
	},
	// The share images' workers run to the end of the build: waiting for them comes last. The profiles use no
	// components, so `optimize` compiles each body to one HTML string instead of a tree of JSX calls: the same
	// HTML, rendered with less work and memory (about 0.4 GB less at the peak of a 2,061-profile build).
	integrations: [
		validateContent(),
		mdx({ optimize: true }),
		sitemap({ filter: (page) => !formerPages.has(new URL(page).pathname), serialize: withLastmod }),
		searchIndex(),
		shareImages(),
	],
	vite: {
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					// Known upstream warning for every MDX entry, harmless: https://github.com/withastro/astro/issues/18087
					// Silence exactly this directive so that every other warning stays visible.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
					warn(warning);
				},
			},
		},
	},
});
