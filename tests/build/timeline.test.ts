import { describe, expect, it } from 'vitest';
import { loadProfiles, page, text } from './helpers';

const profiles = await loadProfiles();
const html = await page('zeitleiste/');
const ranked = profiles.filter((profile) => profile.data.smartCityIndex.some((entry) => entry.rank !== undefined));

describe('the timeline /zeitleiste/', () => {
	it('has the adoption chart and the index chart, each with its table one click away', () => {
		for (const id of ['chart-timeline', 'chart-index']) {
			const figure = html.querySelector(`figure[aria-labelledby="${id}-title"]`)!;
			expect(figure, id).not.toBeNull();
			expect(figure.querySelector('svg'), id).not.toBeNull();
			expect(figure.querySelector('details > summary'), id).not.toBeNull();
			expect(figure.querySelectorAll('details table').length, id).toBeGreaterThan(0);
		}
	});

	it('shows every adopted agenda with its year in chart and table, each mark linking to its portrait', () => {
		const adopted = profiles.filter(({ data }) => data.digitalAgenda.status === 'beschlossen' && data.digitalAgenda.year !== undefined);
		const rows = html
			.querySelectorAll('table[data-timeline-table="agenda"] tbody tr')
			.map((row) => [row.getAttribute('data-city'), Number(row.getAttribute('data-year'))]);
		expect(rows.sort()).toEqual(adopted.map(({ slug, data }) => [slug, data.digitalAgenda.year]).sort());
		const marks = html.querySelectorAll('figure[aria-labelledby="chart-timeline-title"] svg a.unit');
		const events = html.querySelectorAll('table[data-timeline-table] tbody tr');
		expect(marks).toHaveLength(events.length);
		for (const mark of marks) expect(mark.getAttribute('href')).toMatch(/^\/staedte\/[a-z0-9-]+\/$/);
		for (const row of events) expect(row.querySelectorAll('td a[href^="http"]').length, text(row)).toBeGreaterThan(0);
	});

	it('marks derived agenda decisions as derived in the table and the chart', () => {
		const derived = profiles.filter(
			({ data }) => data.digitalAgenda.status === 'beschlossen' && data.digitalAgenda.year !== undefined && data.digitalAgenda.basis === 'abgeleitet',
		);
		expect(derived.length).toBeGreaterThan(0);
		for (const { slug } of derived) {
			const row = html.querySelector(`table[data-timeline-table="agenda"] tr[data-city="${slug}"]`)!;
			expect(text(row.querySelector('.derived .mark')), slug).toBe('abgeleitet');
		}
		const hollow = html.querySelectorAll('figure[aria-labelledby="chart-timeline-title"] svg a.unit rect.derived');
		expect(hollow.length).toBeGreaterThanOrEqual(derived.length);
	});

	it('gives every city’s index ranks exactly as its profile: in the chart and in the table', () => {
		expect(html.querySelectorAll('figure[aria-labelledby="chart-index-title"] svg a.series')).toHaveLength(ranked.length);
		for (const { slug, data } of ranked) {
			const expected = data.smartCityIndex
				.filter((entry) => entry.rank !== undefined)
				.map((entry) => [entry.year, entry.rank])
				.sort();
			const chart = html
				.querySelectorAll(`a.series[data-city="${slug}"] circle`)
				.map((dot) => [Number(dot.getAttribute('data-year')), Number(dot.getAttribute('data-rank'))]);
			const table = html
				.querySelectorAll(`table[data-rank-table] tr[data-city="${slug}"] td[data-rank]`)
				.map((cell) => [Number(cell.getAttribute('data-year')), Number(cell.getAttribute('data-rank'))]);
			expect(chart.sort(), slug).toEqual(expected);
			expect(table.sort(), slug).toEqual(expected);
			expect(html.querySelector(`a.series[data-city="${slug}"]`)!.getAttribute('href')).toBe(`/staedte/${slug}/`);
		}
	});

	it('cites the sources of each rank in the table', () => {
		for (const cell of html.querySelectorAll('table[data-rank-table] td[data-rank]'))
			expect(cell.querySelectorAll('.cite a[href^="http"]').length).toBeGreaterThan(0);
	});
});
