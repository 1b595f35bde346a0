import { parse } from 'node-html-parser';

const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

const scriptType = (type: string | undefined) => (type ?? '').trim().toLowerCase();

/**
 * Render-blocking scripts: `<script>` elements in `<head>` that are classic JavaScript (no `type=module`)
 * and neither `async` nor `defer` (which only work with `src`). Returns a short description of each.
 */
export function renderBlockingScripts(html: string): string[] {
	const head = parse(html).querySelector('head');
	if (!head) return [];
	return head
		.querySelectorAll('script')
		.filter((script) => {
			const type = scriptType(script.getAttribute('type'));
			if (!JS_TYPES.has(type) || type === 'module') return false;
			const src = script.getAttribute('src');
			return !(src && (script.hasAttribute('async') || script.hasAttribute('defer')));
		})
		.map((script) => script.getAttribute('src') ?? `inline script (${script.text.length} characters)`);
}

/** The text of every inline JavaScript `<script>` (classic or module) in the document. */
export function inlineScripts(html: string): string[] {
	return parse(html)
		.querySelectorAll('script')
		.filter((script) => !script.getAttribute('src') && JS_TYPES.has(scriptType(script.getAttribute('type'))))
		.map((script) => script.text);
}
