import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineScripts, renderBlockingScripts } from '../../bench/lib/html-scripts';
import { parseHeadersFile, resolvePath } from '../../bench/lib/static-server';
import { contentType, isCompressible, wireBytes } from '../../bench/lib/wire';

const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('render-blocking scripts', () => {
	it('finds classic scripts in the head without async or defer', () => {
		expect(renderBlockingScripts(page('<script src="/a.js"></script><script>var x = 1;</script>'))).toEqual(['/a.js', 'inline script (10 characters)']);
	});

	it('ignores modules, async/defer scripts, data blocks and scripts in the body', () => {
		const head =
			'<script type="module" src="/m.js"></script><script defer src="/d.js"></script><script async src="/s.js"></script><script type="application/ld+json">{}</script>';
		expect(renderBlockingScripts(page(head, '<script src="/late.js"></script>'))).toEqual([]);
	});

	it('collects the text of inline JavaScript anywhere, but not JSON', () => {
		expect(inlineScripts(page('<script type="application/json">{"a":1}</script>', '<script type="module">go()</script><script src="/x.js"></script>'))).toEqual(
			['go()'],
		);
	});
});

describe('wire sizes', () => {
	it('gzips text types and sends binaries as they are', () => {
		const text = Buffer.from('Smart City '.repeat(200));
		expect(wireBytes(text, contentType('x.html'))).toBe(gzipSync(text).length);
		expect(wireBytes(text, contentType('wasm.de.pagefind'))).toBe(text.length);
		expect(isCompressible(contentType('a.js'))).toBe(true);
		expect(isCompressible(contentType('a.svg'))).toBe(true);
		expect(isCompressible(contentType('a.png'))).toBe(false);
	});
});

describe('static host', () => {
	const root = mkdtempSync(join(tmpdir(), 'bench-host-'));
	mkdirSync(join(root, 'staedte', 'koeln'), { recursive: true });
	writeFileSync(join(root, 'staedte', 'koeln', 'index.html'), 'Köln');
	writeFileSync(join(root, '404.html'), 'weg');
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('maps directories to index.html, redirects to the trailing slash and falls back to 404.html', () => {
		expect(resolvePath(root, '/staedte/koeln/')).toEqual({ status: 200, file: join(root, 'staedte', 'koeln', 'index.html') });
		expect(resolvePath(root, '/staedte/koeln?x=1')).toEqual({ status: 301, location: '/staedte/koeln/' });
		expect(resolvePath(root, '/gibt-es-nicht/')).toEqual({ status: 404, file: join(root, '404.html') });
		expect(resolvePath(root, '/../etc/passwd')).toEqual({ status: 404 });
	});

	it('reads the headers for every path from a _headers file', () => {
		const text = "/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n/daten/*\n  Access-Control-Allow-Origin: *\n";
		expect(parseHeadersFile(text)).toEqual({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" });
	});
});
