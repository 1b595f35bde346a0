/**
 * Debian's Chromium as the browser tests and the benchmark start it. The flags keep it from calling home:
 * the machines here have a closed network, and a test must see only requests to the site.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
