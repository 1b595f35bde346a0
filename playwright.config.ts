import { createServer } from 'node:net';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.ts';

/** A port no other program listens on now: the machine may run other preview servers (4321 is Astro's default). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

// Chosen once by the runner; its workers inherit the environment, so they all talk to the same server.
process.env['ATLAS_TEST_PORT'] ??= String(process.env['PORT'] ?? (await freePort()));
const PORT = Number(process.env['ATLAS_TEST_PORT']);

/** Real-browser tests in Debian's Chromium against the built site (`npm run build` runs first). */
export default defineConfig({
	testDir: 'tests',
	testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts', 'screenshots/**/*.spec.ts'],
	fullyParallel: true,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS,
		},
	},
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
		url: `http://127.0.0.1:${PORT}/`,
		// Never test a server that something else started: on a shared machine it may serve another site.
		reuseExistingServer: false,
	},
});
