import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { frontmatterData, splitProfile } from './profile-file';

/**
 * The content loader of the `cities` collection: every `*.mdx` file of `base`, read by the project's own
 * profile reader (src/lib/profile-file.ts), so that the build, the validator, the tests and the tools see
 * the same data (YAML 1.2: `updated: 2026-11-22` is text, as in the JSON Schema). Rendering stays with the
 * MDX integration: entries are stored with `deferredRender`, like the glob loader does for MDX.
 */
export function profileLoader({ base }: { base: string }): Loader {
	return {
		name: 'atlas:profile-loader',
		load: async ({ config, store, parseData, generateDigest, watcher }: LoaderContext) => {
			const root = fileURLToPath(config.root);
			const dir = resolve(root, base);
			const isProfile = (path: string) => resolve(path, '..') === dir && path.endsWith('.mdx');

			async function sync(path: string): Promise<void> {
				const text = await readFile(path, 'utf8');
				const source = splitProfile(path, text);
				const { data, error } = frontmatterData(source);
				if (error !== undefined) throw new Error(`${relative(root, path)}: ${error}`);
				const digest = generateDigest(text);
				if (store.get(source.slug)?.digest === digest) return;
				const filePath = relative(root, path).split('\\').join('/');
				const parsed = await parseData({ id: source.slug, data: data as Record<string, unknown>, filePath: path });
				store.set({ id: source.slug, data: parsed, body: source.body, filePath, digest, deferredRender: true });
			}

			const files = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).map((name) => join(dir, name));
			const slugs = new Set(files.map((path) => splitProfile(path, '').slug));
			for (const id of store.keys()) if (!slugs.has(id)) store.delete(id);
			await Promise.all(files.map(sync));

			watcher?.on('all', (event, path) => {
				if (!isProfile(path)) return;
				if (event === 'unlink') store.delete(splitProfile(path, '').slug);
				else if (event === 'add' || event === 'change') void sync(path);
			});
		},
	};
}
