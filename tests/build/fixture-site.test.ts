import { stripVTControlCharacters } from 'node:util';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy';
import { SUMMARIES_FILE } from '../../src/lib/history/summaries';
import { FORMER_SLUGS_FILE } from '../../src/lib/former-slugs';
import { CITIES_DIR, DIST, ROOT, text } from './helpers';

/**
 * A small fixture site: a copy of the project with a handful of real profiles instead of all of them. It
 * is built to check what the real build cannot show: that invalid content stops the build, that markup
 * in frontmatter stays text on every page, and that two clean builds are byte-identical. The invalid
 * attempt stops in the validator before Astro renders anything; the two full builds are small.
 */
const PROFILES = ['bamberg', 'emden', 'jena', 'koeln'];
const PAYLOADS = {
	name: "<script>alert('name')</script>",
	title: '</dd><script>alert(2)</script>',
	partner: '<img src=x onerror=alert(3)>',
	summary: '"><svg onload=alert(4)>',
};
/** A build of the fixture site on a loaded 2-core machine takes well under a minute; three of them, with room. */
const BUILDS_TIMEOUT = 300_000;

const run = promisify(execFile);
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
let dir = '';
const cities = () => join(dir, 'src/content/cities');
const out = (name: string) => join(dir, name);

/** `astro build` of the fixture site into `outDir`; never throws, returns exit code and output. */
async function build(outDir: string): Promise<{ code: number; output: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, [ASTRO, 'build'], {
			cwd: dir,
			env: { ...process.env, FORCE_COLOR: '0', ATLAS_OUT: outDir },
			maxBuffer: 64 * 1024 * 1024,
		});
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, output: failed.stdout + failed.stderr };
	}
}

/** A note box (src/components/editor/Hinweis.astro) with Markdown and a citation inside, at the end of the body. */
const NOTE = { title: 'Stand der Quellen', text: 'Die Stadt hat *keine* Angaben veröffentlicht.' };

/** The markup payloads in the frontmatter of a copy of emden.mdx, and the editor's note box in its body. */
function hostile(good: string): string {
	const changed = good
		.replace(/^name: .*$/m, `name: ${JSON.stringify(PAYLOADS.name)}`)
		.replace(/^ {2}title: .*$/m, `  title: ${JSON.stringify(PAYLOADS.title)}`)
		.replace(/^ {2}- name: .*$/m, `  - name: ${JSON.stringify(PAYLOADS.partner)}`)
		.replace(/^ {4}summary: .*$/m, `    summary: ${JSON.stringify(PAYLOADS.summary)}`);
	for (const payload of Object.values(PAYLOADS)) if (!changed.includes(JSON.stringify(payload))) throw new Error(`emden.mdx: no field for ${payload}`);
	const source = /\[\^([\w-]+)\]/.exec(changed.split(/^---$/m)[2] ?? '')?.[1];
	if (!source) throw new Error('emden.mdx: no citation in the body');
	return `${changed.trimEnd()}\n\n<Hinweis titel="${NOTE.title}">\n${NOTE.text}[^${source}]\n</Hinweis>\n`;
}

async function htmlFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true });
	return entries.filter((entry) => entry.endsWith('.html')).map((entry) => join(root, entry));
}

async function hashes(root: string): Promise<Map<string, string>> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const result = new Map<string, string>();
	for (const entry of entries.filter((e) => e.isFile())) {
		const path = join(entry.parentPath, entry.name);
		result.set(
			path.slice(root.length + 1),
			createHash('sha256')
				.update(await readFile(path))
				.digest('hex'),
		);
	}
	return result;
}

let invalid = { code: 0, output: '' };
/** Lines of the project's change summaries file: the broken line is appended after them. */
let goodSummaryLines = 0;
/** Lines of the project's former slugs file: the lines of the fixture are appended after them. */
let goodFormerLines = 0;
let first = { code: 0, output: '' };
let second = { code: 0, output: '' };

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atlas-fixture-'));
	await copyProject(ROOT, dir, undefined, ['src/content/cities']);
	await mkdir(cities());
	for (const slug of PROFILES) await copyFile(join(CITIES_DIR, `${slug}.mdx`), join(cities(), `${slug}.mdx`));
	const emden = await readFile(join(CITIES_DIR, 'emden.mdx'), 'utf8');
	// 1. One profile with an unknown Land and a change summary under a short hash: the build must stop.
	const summaries = join(dir, SUMMARIES_FILE);
	const goodSummaries = await readFile(summaries, 'utf8');
	goodSummaryLines = goodSummaries.split('\n').length - 1;
	const former = join(dir, FORMER_SLUGS_FILE);
	const goodFormer = await readFile(former, 'utf8');
	goodFormerLines = goodFormer.split('\n').length - 1;
	await writeFile(join(cities(), 'kaputt.mdx'), emden.replace(/^state: .*$/m, 'state: Preußen'));
	await writeFile(summaries, `${goodSummaries}c7150da: Kurzer Hash\n`);
	await writeFile(former, `${goodFormer}aachen: atlantis\n`);
	invalid = await build(out('dist-invalid'));
	await rm(join(cities(), 'kaputt.mdx'));
	await writeFile(summaries, goodSummaries);
	// 2. Instead a profile whose frontmatter carries markup and a former address of Köln, built twice from the same tree.
	await writeFile(former, `${goodFormer}koeln-alt: koeln\n`);
	await writeFile(join(cities(), 'xss.mdx'), hostile(emden));
	first = await build(out('dist-1'));
	second = await build(out('dist-2'));
}, BUILDS_TIMEOUT);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a profile with an invalid field', () => {
	it('stops the build', () => {
		expect(invalid.code).not.toBe(0);
	});

	it('names the file and the field', () => {
		// The error line starts with the place: file:line:col, then field and message.
		expect(stripVTControlCharacters(invalid.output)).toContain(
			'[atlas:validate-content] src/content/cities/kaputt.mdx:3:1  state  „Preußen“ ist kein Bundesland',
		);
	});

	it('names the line of a broken change summary too', () => {
		const line = goodSummaryLines + 1;
		expect(stripVTControlCharacters(invalid.output)).toContain(
			`[atlas:validate-content] ${SUMMARIES_FILE}:${line}:1  c7150da  „c7150da“ ist kein vollständiger Commit-Hash`,
		);
	});

	it('names the line of a former address that leads to no profile', () => {
		expect(stripVTControlCharacters(invalid.output)).toContain(
			`[atlas:validate-content] ${FORMER_SLUGS_FILE}:${goodFormerLines + 1}:9  aachen  „atlantis“ ist kein Profil in src/content/cities/`,
		);
	});

	it('writes no site', async () => {
		await expect(access(join(out('dist-invalid'), 'index.html'))).rejects.toThrow();
	});
});

