import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GenerateSWOptions } from 'workbox-build';
import workboxPackage from 'workbox-build/package.json' with { type: 'json' };
import type { BuiltPage } from '../lib/build/built-site.ts';
import { contentDigest, type FileMemo, fileMemo, memoFolder } from '../lib/build/file-memo.ts';
import { htmlScanner } from '../lib/html/scan.ts';
import { isOfflineSearchFile, isSearchFragment, OFFLINE_CACHES, type OfflineList, pageLoads } from '../lib/model/offline.ts';
import { fragmentPageUrl, type FragmentSummary } from '../lib/search/pagefind-fragment.ts';
import { normalizeBase, withBase, withoutBase } from '../lib/urls.ts';

// Any origin does: only whether a reference stays on the page's own site matters.
const SITE = 'https://site.invalid';

/** The same-site files among what a page loads (see pageLoads), as URL paths. */
export function sameSiteFiles(loads: ReadonlyArray<string | undefined>, pageUrl: string): string[] {
	const files = new Set<string>();
	for (const reference of loads) {
		if (!reference) continue;
		const url = new URL(reference, new URL(pageUrl, SITE));
		if (url.origin === SITE) files.add(url.pathname);
	}
	return [...files];
}

/** Same-site files a built page loads: images (src, srcset, posters), media, stylesheets and scripts, as URL paths. */
export function pageFiles(html: string, pageUrl: string): string[] {
	const loads: Array<string | undefined> = [];
	htmlScanner({ startTag: (name, attributes) => loads.push(...pageLoads(name, attributes)) }).end(html);
	return sameSiteFiles(loads, pageUrl);
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => statSync(join(dir, path)).isFile())
		.map((path) => path.split(sep).join('/'))
		.sort();
}

/** What an offline list needs of a built page: the files it loads (as written, or as site paths), its digest and size. */
export type ListedPage = Pick<BuiltPage, 'loads' | 'digest' | 'bytes'>;

/**
 * Completes each roadmap's offline list (`offline/<roadmap>.json`, whose pages the model wrote) with the files its
 * pages load, Pagefind's search files, their total size and a version that changes with any of their contents.
 * The build passes its pages by URL, as the link check read them (without them, pages are read), and what builds
 * read of Pagefind's fragments (see FragmentSummary).
 */
export function completeOfflineLists(outDir: string, base: string, builtPages?: ReadonlyMap<string, ListedPage>, fragments?: FileMemo<FragmentSummary>): OfflineList[] {
	const fileOf = (url: string) => {
		const path = withoutBase(decodeURIComponent(url), base);
		if (path === null) throw new Error(`Offline list: ${url} lies outside the site's base ${base}`);
		const file = join(outDir, path, path.endsWith('/') ? 'index.html' : '');
		if (!existsSync(file)) throw new Error(`Offline list: ${url} is listed but the build wrote no ${relative(outDir, file)}`);
		return file;
	};
	// Each file is read once, however many lists name it (every roadmap's pages load the site's styles and scripts).
	const read = new Map<string, ListedPage>();
	const readFile = (url: string) => {
		const file = fileOf(url);
		const content = readFileSync(file);
		const loads = file.endsWith('.html') ? pageFiles(content.toString('utf8'), url) : [];
		read.set(url, { loads, digest: contentDigest(content), bytes: content.length });
		return content;
	};
	const listed = (url: string): ListedPage => builtPages?.get(url) ?? read.get(url) ?? (readFile(url), read.get(url)!);
	const searchFiles = filesUnder(join(outDir, 'pagefind'))
		.filter(isOfflineSearchFile)
		.map((path) => withBase(`/pagefind/${path}`, base));
	const search = searchFiles.filter((url) => !isSearchFragment(url));
	// Every list includes the shared search files: they are hashed once, not once per roadmap.
	const searchHash = createHash('sha256');
	let searchBytes = 0;
	for (const url of search) {
		const { digest, bytes } = listed(url);
		searchHash.update(`${url}\n${digest}\n`);
		searchBytes += bytes;
	}
	const searchVersion = searchHash.digest('hex');
	// Keyed by decoded path: Pagefind and the model may encode a non-ASCII page URL differently.
	const fragmentsByPage = Map.groupBy(searchFiles.filter(isSearchFragment), (url) => decodeURI(withBase(fragmentPageUrl(readFile(url), fragments), base)));
	const listDir = join(outDir, 'offline');
	return readdirSync(listDir)
		.filter((name) => name.endsWith('.json'))
		.map((name) => {
			const { roadmap, title, pages } = JSON.parse(readFileSync(join(listDir, name), 'utf8')) as Pick<OfflineList, 'roadmap' | 'title' | 'pages'>;
			const files = [...new Set(pages.flatMap((page) => sameSiteFiles(listed(page).loads, page)))].filter((file) => !pages.includes(file));
			const fragments = pages.flatMap((page) => fragmentsByPage.get(decodeURI(page)) ?? []);
			const hash = createHash('sha256').update(searchVersion);
			let bytes = searchBytes;
			for (const url of [...pages, ...files, ...fragments]) {
				const file = listed(url);
				hash.update(`${url}\n${file.digest}\n`);
				bytes += file.bytes;
			}
			const list: OfflineList = { roadmap, title, pages, files, search, fragments, bytes, version: hash.digest('hex').slice(0, 16) };
			writeFileSync(join(listDir, name), JSON.stringify(list));
			return list;
		});
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The files the service worker precaches: scripts, styles, icons, manifest and the offline page. */
const APP_SHELL = {
	globPatterns: ['_astro/*.{js,css,woff2}', 'offline/index.html', 'manifest.webmanifest', 'icons/*.png', 'favicon.svg'],
	// Names under _astro/ carry their content hash already.
	dontCacheBustURLsMatching: /^_astro\//,
};

/**
 * Workbox's service worker for the built site: it precaches only the app shell (scripts, styles, icons, manifest and
 * the offline page) and caches at run time what the reader opens or saves. Pages go to the network first, so a new
 * build replaces them whenever the reader is online; hashed files never change, so they come from the cache.
 */
export function serviceWorkerOptions(outDir: string, base: string): GenerateSWOptions {
	// Pages, lists and search entry points are keyed without their query: ?pace=, ?highlight= and Pagefind's ?ts=
	// cache-buster change nothing in the file, and keying them would store one copy per query.
	const withoutQuery = {
		cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
			const url = new URL(request.url);
			url.search = '';
			return url.href;
		},
	};
	const pagefind = escapeRegExp(`${base}pagefind/`);
	return {
		globDirectory: outDir,
		swDest: join(outDir, 'sw.js'),
		...APP_SHELL,
		skipWaiting: true,
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
		runtimeCaching: [
			{
				urlPattern: new RegExp(escapeRegExp(`${base}_astro/`)),
				handler: 'CacheFirst',
				options: { cacheName: OFFLINE_CACHES.assets },
			},
			// Index chunks, fragments, filters and metadata are named by their content hash.
			{
				urlPattern: new RegExp(`${pagefind}.*\\.pf_\\w+(\\?|$)`),
				handler: 'CacheFirst',
				options: { cacheName: OFFLINE_CACHES.search },
			},
			// The entry names the chunks of the current build, so a stale entry would ask for chunks that are gone.
			{
				urlPattern: new RegExp(pagefind),
				handler: 'NetworkFirst',
				options: { cacheName: OFFLINE_CACHES.search, networkTimeoutSeconds: 5, plugins: [withoutQuery] },
			},
			{
				urlPattern: ({ request, url, sameOrigin }) => request.mode === 'navigate' || (sameOrigin && url.pathname.endsWith('/')),
				handler: 'NetworkFirst',
				options: {
					cacheName: OFFLINE_CACHES.pages,
					networkTimeoutSeconds: 5,
					plugins: [withoutQuery],
					precacheFallback: { fallbackURL: 'offline/index.html' },
				},
			},
			{
				urlPattern: ({ sameOrigin }) => sameOrigin,
				handler: 'NetworkFirst',
				options: { cacheName: OFFLINE_CACHES.pages, networkTimeoutSeconds: 5, plugins: [withoutQuery] },
			},
		],
	};
}

