import { FACETS, emptyState, isEmptyState, pagefindFilters, parseSearchParams, toSearchParams, type Facet, type SearchState } from '../../lib/search-url';
import { matchedWords, renderResult, type ResultData } from './result';
import { isCloseMatch, nearestWord } from './suggest';
import { searchStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';

const t = translator(searchStrings);

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) this page uses. */
interface PagefindResult {
	id: string;
	data: () => Promise<ResultData>;
}
interface PagefindResponse {
	results: PagefindResult[];
	filters: Partial<Record<Facet, Record<string, number>>>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Partial<Record<Facet, Record<string, number>>>>;
	preload(term: string, options?: { filters?: object }): Promise<void>;
	search(term: string | null, options?: { filters?: object; sort?: Record<string, 'asc' | 'desc'> | undefined }): Promise<PagefindResponse>;
}

/** Did every word of the query match a word of the result closely (not through a shorter word)? */
function matchesEveryWord(result: ResultData, query: string): boolean {
	const matched = matchedWords(result);
	return query.split(/\s+/).every((word) => matched.some((token) => isCloseMatch(word, token)));
}

/** Results shown at first (their fragments are the only ones loaded), then this many more per click. */
const FIRST_PAGE = 5;
const NEXT_PAGE = 10;
/** Pause after the last keystroke before searching; the index chunk is preloaded meanwhile. */
const TYPING_PAUSE_MS = 120;
/** Shortest prefix tried when looking for the nearest indexed word. */
const MIN_PREFIX = 3;

/**
 * Search page: a query field and three facets (OR within one, AND across), state in the URL. Pagefind's
 * code and index load only once the reader searches (first input, a filter, or a URL with a search).
 * Pagefind runs on the main thread (`noWorker`): its worker script would add 12 kB to the first search,
 * and a search over this index takes milliseconds. After each search the panel dispatches
 * `search-results` (the benchmark measures the time from the last keystroke to it).
 */
class SearchPanel extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#state: SearchState = emptyState();
	#run = 0;
	#timer?: ReturnType<typeof setTimeout>;
	#results: PagefindResult[] = [];
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
			this.#readForm();
			void this.#preload();
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
		this.#el('[data-more]').addEventListener('click', () => void this.#showMore(NEXT_PAGE, true));
		this.#el('[data-suggestion]').addEventListener('click', (event) => {
			event.preventDefault();
			this.#state = { ...this.#state, q: (event.currentTarget as HTMLElement).textContent ?? '' };
			this.#writeForm();
			void this.#search();
		});
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
			await pagefind.options({ baseUrl: this.dataset.base ?? '/', noWorker: true });
			// Loads the three filter chunks; search responses count only filters already loaded.
			await pagefind.filters();
			return pagefind;
		})();
		return this.#pagefind;
	}

	/** While the reader types: load Pagefind and the index chunk of the words so far. */
	async #preload() {
		try {
			const pagefind = await this.#load();
			if (this.#state.q) await pagefind.preload(this.#state.q, { filters: pagefindFilters(this.#state) });
		} catch {
			// #search reports a failed load.
		}
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
		this.#el('[data-no-hits]').hidden = true;
		this.#el('[data-did-you-mean]').hidden = true;
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
		if (run !== this.#run) return;
		this.#results = main.results;
		this.#shown = 0;
		this.#el('[data-results]').replaceChildren();
		const shown = await this.#showMore(FIRST_PAGE, false);
		if (run !== this.#run) return;
		status.textContent = t('search.count', main.results.length);
		this.dispatchEvent(new CustomEvent('search-results', { detail: { query: state.q, results: main.results.length } }));
		// Counts per facet value: the query and the other facets apply, the facet's own selection does not (OR).
		const counts = new Map<Facet, Record<string, number>>();
		for (const facet of FACETS) {
			const own = state[facet].length > 0 ? await pagefind.search(term, { filters: pagefindFilters(state, facet) }) : main;
			counts.set(facet, own.filters[facet] ?? {});
		}
		if (run !== this.#run) return;
		this.#setCounts((facet, value) => counts.get(facet)?.[value] ?? 0);
		// No hits, or a top hit that matched a query word only loosely (Pagefind falls back to shorter words): suggest.
		if (term && (shown.length === 0 || !matchesEveryWord(shown[0]!, term))) await this.#suggest(pagefind, state, shown.length === 0, run);
		if (run !== this.#run) return;
		this.dataset.state = 'ready';
	}

	async #showMore(count: number, moveFocus: boolean): Promise<ResultData[]> {
		const run = this.#run;
		const slice = this.#results.slice(this.#shown, this.#shown + count);
		const data = await Promise.all(slice.map((result) => result.data()));
		if (run !== this.#run) return data;
		const items = data.map((result) => renderResult(result, this.#state.q));
		this.#el('[data-results]').append(...items);
		this.#shown += slice.length;
		const more = this.#el('[data-more]');
		more.hidden = this.#shown >= this.#results.length;
		more.textContent = `${t('search.more')} (${t('search.shown', this.#shown, this.#results.length)})`;
		if (moveFocus) items[0]?.querySelector('a')?.focus();
		return data;
	}

	/**
	 * Where the query has a word the index lacks, the nearest indexed word (found through shorter and
	 * shorter prefixes); with no hits at all also the themes, Bundesländer and the city list (rendered on
	 * the server).
	 */
	async #suggest(pagefind: Pagefind, state: SearchState, noHits: boolean, run: number) {
		const filters = pagefindFilters(state);
		const words = state.q.split(/\s+/);
		let changed = false;
		for (const [i, word] of words.entries()) {
			const alone = await pagefind.search(word, { filters });
			const top = alone.results[0] ? await alone.results[0].data() : undefined;
			if (top && matchesEveryWord(top, word)) continue;
			for (let length = word.length - 1; length >= MIN_PREFIX; length--) {
				const prefix = word.slice(0, length);
				const found = await pagefind.search(prefix, { filters });
				if (found.results.length === 0) continue;
				const data = await Promise.all(found.results.slice(0, 3).map((result) => result.data()));
				const nearest = nearestWord(word, prefix, data.flatMap(matchedWords));
				if (nearest) {
					words[i] = nearest;
					changed = true;
				}
				break;
			}
		}
		if (run !== this.#run) return;
		const suggestion = this.#el<HTMLAnchorElement>('[data-suggestion]');
		const query = words.join(' ');
		suggestion.textContent = query;
		suggestion.href = `?${toSearchParams({ ...state, q: query }).toString()}`;
		this.#el('[data-did-you-mean]').hidden = !changed;
		this.#el('[data-no-hits]').hidden = !noHits;
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
