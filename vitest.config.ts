import { defineConfig } from 'vitest/config';

/**
 * Two projects, run separately by `npm test` (package.json):
 * - `unit`: pure logic and the editor tools, no build (`npm run test:unit`);
 * - `build`: reads the one built site (`dist/`, see src/config/output.ts) that `npm test` builds before it, and builds the
 *   small fixture site of tests/build/fixture-site.test.ts (`npm run test:build`).
 * Every timeout is explicit: a hook that builds says how long it may take in its own file.
 */
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 30_000 } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
		],
	},
});
