import type { BasemapFile } from '../../lib/basemap';
import type { MarkerCity, MarkerFile } from '../../lib/map/markers';
import { FILTER_PARAMS } from '../../lib/map-filters';
import {
	activeFilterCount,
	MAP_PARAMS,
	mapQueryToSearch,
	matchesMapQuery,
	NO_QUERY,
	parseMapQuery,
	type AtlasValue,
	type MapQuery,
} from '../../lib/map/map-query';
import { mapStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import type { MapView } from './leaflet-map';
import { liveRegion } from './live-region';
import { filterCityList, renderCityList } from './map-list';
import { drawPreviewCities, filterPreview, fitPreview } from './map-preview';
import { readTilesConfig, setupTileConsent, tilesAllowed } from './tile-consent';

const t = translator(mapStrings);

/**
 * `<city-map>`: filters, list and the Leaflet map. The marker file (`data-markers`) is fetched at once for the list
 * and the still preview of the full map (MapPreview.astro). Leaflet and the base map (`data-basemap`) load when the
 * reader first touches, points, scrolls with the wheel or presses a key on the page (full map), or when the small
 * map comes near the viewport (start page). `data-loading` is set when they start loading; `data-state` becomes
 * `ready` or `error`.
 */
class CityMap extends HTMLElement {
	#cities: MarkerCity[] = [];
	#query: MapQuery = NO_QUERY;
	#view: MapView | undefined;
	#shown = '';
	#visible: Set<string> | undefined;
	#started = false;

	connectedCallback() {
		if (this.#started) return;
		this.#started = true;
		// The full map needs the marker file at once for its list; the small map on the start page only when it comes near.
		let pending: Promise<MarkerFile> | undefined;
		const markers = () => (pending ??= fetchJson<MarkerFile>(this.dataset.markers ?? ''));
		const list = this.querySelector<HTMLElement>('[data-map-list]');
		const form = this.querySelector<HTMLElement>('[data-map-filters]');
		if (form) this.#setupFilters(form);
		// city-map.css already shows the UI where the `scripting` media feature is known; this is for the other browsers.
		this.querySelector<HTMLElement>('[data-map-ui]')?.removeAttribute('hidden');
		this.querySelector<HTMLElement>('[data-map-count]')?.removeAttribute('hidden');
		this.querySelector<HTMLElement>('[data-map-fallback]')?.setAttribute('hidden', '');
		const preview = this.querySelector<SVGSVGElement>('[data-map-preview]');
		if (preview) fitPreview(preview);
		if (list) {
			void markers().then(
				async ({ cities }) => {
					this.#cities = cities;
					if (preview) drawPreviewCities(preview, cities);
					// Filters the preview at once and sets what the list shows while it grows.
					this.#apply(this.#query);
					await renderCityList(list, cities, () => this.#visible);
					this.#apply(this.#query);
				},
				(error: unknown) => this.#fail(error),
			);
		}
		const start = () => void this.#loadMap(markers());
		if (preview) whenInput(start);
		else this.#whenNear(start);
	}

	#setupFilters(form: HTMLElement) {
		const inputs = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
		const checked = (name: string) =>
			inputs(name)
				.filter((box) => box.checked)
				.map((box) => box.value);
		const select = form.querySelector<HTMLSelectElement>(`select[name="${MAP_PARAMS.state}"]`);
		const vocabulary = {
			themes: inputs(FILTER_PARAMS.themes).map((box) => box.value),
			statuses: inputs(FILTER_PARAMS.statuses).map((box) => box.value),
			states: [...(select?.options ?? [])].map((option) => option.value).filter(Boolean),
		};
		const write = (query: MapQuery) => {
			for (const box of inputs(FILTER_PARAMS.themes)) box.checked = query.themes.includes(box.value);
			for (const box of inputs(FILTER_PARAMS.statuses)) box.checked = query.statuses.includes(box.value);
			for (const radio of inputs(MAP_PARAMS.atlas)) radio.checked = radio.value === query.atlas;
			if (select) select.value = query.state;
		};
		const update = () => {
			const query: MapQuery = {
				themes: checked(FILTER_PARAMS.themes),
				statuses: checked(FILTER_PARAMS.statuses),
				state: select?.value ?? '',
				atlas: (checked(MAP_PARAMS.atlas)[0] ?? '') as AtlasValue,
			};
			const { pathname, search, hash } = window.location;
			history.replaceState(history.state, '', `${pathname}${mapQueryToSearch(query, search)}${hash}`);
			this.#apply(query);
		};
		form.addEventListener('change', update);
		form.querySelector('[data-map-reset]')?.addEventListener('click', () => {
			write(NO_QUERY);
			update();
		});
		this.#setupToggle(form);
		const initial = parseMapQuery(window.location.search, vocabulary);
		write(initial);
		form.hidden = false;
		this.#query = initial;
		this.#showActive(initial);
	}

	/** On phones the filters fold into a disclosure button above the map. */
	#setupToggle(form: HTMLElement) {
		const toggle = this.querySelector<HTMLButtonElement>('[data-filters-toggle]');
		if (!toggle) return;
		toggle.hidden = false;
		toggle.addEventListener('click', () => {
			const open = toggle.getAttribute('aria-expanded') !== 'true';
			toggle.setAttribute('aria-expanded', String(open));
			form.classList.toggle('map-filters--open', open);
		});
	}

	#showActive(query: MapQuery) {
		const active = this.querySelector('[data-filters-active]');
		if (active) active.textContent = t('map.filtersActive', activeFilterCount(query));
	}

	#apply(query: MapQuery) {
		this.#query = query;
		this.#showActive(query);
		if (this.#cities.length === 0) return;
		const shown = new Set(this.#cities.filter((city) => matchesMapQuery(city, query)).map((city) => city.slug));
		this.#visible = shown;
		const list = this.querySelector<HTMLElement>('[data-map-list]');
		if (list) filterCityList(list, shown);
		const preview = this.querySelector<SVGSVGElement>('[data-map-preview]');
		if (preview) filterPreview(preview, shown, query.state);
		const empty = this.querySelector<HTMLElement>('[data-map-empty]');
		if (empty) empty.hidden = shown.size > 0;
		const count = this.querySelector('[data-map-count]');
		const text = t('map.count', shown.size, this.#cities.length);
		if (count && count.textContent !== text) count.textContent = text;
		// The list and the map both call this when they are ready: draw the map again only when something changed.
		const key = `${query.state}|${[...shown].join(',')}`;
		if (this.#view && key !== this.#shown) this.#view.show(shown, query.state);
		if (this.#view) this.#shown = key;
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

	async #loadMap(markers: Promise<MarkerFile>) {
		const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
		if (!canvas) return;
		this.dataset.loading = '';
		try {
			const [{ createMapView }, basemap, { cities }] = await Promise.all([
				import('./leaflet-map'),
				fetchJson<BasemapFile>(this.dataset.basemap ?? ''),
				markers,
			]);
			this.#cities = cities;
			const announce = liveRegion(canvas.parentElement ?? this);
			const detail = () => fetchJson<BasemapFile>(this.dataset.basemapDetail ?? '');
			const view = await createMapView(canvas, { cities, basemap, detail, compact: this.hasAttribute('data-compact'), announce });
			this.#view = view;
			this.querySelector('[data-map-preview]')?.remove();
			this.#apply(this.#query);
			const tiles = readTilesConfig(this);
			if (tiles) {
				setupTileConsent(this, tiles, (allowed) => view.setTiles(allowed ? tiles : undefined));
				if (tilesAllowed(tiles)) view.setTiles(tiles);
			}
			this.dataset.state = 'ready';
		} catch (error) {
			this.#fail(error);
		}
	}

	#fail(error: unknown) {
		if (this.dataset.state === 'error') return;
		const ui = this.querySelector<HTMLElement>('[data-map-ui]');
		const fallback = this.querySelector<HTMLElement>('[data-map-fallback]');
		if (ui) ui.hidden = true;
		if (fallback) {
			fallback.hidden = false;
			fallback.textContent = t('map.loadError');
		}
		this.dataset.state = 'error';
		console.error(error);
	}
}

/** Reader input that starts the full map: anything but reading, so a page that is only looked at runs no Leaflet. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'wheel', 'keydown', 'focusin'] as const;

function whenInput(callback: () => void) {
	const start = () => {
		for (const type of INPUT_EVENTS) window.removeEventListener(type, start, true);
		callback();
	};
	for (const type of INPUT_EVENTS) window.addEventListener(type, start, { capture: true, passive: true });
}

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

customElements.define('city-map', CityMap);
