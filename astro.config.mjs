// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site } from './src/config/site.ts';

export default defineConfig({
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), sitemap()],
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
