import { searchStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { element } from '../../lib/dom';

const t = translator(searchStrings);

/** What Pagefind returns for one result (`result.data()`); meta keys come from SearchMeta.astro. */
export interface ResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; land?: string; status?: string; themen?: string };
}

/**
 * Pagefind's excerpt is escaped text with `<mark>` around matched words. It is rebuilt node by node, so
 * nothing but text and `<mark>` can reach the page.
 */
function excerptNodes(excerpt: string): Node[] {
	const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
	return [...(parsed?.childNodes ?? [])].map((node) =>
		node.nodeName === 'MARK' ? element('mark', node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
	);
}

/** One result: linked title, Land and agenda status (portraits) or "Themenseite", themes, excerpt. */
export function renderResult(result: ResultData): HTMLLIElement {
	const item = element('li', undefined, 'search-result');
	const heading = element('h3', undefined, 'search-result__title');
	const link = element('a', result.meta.title ?? result.url);
	link.href = result.url;
	link.dataset.result = '';
	heading.append(link);
	item.append(heading);

	const facts = result.meta.land ? [result.meta.land, `${t('search.agenda')}: ${result.meta.status ?? ''}`] : [t('search.themePage')];
	item.append(element('p', facts.join(' · '), 'search-result__facts'));
	if (result.meta.themen) item.append(element('p', `${t('search.themes')}: ${result.meta.themen}`, 'search-result__themes'));
	if (result.excerpt) {
		const excerpt = element('p', undefined, 'search-result__excerpt');
		excerpt.append(...excerptNodes(result.excerpt));
		item.append(excerpt);
	}
	return item;
}
