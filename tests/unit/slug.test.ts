import { describe, expect, it } from 'vitest';
import { citySlugOf } from '../../src/lib/paths';
import { slugify } from '../../src/lib/slug';
import { STATES } from '../../src/schemas/states';

describe('slug rule', () => {
	it.each([
		['Köln', 'koeln'],
		['München', 'muenchen'],
		['Düsseldorf', 'duesseldorf'],
		['Gießen', 'giessen'],
		['Freiburg im Breisgau', 'freiburg-im-breisgau'],
		['Monheim am Rhein', 'monheim-am-rhein'],
		['Halle (Saale)', 'halle-saale'],
		['Frankfurt am Main ', 'frankfurt-am-main'],
		['ÄÖÜ', 'aeoeue'],
	])('%s → %s', (name, slug) => {
		expect(slugify(name)).toBe(slug);
	});

	it('gives every Land its URL slug', () => {
		expect(STATES).toHaveLength(16);
		expect(STATES.map((s) => s.slug)).toContain('baden-wuerttemberg');
		expect(STATES.map((s) => s.slug)).toContain('thueringen');
		expect(new Set(STATES.map((s) => s.slug)).size).toBe(16);
	});
});

describe('portrait addresses', () => {
	it('give back their slug, also under a base path; other pages give none', () => {
		expect(citySlugOf('/staedte/koeln/', '/')).toBe('koeln');
		expect(citySlugOf('/atlas/staedte/bad-hersfeld/', '/atlas/')).toBe('bad-hersfeld');
		expect(citySlugOf('/staedte/koeln/', '/atlas/')).toBeUndefined();
		for (const path of ['/staedte/', '/staedte/koeln', '/staedte/koeln/x/', '/themen/mobilitaet/', '/']) expect(citySlugOf(path, '/'), path).toBeUndefined();
	});
});
