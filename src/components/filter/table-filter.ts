import { filterStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { matchesFilters } from '../../lib/map-filters';

const t = translator(filterStrings);

/** `<table-filter>`: narrows the `.city-table` rows that follow it; rows carry data-text/-themes/-status. */
class TableFilter extends HTMLElement {
	connectedCallback() {
		const table = this.parentElement?.querySelector<HTMLTableElement>('.city-table');
		const panel = this.querySelector<HTMLElement>('.filter');
		if (!table || !panel) return;
		const text = this.querySelector<HTMLInputElement>('[data-filter-text]')!;
		const theme = this.querySelector<HTMLSelectElement>('[data-filter-theme]')!;
		const status = this.querySelector<HTMLSelectElement>('[data-filter-status]')!;
		const count = this.querySelector<HTMLElement>('[data-filter-count]')!;
		const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
		const update = () => {
			const query = text.value.trim().toLowerCase();
			const filters = { themes: theme.value ? [theme.value] : [], statuses: status.value ? [status.value] : [] };
			let shown = 0;
			for (const row of rows) {
				const city = { themes: (row.dataset.themes ?? '').split(' '), status: row.dataset.status ?? '' };
				const visible = (!query || (row.dataset.text ?? '').includes(query)) && matchesFilters(city, filters);
				row.hidden = !visible;
				if (visible) shown += 1;
			}
			count.textContent = t('filter.count', shown, rows.length);
		};
		panel.addEventListener('input', update);
		panel.hidden = false;
	}
}

customElements.define('table-filter', TableFilter);
