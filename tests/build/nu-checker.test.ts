import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles, DIST, ROOT } from './helpers';

/**
 * The W3C Nu HTML Checker (vnu.jar from the npm package vnu-jar, run by a Java runtime: Debian's
 * default-jre-headless, which .ci/run installs when `java` is missing). It finds errors html-validate
 * does not know. One JVM checks every built page at once.
 */
const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
/** Starting the JVM and checking about 90 pages takes seconds; a loaded machine may need far more. */
const CHECK_TIMEOUT = 180_000;

interface NuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	message: string;
}

const run = promisify(execFile);
const pages = (await builtFiles('.html')).filter((file) => !file.startsWith('pagefind/'));
let messages: NuMessage[] = [];

beforeAll(async () => {
	// vnu exits with 1 when it reports an error; the JSON report on stderr is what counts.
	const result = await run('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...pages.map((file) => join(DIST, file))], {
		maxBuffer: 64 * 1024 * 1024,
	}).catch((error: { stdout?: string; stderr?: string; code?: unknown }) => {
		if (typeof error.stderr !== 'string' || !error.stderr.trim().startsWith('{')) throw error;
		return { stdout: error.stdout ?? '', stderr: error.stderr };
	});
	messages = (JSON.parse(result.stderr) as { messages: NuMessage[] }).messages;
}, CHECK_TIMEOUT);

describe('built HTML passes the W3C Nu HTML Checker', () => {
	it('reports no error on any page', () => {
		const errors = messages
			.filter((message) => message.type === 'error' || message.subType === 'fatal')
			.map((message) => `${(message.url ?? '').replace(`file:${DIST}/`, '')}:${message.lastLine ?? '?'}: ${message.message}`);
		expect(errors).toEqual([]);
	});
});
