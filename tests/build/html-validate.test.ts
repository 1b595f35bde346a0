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
