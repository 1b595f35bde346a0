import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildDrawing } from '../lib/og/build-drawing';

/**
 * The share images (src/pages/vorschau/) in `astro build`: the route starts drawing them in worker processes,
 * straight into the output folder this integration names, while Astro renders the pages, the sitemap and the
 * search index; at the end of the build this integration waits for the last image. A card that cannot be
 * drawn fails the build. Runs after the search index (integrations run in order), so that both overlap.
 */
export default function shareImages(): AstroIntegration {
	return {
		name: 'atlas:share-images',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				buildDrawing.outDir = command === 'build' ? fileURLToPath(config.outDir) : undefined;
				buildDrawing.done = undefined;
			},
			'astro:build:done': async ({ logger }) => {
				const { done } = buildDrawing;
				buildDrawing.done = undefined;
				if (done) logger.info(`${await done} Vorschaubilder gezeichnet`);
			},
		},
	};
}
