import { describe, expect, it } from 'vitest';
import { agendaLabel } from '../../src/i18n';
import { themeLabel } from '../../src/schemas/themes';
import { facts } from '../../src/schemas/city';
import { formatDate } from '../../src/lib/format';
import { lastChange } from '../../src/lib/history/git-log';
import { readHistory } from '../../src/lib/history/read';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../src/config/site';
import { loadProfiles, page, ROOT, text } from './helpers';

const profiles = await loadProfiles();
const history = readHistory(ROOT);

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
			for (const partner of data.partners) expect(factBox).toContain(partner.name);
			for (const project of data.projects) expect(factBox).toContain(project.name);
			for (const entry of data.smartCityIndex) expect(factBox).toContain(entry.rank ? `${entry.year}: Rang ${entry.rank}` : `${entry.year}:`);
			if (data.modellprojekt) expect(factBox).toContain(`Förderstaffel ${data.modellprojekt.round}`);
			const themeLinks = html.querySelectorAll('.factbox .themes a').map((a) => [text(a), a.getAttribute('href')]);
			expect(themeLinks).toEqual(data.themes.map((id) => [themeLabel(id), `/themen/${id}/`]));
			const sources = html.querySelectorAll('.sources li > a').map((a) => a.getAttribute('href'));
			expect(sources).toEqual(data.sources.map((source) => source.url));
			expect(text(html.querySelector('.updated'))).toBe(`Stand: ${formatDate(lastChange(history, slug, data.updated).day)}`);
		});

		it('links every fact of the fact box to the numbered sources that state it', async () => {
			const html = await page(`staedte/${slug}/`);
			const numbers = new Map(data.sources.map((source, i) => [source.id, i + 1]));
			const cited = html.querySelectorAll('.factbox .cite a').map((a) => a.getAttribute('href'));
			const expected = [...facts(data).flatMap(([, fact]) => fact.refs ?? []), ...(data.digitalAgenda.refs2019 ?? []), ...(data.themeRefs ?? [])];
			expect(cited.sort()).toEqual(expected.map((id) => `#quelle-${numbers.get(id)}`).sort());
			// Every target exists: the source list items are quelle-1 … quelle-N.
			expect(html.querySelectorAll('.sources li[id]').map((li) => li.id)).toEqual(data.sources.map((_, i) => `quelle-${i + 1}`));
			const derived = facts(data).filter(([, fact]) => fact.basis === 'abgeleitet').length + (data.digitalAgenda.basis2019 === 'abgeleitet' ? 1 : 0);
			expect(html.querySelectorAll('.factbox .derived .mark')).toHaveLength(derived);
		});

		it('cites a source in every section of its prose, and each source links back to where it is cited', async () => {
			const html = await page(`staedte/${slug}/`);
			const prose = html.querySelector('.prose.body')!;
			const sections: { title: string; cites: number }[] = [{ title: 'Einleitung', cites: 0 }];
			for (const node of prose.childNodes) {
				const element = node as unknown as { tagName?: string; querySelectorAll?: (s: string) => unknown[] };
				if (element.tagName === 'H2') sections.push({ title: text(node as never), cites: 0 });
				else if (element.querySelectorAll) sections.at(-1)!.cites += element.querySelectorAll('.cite a').length;
			}
			expect(sections.filter((section) => section.cites === 0).map((section) => section.title)).toEqual([]);
			const anchors = new Set(html.querySelectorAll('[id^="zitat-"], [id^="beleg-"]').map((element) => element.id));
			const backlinks = html.querySelectorAll('.sources .back a').map((a) => a.getAttribute('href')!.slice(1));
			expect(backlinks.length).toBe(anchors.size);
			expect(new Set(backlinks)).toEqual(anchors);
		});

		it("offers a correction by e-mail, prefilled with the portrait and its address, and the profile in the host's editor", async () => {
			const html = await page(`staedte/${slug}/`);
			const section = html.querySelector('section[aria-labelledby="korrektur"]')!;
			expect(text(section.querySelector('h2#korrektur'))).toBe('Korrektur vorschlagen');
			const links = section.querySelectorAll('a').map((link) => link.getAttribute('href')!);
			const mail = new URL(links.find((link) => link.startsWith('mailto:'))!);
			expect(mail.pathname).toBe(site.operator.email);
			expect(mail.searchParams.get('subject')).toBe(`Korrektur: ${data.name} (${site.title})`);
			expect(mail.searchParams.get('body')).toContain(`Porträt: ${html.querySelector('link[rel="canonical"]')!.getAttribute('href')}\r\n`);
			const file = `src/content/cities/${slug}.mdx`;
			expect(existsSync(join(ROOT, file))).toBe(true);
			expect(links).toContain(site.history.edit.replace('{path}', file));
			expect(links).toContain('/ueber/#mitmachen');
		});
	});
});
