import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_FIELDS, FACT_ROWS, shownRows } from '../../src/lib/facts/fields';
import { compareCity } from '../../src/lib/facts/compare-data';
import { DIST, loadProfiles, page, text } from './helpers';

const profiles = await loadProfiles();

describe('the comparison page /vergleich/', () => {
	it('has one table row per fact row, in the order of the field list', async () => {
		const html = await page('vergleich/');
		expect(html.querySelectorAll('city-compare tr[data-row]').map((row) => row.getAttribute('data-row'))).toEqual(FACT_ROWS.map((row) => row.id));
		expect(html.querySelectorAll('city-compare tbody').map((body) => body.getAttribute('data-field'))).toEqual(FACT_FIELDS.map((field) => field.id));
		expect(FACT_ROWS.length).toBeGreaterThanOrEqual(10);
	});

	it('offers every city in the combobox and, without JavaScript, explains itself and links every portrait', async () => {
		const html = await page('vergleich/');
		const names = profiles.map((profile) => profile.data.name).sort((a, b) => a.localeCompare(b, 'de'));
		expect(html.querySelectorAll('#compare-options li').map((option) => option.getAttribute('data-name'))).toEqual(names);
		const fallback = html.querySelector('[data-compare-fallback]')!;
		expect(text(fallback)).toContain('braucht JavaScript');
		expect(
			fallback
				.querySelectorAll('a')
				.map((a) => a.getAttribute('href'))
				.sort(),
		).toEqual(profiles.map((profile) => `/staedte/${profile.slug}/`).sort());
		expect(html.querySelector('.picker')!.hasAttribute('hidden')).toBe(true);
		expect(html.querySelector('a[href="/vergleich/?staedte=koeln,duesseldorf,krefeld"]')).not.toBeNull();
	});

	it('serves each city’s facts as small JSON, the same data the field list gives', async () => {
		let total = 0;
		for (const { slug, data } of profiles) {
			const file = await readFile(join(DIST, `vergleich/${slug}.json`), 'utf8');
			total += file.length;
			expect(JSON.parse(file), slug).toEqual(compareCity(slug, data));
		}
		expect(total / profiles.length).toBeLessThan(12_000);
	});
});

describe('fact box and comparison read the same list', () => {
	it.each(profiles.map((profile) => [profile.slug, profile] as const))(
		'%s: the fact box shows the fields and rows of the field list, in order',
		async (slug, { data }) => {
			const html = await page(`staedte/${slug}/`);
			const fields = FACT_FIELDS.filter((field) => !field.optional || shownRows(field, data).length > 0);
			expect(html.querySelectorAll('.factbox dd[data-field]').map((dd) => dd.getAttribute('data-field'))).toEqual(fields.map((field) => field.id));
			expect(html.querySelectorAll('.factbox dt').map(text)).toEqual(fields.map((field) => field.label));
			expect(html.querySelectorAll('.factbox [data-row]').map((row) => row.getAttribute('data-row'))).toEqual(
				fields.flatMap((field) => shownRows(field, data).map(({ row }) => row.id)),
			);
		},
	);

	it('each portrait links to the comparison with its nearest cities', async () => {
		const html = await page('staedte/koeln/');
		const links = html.querySelectorAll('.compare-links a').map((a) => a.getAttribute('href'));
		expect(links).toHaveLength(4);
		expect(links.every((href) => href!.startsWith('/vergleich/?staedte=koeln'))).toBe(true);
	});
});
