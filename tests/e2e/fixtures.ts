import { test as base, expect, type Page } from '@playwright/test';

/** Every test records requests to other hosts and console errors; both must stay empty. */
export const test = base.extend<{ foreignRequests: string[]; consoleErrors: string[] }>({
	foreignRequests: async ({ page }, use) => {
		const foreign: string[] = [];
		page.on('request', (request) => {
			const { hostname, protocol } = new URL(request.url());
			if (protocol !== 'data:' && protocol !== 'blob:' && hostname !== '127.0.0.1' && hostname !== 'localhost') foreign.push(request.url());
		});
		await use(foreign);
	},
	consoleErrors: async ({ page }, use) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await use(errors);
	},
});

export { expect };

/** A reader's first input (the pointer moves): the full map starts Leaflet only then (src/components/map/city-map.ts). */
export async function firstInput(page: Page): Promise<void> {
	await page.mouse.move(4, 4);
	await page.mouse.move(8, 8);
}
