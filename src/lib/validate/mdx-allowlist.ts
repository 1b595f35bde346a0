/**
 * What a portrait's MDX body may contain besides Markdown — the one allow-list of the site.
 * Everything else written as a tag is refused by the validator (src/lib/validate/mdx.ts).
 */

/**
 * Components for editors, with the attributes each accepts. The portrait page passes them to the MDX
 * content (`<Content components={{ Hinweis }} />`); see src/components/editor/ and CONTRIBUTING.md.
 */
export const ALLOWED_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
	Hinweis: ['titel'],
};

/** Plain HTML elements that are harmless in prose, with the attributes each accepts. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
	abbr: ['title'],
	br: [],
	sub: [],
	sup: [],
	small: [],
	mark: [],
	span: ['lang'],
};

/** Elements refused with a pointed message: they run code or embed foreign content. */
export const FORBIDDEN_HTML: readonly string[] = [
	'script',
	'iframe',
	'style',
	'object',
	'embed',
	'frame',
	'frameset',
	'applet',
	'link',
	'meta',
	'base',
	'form',
	'input',
	'button',
	'textarea',
	'select',
	'svg',
	'math',
	'template',
	'noscript',
	'portal',
	'img',
	'picture',
	'source',
	'video',
	'audio',
	'track',
	'canvas',
];

/** URL schemes allowed in links (relative paths and `#anchors` need no scheme). */
export const ALLOWED_SCHEMES: readonly string[] = ['https', 'http', 'mailto', 'tel'];

/** Attributes that hold a URL; their scheme is checked against ALLOWED_SCHEMES. */
export const URL_ATTRIBUTES: readonly string[] = [
	'href',
	'src',
	'srcset',
	'cite',
	'action',
	'formaction',
	'poster',
	'data',
	'background',
	'ping',
	'xlink:href',
	'xlinkHref',
];
