import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

export const CHROMIUM = CHROMIUM_PATH;

/** Debian's Chromium, headless, with the flags the project's Playwright config uses. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: CHROMIUM_ARGS,
	});
}
