import type { MarkerCity } from '../../lib/map/markers';
import { aroundPoint, estimatedTextWidth, placeLabels } from '../../lib/map/labels';
import { leafletViewBox, projectPoint, toMercator, type PreviewProjection } from '../../lib/map/preview';

/**
 * The still map (MapPreview.astro) in the browser: it shows the part of Germany that Leaflet will show in the
 * canvas, a dot per city from the marker file, filtered like the map, and their names where they fit.
 */
const SVG = 'http://www.w3.org/2000/svg';
/** Names in pixels: font size, line box, dot radius. */
const LABEL = { size: 12.5, height: 16, dot: 5 };

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
	label(preview, size);
}

/** Names the shown cities without overlaps (src/lib/map/labels.ts), placed in pixels of the canvas as it is now. */
function label(preview: SVGSVGElement, size: { width: number; height: number }) {
	const layer = preview.querySelector('[data-preview-labels]');
	const view = preview.viewBox.baseVal;
	if (!layer || !view.width) return;
	const k = size.width / view.width;
	const dots = [...preview.querySelectorAll<SVGCircleElement>('circle[data-slug]:not([hidden])')].map((dot) => ({
		name: dot.dataset['name'] ?? '',
		x: (dot.cx.baseVal.value - view.x) * k,
		y: (dot.cy.baseVal.value - view.y) * k,
	}));
	const placed = placeLabels(
		dots.map((dot) => ({ candidates: aroundPoint(dot.x, dot.y, LABEL.dot, estimatedTextWidth(dot.name, LABEL.size), LABEL.height), data: dot.name })),
		{
			obstacles: dots.map(({ x, y }) => ({ x: x - LABEL.dot, y: y - LABEL.dot, width: 2 * LABEL.dot, height: 2 * LABEL.dot })),
			bounds: { x: 0, y: 0, width: size.width, height: size.height },
			padding: 1,
		},
	);
	layer.setAttribute('font-size', String(LABEL.size / k));
	layer.setAttribute('stroke-width', String(3 / k));
	layer.replaceChildren(
		...placed.map(({ box, data }) => {
			const text = document.createElementNS(SVG, 'text');
			text.setAttribute('x', String(view.x + (box.x + 2) / k));
			text.setAttribute('y', String(view.y + (box.y + LABEL.height - 4) / k));
			text.textContent = data;
			return text;
		}),
	);
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
		dot.dataset['name'] = city.name;
		layer.append(dot);
	}
	refit(preview);
}

/** Shows only these cities (by slug) and highlights a Bundesland (slug, `''` for none). */
export function filterPreview(preview: SVGSVGElement, shown: ReadonlySet<string>, state: string): void {
	for (const dot of preview.querySelectorAll<SVGElement>('[data-slug]')) dot.toggleAttribute('hidden', !shown.has(dot.dataset['slug'] ?? ''));
	preview.classList.toggle('map--state-selected', Boolean(state));
	for (const land of preview.querySelectorAll<SVGElement>('[data-land]')) land.classList.toggle('map-state--selected', land.dataset['land'] === state);
	refit(preview);
}
