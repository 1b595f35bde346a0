import { describe, expect, it } from 'vitest';
import { floorFiles } from '../../bench/lib/floor-site';

describe('framework floor site', () => {
	it('has a config, a collection, a layout, one dynamic page and one entry per body', () => {
		const files = floorFiles([
			{ slug: 'koeln', body: '## Köln\n' },
			{ slug: 'bonn', body: '## Bonn\n' },
		]);
		expect(Object.keys(files).sort()).toEqual([
			'astro.config.mjs',
			'package.json',
			'src/content.config.ts',
			'src/content/cities/bonn.mdx',
			'src/content/cities/koeln.mdx',
			'src/layouts/Layout.astro',
			'src/pages/[slug].astro',
			'tsconfig.json',
		]);
		expect(files['src/content/cities/koeln.mdx']).toBe('---\ntitle: "koeln"\n---\n## Köln\n');
		expect(files['src/pages/[slug].astro']).toContain('<Content />');
		expect(JSON.parse(files['package.json']!).scripts.build).toMatch(/^astro build && pagefind --site/);
	});
});
