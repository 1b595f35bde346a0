/**
 * The framework floor: a bare Astro site with the same MDX bodies as the real one. It includes Astro with
 * the MDX integration, one content collection (glob loader, a one-field schema), one trivial layout and one
 * page per entry rendering `<Content/>`, then Pagefind over the result — and nothing else (no components,
 * styles, scripts, sitemap, CSP, content validation, list/theme/Land/map/search/data pages or exports).
 */
export interface FloorEntry {
	slug: string;
	body: string;
}

const PACKAGE_JSON = JSON.stringify(
	{ name: 'atlas-bench-floor', private: true, type: 'module', scripts: { build: 'astro build && pagefind --site "${ATLAS_OUT:-dist}"' } },
	null,
	2,
);

const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const outDir = process.env.ATLAS_OUT ?? './dist';
export default defineConfig({ outDir, cacheDir: \`\${outDir}-cache\`, trailingSlash: 'always', build: { format: 'directory' }, integrations: [mdx()] });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const cities = defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/cities' }), schema: z.object({ title: z.string() }) });
export const collections = { cities };
`;

const LAYOUT = `---
interface Props { title: string }
const { title } = Astro.props;
---
<!doctype html>
<html lang="de">
	<head><meta charset="utf-8" /><title>{title}</title></head>
	<body><main data-pagefind-body><h1>{title}</h1><slot /></main></body>
</html>
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';

export async function getStaticPaths() {
	const entries = await getCollection('cities');
	return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}><Content /></Layout>
`;

/** Files of the floor site, path → content (the caller symlinks node_modules). */
export function floorFiles(entries: readonly FloorEntry[]): Record<string, string> {
	const files: Record<string, string> = {
		'package.json': PACKAGE_JSON,
		'astro.config.mjs': ASTRO_CONFIG,
		'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/base' }),
		'src/content.config.ts': CONTENT_CONFIG,
		'src/layouts/Layout.astro': LAYOUT,
		'src/pages/[slug].astro': PAGE,
	};
	for (const { slug, body } of entries) {
		files[`src/content/cities/${slug}.mdx`] = `---\ntitle: ${JSON.stringify(slug)}\n---\n${body}`;
	}
	return files;
}
