import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { numberCitations, splitCitations } from '../../src/lib/citations';
import { factUses, portraitCitations } from '../../src/lib/portrait-citations';
import { citations } from '../../src/markdown/citations';
import { citySchema } from '../../src/schemas/city';
import { completeProfile } from '../fixtures/profile';

describe('splitCitations', () => {
	it('splits text at citations and joins adjacent ones into one run', () => {
		expect(splitCitations('Beschlossen 2021.[^stadt][^waz] Mehr[^x].')).toEqual([
			{ text: 'Beschlossen 2021.' },
			{ ids: ['stadt', 'waz'] },
			{ text: ' Mehr' },
			{ ids: ['x'] },
			{ text: '.' },
		]);
	});

	it('leaves text without citations and ids that are not kebab-case alone', () => {
		expect(splitCitations('Ohne Verweis [^Gross] und [^a b].')).toEqual([{ text: 'Ohne Verweis [^Gross] und [^a b].' }]);
	});
});

describe('numberCitations', () => {
	const sources = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

	it('numbers sources by their position and counts each source’s citations per place', () => {
		const { facts, backlinks } = numberCitations(
			sources,
			[
				{ ids: ['b'], label: 'Digitale Agenda' },
				{ ids: ['b', 'c'], label: 'Steuerung' },
			],
			[{ ids: ['b'], label: 'Einleitung' }],
		);
		expect(facts).toEqual([
			[{ n: 2, href: '#quelle-2', anchor: 'beleg-2-1' }],
			[
				{ n: 2, href: '#quelle-2', anchor: 'beleg-2-2' },
				{ n: 3, href: '#quelle-3', anchor: 'beleg-3-1' },
			],
		]);
		expect(backlinks.get(2)).toEqual([
			{ anchor: 'beleg-2-1', label: 'Digitale Agenda' },
			{ anchor: 'beleg-2-2', label: 'Steuerung' },
			{ anchor: 'zitat-2-1', label: 'Einleitung' },
		]);
		expect(backlinks.has(1)).toBe(false);
	});
});

describe('portrait citations', () => {
	const city = citySchema.parse({
		...completeProfile(),
		sources: [...completeProfile().sources, { id: 'presse', title: 'Presse', url: 'https://www.musterstadt.example/presse' }],
	});

	it('gives every cited fact of the fact box its citations and basis', () => {
		expect(factUses(city).map((use) => use.key)).toEqual([
			'digitalAgenda',
			'digitalAgenda.2019',
			'organisation.0',
			'partners.0',
			'themes',
			'projects.0',
			'modellprojekt',
			'smartCityIndex.0',
			'population',
		]);
		const { evidence, backlinks } = portraitCitations(city, [{ id: 'presse', section: 'Seit 2019' }]);
		expect(evidence.get('partners.0')).toEqual({ citations: [{ n: 1, href: '#quelle-1', anchor: 'beleg-1-4' }], basis: 'belegt', note: undefined });
		expect(backlinks.get(2)).toEqual([{ anchor: 'zitat-2-1', label: 'Seit 2019' }]);
	});
});

describe('the Markdown plugin', () => {
	const render = async (markdown: string, sources: { id: string }[]) => {
		const frontmatter: Record<string, unknown> = { sources };
		const { html } = await markdownToHtml(markdown, {
			hastPlugins: [citations],
			data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
		});
		return { html, cited: frontmatter.citations };
	};

	it('turns [^id] into a numbered link to the source list and records the citation with its section', async () => {
		const { html, cited } = await render('Lead.[^b]\n\n## Steuerung\n\nText.[^a][^b]\n', [{ id: 'a' }, { id: 'b' }]);
		expect(html).toContain(
			'Lead.<sup class="cite" data-pagefind-ignore><a href="#quelle-2" id="zitat-2-1">[<span class="visually-hidden">Quelle </span>2]</a></sup>',
		);
		expect(html).toContain('<a href="#quelle-1" id="zitat-1-1">');
		expect(html).toContain('<a href="#quelle-2" id="zitat-2-2">');
		expect(cited).toEqual([
			{ id: 'b', section: null },
			{ id: 'a', section: 'Steuerung' },
			{ id: 'b', section: 'Steuerung' },
		]);
	});

	it('leaves an unknown id as text for the validator to report', async () => {
		const { html, cited } = await render('Text.[^unbekannt]\n', [{ id: 'a' }]);
		expect(html).toContain('Text.[^unbekannt]');
		expect(cited ?? []).toEqual([]);
	});
});
