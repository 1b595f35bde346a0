import type { CityProperties } from '../../lib/geojson';
import { mapStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { AGENDA_SYMBOLS } from '../../lib/agenda-symbols';
import { element } from '../../lib/dom';

const t = translator(mapStrings);

/** What the marker itself contains: the status symbol (hidden from screen readers) and the city name. */
export function markerContent(city: CityProperties): HTMLElement {
	const content = element('span');
	const symbol = element('span', AGENDA_SYMBOLS[city.status]);
	symbol.setAttribute('aria-hidden', 'true');
	content.append(symbol, element('span', city.name, 'visually-hidden'));
	return content;
}

/** The popup: name, Land, status, themes and the link to the portrait (site-relative, keeps the base path). */
export function popupContent(city: CityProperties): HTMLElement {
	const root = element('div', undefined, 'city-popup');
	const facts = element('dl');
	const status = element('dd');
	const symbol = element('span', `${AGENDA_SYMBOLS[city.status]} `);
	symbol.setAttribute('aria-hidden', 'true');
	status.append(symbol, city.statusLabel);
	facts.append(
		element('dt', t('map.popupState')),
		element('dd', city.state),
		element('dt', t('map.popupStatus')),
		status,
		element('dt', t('map.popupThemes')),
		element('dd', city.themeLabels.join(', ')),
	);
	const link = element('a', t('map.popupLink', city.name));
	link.href = new URL(city.url).pathname;
	const more = element('p');
	more.append(link);
	root.append(element('p', city.name, 'city-popup__name'), facts, more);
	return root;
}
