import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cardPng, type Card } from './card';

/** A card to draw, numbered by the pool (src/lib/og/render-pool.ts), and the folder its PNG goes to. */
export interface RenderJob {
	id: number;
	card: Card;
	dir: string;
}

/** The drawn card's PNG file, or why it could not be drawn. */
export type RenderAnswer = { id: number; file: string } | { id: number; error: string };

const send = process.send?.bind(process);
if (!send) throw new Error('render-worker.ts runs as a child process of src/lib/og/render-pool.ts');

async function draw({ id, card, dir }: RenderJob): Promise<string> {
	const file = join(dir, `${id}.png`);
	await writeFile(file, await cardPng(card));
	return file;
}

// One card at a time, in the order they arrive: the pool sends them in the order the build writes them.
let queue = Promise.resolve();
process.on('message', (job: RenderJob) => {
	queue = queue.then(async () => {
		const answer: RenderAnswer = await draw(job).then(
			(file) => ({ id: job.id, file }),
			(error: unknown) => ({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
		);
		send(answer);
	});
});
// A build that stops early takes its workers with it.
process.on('disconnect', () => process.exit(0));
