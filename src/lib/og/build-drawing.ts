/**
 * What the share-image route (src/pages/vorschau/) and the share-images integration hand each other during
 * `astro build`: the output folder, which the integration knows, and the drawing of every image, which the route
 * starts. Kept on `globalThis`: Astro loads the integration and the prerendered route through different module
 * graphs of the same process.
 */
export interface BuildDrawing {
	/** The build's output folder (absolute path); unset in `astro dev`. */
	outDir?: string | undefined;
	/** The drawing, once started: resolves with the number of images written. */
	done?: Promise<number> | undefined;
}

const KEY = Symbol.for('smart-city-atlas.share-images');

export const buildDrawing = ((globalThis as Record<symbol, unknown>)[KEY] ??= {}) as BuildDrawing;
