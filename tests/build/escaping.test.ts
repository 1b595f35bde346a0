import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIES_DIR, DIST, ROOT, text } from './helpers';

const run = promisify(execFile);
const FACT_BOX = /<aside\b[^>]*\bclass="factbox\b[^"]*"[^>]*>([\s\S]*?)<\/aside>/;

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true });
	return entries.filter((entry) => entry.endsWith('.html')).map((entry) => join(dir, entry));
}

/** The built site (npm test builds it first): no fact box carries a script element. */
describe('fact boxes of the built portraits', () => {
	it('contain no unescaped <script', async () => {
		const slugs = (await readdir(CITIES_DIR)).filter((file) => file.endsWith('.mdx')).map((file) => file.replace(/\.mdx$/, ''));
		expect(slugs.length).toBeGreaterThan(0);
		for (const slug of slugs) {
			const html = await readFile(join(DIST, 'staedte', slug, 'index.html'), 'utf8');
			const box = FACT_BOX.exec(html)?.[1];
			expect(box, `${slug}: fact box`).toBeDefined();
			expect(box, slug).not.toMatch(/<script/i);
		}
	});
});

/**
 * Frontmatter is text: the validator lets markup through with a warning, so every page must escape it.
 * Builds a copy of the project with a hostile profile and looks for the payload in every HTML file.
 */
describe('a profile whose frontmatter contains markup', () => {
	const PAYLOADS = {
		name: "<script>alert('name')</script>",
		title: '</dd><script>alert(2)</script>',
		partner: '<img src=x onerror=alert(3)>',
		summary: '"><svg onload=alert(4)>',
	};
	let dir: string;
	let output = '';

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'atlas-escaping-'));
		for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
			await cp(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (src) => !src.includes('/src/content/cities/') || src.endsWith('/cities') });
		}
		await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
		const good = await readFile(join(CITIES_DIR, 'emden.mdx'), 'utf8');
		await writeFile(join(dir, 'src/content/cities/emden.mdx'), good);
		const hostile = good
			.replace(/^name: .*$/m, `name: ${JSON.stringify(PAYLOADS.name)}`)
			.replace(/^ {2}title: .*$/m, `  title: ${JSON.stringify(PAYLOADS.title)}`)
			.replace(/^ {2}- name: .*$/m, `  - name: ${JSON.stringify(PAYLOADS.partner)}`)
			.replace(/^ {4}summary: .*$/m, `    summary: ${JSON.stringify(PAYLOADS.summary)}`);
		expect(hostile).toContain(PAYLOADS.summary);
		await writeFile(join(dir, 'src/content/cities/xss.mdx'), hostile);
		const result = await run(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
			cwd: dir,
			env: { ...process.env, FORCE_COLOR: '0', ATLAS_OUT: join(dir, 'dist') },
		});
		output = result.stdout + result.stderr;
	}, 0); // a full build: no time limit (0 disables it)

	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('builds, with a warning from the validator', () => {
		expect(output).toContain('sieht aus wie HTML');
	});

	it('shows the markup as text in the portrait', async () => {
		const html = await readFile(join(dir, 'dist/staedte/xss/index.html'), 'utf8');
		const page = parse(html);
		expect(text(page.querySelector('h1'))).toBe(PAYLOADS.name);
		expect(text(page.querySelector('.factbox'))).toContain(PAYLOADS.title);
		expect(page.querySelectorAll('img[onerror], svg[onload]')).toHaveLength(0);
	});

	it('never turns the payload into markup on any page', async () => {
		const files = await htmlFiles(join(dir, 'dist'));
		expect(files.length).toBeGreaterThan(1);
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
