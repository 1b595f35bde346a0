import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 4321);

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
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		},
	},
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
	},
});
