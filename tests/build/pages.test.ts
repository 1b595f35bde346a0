import { describe, expect, it } from 'vitest';
import { STATES } from '../../src/schemas/states';
import { THEMES } from '../../src/schemas/themes';
import { AGENDA_STATUSES } from '../../src/schemas/city';
import { agendaLabel } from '../../src/i18n';
import { loadProfiles, page, text } from './helpers';

const profiles = await loadProfiles();
const atlas = profiles.filter((profile) => profile.data.atlas2019);
const rowNames = (html: Awaited<ReturnType<typeof page>>) => html.querySelectorAll('.city-table tbody th a').map(text).sort();
const names = (list: typeof profiles) => list.map((profile) => profile.data.name).sort();

describe('theme pages', () => {
	it.each(THEMES.map((theme) => [theme.id, theme] as const))('%s lists exactly the cities naming the theme', async (id, theme) => {
		const html = await page(`themen/${id}/`);
		expect(text(html.querySelector('h1'))).toBe(`Thema ${theme.label}`);
		expect(rowNames(html)).toEqual(names(profiles.filter((profile) => profile.data.themes.includes(id))));
		const projects = profiles.flatMap((profile) => profile.data.projects.filter((project) => project.theme === id));
		expect(html.querySelectorAll('.project-list li')).toHaveLength(projects.length);
		expect(html.querySelector(`a[href="/suche/?thema=${encodeURIComponent(theme.label).replace(/%20/g, '+')}"]`)).not.toBeNull();
	});

	it.each(THEMES.map((theme) => [theme.id] as const))('%s cites every project by the sources in its portrait, and marks derived ones', async (id) => {
		const html = await page(`themen/${id}/`);
		const items = html.querySelectorAll('.project-list li');
		for (const item of items) {
			const slug = /^\/staedte\/([^/]+)\/$/.exec(item.querySelector('a')!.getAttribute('href')!)![1]!;
			const profile = profiles.find((candidate) => candidate.slug === slug)!;
			const project = profile.data.projects.find((candidate) => candidate.name === text(item.querySelector('strong')))!;
			const expected = project.refs.map((ref) => `/staedte/${slug}/#quelle-${profile.data.sources.findIndex((source) => source.id === ref) + 1}`);
			expect(
				item.querySelectorAll('sup.cite a').map((link) => link.getAttribute('href')),
				project.name,
			).toEqual(expected);
			expect(item.querySelector('.derived') !== null, project.name).toBe(project.basis === 'abgeleitet');
			const portrait = await page(`staedte/${slug}/`);
			for (const target of expected) expect(portrait.querySelector(`li#${target.split('#')[1]}`), target).not.toBeNull();
		}
	});
});

describe('Land pages', () => {
	it.each(STATES.map((state) => [state.slug, state] as const))('%s lists its cities or invites a contribution', async (slug, state) => {
		const html = await page(`bundeslaender/${slug}/`);
		const expected = names(profiles.filter((profile) => profile.data.state === state.name));
		if (expected.length === 0) expect(text(html.querySelector('main'))).toContain('noch keine Stadt');
		else expect(rowNames(html)).toEqual(expected);
	});
});

describe('the Länder index', () => {
	it('links every Land with its number of cities and says how many Länder have one', async () => {
		const html = await page('bundeslaender/');
		const withCities = STATES.filter((state) => profiles.some((profile) => profile.data.state === state.name));
		const lands = withCities.length === 16 ? 'allen 16 Bundesländern' : `${withCities.length} Bundesländern`;
		expect(text(html.querySelector('main p'))).toContain(`Die ${profiles.length} Städte des Atlas liegen in ${lands}.`);
		expect(html.querySelectorAll('ul.states a').map(text)).toEqual(STATES.map((state) => state.name));
	});
});

describe('Leichte Sprache', () => {
	it('is linked from the start page and the accessibility statement, and names the number of cities', async () => {
		for (const route of ['', 'barrierefreiheit/']) {
			expect((await page(route)).querySelector('a[href="/leichte-sprache/"]'), route || 'start page').not.toBeNull();
		}
		const html = await page('leichte-sprache/');
		expect(text(html.querySelector('h1'))).toBe('Der Smart-City-Atlas in Leichter Sprache');
		expect(text(html.querySelector('main'))).toContain(`Infos über ${profiles.length} Städte in Deutschland`);
	});
});

