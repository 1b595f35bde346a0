import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, DIST, page, text } from './helpers';

/**
 * The site's vocabulary (the writing guide's terms table): one term, one meaning. Labels, headings, table
 * captions and the CSV header must not use the retired terms.
 */
const RETIRED: [term: string, pattern: RegExp][] = [
	['Land (gemeint: Bundesland)', /\bLand\b(?! und Bund)/],
	[
		'Agenda-Stand / Agenda-Status / Stand der Agenda (gemeint: Status der digitalen Agenda)',
		/Agenda-Stand|Agenda-Status|Stand der (digitalen )?Agenda|Stand im Atlas/,
	],
	['Handlungsfeld (gemeint: Thema)', /Handlungsfeld/],
	['Atlas-Steckbrief, Bitkom-Atlas (gemeint: Atlas 2019 / Atlas-Porträt)', /Atlas-Steckbrief|Bitkom-Atlas/],
	['Platz (gemeint: Rang)', /\bPlatz \d/],
];
const LABELS = 'title, h1, h2, h3, h4, caption, th, label, legend, dt, summary, button, option, figcaption';

const pages = (await builtFiles('.html')).filter((file) => !file.startsWith('pagefind/'));

describe('vocabulary', () => {
	it('reads the built pages', () => {
		expect(pages.length).toBeGreaterThan(80);
	});

	it('no page uses a retired term in a label, heading or caption', async () => {
		const found: string[] = [];
		for (const file of pages) {
			const html = await page(file);
			for (const element of html.querySelectorAll(LABELS)) {
				const label = text(element);
				for (const [term, pattern] of RETIRED) if (pattern.test(label)) found.push(`${file}: <${element.tagName.toLowerCase()}> „${label}“ – ${term}`);
			}
		}
		expect(found).toEqual([]);
	});

	it('the CSV header uses the same terms', async () => {
		const header = (await readFile(join(DIST, 'daten/staedte.csv'), 'utf8')).replace(/^\uFEFF/, '').split('\r\n')[0]!;
		expect(RETIRED.filter(([, pattern]) => pattern.test(header)).map(([term]) => term)).toEqual([]);
		expect(header).toContain('Status der digitalen Agenda');
	});
});
