import type { MarkerCity } from '../../lib/map/markers';
import { AGENDA_SYMBOLS } from '../../lib/agenda-symbols';
import { element } from '../../lib/dom';
import { cityPath, href } from '../../lib/paths';
import { stateName, statusLabel } from './labels-text';

const collator = new Intl.Collator('de');

/**
 * The list beside the map, from the marker file: every city by Bundesland with its status, filtered with the map.
 * Built one Bundesland at a time with a pause between, so a long list makes no long task; each group is filtered
 * with `visible()` as it is added, so a filter set while the list grows holds for the groups still to come.
 */
export async function renderCityList(container: HTMLElement, cities: readonly MarkerCity[], visible: () => ReadonlySet<string> | undefined): Promise<void> {
	const byState = new Map<string, MarkerCity[]>();
	for (const city of cities) {
		const group = byState.get(city.state);
		if (group) group.push(city);
		else byState.set(city.state, [city]);
	}
	const states = [...byState.keys()].sort((a, b) => collator.compare(stateName(a), stateName(b)));
	for (const state of states) {
		const group = element('div', undefined, 'map-list__group');
		group.dataset.stateGroup = state;
		const list = element('ul');
		for (const city of byState.get(state) ?? []) list.append(item(city));
		group.append(element('h3', stateName(state)), list);
		const shown = visible();
		if (shown) filterGroup(group, shown);
		container.append(group);
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
}

function item(city: MarkerCity): HTMLLIElement {
	const entry = element('li');
	entry.dataset.slug = city.slug;
	const link = element('a', city.name);
	link.href = href(cityPath(city.slug));
	const badge = element('span', undefined, `map-list__status map-list__status--${city.status}`);
	const symbol = element('span', AGENDA_SYMBOLS[city.status]);
	symbol.setAttribute('aria-hidden', 'true');
	badge.append(symbol, ` ${statusLabel(city.status)}`);
	entry.append(link, ' ', badge);
	return entry;
}

/** Shows the cities in `visible`, hides the others and every Bundesland left empty. */
export function filterCityList(container: HTMLElement, visible: ReadonlySet<string>) {
	for (const group of container.querySelectorAll<HTMLElement>('[data-state-group]')) filterGroup(group, visible);
}

function filterGroup(group: HTMLElement, visible: ReadonlySet<string>) {
	let any = false;
	for (const entry of group.querySelectorAll<HTMLElement>('[data-slug]')) {
		const show = visible.has(entry.dataset.slug ?? '');
		if (entry.hidden === show) entry.hidden = !show;
		any ||= show;
	}
	group.hidden = !any;
}
