import { defineConfig } from 'vitest/config';

/**
 * Two projects, run separately by `npm test` (package.json):
 * - `unit`: pure logic and the editor tools, no build (`npm run test:unit`);
 * - `build`: reads the one built site (`dist/`, see src/config/output.ts) that `npm test` builds before it, and builds the
 *   small fixture site of tests/build/fixture-site.test.ts (`npm run test:build`).
 * Every timeout is explicit: a hook that builds says how long it may take in its own file.
 *
 * The test files share their worker threads and modules (no isolation): none mocks modules or changes the process, and
 * loading the schemas, the validator and the gazetteer once per worker instead of once per file takes a third off
 * `npm test`'s Vitest time on a 2-core machine (unit 42 → 20 s, build 49 → 36 s).
 */
const shared = { pool: 'threads', isolate: false } as const;

export default defineConfig({
	test: {
		projects: [
			{ test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 30_000 } },
			{ test: { ...shared, name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
		],
	},
});
