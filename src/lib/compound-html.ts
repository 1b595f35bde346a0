import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { COMPOUND_PARTS, markCompounds } from './compounds';

/** Elements whose text is not prose: raw text, and the hidden values Pagefind reads as filters, metadata, sort keys. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const SKIP_ATTRIBUTES = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort', 'data-pagefind-ignore'];

function isSkipped(element: HTMLElement): boolean {
	return SKIP_TAGS.has(element.rawTagName?.toLowerCase() ?? '') || SKIP_ATTRIBUTES.some((name) => element.hasAttribute(name));
}

/**
 * A page's HTML as the search index sees it: compound joints marked (src/lib/compounds.ts) in the text of
 * the element marked `data-pagefind-body`. Markup, attributes and filter, metadata and sort values keep
 * their bytes; only text nodes are rewritten, by their source offsets.
 */
export function markIndexedHtml(html: string, parts: readonly string[] = COMPOUND_PARTS): string {
	const edits: { start: number; end: number; text: string }[] = [];
	const visit = (node: Node) => {
		if (node.nodeType === NodeType.TEXT_NODE) {
			const text = markCompounds(node.rawText, parts);
			if (text !== node.rawText) edits.push({ start: node.range[0], end: node.range[1], text });
		} else if (node.nodeType === NodeType.ELEMENT_NODE && !isSkipped(node as HTMLElement)) {
			node.childNodes.forEach(visit);
		}
	};
	parse(html, { comment: false }).querySelectorAll('[data-pagefind-body]').forEach(visit);
	let result = html;
	for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
		result = result.slice(0, start) + text + result.slice(end);
	}
	return result;
}
