import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
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

/** The share images being drawn: `png(key)` waits for a card's image and takes it (once), or is undefined for no such card. */
export interface Drawing {
	png(key: string): Promise<Uint8Array> | undefined;
	/** The temporary folder the images wait in. */
	folder: string;
}

/**
 * Starts drawing all cards in worker processes. The build calls this when it collects the share images' paths,
 * before it renders any page, so the cards are drawn while the main thread renders the other pages. Processes
 * rather than threads: the drawing's memory (a canvas and the encoder's buffers) stays out of the build's heap, and
 * the finished images wait in a temporary folder, not in memory, until their pages are written (each file is
 * removed once taken, the folder with the last one or when the process ends). A worker that fails rejects its
 * cards with the reason, and the build stops at the first image it cannot write. Undefined when the worker's
 * source is not where the build runs.
 */
export function renderInBackground(cards: ReadonlyMap<string, Card>): Drawing | undefined {
	// Built from elsewhere than the project root (`astro build --root …`): the pages draw their cards themselves.
	if (!existsSync(WORKER_FILE)) return undefined;
	const dir = mkdtempSync(join(tmpdir(), 'atlas-vorschau-'));
	const removeDir = () => rmSync(dir, { recursive: true, force: true });
	process.once('exit', removeDir);
	const files = new Map<string, Promise<string>>();
	const entries = [...cards];
	const count = Math.min(workerCount(), entries.length);
	for (let index = 0; index < count; index++) {
		const waiting = new Map<number, { resolve: (file: string) => void; reject: (error: Error) => void }>();
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
			else job?.resolve(answer.file);
			if (waiting.size === 0) worker.kill();
		});
		worker.on('error', fail);
		worker.on('exit', (code, signal) => waiting.size > 0 && fail(new Error(`Vorschaubild: worker stopped (${signal ?? `exit code ${code}`})`)));
		// Every count-th card, numbered by its position: the numbers name the files in the shared folder.
		entries.forEach(([key, card], id) => {
			if (id % count !== index) return;
			const file = new Promise<string>((resolve, reject) => waiting.set(id, { resolve, reject }));
			// Marked as handled here; the page that takes the image still gets the rejection.
			file.catch(() => undefined);
			files.set(key, file);
			worker.send({ id, card, dir } satisfies RenderJob);
		});
	}
	let left = files.size;
	const take = async (file: string) => {
		const png = new Uint8Array(await readFile(file));
		await rm(file);
		if (--left === 0) removeDir();
		return png;
	};
	return {
		folder: dir,
		png(key) {
			const file = files.get(key);
			files.delete(key);
			return file?.then(take);
		},
	};
}
