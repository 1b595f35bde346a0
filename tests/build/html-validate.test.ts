import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtFiles, DIST, ROOT } from './helpers';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');
const pages = (await builtFiles('.html')).filter((file) => !file.startsWith('pagefind/'));

describe('built HTML validates with html-validate (.htmlvalidate.json)', () => {
	it('has pages to check', () => {
		expect(pages.length).toBeGreaterThan(50);
	});

	it.each(pages)('%s', async (file) => {
		const report = await validator.validateFile(join(DIST, file));
		expect(report.valid, format(report.results).replaceAll(ROOT, '.')).toBe(true);
	});
});

describe('words and links', () => {
	// A line break between text and a link in a template can vanish from the output: „in der<a>Tabelle“.
	const GLUED = /.{0,30}(?:[\p{L}\p{N},:;.!?)\]]<a[\s>]|<\/a>[\p{L}\p{N}([]).{0,30}/gu;

	it('no word is glued to the start or end of a link on any page', async () => {
		const glued: string[] = [];
		for (const file of pages) {
			for (const match of (await readFile(join(DIST, file), 'utf8')).matchAll(GLUED)) glued.push(`${file}: ${match[0]}`);
		}
		expect(glued).toEqual([]);
	});
});
