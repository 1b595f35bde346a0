import { compareStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { compareQuery, MAX_CITIES, MIN_CITIES, parseCompareParams } from '../../lib/compare';
import { element } from '../../lib/dom';
import type { CompareCity } from '../../lib/facts/compare-data';
import { Combobox } from './combobox';
import { cell, columnHeader, rowHasValues, sourceList } from './table';
import { rankChart } from './rank-chart';

const t = translator(compareStrings);

/**
 * `<city-compare>`: the comparison of /vergleich/. The address (`?staedte=a,b` or `?staedte=a&staedte=b`)
 * is the state; the combobox adds cities, the buttons remove them; each city's facts come from
 * `/vergleich/<slug>.json` and fill one column of the table that the page renders from the fact fields.
 */
class CityCompare extends HTMLElement {
	private slugs: string[] = [];
	private readonly cache = new Map<string, Promise<CompareCity>>();
	private names = new Map<string, string>();
	private status!: HTMLElement;
	private chosen!: HTMLElement;
	private combobox!: Combobox;

	connectedCallback() {
		const picker = this.querySelector<HTMLElement>('.picker');
		const input = this.querySelector<HTMLInputElement>('[role="combobox"]');
		const listbox = this.querySelector<HTMLElement>('.options');
		if (!picker || !input || !listbox) return;
		listbox.setAttribute('role', 'listbox');
		for (const option of listbox.children) {
			option.setAttribute('role', 'option');
			option.setAttribute('aria-selected', 'false');
		}
		this.status = this.querySelector<HTMLElement>('[data-compare-status]')!;
		this.chosen = this.querySelector<HTMLElement>('.chosen')!;
		this.names = new Map([...listbox.querySelectorAll<HTMLElement>('[role="option"]')].map((option) => [option.dataset.slug!, option.dataset.name!]));
		this.combobox = new Combobox(
			input,
			listbox,
			(slug) => this.add(slug),
			(count) => this.say(count === 0 ? t('compare.noMatch') : t('compare.matches', count)),
		);
		const former = new Map(Object.entries(JSON.parse(this.dataset.formerSlugs ?? '{}') as Record<string, string>));
		const { slugs, unknown } = parseCompareParams(location.search, new Set(this.names.keys()), former);
		this.slugs = slugs;
		document.querySelector<HTMLElement>('[data-compare-fallback]')?.setAttribute('hidden', '');
		picker.hidden = false;
		this.update(unknown.length > 0 ? t('compare.unknown', unknown.join(', ')) : '');
	}

	private say(message: string) {
		this.status.textContent = message;
	}

	private add(slug: string) {
		if (this.slugs.length >= MAX_CITIES) return this.say(t('compare.full', MAX_CITIES));
		this.slugs = [...this.slugs, slug];
		this.update(t('compare.added', this.names.get(slug) ?? slug, this.slugs.length));
	}

	private removeCity(slug: string) {
		const index = this.slugs.indexOf(slug);
		this.slugs = this.slugs.filter((other) => other !== slug);
		this.update(t('compare.removed', this.names.get(slug) ?? slug, this.slugs.length));
		const buttons = this.chosen.querySelectorAll('button');
		(buttons[Math.min(index, buttons.length - 1)] ?? this.querySelector<HTMLElement>('[role="combobox"]'))?.focus();
	}

	private load(slug: string): Promise<CompareCity> {
		let request = this.cache.get(slug);
		if (!request) {
			request = fetch(`${this.dataset.base}${slug}.json`).then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${response.url}`);
				return response.json() as Promise<CompareCity>;
			});
			request.catch(() => this.cache.delete(slug));
			this.cache.set(slug, request);
		}
		return request;
	}

	/** Writes the address, the chosen list and the table for the current cities. */
	private async update(message: string) {
		const slugs = [...this.slugs];
		history.replaceState(history.state, '', `${location.pathname}${compareQuery(slugs)}${location.hash}`);
		this.combobox.setChosen(slugs);
		this.chosen.replaceChildren(
			...slugs.map((slug) => {
				const name = this.names.get(slug) ?? slug;
				const button = element('button', undefined, 'button-secondary');
				button.type = 'button';
				button.append(element('span', '✕'), element('span', t('compare.remove', name), 'visually-hidden'));
				button.firstElementChild!.setAttribute('aria-hidden', 'true');
				button.addEventListener('click', () => this.removeCity(slug));
				const li = element('li', name);
				li.append(button);
				return li;
			}),
		);
		const hint = slugs.length === 0 ? t('compare.pickTwo') : slugs.length < MIN_CITIES ? t('compare.pickMore') : '';
		this.say([message, hint].filter(Boolean).join(' '));
		try {
			const cities = await Promise.all(slugs.map((slug) => this.load(slug)));
			if (slugs.join() === this.slugs.join()) this.render(cities);
		} catch {
			this.say(t('compare.loadError'));
		}
	}

	private render(cities: CompareCity[]) {
		const result = this.querySelector<HTMLElement>('.result')!;
		result.hidden = cities.length === 0;
		const table = result.querySelector('table')!;
		table.querySelector('caption')!.textContent = t('compare.caption', cities.map((city) => city.name).join(', '));
		const head = table.querySelector('thead tr')!;
		head.replaceChildren(head.firstElementChild!, ...cities.map(columnHeader));
		for (const group of table.querySelectorAll<HTMLTableCellElement>('tr.group th')) group.colSpan = cities.length + 1;
		for (const body of table.tBodies) {
			const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-row]')];
			const shown = rows.filter((row) => row.dataset.optional === undefined || rowHasValues(cities, row.dataset.row!));
			for (const row of rows) {
				row.replaceChildren(row.firstElementChild!, ...cities.map((city) => cell(city, city.cells[row.dataset.row!], row)));
				// A field whose rows are all empty shows its first row, so it still says "none named".
				row.hidden = !shown.includes(row) && !(shown.length === 0 && row === rows[0]);
			}
		}
		const figure = result.querySelector<HTMLElement>('.rank-chart')!;
		const drawn = rankChart(cities);
		figure.hidden = !drawn;
		if (drawn) {
			figure.querySelector('figcaption')!.textContent = t('compare.rankChart');
			figure.querySelector('.rank-svg')!.replaceChildren(drawn.chart);
			figure.querySelector('.legend')!.textContent = t('compare.rankLegend');
		}
		result.querySelector('.source-lists')!.replaceChildren(...cities.map(sourceList));
	}
}

customElements.define('city-compare', CityCompare);