/** A service worker as Workbox wrote it, kept between builds. */
export interface StoredServiceWorker {
	script: string;
	count: number;
	size: number;
}

/**
 * Writes `sw.js` into `outDir`. Workbox bundles the worker with Rollup, Babel and Terser, which takes a second or
 * more, yet the worker changes only with the app shell's files and the options: a build whose shell is unchanged (any
 * edit of content alone) writes the worker stored by the build before.
 */
export async function writeServiceWorker(outDir: string, base: string, memo?: FileMemo<StoredServiceWorker>): Promise<StoredServiceWorker> {
	const options = serviceWorkerOptions(outDir, base);
	const generate = async (): Promise<StoredServiceWorker> => {
		const { generateSW } = await import('workbox-build');
		const { count, size, warnings } = await generateSW(options);
		if (warnings.length > 0) throw new Error(`Workbox could not write the service worker: ${warnings.join('; ')}`);
		return { script: readFileSync(options.swDest, 'utf8'), count, size };
	};
	if (!memo) return generate();
	// The shell's files by content (Workbox's own revisions) and the options but the build's folder, new every time.
	// Workbox loads here, not with the config, whose imports all load before a build starts: only its manifest reader
	// as a rule, since most builds reuse the worker the build before wrote; the rest (Rollup, Babel, Terser) when not.
	const { getManifest } = await import('workbox-build/build/get-manifest.js');
	const { manifestEntries } = await getManifest({ globDirectory: outDir, ...APP_SHELL });
	const { globDirectory: _folder, swDest: _file, ...settings } = options;
	const asText = (_key: string, value: unknown) => (typeof value === 'function' || value instanceof RegExp ? String(value) : value);
	const input = JSON.stringify({ workbox: workboxPackage.version, manifestEntries, settings }, asText);
	const worker = await memo.getAsync(input, generate);
	writeFileSync(options.swDest, worker.script);
	return worker;
}

/**
 * Offline reading, after the search index is built (list it after the Pagefind integration): writes the service
 * worker, `sw.js` at the site's base. scripts/build.ts then completes the roadmaps' offline lists
 * (completeOfflineLists) with what the link check read from every page.
 */
export default function offlineIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'waymark:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const memo = fileMemo<StoredServiceWorker>(memoFolder('service-worker'));
				const { count, size } = await writeServiceWorker(fileURLToPath(dir), base, memo);
				memo.save();
				logger.info(`Service worker precaches ${count} files (${(size / 1024).toFixed(0)} kB).`);
			},
		},
	};
}
