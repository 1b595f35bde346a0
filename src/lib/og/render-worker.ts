import { cardPng, type Card } from './card';

/** A card to draw, numbered by the pool (src/lib/og/render-pool.ts). */
export interface RenderJob {
	id: number;
	card: Card;
}

/** The drawn card as PNG bytes, or why it could not be drawn. */
export type RenderAnswer = { id: number; png: Uint8Array } | { id: number; error: string };

const send = process.send?.bind(process);
if (!send) throw new Error('render-worker.ts runs as a child process of src/lib/og/render-pool.ts');

// One card at a time, in the order they arrive: the pool sends them in the order the build writes them.
let queue = Promise.resolve();
process.on('message', (job: RenderJob) => {
	queue = queue.then(async () => {
		const answer: RenderAnswer = await cardPng(job.card).then(
			(png) => ({ id: job.id, png }),
			(error: unknown) => ({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
		);
		send(answer);
	});
});
// A build that stops early takes its workers with it.
process.on('disconnect', () => process.exit(0));
