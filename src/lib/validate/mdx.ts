import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxToMdast } from 'satteri';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import { hasPlaceholder } from '../scaffold/placeholder';
import { ALLOWED_COMPONENTS, ALLOWED_HTML, ALLOWED_SCHEMES, FORBIDDEN_HTML, URL_ATTRIBUTES } from './mdx-allowlist';
import { msg } from './messages';
import type { Place, Problem } from './problem';

const FIELD = 'Text';
/** Blanks and control characters, which browsers ignore inside a URL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const IGNORED_IN_URLS = /[\s\u0000-\u001f]/g;
const ALLOWED_TAGS = [...Object.keys(ALLOWED_COMPONENTS), ...Object.keys(ALLOWED_HTML)].map((name) => `<${name}>`).join(', ');

/** The scheme of a URL when it is not allowed (`javascript`, `data`, …); browsers ignore blanks and control characters. */
function forbiddenScheme(url: string): string | undefined {
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(IGNORED_IN_URLS, ''))?.[1]?.toLowerCase();
	return scheme && !ALLOWED_SCHEMES.includes(scheme) ? scheme : undefined;
}

/** Satteri's syntax errors: `line:column: reason (rule)`. */
const SYNTAX_ERROR = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/;

/**
 * Parses an MDX body with the parser the build compiles it with (Satteri, the site's Markdown processor); a
 * syntax error becomes a problem.
 */
export function parseBody(body: string, firstLine: number, file: string): { tree: Root } | { problem: Problem } {
	try {
		// Satteri's mdast is the unified one (same node types and positions), typed by its own declarations.
		return { tree: mdxToMdast(body) as Root };
	} catch (error) {
		const text = error instanceof Error ? error.message : String(error);
		const [, line = '1', col = '1', reason = text] = SYNTAX_ERROR.exec(text) ?? [];
		const hint = ' – Tipp: die Zeichen < und { im Text als \\< und \\{ schreiben';
		return { problem: { file, line: Number(line) + firstLine - 1, col: Number(col), field: FIELD, message: msg.mdxSyntax(reason + hint), severity: 'error' } };
	}
}

/**
 * Refuses whatever in a parsed MDX body could run code or load foreign content: ESM, `{…}` expressions,
 * elements and attributes off the allow-list, `javascript:`/`data:` URLs. `firstLine` is the file line of
 * the body's first line.
 */
export function checkBody(tree: Root, firstLine: number, file: string): Problem[] {
	const problems: Problem[] = [];
	const at = (position: Position | undefined): Place => ({ line: (position?.start.line ?? 1) + firstLine - 1, col: position?.start.column ?? 1 });
	const add = (position: Position | undefined, message: string) => void problems.push({ file, ...at(position), field: FIELD, message, severity: 'error' });
	// The visitor returns nothing: a returned value would steer the walk.
	visit(tree, (node: Nodes) => {
		switch (node.type) {
			case 'mdxjsEsm':
				add(node.position, msg.esm);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				add(node.position, msg.expression);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node, add);
				break;
			case 'link':
			case 'image':
			case 'definition': {
				const scheme = forbiddenScheme(node.url);
				if (scheme) add(node.position, msg.badUrl(scheme));
				else if (node.type === 'image' && /^([a-z]+:)?\/\//i.test(node.url.trim())) add(node.position, msg.foreignImage);
				break;
			}
			case 'text':
				if (hasPlaceholder(node.value)) add(node.position, msg.placeholderText);
				break;
			case 'listItem': {
				// `- 16. September 2024: …` is a bullet holding an ordered list that starts at 16, not a date.
				const first = node.children[0];
				if (first?.type === 'list' && first.ordered) add(first.position, msg.listNumber(first.start ?? 1));
				break;
			}
		}
	});
	return problems;
}

type Add = (position: Position | undefined, message: string) => void;

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, add: Add): void {
	const name = node.name;
	if (name === null) {
		add(node.position, msg.fragment);
		return;
	}
	const allowed = ALLOWED_COMPONENTS[name] ?? ALLOWED_HTML[name];
	if (FORBIDDEN_HTML.includes(name.toLowerCase())) add(node.position, msg.forbiddenElement(name));
	else if (!allowed) add(node.position, msg.unknownElement(name, ALLOWED_TAGS));
	for (const attribute of node.attributes) {
		const position = attribute.position ?? node.position;
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			add(position, msg.spreadAttribute);
			continue;
		}
		const { name: attr, value } = attribute;
		if (/^on/i.test(attr)) add(position, msg.eventHandler(attr));
		else if (allowed && !allowed.includes(attr)) add(position, msg.unknownAttribute(name, attr, allowed.join(', ')));
		if (value !== null && typeof value === 'object') add(position, msg.expression);
		else if (typeof value === 'string') {
			const scheme = URL_ATTRIBUTES.includes(attr) ? forbiddenScheme(value) : /^(javascript|vbscript|data):/i.exec(value.replace(IGNORED_IN_URLS, ''))?.[1];
			if (scheme) add(position, msg.badUrl(scheme.toLowerCase()));
		}
	}
}
