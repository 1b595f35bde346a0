import type { MarkerCity } from '../../lib/map/markers';
import { mapStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { AGENDA_SYMBOLS } from '../../lib/agenda-symbols';
import { element } from '../../lib/dom';
import { cityPath, href } from '../../lib/paths';
import { stateName, statusLabel, themeLabel } from './labels-text';

const t = translator(mapStrings);

/** What the marker itself contains: the status symbol (hidden from screen readers) and the city name. */
export function markerContent(city: MarkerCity): HTMLElement {
	const content = element('span');
	const symbol = element('span', AGENDA_SYMBOLS[city.status]);
	symbol.setAttribute('aria-hidden', 'true');
	content.append(symbol, element('span', city.name, 'visually-hidden'));
	return content;
}

/** The popup: name, Bundesland, status, themes and the link to the portrait (keeps the base path). */
export function popupContent(city: MarkerCity): HTMLElement {
	const root = element('div', undefined, 'city-popup');
	const facts = element('dl');
	const status = element('dd');
	const symbol = element('span', `${AGENDA_SYMBOLS[city.status]} `);
	symbol.setAttribute('aria-hidden', 'true');
	status.append(symbol, statusLabel(city.status));
	facts.append(
		element('dt', t('map.popupState')),
		element('dd', stateName(city.state)),
		element('dt', t('map.popupStatus')),
		status,
		element('dt', t('map.popupThemes')),
		element('dd', city.themes.map(themeLabel).join(', ')),
	);
	root.append(element('p', city.name, 'city-popup__name'), facts, linkParagraph(city));
	return root;
}

const linkParagraph = (city: MarkerCity) => {
	const link = element('a', t('map.popupLink', city.name));
	link.href = href(cityPath(city.slug));
	const more = element('p');
	more.append(link);
	return more;
};

/** The popup of a group whose cities share one place (the map cannot zoom them apart): a link to each portrait. */
export function groupPopupContent(cities: readonly MarkerCity[]): HTMLElement {
	const root = element('div', undefined, 'city-popup');
	const list = element('ul', undefined, 'city-popup__list');
	for (const city of cities) {
		const item = element('li');
		const link = element('a', city.name);
		link.href = href(cityPath(city.slug));
		item.append(link);
		list.append(item);
	}
	root.append(element('p', t('map.groupHere', cities.length), 'city-popup__name'), list);
	return root;
}
