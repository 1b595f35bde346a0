import { describe, expect, it } from 'vitest';
import { agendaLabel } from '../../src/i18n';
import { themeLabel } from '../../src/schemas/themes';
import { formatDate } from '../../src/lib/format';
import { loadProfiles, page, text } from './helpers';

const profiles = await loadProfiles();

describe('portrait pages', () => {
	describe.each(profiles.map((profile) => [profile.slug, profile] as const))('%s', (slug, { data }) => {
		it('shows the facts of its frontmatter', async () => {
			const html = await page(`staedte/${slug}/`);
			const factBox = text(html.querySelector('.factbox'));
			expect(html.querySelectorAll('.factbox script')).toHaveLength(0);
			expect(text(html.querySelector('h1'))).toBe(data.name);
			expect(text(html.querySelector('.lead'))).toContain(data.state);
			expect(factBox).toContain(agendaLabel(data.digitalAgenda.status));
			expect(factBox).toContain(data.digitalAgenda.title ?? 'Titel: nicht bekannt');
			if (data.digitalAgenda.status2019) expect(factBox).toContain(agendaLabel(data.digitalAgenda.status2019));
			for (const unit of data.organisation) expect(factBox).toContain(unit.name);
			if (data.organisation.length === 0) expect(factBox).toContain('keine steuernde Stelle');
			for (const partner of data.partners) expect(factBox).toContain(partner.name);
			for (const entry of data.smartCityIndex) expect(factBox).toContain(`${entry.year}: Platz ${entry.rank}`);
			if (data.modellprojekt) expect(factBox).toContain(`Förderstaffel ${data.modellprojekt.round}`);
			const themeLinks = html.querySelectorAll('.factbox .themes a').map((a) => [text(a), a.getAttribute('href')]);
			expect(themeLinks).toEqual(data.themes.map((id) => [themeLabel(id), `/themen/${id}/`]));
			const projects = html.querySelectorAll('.projects .name').map(text);
			expect(projects).toEqual(data.projects.map((project) => project.name));
			const sources = html.querySelectorAll('.sources li a').map((a) => a.getAttribute('href'));
			expect(sources).toEqual(data.sources.map((source) => source.url));
			expect(text(html.querySelector('.updated'))).toBe(`Stand: ${formatDate(data.updated)}`);
		});
	});
});
