import { searchStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { element } from '../../lib/dom';
import { matchingSentence } from './excerpt';

const t = translator(searchStrings);

/** What Pagefind returns for one result (`result.data()`), as far as the page uses it; meta keys come from SearchMeta.astro. */
export interface ResultData {
	url: string;
	/** The indexed text of the page. */
	content: string;
	/** Where the query matched, as word positions in `content`. */
	weighted_locations: { location: number; weight: number; balanced_score: number }[];
	/** `seite`: what a page that is no portrait is (a theme page, a page of a kind of steering). */
	meta: { title?: string; land?: string; status?: string; seite?: string };
}

/** The words of `content` at the matched positions (for "did you mean"). */
export function matchedWords(result: ResultData): string[] {
	const words = result.content.split(/[^\S\uFEFF]+/);
	return result.weighted_locations.map(({ location }) => words[location] ?? '');
}

/**
 * One result: the linked city (or theme or steering page), its Bundesland and status of the digital agenda, and the
 * sentence that matches the query (excerpt.ts), built node by node so that nothing but text and `<mark>`
 * reaches the page.
 */
export function renderResult(result: ResultData, query: string): HTMLLIElement {
	const item = element('li', undefined, 'search-result');
	const heading = element('h3', undefined, 'search-result__title');
	const link = element('a', result.meta.title ?? result.url);
	link.href = result.url;
	link.dataset.result = '';
	heading.append(link);
	item.append(heading);

	const facts = result.meta.land ? [result.meta.land, `${t('search.agenda')}: ${result.meta.status ?? ''}`] : result.meta.seite ? [result.meta.seite] : [];
	if (facts.length) item.append(element('p', facts.join(' · '), 'search-result__facts'));
	if (query) {
		const hits = result.weighted_locations.map(({ location, balanced_score }) => ({ location, weight: balanced_score }));
		const segments = matchingSentence(result.content, hits, query);
		if (segments.length) {
			const excerpt = element('p', undefined, 'search-result__excerpt');
			excerpt.append(...segments.map((segment) => (segment.mark ? element('mark', segment.text) : document.createTextNode(segment.text))));
			item.append(excerpt);
		}
	}
	return item;
}
