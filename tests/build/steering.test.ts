import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../../src/schemas/city';
import { organisationLabel } from '../../src/i18n';
import { loadProfiles, page, text } from './helpers';

const profiles = await loadProfiles();
const withKind = (kind: string) => profiles.filter((profile) => profile.data.organisation.some((unit) => unit.kind === kind));

describe('/steuerung/: how the cities steer their digitalisation', () => {
	it('has a card per kind of unit with the number of cities that have one, and a chart with the same numbers', async () => {
		const html = await page('steuerung/');
		const cards = html.querySelectorAll('.card-grid > li');
		expect(cards.map((card) => card.querySelector('h2 a')!.getAttribute('href'))).toEqual(ORGANISATION_KINDS.map((kind) => `/steuerung/${kind}/`));
		for (const [i, kind] of ORGANISATION_KINDS.entries()) {
			const count = withKind(kind).length;
			expect(text(cards[i]!.querySelector('h2')), kind).toBe(organisationLabel(kind));
			expect(text(cards[i]!.querySelector('.count')), kind).toBe(count === 1 ? '1 Stadt' : `${count} Städte`);
		}
		const rows = html.querySelectorAll('#chart-steering-table tbody tr');
		expect(rows.map((row) => text(row.querySelector('td')))).toEqual(ORGANISATION_KINDS.map((kind) => String(withKind(kind).length)));
	});

	it.each(ORGANISATION_KINDS.map((kind) => [kind] as const))(
		'%s lists every unit of that kind with its city, cited by the portrait’s sources',
		async (kind) => {
			const html = await page(`steuerung/${kind}/`);
			expect(text(html.querySelector('h1'))).toBe(`Steuerung: ${organisationLabel(kind)}`);
			const expected = profiles
				.flatMap((profile) => profile.data.organisation.filter((unit) => unit.kind === kind).map((unit) => ({ profile, unit })))
				.sort((a, b) => a.profile.data.name.localeCompare(b.profile.data.name, 'de') || a.unit.name.localeCompare(b.unit.name, 'de'));
			const items = html.querySelectorAll('.unit-list > li');
			expect(items.map((item) => `${text(item.querySelector('strong'))} – ${text(item.querySelector('a'))}`)).toEqual(
				expected.map(({ profile, unit }) => `${unit.name} – ${profile.data.name}`),
			);
			for (const [i, { profile, unit }] of expected.entries()) {
				const item = items[i]!;
				expect(item.querySelector('a')!.getAttribute('href')).toBe(`/staedte/${profile.slug}/`);
				expect(item.querySelectorAll('sup.cite a').map((link) => link.getAttribute('href'))).toEqual(
					unit.refs.map((ref) => `/staedte/${profile.slug}/#quelle-${profile.data.sources.findIndex((source) => source.id === ref) + 1}`),
				);
				expect(item.querySelector('.derived') !== null, unit.name).toBe(unit.basis === 'abgeleitet');
				if (unit.since) expect(text(item), unit.name).toContain(`seit ${unit.since}`);
			}
			const rows = html.querySelectorAll('.city-table tbody th a').map(text).sort();
			expect(rows).toEqual(
				withKind(kind)
					.map((profile) => profile.data.name)
					.sort(),
			);
			const others = html.querySelectorAll('ul.inline-links a').map((link) => link.getAttribute('href'));
			expect(others).toEqual(ORGANISATION_KINDS.filter((other) => other !== kind).map((other) => `/steuerung/${other}/`));
		},
	);

	it('is linked from each portrait, once per kind of the city’s units, in the order the profile names them', async () => {
		for (const profile of profiles) {
			const kinds = [...new Set(profile.data.organisation.map((unit) => unit.kind))];
			const links = (await page(`staedte/${profile.slug}/`)).querySelectorAll('nav.steering-links a');
			expect(
				links.map((link) => `${link.getAttribute('href')} ${text(link)}`),
				profile.slug,
			).toEqual(kinds.map((kind) => `/steuerung/${kind}/ ${organisationLabel(kind)}`));
		}
	});

	it('is linked from every page’s footer and from the start page, one link per kind', async () => {
		const home = await page('');
		expect(home.querySelectorAll('a').filter((link) => /^\/steuerung\/[a-z]+\/$/.test(link.getAttribute('href') ?? ''))).toHaveLength(
			ORGANISATION_KINDS.length,
		);
		for (const route of ['', 'staedte/koeln/', 'steuerung/cdo/']) {
			expect((await page(route)).querySelector('.site-footer a[href="/steuerung/"]'), route).not.toBeNull();
		}
	});
});
