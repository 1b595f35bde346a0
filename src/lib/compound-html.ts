import { COMPOUND_RULES, markCompounds, type CompoundRules } from './compounds';
import { SYNONYMS, addSynonyms, termsIn, type Synonyms } from './synonyms';

/** Elements whose text is not prose: raw text, and the hidden values Pagefind reads as filters, metadata, sort keys. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const SKIP_ATTRIBUTE = /\sdata-pagefind-(?:filter|meta|sort|ignore)(?=[\s=/>]|$)/;
const BODY_ATTRIBUTE = /\sdata-pagefind-body(?=[\s=/>]|$)/;
/** Elements whose content is raw text: nothing inside them is a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** A comment, a doctype or a start or end tag; attribute values may contain `>`. */
const MARKUP = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;

/**
 * Parts of a portrait that the index leaves out, so that excerpts show what a reader wants to see:
 * - elements with one of these classes: the fact box (its facts are indexed as clean sentences from the
 *   search summary, src/components/SearchMeta.astro, instead of fields that Pagefind runs together), the
 *   numbered sources (titles, URLs, "zitiert bei" links) and the "Stand" line;
 * - the prose section under a heading with one of these ids, up to the end of its parent: the Quellenlage,
 *   which is about the sources, not the city.
 */
export const INDEX_IGNORED_CLASSES = ['factbox', 'sources', 'updated'];
export const INDEX_IGNORED_SECTIONS = ['quellenlage'];

const classAttribute = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/;
const idAttribute = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/;
const value = (pattern: RegExp, attributes: string) => {
	const match = pattern.exec(attributes);
	return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
};
const IGNORE = ' data-pagefind-ignore';

interface Open {
	tag: string;
	body: boolean;
	skip: boolean;
	/** An ignored section was opened inside this element: close it before this element's end tag. */
	section: boolean;
}

export interface IndexTextOptions {
	rules?: CompoundRules;
	synonyms?: Synonyms;
}

/**
 * A page's HTML as the search index sees it. In the text of the element marked `data-pagefind-body`:
 * synonyms added (src/lib/synonyms.ts) and compound joints marked (src/lib/compounds.ts); the parts in
 * INDEX_IGNORED_CLASSES and INDEX_IGNORED_SECTIONS marked `data-pagefind-ignore`. Everything else keeps
 * its bytes. One pass over the source with a stack of open elements, without building a DOM (the build
 * marks every searchable page, thousands on a large site), then the indexed texts are rewritten.
 */
export function markIndexedHtml(html: string, { rules = COMPOUND_RULES, synonyms = SYNONYMS }: IndexTextOptions = {}): string {
	const pieces: string[] = [];
	/** Positions in `pieces` of text that the index reads. */
	const indexed: number[] = [];
	const open: Open[] = [];
	let bodies = 0;
	let skips = 0;
	let at = 0;
	const text = (end: number) => {
		if (end <= at) return;
		if (bodies > 0 && skips === 0) indexed.push(pieces.length);
		pieces.push(html.slice(at, end));
	};
	MARKUP.lastIndex = 0;
	for (let match = MARKUP.exec(html); match; match = MARKUP.exec(html)) {
		text(match.index);
		at = MARKUP.lastIndex;
		const [source, closing, name, attributes = '', selfClosing] = match;
		if (!name) {
			pieces.push(source);
			continue;
		}
		const tag = name.toLowerCase();
		if (closing) {
			const index = open.findLastIndex((element) => element.tag === tag);
			if (index >= 0) {
				for (const element of open.splice(index).reverse()) {
					if (element.body) bodies--;
					if (element.skip) skips--;
					if (element.section) {
						pieces.push('</div>');
						skips--;
					}
				}
			}
			pieces.push(source);
			continue;
		}
		let tagSource = source;
		let ignored = false;
		if (bodies > 0 && skips === 0) {
			const classes = value(classAttribute, attributes)?.split(/\s+/) ?? [];
			if (classes.some((name) => INDEX_IGNORED_CLASSES.includes(name))) {
				ignored = true;
				tagSource = `<${name}${attributes}${IGNORE}${selfClosing ? ' /' : ''}>`;
			} else if (/^h[1-6]$/.test(tag) && INDEX_IGNORED_SECTIONS.includes(value(idAttribute, attributes) ?? '') && open.length > 0) {
				// The section runs to the end of the heading's parent: wrap it in an ignored element.
				pieces.push(`<div${IGNORE}>`);
				open.at(-1)!.section = true;
				skips++;
			}
		}
		pieces.push(tagSource);
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
		const element = { tag, body: BODY_ATTRIBUTE.test(attributes), skip: ignored || SKIP_TAGS.has(tag) || SKIP_ATTRIBUTE.test(attributes), section: false };
		if (element.body) bodies++;
		if (element.skip) skips++;
		open.push(element);
	}
	text(html.length);
	const present = termsIn(
		indexed.map((index) => pieces[index]!),
		synonyms,
	);
	for (const index of indexed) pieces[index] = markCompounds(addSynonyms(pieces[index]!, present, synonyms), rules);
	return pieces.join('');
}
