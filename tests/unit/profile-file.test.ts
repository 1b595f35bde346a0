import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitProfile } from '../../src/lib/profile-file';

/** The one reader of profile files: the content loader, the validator, the tests and the tools use it. */
describe('splitProfile', () => {
	it('splits frontmatter and body and counts their lines', () => {
		const source = splitProfile('src/content/cities/koeln.mdx', '---\nname: Köln\nthemes: [a]\n---\n\n## Überblick\nText\n');
		expect(source).toMatchObject({ slug: 'koeln', frontmatter: 'name: Köln\nthemes: [a]', frontmatterLine: 2, body: '\n## Überblick\nText\n', bodyLine: 5 });
	});

	it('takes the whole text as body when there is no frontmatter', () => {
		expect(splitProfile('x.mdx', '## Ohne Frontmatter\n')).toMatchObject({ frontmatter: null, body: '## Ohne Frontmatter\n', bodyLine: 1 });
	});
});

describe('parseFrontmatter', () => {
	it('reads YAML 1.2: dates and words stay text', () => {
		const { data } = parseFrontmatter(splitProfile('x.mdx', '---\nupdated: 2026-11-22\natlas2019: true\nstatus: no\n---\n'));
		expect(data).toEqual({ updated: '2026-11-22', atlas2019: true, status: 'no' });
	});

	it('gives no data, but the errors with their positions, for broken YAML', () => {
		const { data, doc } = parseFrontmatter(splitProfile('x.mdx', '---\nname: Köln\nname: Bonn\n---\n'));
		expect(data).toBeUndefined();
		expect(doc.errors.map((error) => error.code)).toEqual(['DUPLICATE_KEY']);
	});
});
