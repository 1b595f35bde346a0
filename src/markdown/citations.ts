import { defineMdastPlugin } from 'satteri';
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

const sourcesOf = (value: unknown): { id: string }[] =>
	Array.isArray(value) ? value.filter((source): source is { id: string } => typeof source?.id === 'string') : [];

/**
 * Sätteri plugin: turns `[^source-id]` in the prose into superscript links to the numbered source list
 * (`<sup class="cite"><a href="#quelle-3" id="zitat-3-1">[3]</a></sup>`). The citations, in order and with
 * their section, go to `remarkPluginFrontmatter.citations`, from which the source list links back.
 * An id that is not in `sources` stays as text; the validator reports it.
 */
export const citations = defineMdastPlugin({
	name: 'atlas-citations',
	heading(node, ctx) {
		const astro = ctx.data.astro as AstroData | undefined;
		if (node.depth !== 2 || !astro) return;
		(ctx.data as { section?: string }).section = node.children.map((child) => ('value' in child ? child.value : '')).join('');
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
			segments.map((segment) => {
				if ('text' in segment) return { type: 'text', value: segment.text };
				if (!segment.ids.every((id) => numbers.has(id))) return { type: 'text', value: segment.ids.map((id) => `[^${id}]`).join('') };
				return {
					type: 'citation',
					data: { hName: 'sup', hProperties: { className: ['cite'], 'data-pagefind-ignore': true } },
					children: segment.ids.map((id) => {
						const n = numbers.get(id)!;
						const anchor = `zitat-${n}-${count(n) + 1}`;
						cited.push({ id, section });
						return {
							type: 'link',
							url: `#${sourceAnchor(n)}`,
							data: { hProperties: { id: anchor } },
							children: [
								{ type: 'text', value: '[' },
								{
									type: 'citationLabel',
									data: { hName: 'span', hProperties: { className: ['visually-hidden'] } },
									children: [{ type: 'text', value: t('cite.prefix') }],
								},
								{ type: 'text', value: `${n}]` },
							],
						};
					}),
				};
			}),
		);
	},
});
