import type { Element, ElementContent, Properties } from 'hast';
import { defineHastPlugin } from 'satteri';
import { sourceAnchor, sourceNumbers, splitCitations } from '../lib/citations';
import { t } from '../i18n';

/** One citation in the prose, in document order: the source id and the `##` section it stands in (`null`: the lead). */
export interface ProseCitation {
	id: string;
	section: string | null;
}

interface AstroData {
	frontmatter?: { sources?: unknown; citations?: ProseCitation[] };
}

const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

const sourcesOf = (value: unknown): { id: string }[] =>
	Array.isArray(value) ? value.filter((source): source is { id: string } => typeof source?.id === 'string') : [];

/**
 * Sätteri plugin on the HTML tree: turns `[^source-id]` in the prose into superscript links to the numbered
 * source list (`<sup class="cite"><a href="#quelle-3" id="zitat-3-1">[3]</a></sup>`). The citations, in order
 * and with the `##` section they stand in, go to `remarkPluginFrontmatter.citations`, from which the source
 * list links back. An id that is not in `sources` stays as text; the validator reports it. On the HTML tree
 * rather than the Markdown tree: plain elements need no conversion of custom nodes, which took 0.4 s more
 * at 2,061 profiles.
 */
export const citations = defineHastPlugin({
	name: 'atlas-citations',
	element: {
		filter: ['h2'],
		visit(node, ctx) {
			(ctx.data as { section?: string }).section = ctx.textContent(node);
		},
	},
	text(node, ctx) {
		if (!node.value.includes('[^')) return;
		const frontmatter = (ctx.data.astro as AstroData | undefined)?.frontmatter;
		if (!frontmatter) return;
		const numbers = sourceNumbers(sourcesOf(frontmatter.sources));
		const cited = (frontmatter.citations ??= []);
		const section = (ctx.data as { section?: string }).section ?? null;
		const count = (n: number) => cited.filter((citation) => numbers.get(citation.id) === n).length;
		const segments = splitCitations(node.value);
		if (!segments.some((segment) => 'ids' in segment && segment.ids.every((id) => numbers.has(id)))) return;
		ctx.replaceNode(
			node,
			segments.map((segment): ElementContent => {
				if ('text' in segment) return { type: 'text', value: segment.text };
				if (!segment.ids.every((id) => numbers.has(id))) return { type: 'text', value: segment.ids.map((id) => `[^${id}]`).join('') };
				return element(
					'sup',
					{ className: ['cite'], dataPagefindIgnore: true },
					segment.ids.map((id) => {
						const n = numbers.get(id)!;
						const anchor = `zitat-${n}-${count(n) + 1}`;
						cited.push({ id, section });
						return element('a', { href: `#${sourceAnchor(n)}`, id: anchor }, [
							{ type: 'text', value: '[' },
							element('span', { className: ['visually-hidden'] }, [{ type: 'text', value: t('cite.prefix') }]),
							{ type: 'text', value: `${n}]` },
						]);
					}),
				);
			}),
		);
	},
});
