import type { MarkerCity } from '../../lib/map/markers';
import { leafletViewBox, projectPoint, toMercator, type PreviewProjection } from '../../lib/map/preview';

/**
 * The still map (MapPreview.astro) in the browser: it shows the part of Germany that Leaflet will show in the
 * canvas, a dot per city from the marker file, filtered like the map.
 */
const SVG = 'http://www.w3.org/2000/svg';

const projectionOf = (preview: SVGSVGElement): PreviewProjection => ({
	west: Number(preview.dataset['west']),
	north: Number(preview.dataset['north']),
	scale: Number(preview.dataset['scale']),
});

const sizes = new WeakMap<SVGSVGElement, { width: number; height: number }>();

/** Shows what Leaflet will show: Germany, or the chosen Land (`filterPreview`), at the canvas's size. */
function refit(preview: SVGSVGElement) {
	const size = sizes.get(preview);
	if (!size || size.width <= 0 || size.height <= 0) return;
	const projection = projectionOf(preview);
	const land = preview.querySelector<SVGGraphicsElement>('.map-state--selected');
	const box = land ? toMercator(projection, land.getBBox()) : undefined;
	preview.setAttribute('viewBox', leafletViewBox(projection, size.width, size.height, box));
}

/** Keeps the view the one Leaflet will take at the canvas's size, until the preview leaves the page. */
export function fitPreview(preview: SVGSVGElement): void {
	const observer = new ResizeObserver(([entry]) => {
		if (!preview.isConnected) return observer.disconnect();
		sizes.set(preview, entry?.contentRect ?? { width: 0, height: 0 });
		refit(preview);
	});
	observer.observe(preview);
}

export function drawPreviewCities(preview: SVGSVGElement, cities: readonly MarkerCity[]): void {
	const layer = preview.querySelector('[data-preview-cities]');
	if (!layer) return;
	const projection = projectionOf(preview);
	for (const city of cities) {
		const [x, y] = projectPoint(projection, city.at);
		const dot = document.createElementNS(SVG, 'circle');
		dot.setAttribute('cx', String(x));
		dot.setAttribute('cy', String(y));
		dot.setAttribute('r', '7');
		dot.setAttribute('class', `map-preview__city map-preview__city--${city.status}`);
		dot.dataset['slug'] = city.slug;
		layer.append(dot);
	}
}

/** Shows only these cities (by slug) and highlights a Bundesland (slug, `''` for none). */
export function filterPreview(preview: SVGSVGElement, shown: ReadonlySet<string>, state: string): void {
	for (const dot of preview.querySelectorAll<SVGElement>('[data-slug]')) dot.toggleAttribute('hidden', !shown.has(dot.dataset['slug'] ?? ''));
	preview.classList.toggle('map--state-selected', Boolean(state));
	for (const land of preview.querySelectorAll<SVGElement>('[data-land]')) land.classList.toggle('map-state--selected', land.dataset['land'] === state);
	refit(preview);
}
