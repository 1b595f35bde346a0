import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { builtFiles, DIST } from './helpers';

const pages = (await builtFiles('.html')).filter((file) => !file.startsWith('pagefind/'));
const documents = new Map(await Promise.all(pages.map(async (file) => [file, parse(await readFile(join(DIST, file), 'utf8'))] as const)));

/** The built file a site-internal URL path resolves to, as a static host would serve it. */
function fileFor(pathname: string): string {
	const path = decodeURIComponent(pathname).replace(/^\/+/, '');
	return path === '' || path.endsWith('/') ? join(path, 'index.html') : path;
}

const exists = (file: string) =>
	access(join(DIST, file)).then(
		() => true,
		() => false,
	);

const links = [...documents].flatMap(([file, html]) =>
	html.querySelectorAll('[href], [src]').map((element) => ({ file, url: (element.getAttribute('href') ?? element.getAttribute('src'))! })),
);
const external = links.filter((link) => /^[a-z]+:/i.test(link.url));
const internal = links.filter((link) => !/^[a-z]+:/i.test(link.url));

describe('links in the built site', () => {
	it('every internal href/src and fragment resolves', async () => {
		const broken: string[] = [];
		for (const { file, url } of internal) {
			const target = new URL(url, `http://site.invalid/${file.replace(/index\.html$/, '')}`);
			const targetFile = fileFor(target.pathname);
			if (!(await exists(targetFile))) broken.push(`${file}: ${url} (fehlt: ${targetFile})`);
			else if (target.hash && targetFile.endsWith('.html')) {
				const id = decodeURIComponent(target.hash.slice(1));
				const doc = documents.get(targetFile);
				if (doc && !doc.querySelector(`[id="${id}"]`)) broken.push(`${file}: ${url} (kein Element mit id „${id}“)`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('external links are well-formed https (or mailto), http only where no https link to the host exists', () => {
		const httpsHosts = new Set(external.filter((link) => link.url.startsWith('https:')).map((link) => new URL(link.url).hostname.replace(/^www\./, '')));
		const problems = external.flatMap(({ file, url }) => {
			let parsed: URL;
			try {
				parsed = new URL(url);
			} catch {
				return [`${file}: ${url} ist keine gültige Adresse`];
			}
			if (parsed.protocol === 'mailto:' || parsed.protocol === 'https:') return [];
			if (parsed.protocol === 'http:' && !httpsHosts.has(parsed.hostname.replace(/^www\./, ''))) return [];
			return [`${file}: ${url} – ${parsed.protocol === 'http:' ? 'dieser Host wird anderswo per https verlinkt' : 'unerlaubtes Schema'}`];
		});
		expect([...new Set(problems)]).toEqual([]);
	});
});

describe('what search engines read', () => {
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
	const local = (url: string) => {
		expect(url.startsWith(`${site.url}/`), url).toBe(true);
		return new URL(url).pathname;
	};

	it('robots.txt allows crawling and names the sitemap index, whose sitemaps list every page that may be indexed', async () => {
		const robots = await readFile(join(DIST, 'robots.txt'), 'utf8');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
		const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((match) => local(match[1]!));
		expect(sitemaps).toEqual(['/sitemap-index.xml']);
		const listed = [];
		for (const sitemap of locs(await readFile(join(DIST, fileFor(sitemaps[0]!)), 'utf8'))) {
			listed.push(...locs(await readFile(join(DIST, fileFor(local(sitemap))), 'utf8')).map(local));
		}
		const indexable = [...documents]
			.filter(([, html]) => !/noindex/.test(html.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''))
			.map(([file]) => `/${file.replace(/index\.html$/, '')}`);
		expect(indexable).toContain('/staedte/koeln/');
		expect(listed.sort()).toEqual(indexable.sort());
	});
});
