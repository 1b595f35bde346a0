import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Card } from './card';
import type { RenderAnswer, RenderJob } from './render-worker';

/**
 * The worker's source, run by tsx like the project's scripts. Found from the project root, the build's working
 * directory: the route that starts the pool is bundled into the build's output folder.
 */
const WORKER_FILE = join(process.cwd(), 'src/lib/og/render-worker.ts');

/** One core stays with the build's main thread, which renders the pages meanwhile. */
const workerCount = () => Math.max(1, Math.min(4, availableParallelism() - 1));

/**
 * Starts drawing all cards in worker processes and returns, per key, the promise of the card's PNG bytes.
 * The build calls this when it collects the share images' paths, before it renders any page, so the cards
 * are drawn while the main thread renders the other pages. Processes rather than threads: the drawing's
 * memory (a canvas and the encoder's buffers) stays out of the build's heap. A worker that fails rejects its
 * cards' promises with the reason, and the build stops at the first image it cannot write.
 */
export function renderInBackground(cards: ReadonlyMap<string, Card>): Map<string, Promise<Uint8Array>> {
	const entries = [...cards];
	const count = Math.min(workerCount(), entries.length);
	const results = new Map<string, Promise<Uint8Array>>();
	for (let index = 0; index < count; index++) {
		const jobs = entries.filter((_, position) => position % count === index);
		const waiting = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
		const worker = fork(WORKER_FILE, { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: 'inherit' });
		const fail = (error: Error) => {
			for (const { reject } of waiting.values()) reject(error);
			waiting.clear();
			worker.kill();
		};
		worker.on('message', (answer: RenderAnswer) => {
			const job = waiting.get(answer.id);
			waiting.delete(answer.id);
			if ('error' in answer) job?.reject(new Error(`Vorschaubild: ${answer.error}`));
			else job?.resolve(answer.png);
			if (waiting.size === 0) worker.kill();
		});
		worker.on('error', fail);
		worker.on('exit', (code, signal) => waiting.size > 0 && fail(new Error(`Vorschaubild: worker stopped (${signal ?? `exit code ${code}`})`)));
		jobs.forEach(([key, card], id) => {
			const png = new Promise<Uint8Array>((resolve, reject) => waiting.set(id, { resolve, reject }));
			// Marked as handled here; the page that awaits it still gets the rejection.
			png.catch(() => undefined);
			results.set(key, png);
			worker.send({ id, card } satisfies RenderJob);
		});
	}
	return results;
}
