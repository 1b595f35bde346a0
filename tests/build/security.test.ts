import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { headersFile, responseHeaders } from '../../src/config/security';
import { builtFiles, DIST, ROOT } from './helpers';

const pages = (await builtFiles('.html')).filter((file) => !file.startsWith('pagefind/'));

describe('content security policy', () => {
	it.each(pages)('%s carries a CSP without unsafe-inline scripts and has no inline event handlers', async (file) => {
		const html = parse(await readFile(join(DIST, file), 'utf8'));
		const csp = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
		const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc).toMatch(/'self'/);
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(csp).toMatch(/default-src 'self'/);
		const handlers = html.querySelectorAll('*').flatMap((element) => Object.keys(element.attributes).filter((name) => /^on/i.test(name)));
		expect(handlers).toEqual([]);
		for (const script of html.querySelectorAll('script[src]')) expect(script.getAttribute('src')).toMatch(/^\//);
	});

	it('public/_headers and the built _headers carry the security headers of src/config/security.ts', async () => {
		expect(await readFile(join(ROOT, 'public/_headers'), 'utf8')).toBe(headersFile());
		expect(await readFile(join(DIST, '_headers'), 'utf8')).toBe(headersFile());
		expect(Object.keys(responseHeaders)).toEqual(
			expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
		);
	});
});