describe('charts on the start page', () => {
	const bars = async (chart: string) => {
		const html = await page('');
		return html.querySelectorAll(`#${chart}-title ~ svg [data-value]`).map((bar) => [bar.getAttribute('data-label'), Number(bar.getAttribute('data-value'))]);
	};

	it('cities per theme equal the counts over the collection', async () => {
		const expected = THEMES.map((theme) => [theme.label, profiles.filter((p) => p.data.themes.includes(theme.id)).length]);
		expect((await bars('chart-themes')).sort()).toEqual(expected.sort());
	});

	it('agenda status 2019 and today equal the counts over the atlas cities', async () => {
		const expected = AGENDA_STATUSES.flatMap((status) => [
			[agendaLabel(status), atlas.filter((p) => p.data.digitalAgenda.status2019 === status).length],
			[agendaLabel(status), atlas.filter((p) => p.data.digitalAgenda.status === status).length],
		]);
		expect(await bars('chart-status')).toEqual(expected);
	});

	it('cities per Land equal the counts over the collection', async () => {
		const expected = STATES.map((state) => [state.name, profiles.filter((p) => p.data.state === state.name).length]);
		expect(await bars('chart-states')).toEqual(expected);
	});

	it('every chart has a table with the same numbers', async () => {
		const html = await page('');
		for (const table of html.querySelectorAll('table[data-chart-table]')) {
			const id = table.getAttribute('data-chart-table');
			const svgValues = html.querySelectorAll(`#${id}-title ~ svg [data-value]`).map((bar) => bar.getAttribute('data-value'));
			const tableValues = table.querySelectorAll('tbody td').map(text);
			expect(tableValues).toEqual(svgValues);
		}
	});
});

describe('/ueber/', () => {
	it('shows per-Land counts computed from the profiles, as the atlas published them', async () => {
		const html = await page('ueber/');
		const shown = Object.fromEntries(
			html.querySelectorAll('[data-figures="states"] td[data-state]').map((cell) => [cell.getAttribute('data-state'), Number(text(cell))]),
		);
		const counted = Object.fromEntries(STATES.map((state) => [state.name, atlas.filter((p) => p.data.state === state.name).length]));
		expect(shown).toEqual(counted);
		expect(shown).toMatchObject({ 'Nordrhein-Westfalen': 15, 'Baden-Württemberg': 8, Bayern: 7, Niedersachsen: 5, Sachsen: 3 });
		const others = Object.entries(shown).filter(
			([state]) => !['Nordrhein-Westfalen', 'Baden-Württemberg', 'Bayern', 'Niedersachsen', 'Sachsen'].includes(state),
		);
		expect(others).toHaveLength(11);
		for (const [, count] of others) expect([1, 2]).toContain(count);
	});

	it('shows the 2019 agenda status counted over the profiles', async () => {
		const html = await page('ueber/');
		for (const status of AGENDA_STATUSES) {
			const cell = html.querySelector(`[data-figures="agenda"] td[data-status="${status}"]`);
			expect(Number(text(cell))).toBe(atlas.filter((p) => p.data.digitalAgenda.status2019 === status).length);
		}
	});

	it('shows theme shares computed from the profiles', async () => {
		const html = await page('ueber/');
		for (const cell of html.querySelectorAll('[data-figures="themes"] td[data-theme]')) {
			const id = cell.getAttribute('data-theme') as (typeof THEMES)[number]['id'];
			const count = atlas.filter((p) => p.data.themes.includes(id)).length;
			expect(text(cell)).toBe(`${Math.round((count / atlas.length) * 100)} %`);
		}
	});
});

describe('404 page', () => {
	it('is German and links to the list, the themes and the search', async () => {
		const html = await page('404.html');
		expect(html.querySelector('html')?.getAttribute('lang')).toBe('de');
		const links = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
		expect(links).toEqual(expect.arrayContaining(['/staedte/', '/themen/', '/suche/']));
	});
});
