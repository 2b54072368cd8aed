import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { bodyCache } from './body-cache.ts';
import { createStaticMdxRenderer } from './static-mdx.ts';

export interface MdxLoaderOptions {
	/** The folder holding the files, absolute or relative to the project root. */
	base: string;
	/** The entry ID of a file, from its path under `base` (with `/` separators); undefined when the file is no entry. */
	entryId: (path: string) => string | undefined;
}

const toPosix = (path: string) => path.split(sep).join('/');
// How long a file's change events must pause before it is read (the dev server's content check waits as long).
const SETTLE_MS = 50;

/**
 * The renderer's own code, as text: cached HTML made by an older version of a plugin must not survive a change to
 * it. (Astro clears its cache when the config or Astro changes, but cannot see inside the plugins the config names.)
 */
function rendererSource(srcDir: string): string {
	return ['plugins', 'loaders']
		.map((folder) => join(srcDir, folder))
		.filter((dir) => existsSync(dir))
		.flatMap((dir) => readdirSync(dir).sort().map((name) => readFileSync(join(dir, name), 'utf8')))
		.join('\n');
}

/**
 * Loads MDX files like Astro's glob() loader, but stores a body that needs no component as ready HTML (see
 * static-mdx.ts), keyed by the file's digest: a build renders only new and changed bodies, and Vite never compiles
 * them. A body that does use MDX (JSX, an image stored beside it) is left to `@astrojs/mdx`, as glob() would.
 */
export function mdxLoader({ base, entryId }: MdxLoaderOptions): Loader {
	return {
		name: 'waymark:mdx',
		async load({ config, collection, store, parseData, generateDigest, watcher, logger }) {
			const root = fileURLToPath(config.root);
			// Beside the store they belong to: the dev server keeps its own in .astro/, builds theirs in the cache folder.
			const bodies = bodyCache(join(watcher ? join(root, '.astro') : fileURLToPath(config.cacheDir), 'waymark-bodies', collection));
			const baseDir = resolve(root, base);
			const renderer = createStaticMdxRenderer(config.markdown);
			const rendererVersion = generateDigest(rendererSource(fileURLToPath(config.srcDir)));
			const idOf = (path: string) => {
				const inBase = relative(baseDir, path);
				return inBase.startsWith('..') ? undefined : entryId(toPosix(inBase));
			};

			async function sync(path: string, id: string) {
				const contents = await readFile(path, 'utf8');
				const digest = generateDigest(`${rendererVersion}\n${contents}`);
				const filePath = toPosix(relative(root, path));
				const existing = store.get(id);
				// A stored body is reused while its file is where the store says (the project may have moved) and still there.
				const bodyFile = bodies.fileOf(digest);
				const stored = existing?.deferredRender || (existing?.rendered?.metadata?.['bodyFile'] === bodyFile && existsSync(bodyFile));
				if (existing?.digest === digest && stored) {
					if (existing.deferredRender) store.addModuleImport(filePath);
					return;
				}
				const { frontmatter, content } = parseFrontmatter(contents);
				const body = content.trim();
				const data = await parseData({ id, data: frontmatter, filePath: path });
				const rendered = await renderer.render(body, path);
				if (!rendered) {
					store.set({ id, data, body, filePath, digest, deferredRender: true });
					return;
				}
				// The store keeps where the HTML is (see body-cache.ts), and not the source body, which nothing reads.
				bodies.write(digest, rendered.html);
				store.set({ id, data, filePath, digest, rendered: { html: '', metadata: { ...rendered.metadata, bodyFile } } });
			}

			const entries = readdirSync(baseDir, { recursive: true, encoding: 'utf8' })
				.map((name) => join(baseDir, name))
				.flatMap((path) => {
					const id = idOf(path);
					return id === undefined ? [] : [{ path, id }];
				});
			// One at a time: rendering is CPU-bound, and reading thousands of files at once gains nothing.
			for (const { path, id } of entries) await sync(path, id);
			const current = new Set(entries.map((entry) => entry.id));
			for (const id of store.keys()) if (!current.has(id)) store.delete(id);
			bodies.keepOnly(new Set(store.values().map((entry) => String(entry.digest))));

			if (!watcher) return;
			watcher.add(baseDir);
			// A save can fire several events, the first while the file is still being written (truncated, then filled):
			// each file is read once its events have settled, never half-written.
			const settling = new Map<string, ReturnType<typeof setTimeout>>();
			const resync = async (path: string, id: string) => {
				settling.delete(path);
				try {
					await sync(path, id);
					logger.info(`Reloaded ${toPosix(relative(root, path))}`);
				} catch (error) {
					logger.error(`Failed to reload ${toPosix(relative(root, path))}: ${(error as Error).message}`);
				}
			};
			const onChange = (path: string) => {
				const id = idOf(path);
				if (id === undefined) return;
				clearTimeout(settling.get(path));
				settling.set(path, setTimeout(() => void resync(path, id), SETTLE_MS));
			};
			watcher.on('change', onChange);
			watcher.on('add', onChange);
			watcher.on('unlink', (path: string) => {
				const id = idOf(path);
				if (id !== undefined) store.delete(id);
			});
		},
	};
}
