import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
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
 * Draws cards into PNG files (by path) in worker processes, beside whatever the build's main thread does
 * meanwhile: the main thread neither draws, nor reads, nor writes an image. Processes rather than threads, so
 * that the drawing's memory (a canvas and the encoder's buffers) stays out of the build's heap. Resolves when
 * every file is written; rejects with the first failure (and stops the workers). Undefined when the worker's
 * source is not where the build runs (`astro build --root …` from elsewhere): the caller draws itself.
 */
export function drawInBackground(files: ReadonlyMap<string, Card>): Promise<void> | undefined {
	if (!existsSync(WORKER_FILE)) return undefined;
	const entries = [...files];
	const count = Math.min(workerCount(), entries.length);
	const workers = Array.from({ length: count }, (_, index) => {
		const jobs = entries.filter((_, id) => id % count === index);
		return new Promise<void>((resolve, reject) => {
			let left = jobs.length;
			const worker = fork(WORKER_FILE, { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: 'inherit' });
			const fail = (error: Error) => {
				worker.kill();
				reject(error);
			};
			worker.on('message', (answer: RenderAnswer) => {
				if ('error' in answer) fail(new Error(`Vorschaubild ${answer.file}: ${answer.error}`));
				else if (--left === 0) {
					worker.kill();
					resolve();
				}
			});
			worker.on('error', fail);
			worker.on('exit', (code, signal) => left > 0 && fail(new Error(`Vorschaubild: worker stopped (${signal ?? `exit code ${code}`})`)));
			for (const [file, card] of jobs) worker.send({ file, card } satisfies RenderJob);
		});
	});
	return Promise.all(workers).then(() => undefined);
}
