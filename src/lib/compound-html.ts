import { COMPOUND_PARTS, markCompounds } from './compounds';

/** Elements whose text is not prose: raw text, and the hidden values Pagefind reads as filters, metadata, sort keys. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const SKIP_ATTRIBUTE = /\sdata-pagefind-(?:filter|meta|sort|ignore)(?=[\s=/>]|$)/;
const BODY_ATTRIBUTE = /\sdata-pagefind-body(?=[\s=/>]|$)/;
/** Elements whose content is raw text: nothing inside them is a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** A comment, a doctype or a start or end tag; attribute values may contain `>`. */
const MARKUP = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;

interface Open {
	tag: string;
	body: boolean;
	skip: boolean;
}

/**
 * A page's HTML as the search index sees it: compound joints marked (src/lib/compounds.ts) in the text of
 * the element marked `data-pagefind-body`. Markup, attributes and filter, metadata and sort values keep
 * their bytes; only text is rewritten. One pass over the source with a stack of open elements, without
 * building a DOM: the build marks every searchable page, thousands on a large site.
 */
export function markIndexedHtml(html: string, parts: readonly string[] = COMPOUND_PARTS): string {
	const pieces: string[] = [];
	const open: Open[] = [];
	let bodies = 0;
	let skips = 0;
	let at = 0;
	const text = (end: number) => {
		if (end <= at) return;
		const raw = html.slice(at, end);
		pieces.push(bodies > 0 && skips === 0 ? markCompounds(raw, parts) : raw);
	};
	MARKUP.lastIndex = 0;
	for (let match = MARKUP.exec(html); match; match = MARKUP.exec(html)) {
		text(match.index);
		pieces.push(match[0]);
		at = MARKUP.lastIndex;
		const [, closing, name, attributes = '', selfClosing] = match;
		if (!name) continue;
		const tag = name.toLowerCase();
		if (closing) {
			const index = open.findLastIndex((element) => element.tag === tag);
			if (index < 0) continue;
			for (const element of open.splice(index)) {
				if (element.body) bodies--;
				if (element.skip) skips--;
			}
			continue;
		}
		if (RAW_TEXT.has(tag)) {
			// Raw text is never prose for the index: copy it unchanged up to its end tag.
			const end = new RegExp(`</${tag}`, 'gi');
			end.lastIndex = at;
			const stop = end.exec(html)?.index ?? html.length;
			pieces.push(html.slice(at, stop));
			at = stop;
			MARKUP.lastIndex = stop;
			continue;
		}
		if (selfClosing || VOID.has(tag)) continue;
		const element = { tag, body: BODY_ATTRIBUTE.test(attributes), skip: SKIP_TAGS.has(tag) || SKIP_ATTRIBUTE.test(attributes) };
		if (element.body) bodies++;
		if (element.skip) skips++;
		open.push(element);
	}
	text(html.length);
	return pieces.join('');
}