/** Frontmatter is text: the validator lets markup through with a warning, so every page must escape it. */
describe('a profile whose frontmatter contains markup', () => {
	it('builds, with a warning from the validator', () => {
		expect(first.code, first.output).toBe(0);
		expect(first.output).toContain('sieht aus wie HTML');
	});

	it('shows the markup as text in the portrait', async () => {
		const page = parse(await readFile(join(out('dist-1'), 'staedte/xss/index.html'), 'utf8'));
		expect(text(page.querySelector('h1'))).toBe(PAYLOADS.name);
		expect(text(page.querySelector('.factbox'))).toContain(PAYLOADS.title);
		expect(page.querySelectorAll('img[onerror], svg[onload]')).toHaveLength(0);
	});

	it('never turns the payload into markup on any page', async () => {
		const files = await htmlFiles(out('dist-1'));
		let seen = 0;
		for (const file of files) {
			const html = await readFile(file, 'utf8');
			if (html.includes('alert(')) seen++;
			const dom = parse(html);
			// Inside quoted attribute values `<` is plain text; what must not happen is a new element or attribute.
			for (const script of dom.querySelectorAll('script')) expect(script.text, file).not.toContain('alert(');
			expect(dom.querySelectorAll('img[src="x"], [onerror], [onload]'), file).toHaveLength(0);
			expect(html.replace(/"[^"]*"/g, '""'), file).not.toMatch(/<script>alert\(|<img src=x|<svg onload/);
		}
		expect(seen, 'pages that mention the hostile profile').toBeGreaterThan(1);
	});
});

/** Profile bodies compile to HTML strings (`mdx({ optimize: true })`): the editor's component must stay a component. */
describe('the editor note box in a profile body', () => {
	it('renders as the component, with Markdown and the citation link inside', async () => {
		const page = parse(await readFile(join(out('dist-1'), 'staedte/xss/index.html'), 'utf8'));
		const note = page.querySelector('.prose .hinweis[role="note"]');
		expect(text(note?.querySelector('.titel'))).toBe(NOTE.title);
		expect(note?.querySelector('.inhalt em')?.text).toBe('keine');
		expect(note?.querySelector('.inhalt sup.cite a[href^="#quelle-"]')).toBeTruthy();
	});
});

describe('a former address (src/content/former-slugs.yaml)', () => {
	it('sends readers on to the portrait, names its address, leaves the sitemap to the portrait and hands the comparison the mapping', async () => {
		const html = await readFile(join(out('dist-1'), 'staedte/koeln-alt/index.html'), 'utf8');
		const page = parse(html);
		expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/staedte/koeln/');
		const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
		expect(canonical).toMatch(/^https?:\/\/[^/]+\/staedte\/koeln\/$/);
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(page.querySelector('main a[href="/staedte/koeln/"]')?.text).toBe(canonical);
		const sitemap = await readFile(join(out('dist-1'), 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('/staedte/koeln/<');
		expect(sitemap).not.toContain('koeln-alt');
		// The comparison reads the former slug in an old link (`/vergleich/?staedte=koeln-alt,jena`) as Köln.
		const compare = parse(await readFile(join(out('dist-1'), 'vergleich/index.html'), 'utf8'));
		expect(JSON.parse(compare.querySelector('city-compare')?.getAttribute('data-former-slugs') ?? '{}')).toEqual({ 'koeln-alt': 'koeln' });
	});
});

describe('the map page', () => {
	it('has the same size (± 1 KB) with 5 profiles as the real build with all of them: its HTML carries no city', async () => {
		const [small, full] = await Promise.all([readFile(join(out('dist-1'), 'karte/index.html')), readFile(join(DIST, 'karte/index.html'))]);
		expect(Math.abs(small.length - full.length)).toBeLessThanOrEqual(1024);
	});
});

describe('reproducible builds', () => {
	it('two clean builds of the same tree produce byte-identical output, search index included', async () => {
		expect(second.code, second.output).toBe(0);
		const [a, b] = [await hashes(out('dist-1')), await hashes(out('dist-2'))];
		expect([...a.keys()].some((file) => file.startsWith('pagefind/'))).toBe(true);
		expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
		expect([...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file)).toEqual([]);
	});
});
