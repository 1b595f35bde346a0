import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIES_DIR, ROOT } from './helpers';

const run = promisify(execFile);

/** Builds a copy of the project with one broken profile and expects the build to refuse it. */
describe('a profile with an invalid field', () => {
	let dir: string;
	let output = '';
	let exitCode = 0;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'atlas-invalid-'));
		for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
			await cp(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (src) => !src.includes('/src/content/cities/') || src.endsWith('/cities') });
		}
		await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
		const good = await readFile(join(CITIES_DIR, 'emden.mdx'), 'utf8');
		await writeFile(join(dir, 'src/content/cities/emden.mdx'), good);
		await writeFile(join(dir, 'src/content/cities/kaputt.mdx'), good.replace(/^state: .*$/m, 'state: Preußen'));
		try {
			const result = await run(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0' } });
			output = result.stdout + result.stderr;
		} catch (error) {
			const failed = error as { code: number; stdout: string; stderr: string };
			exitCode = failed.code;
			output = failed.stdout + failed.stderr;
		}
	});

	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('stops the build', () => {
		expect(exitCode).not.toBe(0);
	});

	it('names the file and the field', () => {
		expect(output).toContain('kaputt');
		expect(output).toMatch(/state/);
		expect(output).toContain('unbekanntes Land');
	});

	it('writes no site', async () => {
		await expect(access(join(dir, 'dist/index.html'))).rejects.toThrow();
	});
});
