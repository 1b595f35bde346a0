import { compareStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { AGENDA_SYMBOLS } from '../../lib/agenda-symbols';
import { element } from '../../lib/dom';
import type { CompareCell, CompareCity, CompareValue } from '../../lib/facts/compare-data';

const t = translator(compareStrings);

/** `[1][2]`: links to the sources, by their numbers on the city's portrait; the title shows on hover. */
function citations(city: CompareCity, numbers: readonly number[] | undefined): HTMLElement[] {
	if (!numbers?.length) return [];
	const sup = element('sup', undefined, 'cite');
	for (const n of numbers) {
		const source = city.sources[n - 1];
		if (!source) continue;
		const link = element('a');
		link.href = source[1];
		link.rel = 'noopener';
		link.title = source[0];
		link.append('[', element('span', t('compare.sourcePrefix'), 'visually-hidden'), String(n), ']');
		sup.append(link);
	}
	return [sup];
}

/** The mark of a derived fact: the word, and the note on demand (a disclosure, so keyboard and touch reach it). */
function derived(note: string | undefined): HTMLElement[] {
	if (!note) return [];
	const details = element('details', undefined, 'derived');
	details.append(element('summary', t('compare.derived')), ` ${t('compare.derivedHint')} ${note}`);
	return [details];
}

function value(city: CompareCity, item: CompareValue): (Node | string)[] {
	let main: Node;
	if (item.st) {
		const symbol = element('span', AGENDA_SYMBOLS[item.st]);
		symbol.setAttribute('aria-hidden', 'true');
		const badge = element('span', undefined, `status-badge status-${item.st}`);
		badge.append(symbol, ` ${item.t}`);
		main = badge;
	} else if (item.h) {
		const link = element('a', item.t);
		link.href = item.h;
		if (item.h.startsWith('http')) link.rel = 'noopener';
		main = link;
	} else main = document.createTextNode(item.t);
	return [main, ...(item.x ? [element('span', ` (${item.x})`, 'detail')] : []), ...citations(city, item.s), ...derived(item.d)];
}

/** One cell of a row for one city. */
export function cell(city: CompareCity, data: CompareCell | undefined, row: HTMLElement): HTMLTableCellElement {
	const td = element('td');
	if (!data) {
		td.append(element('span', row.dataset.absent, 'muted'));
		return td;
	}
	if (data.v.length === 0) td.append(element('span', row.dataset.empty, 'muted'));
	else if (row.dataset.display === 'line') data.v.forEach((item, i) => td.append(...(i > 0 ? [', '] : []), ...value(city, item)));
	else {
		const list = element('ul', undefined, row.dataset.display === 'tags' ? 'tags' : 'values');
		for (const item of data.v) {
			const li = element('li');
			li.append(...value(city, item));
			list.append(li);
		}
		td.append(list);
	}
	td.append(...citations(city, data.s), ...derived(data.d));
	return td;
}

/** Whether a row shows anything for any of the cities. */
export const rowHasValues = (cities: readonly CompareCity[], id: string) => cities.some((city) => (city.cells[id]?.v.length ?? 0) > 0);

/** The header cell of a city's column: its name, linked to the portrait, and its Bundesland. */
export function columnHeader(city: CompareCity): HTMLTableCellElement {
	const th = element('th');
	th.scope = 'col';
	const link = element('a', city.name);
	link.href = city.path;
	th.append(link, element('span', city.state, 'city-state'));
	return th;
}

/** A city's numbered source list, as on its portrait. */
export function sourceList(city: CompareCity): HTMLElement {
	const details = element('details');
	details.append(element('summary', t('compare.sourcesFor', city.name, city.sources.length)));
	const list = element('ol');
	for (const [title, url] of city.sources) {
		const link = element('a', title);
		link.href = url;
		link.rel = 'noopener';
		const li = element('li');
		li.append(link);
		list.append(li);
	}
	details.append(list);
	return details;
}
