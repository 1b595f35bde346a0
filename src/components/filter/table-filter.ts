import { filterStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { matchesFilters } from '../../lib/map-filters';
import { FIRST_DIRECTION, listStateToSearch, parseListState, sortCities, SORT_KEYS, type ListState, type SortKey } from '../../lib/city-list';

const t = translator(filterStrings);

const num = (value: string | undefined) => (value ? Number(value) : null);
const isSortKey = (value: string | undefined): value is SortKey => (SORT_KEYS as readonly string[]).includes(value ?? '');

/**
 * `<table-filter>`: narrows and orders the `.city-table` rows that follow it; rows carry their values as
 * data attributes (CityTable.astro). The state is read from and written to the URL.
 */
class TableFilter extends HTMLElement {
	connectedCallback() {
		const table = this.parentElement?.querySelector<HTMLTableElement>('.city-table');
		const panel = this.querySelector<HTMLElement>('.filter');
		const body = table?.tBodies[0];
		if (!table || !panel || !body) return;
		const text = this.querySelector<HTMLInputElement>('[data-filter-text]')!;
		const theme = this.querySelector<HTMLSelectElement>('[data-filter-theme]')!;
		const status = this.querySelector<HTMLSelectElement>('[data-filter-status]')!;
		const count = this.querySelector<HTMLElement>('[data-filter-count]')!;
		const reset = this.querySelector<HTMLButtonElement>('[data-filter-reset]')!;
		const caption = table.querySelector<HTMLElement>('[data-caption]');
		const vocabulary = { themes: (this.dataset.themes ?? '').split(' '), statuses: (this.dataset.statuses ?? '').split(' ') };
		const rows = [...body.rows].map((row) => ({
			row,
			name: row.dataset.name ?? '',
			state: row.dataset.state ?? '',
			status: Number(row.dataset.statusOrder ?? 0),
			year: num(row.dataset.year),
			population: num(row.dataset.population),
			rank: num(row.dataset.rank),
		}));
		const headers = [...table.tHead!.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];

		const fromControls = (base: ListState): ListState => ({
			...base,
			text: text.value.trim(),
			filters: { themes: theme.value ? [theme.value] : [], statuses: status.value ? [status.value] : [] },
		});
		let state: ListState = parseListState(location.search, vocabulary);
		if (!location.search && (text.value || theme.value || status.value)) {
			// The reader typed before this script ran (the controls show from the first paint), or the browser restored the form.
			state = fromControls(state);
		} else {
			text.value = state.text;
			theme.value = state.filters.themes[0] ?? '';
			status.value = state.filters.statuses[0] ?? '';
		}

		const apply = () => {
			const query = state.text.toLowerCase();
			let shown = 0;
			for (const { row } of rows) {
				const city = { themes: (row.dataset.themes ?? '').split(' '), status: row.dataset.status ?? '' };
				const visible = (!query || (row.dataset.text ?? '').includes(query)) && matchesFilters(city, state.filters);
				row.hidden = !visible;
				if (visible) shown += 1;
			}
			body.append(...sortCities(rows, state.sort, state.direction).map((entry) => entry.row));
			for (const header of headers) {
				if (header.dataset.sortKey === state.sort) header.setAttribute('aria-sort', state.direction === 'asc' ? 'ascending' : 'descending');
				else header.removeAttribute('aria-sort');
			}
			count.textContent = t('filter.count', shown, rows.length);
			if (caption) caption.textContent = t('table.caption', shown, rows.length, t(`table.order.${state.sort}.${state.direction}`));
			reset.hidden = listStateToSearch(state) === '';
		};
		const commit = () => {
			apply();
			history.replaceState(history.state, '', `${location.pathname}${listStateToSearch(state)}${location.hash}`);
		};

		for (const header of headers) {
			const key = header.dataset.sortKey;
			if (!isSortKey(key)) continue;
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'sort-button';
			button.append(...header.childNodes);
			const arrow = document.createElement('span');
			arrow.className = 'sort-arrow';
			arrow.setAttribute('aria-hidden', 'true');
			button.append(arrow);
			header.append(button);
			button.addEventListener('click', () => {
				const direction = state.sort === key ? (state.direction === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[key];
				state = { ...state, sort: key, direction };
				commit();
			});
		}
		panel.addEventListener('input', () => {
			state = fromControls(state);
			commit();
		});
		reset.addEventListener('click', () => {
			text.value = theme.value = status.value = '';
			state = parseListState('', vocabulary);
			commit();
			text.focus();
		});
		commit();
	}
}

customElements.define('table-filter', TableFilter);
