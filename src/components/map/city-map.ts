import type { FeatureCollection, Point } from 'geojson';
import type { CityProperties } from '../../lib/geojson';
import type { BasemapCollection } from '../../lib/basemap';
import { FILTER_PARAMS, filtersToSearch, matchesFilters, NO_FILTERS, parseFilters, type MapFilters } from '../../lib/map-filters';
import { mapStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import type { MapView } from './leaflet-map';
import { readTilesConfig, setupTileConsent, tilesAllowed } from './tile-consent';

const t = translator(mapStrings);

/**
 * `<city-map>`: filters, list and the Leaflet map. The list and filters work at once; Leaflet and the
 * base map are fetched only when the map comes near the viewport. `data-state` becomes `ready` or `error`.
 */
class CityMap extends HTMLElement {
	#cities: FeatureCollection<Point, CityProperties> = { type: 'FeatureCollection', features: [] };
	#visible = new Set<string>();
	#view: MapView | undefined;
	#started = false;

	connectedCallback() {
		if (this.#started) return;
		this.#started = true;
		this.#cities = JSON.parse(this.dataset.features ?? 'null') ?? this.#cities;
		this.#visible = new Set(this.#cities.features.map((feature) => feature.properties.slug));
		const form = this.querySelector<HTMLElement>('[data-map-filters]');
		if (form) this.#setupFilters(form);
		// city-map.css already shows the UI where the `scripting` media feature is known; this is for the other browsers.
		this.querySelector<HTMLElement>('[data-map-ui]')?.removeAttribute('hidden');
		this.querySelector<HTMLElement>('[data-map-fallback]')?.setAttribute('hidden', '');
		this.#whenNear(() => void this.#loadMap());
	}

	#setupFilters(form: HTMLElement) {
		const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
		const values = (name: string) =>
			boxes(name)
				.filter((box) => box.checked)
				.map((box) => box.value);
		const vocabulary = { themes: boxes(FILTER_PARAMS.themes).map((box) => box.value), statuses: boxes(FILTER_PARAMS.statuses).map((box) => box.value) };
		const write = (filters: MapFilters) => {
			for (const box of boxes(FILTER_PARAMS.themes)) box.checked = filters.themes.includes(box.value);
			for (const box of boxes(FILTER_PARAMS.statuses)) box.checked = filters.statuses.includes(box.value);
		};
		const update = () => {
			const filters = { themes: values(FILTER_PARAMS.themes), statuses: values(FILTER_PARAMS.statuses) };
			const { pathname, search, hash } = window.location;
			history.replaceState(history.state, '', `${pathname}${filtersToSearch(filters, search)}${hash}`);
			this.#apply(filters);
		};
		form.addEventListener('change', update);
		form.querySelector('[data-map-reset]')?.addEventListener('click', () => {
			write(NO_FILTERS);
			update();
		});
		const initial = parseFilters(window.location.search, vocabulary);
		write(initial);
		form.hidden = false;
		this.#apply(initial);
	}

	#apply(filters: MapFilters) {
		const shown = this.#cities.features.filter((feature) => matchesFilters(feature.properties, filters));
		this.#visible = new Set(shown.map((feature) => feature.properties.slug));
		for (const item of this.querySelectorAll<HTMLElement>('[data-slug]')) item.hidden = !this.#visible.has(item.dataset.slug ?? '');
		for (const group of this.querySelectorAll<HTMLElement>('[data-state-group]')) group.hidden = !group.querySelector('[data-slug]:not([hidden])');
		const empty = this.querySelector<HTMLElement>('[data-map-empty]');
		if (empty) empty.hidden = shown.length > 0;
		const count = this.querySelector('[data-map-count]');
		const text = t('map.count', shown.length, this.#cities.features.length);
		if (count && count.textContent !== text) count.textContent = text;
		this.#view?.show(this.#visible);
	}

	#whenNear(callback: () => void) {
		if (!('IntersectionObserver' in window)) return callback();
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				callback();
			},
			{ rootMargin: '400px' },
		);
		observer.observe(this);
	}

	async #loadMap() {
		const ui = this.querySelector<HTMLElement>('[data-map-ui]');
		const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
		const fallback = this.querySelector<HTMLElement>('[data-map-fallback]');
		if (!ui || !canvas || !fallback) return;
		try {
			const [{ createMapView }, basemap] = await Promise.all([import('./leaflet-map'), fetchJson<BasemapCollection>(this.dataset.basemap ?? '')]);
			const view = createMapView(canvas, { cities: this.#cities, basemap, compact: this.hasAttribute('data-compact') });
			this.#view = view;
			view.show(this.#visible);
			const tiles = readTilesConfig(this);
			if (tiles) {
				setupTileConsent(this, tiles, (allowed) => view.setTiles(allowed ? tiles : undefined));
				if (tilesAllowed(tiles)) view.setTiles(tiles);
			}
			this.dataset.state = 'ready';
		} catch (error) {
			ui.hidden = true;
			fallback.hidden = false;
			fallback.textContent = t('map.loadError');
			this.dataset.state = 'error';
			console.error(error);
		}
	}
}

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

customElements.define('city-map', CityMap);
