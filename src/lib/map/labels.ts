/**
 * Collision-free label placement, used by the map in the browser and by the Bundesland mini-maps at build time.
 * Greedy in priority order: each label takes the first of its candidate boxes that stays inside `bounds` and
 * overlaps neither an obstacle (markers) nor a label placed before it. A uniform grid keeps it linear, so it
 * copes with thousands of labels. Plain data, no DOM.
 */

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LabelRequest<T = unknown> {
	/** Candidate boxes, best first (e.g. right of the point, then left, above, below). */
	candidates: readonly Box[];
	data: T;
}

export interface PlacedLabel<T = unknown> {
	box: Box;
	/** Index of the chosen candidate. */
	candidate: number;
	data: T;
}

export interface PlaceOptions {
	/** Boxes no label may cover. */
	obstacles?: readonly Box[];
	/** A label must lie fully inside; none = unbounded. */
	bounds?: Box;
	/** Space kept free around every label, in the same unit as the boxes. */
	padding?: number;
	/** Grid cell size; about the size of a typical label. */
	cell?: number;
}

const overlaps = (a: Box, b: Box, pad: number) =>
	a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;

const inside = (box: Box, bounds: Box) =>
	box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;

class Grid {
	readonly #cells = new Map<string, Box[]>();
	constructor(readonly size: number) {}

	#keys(box: Box): string[] {
		const keys: string[] = [];
		for (let cx = Math.floor(box.x / this.size); cx <= Math.floor((box.x + box.width) / this.size); cx++) {
			for (let cy = Math.floor(box.y / this.size); cy <= Math.floor((box.y + box.height) / this.size); cy++) keys.push(`${cx}:${cy}`);
		}
		return keys;
	}

	add(box: Box) {
		for (const key of this.#keys(box)) {
			const cell = this.#cells.get(key);
			if (cell) cell.push(box);
			else this.#cells.set(key, [box]);
		}
	}

	collides(box: Box, pad: number): boolean {
		const grown = { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad };
		return this.#keys(grown).some((key) => this.#cells.get(key)?.some((other) => overlaps(box, other, pad)));
	}
}

/** Places labels in the order given (most important first); returns those that found room. */
export function placeLabels<T>(requests: readonly LabelRequest<T>[], options: PlaceOptions = {}): PlacedLabel<T>[] {
	const { obstacles = [], bounds, padding = 2, cell = 64 } = options;
	const grid = new Grid(cell);
	for (const obstacle of obstacles) grid.add(obstacle);
	const placed: PlacedLabel<T>[] = [];
	for (const { candidates, data } of requests) {
		const candidate = candidates.findIndex((box) => (!bounds || inside(box, bounds)) && !grid.collides(box, padding));
		const box = candidates[candidate];
		if (!box) continue;
		grid.add(box);
		placed.push({ box, candidate, data });
	}
	return placed;
}

/** The usual four candidates around a point mark of `radius`: right, left, above, below. */
export function aroundPoint(x: number, y: number, radius: number, width: number, height: number, gap = 3): Box[] {
	const off = radius + gap;
	return [
		{ x: x + off, y: y - height / 2, width, height },
		{ x: x - off - width, y: y - height / 2, width, height },
		{ x: x - width / 2, y: y - off - height, width, height },
		{ x: x - width / 2, y: y + off, width, height },
	];
}

/**
 * Width of a label in pixels without measuring it (no fonts at build time, no layout in the browser): 0.6 em per
 * character of the site's sans-serif at `fontSize` pixels, plus 4 pixels of padding.
 */
export function estimatedTextWidth(text: string, fontSize: number): number {
	return Math.ceil(text.length * 0.6 * fontSize) + 4;
}
