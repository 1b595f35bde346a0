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
	// One pass over the source, joined once (splicing edit by edit copies the whole page per edit).
	// A text node inside nested body elements is visited twice, with the same edit: keep the first.
	const pieces: string[] = [];
	let at = 0;
	for (const { start, end, text } of edits.sort((a, b) => a.start - b.start)) {
		if (start < at) continue;
		pieces.push(html.slice(at, start), text);
		at = end;
	}
	pieces.push(html.slice(at));
	return pieces.join('');
}
