import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import type { DataStore } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { renderedBody } from '../../src/loaders/body-cache.ts';
import { mdxLoader } from '../../src/loaders/mdx-loader.ts';

type DataEntry = ReturnType<DataStore['values']>[number];

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project with phase files, and the loader's context as Astro gives it to a build (no watcher). */
function project(files: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'waymark-loader-'));
	dirs.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, 'content/roadmaps', path, '..'), { recursive: true });
		writeFileSync(join(root, 'content/roadmaps', path), text);
	}
	const entries = new Map<string, DataEntry>();
	const store = {
		get: (id: string) => entries.get(id),
		set: (entry: DataEntry) => (entries.set(entry.id, entry), true),
		keys: () => [...entries.keys()],
		values: () => [...entries.values()],
		entries: () => [...entries.entries()],
		delete: (id: string) => void entries.delete(id),
		has: (id: string) => entries.has(id),
		clear: () => entries.clear(),
		addModuleImport: () => {},
	} as unknown as DataStore;
	let renders = 0;
	const loader = mdxLoader({ base: 'content/roadmaps', entryId: (path) => (/^[^/]+\/(?!index\.mdx$)[^/]+\.mdx$/.test(path) ? path.replace(/\.mdx$/, '') : undefined) });
	const cacheDir = join(root, 'cache');
	const load = () =>
		loader.load({
			config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${process.cwd()}/src/`), cacheDir: pathToFileURL(`${cacheDir}/`), markdown: config.markdown } as unknown as AstroConfig,
			collection: 'phases',
			store,
			parseData: async ({ data }: { data: Record<string, unknown> }) => {
				renders += 1;
				return data;
			},
			generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
			logger: { info() {}, warn() {}, error() {} },
		} as never);
	return { root, entries, load, renders: () => renders, bodyFiles: () => readdirSync(join(cacheDir, 'waymark-bodies/phases')) };
}

describe('the MDX loader', () => {
	it('keeps rendered HTML out of the store, in a file the pages read, and drops the source body', async () => {
		const site = project({ 'r/one.mdx': '---\ntitle: One\n---\n\n## "Quoted" heading\n\nText.\n' });
		await site.load();
		const entry = site.entries.get('r/one')!;
		expect(entry.body).toBeUndefined();
		expect(entry.rendered?.html).toBe('');
		expect(renderedBody(entry)).toContain('<h2 id="quoted-heading">“Quoted” heading</h2>');
	});

	it('renders again only what changed or lost its file, and deletes the files of old bodies', async () => {
		const site = project({ 'r/one.mdx': '---\ntitle: One\n---\n\nOne.\n', 'r/two.mdx': '---\ntitle: Two\n---\n\nTwo.\n' });
		await site.load();
		expect(site.renders()).toBe(2);
		await site.load();
		expect(site.renders()).toBe(2);

		writeFileSync(join(site.root, 'content/roadmaps/r/one.mdx'), '---\ntitle: One\n---\n\nOne, edited.\n');
		await site.load();
		expect(site.renders()).toBe(3);
		expect(renderedBody(site.entries.get('r/one')!)).toContain('One, edited.');
		expect(site.bodyFiles()).toHaveLength(2);

		const two = site.entries.get('r/two')!.rendered!.metadata!['bodyFile'] as string;
		rmSync(two);
		await site.load();
		expect(site.renders()).toBe(4);
		expect(existsSync(two)).toBe(true);

		// A store copied from elsewhere (a moved project) names files that are not this cache's.
		site.entries.get('r/two')!.rendered!.metadata!['bodyFile'] = '/elsewhere/two.html';
		await site.load();
		expect(site.renders()).toBe(5);
		expect(renderedBody(site.entries.get('r/two')!)).toContain('Two.');
	});

	it('leaves a body that uses components to MDX, with its source', async () => {
		const site = project({ 'r/one.mdx': '---\ntitle: One\n---\n\n<Callout>Hi</Callout>\n' });
		await site.load();
		const entry = site.entries.get('r/one')!;
		expect(entry.deferredRender).toBe(true);
		expect(entry.body).toContain('<Callout>');
		expect(renderedBody(entry)).toBeUndefined();
	});
});
