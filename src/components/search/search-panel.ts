import { FACETS, emptyState, isEmptyState, pagefindFilters, parseSearchParams, toSearchParams, type Facet, type SearchState } from '../../lib/search-url';
import { unmarkCompounds } from '../../lib/compounds';
import { renderResult, type ResultData } from './result';
import { searchStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';

const t = translator(searchStrings);

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) this page uses. */
interface PagefindResponse {
	results: { id: string; data: () => Promise<ResultData> }[];
	filters: Partial<Record<Facet, Record<string, number>>>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Partial<Record<Facet, Record<string, number>>>>;
	search(term: string | null, options?: { filters?: object; sort?: Record<string, 'asc' | 'desc'> | undefined }): Promise<PagefindResponse>;
}

const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 300;

/**
 * Search page: a query field and three facets (OR within one, AND across), state in the URL. Pagefind's
 * code and index load only once the reader searches (first input, a filter, or a URL with a search).
 */
class SearchPanel extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#state: SearchState = emptyState();
	#run = 0;
	#timer?: ReturnType<typeof setTimeout>;
	#results: PagefindResponse['results'] = [];
	#shown = 0;

	connectedCallback() {
		const form = this.#el<HTMLFormElement>('[data-form]');
		this.querySelector('[data-no-js]')?.remove();
		form.hidden = false;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#readForm();
			void this.#search();
		});
		this.#query.addEventListener('input', () => {
			void this.#load();
			this.#readForm();
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.#search(), TYPING_PAUSE_MS);
		});
		form.addEventListener('change', (event) => {
			if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
			this.#readForm();
			void this.#search();
		});
		this.#el('[data-reset]').addEventListener('click', () => {
			this.#state = emptyState();
			this.#writeForm();
			void this.#search();
			this.#query.focus();
		});
		this.#el('[data-more]').addEventListener('click', () => void this.#showMore(true));
		this.addEventListener('keydown', (event) => this.#arrows(event));

		this.#state = parseSearchParams(location.search);
		this.#writeForm();
		// On narrow screens the 30 filter values would push the results far down: the panel starts closed there.
		if (window.matchMedia('(max-width: 51.99rem)').matches) this.#el<HTMLDetailsElement>('[data-filters]').open = false;
		if (!isEmptyState(this.#state)) void this.#search();
	}

	get #query() {
		return this.#el<HTMLInputElement>('[data-query]');
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		const element = this.querySelector<T>(selector);
		if (!element) throw new Error(`search-panel: ${selector} missing`);
		return element;
	}

	#checkboxes() {
		return [...this.querySelectorAll<HTMLInputElement>('input[data-facet]')];
	}

	#readForm() {
		const state = emptyState();
		state.q = this.#query.value.trim();
		for (const box of this.#checkboxes()) if (box.checked) state[box.dataset.facet as Facet].push(box.value);
		this.#state = state;
	}

	/** Puts the state into the field and the checkboxes (on load and reset; never while the reader types). */
	#writeForm() {
		this.#query.value = this.#state.q;
		for (const box of this.#checkboxes()) box.checked = this.#state[box.dataset.facet as Facet].includes(box.value);
		this.#showActiveCount();
	}

	#showActiveCount() {
		const active = FACETS.reduce((sum, facet) => sum + this.#state[facet].length, 0);
		this.#el('[data-active-count]').textContent = active ? `(${active})` : '';
	}

	#load(): Promise<Pagefind> {
		this.#pagefind ??= (async () => {
			const pagefind = (await import(/* @vite-ignore */ this.dataset.bundle ?? '/pagefind/pagefind.js')) as Pagefind;
			await pagefind.options({ baseUrl: this.dataset.base ?? '/', excerptLength: 24 });
			// Loads the three (tiny) filter chunks; search responses count only filters already loaded.
			await pagefind.filters();
			return pagefind;
		})();
		return this.#pagefind;
	}

	async #search() {
		clearTimeout(this.#timer);
		const run = ++this.#run;
		const state = this.#state;
		this.dataset.state = 'busy';
		const status = this.#el('[data-status]');
		this.#showActiveCount();
		const params = toSearchParams(state).toString();
		history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}`);
		if (isEmptyState(state)) {
			this.#results = [];
			this.#el('[data-results]').replaceChildren();
			this.#el('[data-more]').hidden = true;
			this.#setCounts(() => undefined);
			status.textContent = t('search.idle');
			this.dataset.state = 'idle';
			return;
		}
		let pagefind: Pagefind;
		try {
			if (!this.#pagefind) status.textContent = t('search.loading');
			pagefind = await this.#load();
		} catch {
			this.#pagefind = undefined;
			status.textContent = t('search.loadError');
			this.dataset.state = 'error';
			return;
		}
		const term = state.q || null;
		const sort = term ? undefined : { name: 'asc' as const };
		const main = await pagefind.search(term, { filters: pagefindFilters(state), sort });
		// Counts per facet value: the query and the other facets apply, the facet's own selection does not (OR).
		const counts = new Map<Facet, Record<string, number>>();
		for (const facet of FACETS) {
			const own = state[facet].length > 0 ? await pagefind.search(term, { filters: pagefindFilters(state, facet) }) : main;
			counts.set(facet, own.filters[facet] ?? {});
		}
		if (run !== this.#run) return;
		this.#setCounts((facet, value) => counts.get(facet)?.[value] ?? 0);
		this.#results = main.results;
		this.#shown = 0;
		this.#el('[data-results]').replaceChildren();
		await this.#showMore(false);
		if (run !== this.#run) return;
		status.textContent = t('search.count', main.results.length);
		this.dataset.state = 'ready';
	}

	async #showMore(moveFocus: boolean) {
		const run = this.#run;
		const slice = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
		const data = await Promise.all(slice.map((result) => result.data()));
		if (run !== this.#run) return;
		const items = data.map((result) => renderResult({ ...result, excerpt: this.#state.q ? unmarkCompounds(result.excerpt) : '' }));
		this.#el('[data-results]').append(...items);
		this.#shown += slice.length;
		const more = this.#el('[data-more]');
		more.hidden = this.#shown >= this.#results.length;
		more.textContent = `${t('search.more')} (${t('search.shown', this.#shown, this.#results.length)})`;
		if (moveFocus) items[0]?.querySelector('a')?.focus();
	}

	/** `count` gives the number for a facet value; `undefined` restores the count of the whole index. */
	#setCounts(count: (facet: Facet, value: string) => number | undefined) {
		for (const box of this.#checkboxes()) {
			const option = box.closest<HTMLElement>('[data-option]');
			const target = option?.querySelector<HTMLElement>('[data-count]');
			if (!option || !target) continue;
			const n = count(box.dataset.facet as Facet, box.value) ?? Number(target.dataset.total ?? 0);
			target.textContent = String(n);
			option.classList.toggle('empty', n === 0);
		}
	}

	/** Up/Down move between the query field and the result links. */
	#arrows(event: KeyboardEvent) {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops: HTMLElement[] = [this.#query, ...this.querySelectorAll<HTMLElement>('[data-results] a[data-result]')];
		const index = stops.indexOf(event.target as HTMLElement);
		if (index < 0 || stops.length < 2) return;
		const next = index + (event.key === 'ArrowDown' ? 1 : -1);
		if (next < 0 || next >= stops.length) return;
		event.preventDefault();
		stops[next]?.focus();
	}
}

customElements.define('search-panel', SearchPanel);
