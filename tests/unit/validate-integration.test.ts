import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import validateContent from '../../src/integrations/validate-content';

const ROOT = resolve(import.meta.dirname, '../..');
type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Calls the integration's hook as Astro would, for a project in `root`. */
async function setup(root: string, command: 'build' | 'dev') {
	const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
	const hook = validateContent().hooks['astro:config:setup'] as Setup;
	const options = { config: { root: pathToFileURL(`${root}/`) }, command, logger } as unknown as Parameters<Setup>[0];
	const outcome = await Promise.resolve(hook(options)).then(
		() => undefined,
		(error: Error) => error,
	);
	return { outcome, logger };
}

describe('the content validation integration', () => {
	let root: string;

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'atlas-integration-'));
		await mkdir(join(root, 'src/content/cities'), { recursive: true });
		await copyFile(join(ROOT, 'tests/fixtures/invalid/bad-state.mdx'), join(root, 'src/content/cities/musterstadt.mdx'));
	});

	afterAll(async () => {
		await rm(root, { recursive: true, force: true });
	});

	it('stops a build after one line per error that starts with file:line:col', async () => {
		const { outcome, logger } = await setup(root, 'build');
		expect(outcome).toBeInstanceOf(Error);
		expect(logger.error).toHaveBeenCalledWith(
			expect.stringMatching(/^src\/content\/cities\/musterstadt\.mdx:3:1 {2}state {2}„Preußen“ ist kein Bundesland \(erlaubt: Baden-Württemberg/),
		);
		expect(outcome?.message).toMatch(/^Ungültige Inhalte – 1 Profil geprüft: 1 Fehler in 1 Datei/);
	});

	it('only reports in the dev server instead of stopping it', async () => {
		const { outcome, logger } = await setup(root, 'dev');
		expect(outcome).toBeUndefined();
		expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('musterstadt.mdx:3:1  state  „Preußen“ ist kein Bundesland'));
	});

	it('lets valid content through and shows its warnings', async () => {
		const valid = await mkdtemp(join(tmpdir(), 'atlas-integration-valid-'));
		await mkdir(join(valid, 'src/content/cities'), { recursive: true });
		await copyFile(join(ROOT, 'tests/fixtures/invalid/warnings/wrong-land.mdx'), join(valid, 'src/content/cities/wrong-land.mdx'));
		const { outcome, logger } = await setup(valid, 'build');
		await rm(valid, { recursive: true, force: true });
		expect(outcome).toBeUndefined();
		expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('wrong-land.mdx:4:'));
		expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^1 Profil geprüft: keine Fehler/));
	});
});
