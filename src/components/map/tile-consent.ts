import { mapStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';

const t = translator(mapStrings);

/** Optional raster tiles (`site.tiles`); loaded only after the visitor agreed, remembered per tile URL. */
export interface TilesConfig {
	url: string;
	attribution: string;
	provider: string;
}

const STORAGE_KEY = 'smart-city-atlas:karte:kacheln';
const OSM_HOST = /(^|\.)openstreetmap\.(org|de|fr)$/;

export function readTilesConfig(root: HTMLElement): TilesConfig | undefined {
	const { tilesUrl: url, tilesProvider, tilesAttribution } = root.dataset;
	if (!url) return undefined;
	const provider = tilesProvider || tileHost(url);
	// OSM tile usage policy: the copyright notice must be shown.
	const attribution = tilesAttribution || (OSM_HOST.test(tileHost(url)) ? t('map.tiles.osmAttribution') : provider);
	return { url, attribution, provider };
}

/** The host a tile template points to, e.g. `tile.openstreetmap.org` for `https://{s}.tile.openstreetmap.org/…`. */
function tileHost(template: string): string {
	try {
		return new URL(template.replace('{s}.', '').replace(/\{[^}]*\}/g, '0')).hostname;
	} catch {
		return template;
	}
}

export function tilesAllowed(config: TilesConfig): boolean {
	try {
		return localStorage.getItem(STORAGE_KEY) === config.url;
	} catch {
		return false;
	}
}

function remember(config: TilesConfig, allowed: boolean) {
	try {
		if (allowed) localStorage.setItem(STORAGE_KEY, config.url);
		else localStorage.removeItem(STORAGE_KEY);
	} catch {
		// Storage blocked: the choice holds for this page view only.
	}
}

/** Shows the opt-in box and calls `onChange` whenever the visitor switches the tiles on or off. */
export function setupTileConsent(root: HTMLElement, config: TilesConfig, onChange: (allowed: boolean) => void) {
	const box = root.querySelector<HTMLElement>('[data-tile-consent]');
	const load = box?.querySelector<HTMLButtonElement>('[data-tiles-load]');
	const revoke = box?.querySelector<HTMLButtonElement>('[data-tiles-revoke]');
	const explain = box?.querySelector<HTMLElement>('[data-tiles-explain]');
	if (!box || !load || !revoke || !explain) return;
	explain.textContent = t('map.tiles.explain', config.provider, tileHost(config.url));
	load.textContent = t('map.tiles.load', config.provider);
	revoke.textContent = t('map.tiles.revoke', config.provider);
	const render = (allowed: boolean) => {
		load.hidden = allowed;
		revoke.hidden = !allowed;
	};
	const choose = (allowed: boolean) => {
		remember(config, allowed);
		render(allowed);
		onChange(allowed);
		(allowed ? revoke : load).focus();
	};
	load.addEventListener('click', () => choose(true));
	revoke.addEventListener('click', () => choose(false));
	render(tilesAllowed(config));
	box.hidden = false;
}
