import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { cardPng, type Card } from './card';

/** A card to draw and the PNG file to write it to (src/lib/og/render-pool.ts). */
export interface RenderJob {
	file: string;
	card: Card;
}

/** The file written, or why it could not be. */
export type RenderAnswer = { file: string } | { file: string; error: string };

const send = process.send?.bind(process);
if (!send) throw new Error('render-worker.ts runs as a child process of src/lib/og/render-pool.ts');

async function draw({ file, card }: RenderJob): Promise<void> {
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, await cardPng(card));
}

// One card at a time, in the order they arrive.
let queue = Promise.resolve();
process.on('message', (job: RenderJob) => {
	queue = queue.then(async () => {
		const answer: RenderAnswer = await draw(job).then(
			() => ({ file: job.file }),
			(error: unknown) => ({ file: job.file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
		);
		send(answer);
	});
});
// A build that stops early takes its workers with it.
process.on('disconnect', () => process.exit(0));
