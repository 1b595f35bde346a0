import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { profileLoader } from '../../src/lib/profile-loader';
import { parseFrontmatter, splitProfile } from '../../src/lib/profile-file';
import { citySchema } from '../../src/schemas/city';

const ROOT = resolve(import.meta.dirname, '../..');
const WARNINGS = 'tests/fixtures/invalid/warnings';

interface Stored {
	id: string;
	data: Record<string, unknown>;
	body?: string;
	filePath?: string;
	digest?: string | number;
	deferredRender?: boolean;
}

/** Runs the loader as Astro's content layer would, with a store in a Map and the collection's schema. */
async function load(base: string, root = ROOT): Promise<Map<string, Stored>> {
	const entries = new Map<string, Stored>();
	const context = {
		config: { root: pathToFileURL(`${root}/`) },
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: Stored) => (entries.set(entry.id, entry), true),
			keys: () => [...entries.keys()],
			delete: (id: string) => void entries.delete(id),
		},
		parseData: async ({ data }: { data: unknown }) => citySchema.parse(data),
		generateDigest: (text: string) => String(text.length),
	} as unknown as LoaderContext;
	await profileLoader({ base }).load(context);
	return entries;
}

describe('the content loader of the cities collection', () => {
	it('stores what the project’s profile reader reads, for MDX rendering on demand', async () => {
		const entries = await load(WARNINGS);
		expect([...entries.keys()].sort()).toEqual(['html-in-name', 'wrong-land']);
		const entry = entries.get('wrong-land')!;
		const source = splitProfile('wrong-land.mdx', await readFile(join(ROOT, WARNINGS, 'wrong-land.mdx'), 'utf8'));
		expect(entry.data).toEqual(citySchema.parse(parseFrontmatter(source).data));
		expect(typeof entry.data.updated).toBe('string');
		expect(entry).toMatchObject({ body: source.body, filePath: `${WARNINGS}/wrong-land.mdx`, deferredRender: true });
	});

	it('stops with the file name on a YAML syntax error', async () => {
		const root = await mkdtemp(join(tmpdir(), 'atlas-loader-'));
		await mkdir(join(root, 'cities'));
		await copyFile(join(ROOT, 'tests/fixtures/invalid/yaml-syntax.mdx'), join(root, 'cities/kaputt.mdx'));
		await expect(load('cities', root)).rejects.toThrow(/^cities\/kaputt\.mdx: /);
		await rm(root, { recursive: true, force: true });
	});
});
