import * as L from 'leaflet';
import type { MarkerCity } from '../../lib/map/markers';
import { mapStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { element } from '../../lib/dom';
import { markerContent, popupContent } from './popup';

const t = translator(mapStrings);

/** Names a group gives in its accessible name before "und N weitere". */
const NAMED = 3;

/** Leaflet opens popups on Enter only; buttons also react to Space. */
const onActivate = (target: HTMLElement, action: () => void) =>
	target.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' && event.key !== ' ') return;
		event.preventDefault();
		action();
	});

/** A city: a keyboard-operable marker (role button, named after the city) with its popup. */
export function cityMarker(city: MarkerCity, map: L.Map): L.Marker {
	const [lng, lat] = city.at;
	const icon = L.divIcon({ className: `city-marker city-marker--${city.status}`, html: markerContent(city), iconSize: [24, 24], popupAnchor: [0, -10] });
	const marker = L.marker([lat, lng], { icon, title: city.name, keyboard: true, riseOnHover: true });
	marker.bindPopup(() => popupContent(city), { maxWidth: 280, autoPanPadding: [16, 16] });
	marker.on('add', () => {
		const target = marker.getElement();
		if (!target || target.dataset.ready) return;
		target.dataset.ready = '';
		target.dataset.slug = city.slug;
		// Focus moves into the popup.
		onActivate(target, () => {
			marker.openPopup();
			marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.city-popup a')?.focus({ preventScroll: true });
		});
		target.addEventListener('focus', () => {
			marker.setZIndexOffset(1000);
			if (!map.getBounds().contains(marker.getLatLng())) map.panTo(marker.getLatLng());
		});
		target.addEventListener('blur', () => marker.setZIndexOffset(0));
	});
	marker.on('popupopen', (event) => {
		const close = event.popup.getElement()?.querySelector<HTMLElement>('.leaflet-popup-close-button');
		if (!close || close.dataset.ready) return;
		close.dataset.ready = '';
		close.setAttribute('aria-label', t('map.closePopup'));
		// Leaflet's close "button" is a link: make Space work as on a real button.
		close.addEventListener('keydown', (keyEvent) => {
			if (keyEvent.key !== ' ') return;
			keyEvent.preventDefault();
			map.closePopup();
		});
	});
	marker.on('popupclose', (event) => {
		// Closing by keyboard (Escape, close button) must not strand the focus on <body>.
		const active = document.activeElement;
		if (!active || active === document.body || event.popup.getElement()?.contains(active)) {
			marker.getElement()?.focus({ preventScroll: true });
		}
	});
	return marker;
}

/** The accessible name of a group: how many, the first names A–Z, what activating it does. */
export function groupName(cities: readonly MarkerCity[]): string {
	const names = cities.slice(0, NAMED).map((city) => city.name);
	return t('map.group', cities.length, names.join(', '), cities.length - names.length);
}

/** A group of cities: a button showing the count; activating it (click, Enter, Space) calls `activate`. */
export function groupMarker(cities: readonly MarkerCity[], activate: () => void): L.Marker {
	const html = element('span');
	const count = element('span', String(cities.length));
	count.setAttribute('aria-hidden', 'true');
	html.append(count, element('span', groupName(cities), 'visually-hidden'));
	const icon = L.divIcon({ className: 'city-group', html, iconSize: [30, 30] });
	const marker = L.marker([0, 0], { icon, keyboard: true, riseOnHover: true });
	marker.on('click', activate);
	marker.on('add', () => {
		const target = marker.getElement();
		if (!target || target.dataset.ready) return;
		target.dataset.ready = '';
		target.dataset.count = String(cities.length);
		onActivate(target, activate);
	});
	return marker;
}
