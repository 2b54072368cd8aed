import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuntimeCaching } from 'workbox-build';
import { completeOfflineLists, pageFiles, serviceWorkerOptions, type StoredServiceWorker, writeServiceWorker } from '../../src/integrations/offline.ts';
import { fileMemo, type FileMemo } from '../../src/lib/build/file-memo.ts';
import { APP_ICONS, appIconPng, appIconSvg, faviconSvg } from '../../src/lib/preview/app-icons.ts';
import { scanPage } from '../../src/lib/build/built-site.ts';
import { isOfflineSearchFile, OFFLINE_CACHES, offlinePages } from '../../src/lib/model/offline.ts';
import { phaseUrl, roadmapUrl } from '../../src/lib/urls.ts';

describe('offline lists', () => {
	it('lists a roadmap\'s overview, every phase in the model\'s order and its printable version', () => {
		const roadmap = { id: 'r', url: roadmapUrl('r'), phases: [{ url: phaseUrl('r', 'first') }, { url: phaseUrl('r', 'second') }] };
		expect(offlinePages(roadmap)).toEqual(['/roadmaps/r/', '/roadmaps/r/first/', '/roadmaps/r/second/', '/roadmaps/r/print/']);
	});

	it('finds the same-site images, media, stylesheets and scripts a page loads', () => {
		const html = `<html><head>
			<link rel="stylesheet" href="/sub/_astro/site.css"><link rel="icon" href="/sub/favicon.svg"><link rel="canonical" href="https://example.org/">
			<script type="module" src="/sub/_astro/page.js"></script><script>inline()</script>
		</head><body>
			<img src="../images/diagram.webp" alt=""><img src="https://elsewhere.example/x.png" alt=""><img src="data:image/png;base64,AAAA" alt="">
			<picture><source srcset="/sub/_astro/a.avif 1x, /sub/_astro/a@2x.avif 2x"><img src="/sub/_astro/a.png" srcset="/sub/_astro/a-400.png 400w,/sub/_astro/a-800.png 800w" alt=""></picture>
			<video src="/sub/_astro/clip.mp4" poster="/sub/_astro/poster.jpg"></video>
			<a href="/sub/roadmaps/other/">a link is not a file the page loads</a>
		</body></html>`;
		expect(pageFiles(html, '/sub/roadmaps/r/first/').sort()).toEqual(
			[
				'/sub/_astro/site.css',
				'/sub/_astro/page.js',
				'/sub/roadmaps/r/images/diagram.webp',
				'/sub/_astro/a.avif',
				'/sub/_astro/a@2x.avif',
				'/sub/_astro/a.png',
				'/sub/_astro/a-400.png',
				'/sub/_astro/a-800.png',
				'/sub/_astro/clip.mp4',
				'/sub/_astro/poster.jpg',
			].sort(),
		);
	});

	it('keeps Pagefind\'s search files and leaves out its prebuilt UIs', () => {
		expect(['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'index/en_1.pf_index', 'fragment/en_2.pf_fragment'].every(isOfflineSearchFile)).toBe(true);
		expect(['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css'].some(isOfflineSearchFile)).toBe(false);
	});

	describe('completed after the build', () => {
		let dir: string;
		const write = (path: string, content: string) => {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), content);
		};
		beforeEach(() => {
			dir = mkdtempSync(join(tmpdir(), 'waymark-offline-'));
			write('offline/r.json', JSON.stringify({ roadmap: 'r', title: 'R', pages: ['/sub/roadmaps/r/', '/sub/roadmaps/r/first/'] }));
			write('roadmaps/r/index.html', '<link rel="stylesheet" href="/sub/_astro/site.css"><a href="/sub/roadmaps/r/first/">First</a>');
			write('roadmaps/r/first/index.html', '<link rel="stylesheet" href="/sub/_astro/site.css"><img src="/sub/_astro/diagram.webp" alt="">');
			write('_astro/site.css', 'body{}');
			write('_astro/diagram.webp', 'WEBP');
			write('pagefind/pagefind.js', 'js');
			write('pagefind/pagefind-ui.js', 'ui');
			write('pagefind/index/en_1.pf_index', 'index');
			// Result fragments as Pagefind writes them: gzipped JSON after its signature, naming the page without the base.
			mkdirSync(join(dir, 'pagefind/fragment'));
			writeFileSync(join(dir, 'pagefind/fragment/en_r.pf_fragment'), gzipSync(`pagefind_dcd${JSON.stringify({ url: '/roadmaps/r/first/', content: 'First phase.', word_count: 2, meta: { title: 'First' } })}`));
			writeFileSync(join(dir, 'pagefind/fragment/en_other.pf_fragment'), gzipSync(`pagefind_dcd${JSON.stringify({ url: '/roadmaps/other/', content: 'Other.', word_count: 1, meta: { title: 'Other' } })}`));
		});
		afterEach(() => rmSync(dir, { recursive: true, force: true }));

		it('adds the files the pages load, the search files, their size and a version that follows their contents', () => {
			const [list] = completeOfflineLists(dir, '/sub/');
			expect(list).toMatchObject({
				roadmap: 'r',
				pages: ['/sub/roadmaps/r/', '/sub/roadmaps/r/first/'],
				files: ['/sub/_astro/site.css', '/sub/_astro/diagram.webp'],
				search: ['/sub/pagefind/index/en_1.pf_index', '/sub/pagefind/pagefind.js'],
				// Only its own pages' result fragments, not the whole site's.
				fragments: ['/sub/pagefind/fragment/en_r.pf_fragment'],
			});
			const htmlBytes = '<link rel="stylesheet" href="/sub/_astro/site.css"><a href="/sub/roadmaps/r/first/">First</a>'.length + '<link rel="stylesheet" href="/sub/_astro/site.css"><img src="/sub/_astro/diagram.webp" alt="">'.length;
			const fragmentBytes = statSync(join(dir, 'pagefind/fragment/en_r.pf_fragment')).size;
			expect(list!.bytes).toBe(htmlBytes + 'body{}WEBPindexjs'.length + fragmentBytes);

			// A new build with a changed phase page: another version, so saved copies are refreshed.
			write('offline/r.json', JSON.stringify({ roadmap: 'r', title: 'R', pages: ['/sub/roadmaps/r/', '/sub/roadmaps/r/first/'] }));
			write('roadmaps/r/first/index.html', '<p>Rewritten</p>');
			const [rebuilt] = completeOfflineLists(dir, '/sub/');
			expect(rebuilt!.version).not.toBe(list!.version);
			expect(rebuilt!.files).toEqual(['/sub/_astro/site.css']);
		});

		it('takes each page\'s loads, digest and size from the build\'s own read of the pages when given, instead of reading them again', () => {
			const built = new Map([
				['/sub/roadmaps/r/', { loads: scanPage(readFileSync(join(dir, 'roadmaps/r/index.html'), 'utf8')).loads, digest: 'a', bytes: 10 }],
				['/sub/roadmaps/r/first/', { loads: ['../../../_astro/site.css'], digest: 'b', bytes: 20 }],
			]);
			expect(built.get('/sub/roadmaps/r/')!.loads).toEqual(['/sub/_astro/site.css']);
			rmSync(join(dir, 'roadmaps/r/first/index.html'));
			const [list] = completeOfflineLists(dir, '/sub/', built);
			expect(list!.files).toEqual(['/sub/_astro/site.css']);
			const fragmentBytes = statSync(join(dir, 'pagefind/fragment/en_r.pf_fragment')).size;
			expect(list!.bytes).toBe(10 + 20 + 'body{}indexjs'.length + fragmentBytes);
			built.set('/sub/roadmaps/r/first/', { ...built.get('/sub/roadmaps/r/first/')!, digest: 'c' });
			expect(completeOfflineLists(dir, '/sub/', built)[0]!.version).not.toBe(list!.version);
		});

		it('fails the build when a listed page or file was not built', () => {
			write('roadmaps/r/first/index.html', '<img src="/sub/_astro/missing.webp" alt="">');
			expect(() => completeOfflineLists(dir, '/sub/')).toThrow('Offline list: /sub/_astro/missing.webp is listed but the build wrote no _astro/missing.webp');
		});
	});
});

describe('service worker routes', () => {
	const { runtimeCaching = [], globPatterns } = serviceWorkerOptions('/tmp/site', '/sub/');
	/** The first route that takes a request, as Workbox's router picks it: its strategy, cache and fallback. */
	function route(path: string, mode: RequestMode = 'cors') {
		const url = new URL(path, 'https://example.org');
		const taken = runtimeCaching.find(({ urlPattern }: RuntimeCaching) => {
			if (urlPattern instanceof RegExp) return urlPattern.test(url.href);
			if (typeof urlPattern === 'function') return urlPattern({ url, request: { mode }, sameOrigin: true } as Parameters<typeof urlPattern>[0]);
			return false;
		});
		return taken && { handler: taken.handler, cache: taken.options?.cacheName, fallback: taken.options?.precacheFallback?.fallbackURL ?? null };
	}

	it('serves hashed files from the cache, pages and Pagefind\'s entry points from the network first', () => {
		expect(route('/sub/_astro/diagram.Ab12.webp')).toEqual({ handler: 'CacheFirst', cache: OFFLINE_CACHES.assets, fallback: null });
		expect(route('/sub/pagefind/index/en_1a2b.pf_index')).toEqual({ handler: 'CacheFirst', cache: OFFLINE_CACHES.search, fallback: null });
		expect(route('/sub/pagefind/pagefind.en_c2.pf_meta')).toEqual({ handler: 'CacheFirst', cache: OFFLINE_CACHES.search, fallback: null });
		expect(route('/sub/pagefind/pagefind-entry.json?ts=123')).toEqual({ handler: 'NetworkFirst', cache: OFFLINE_CACHES.search, fallback: null });
		expect(route('/sub/roadmaps/r/first/', 'navigate')).toEqual({ handler: 'NetworkFirst', cache: OFFLINE_CACHES.pages, fallback: 'offline/index.html' });
		// "Save for offline" asks for pages with ordinary requests: the same route caches them.
		expect(route('/sub/roadmaps/r/first/')).toEqual({ handler: 'NetworkFirst', cache: OFFLINE_CACHES.pages, fallback: 'offline/index.html' });
		expect(route('/sub/offline/r.json')).toEqual({ handler: 'NetworkFirst', cache: OFFLINE_CACHES.pages, fallback: null });
	});

	it('precaches the app shell only, never pages or the search index', () => {
		expect(globPatterns).toEqual(['_astro/*.{js,css,woff2}', 'offline/index.html', 'manifest.webmanifest', 'icons/*.png', 'favicon.svg']);
	});
});

describe('service worker', () => {
	it('is written again only when a file of the app shell changes, and the same as Workbox writes it', { timeout: 60_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-sw-'));
		const site = (name: string, offlinePage: string) => {
			const root = join(dir, name);
			mkdirSync(join(root, '_astro'), { recursive: true });
			mkdirSync(join(root, 'offline'));
			mkdirSync(join(root, 'icons'));
			writeFileSync(join(root, '_astro/site.Ab12.css'), 'body{}');
			writeFileSync(join(root, 'manifest.webmanifest'), '{}');
			writeFileSync(join(root, 'icons/icon-192.png'), 'PNG');
			writeFileSync(join(root, 'offline/index.html'), offlinePage);
			writeFileSync(join(root, 'favicon.svg'), '<svg/>');
			return root;
		};
		let generated = 0;
		const counting = (memo: FileMemo<StoredServiceWorker>): FileMemo<StoredServiceWorker> => ({
			...memo,
			getAsync: (input, compute) => memo.getAsync(input, () => (generated++, compute())),
		});
		const memoPath = join(dir, 'sw-memo');
		const build = async (name: string, offlinePage: string) => {
			const memo = fileMemo<StoredServiceWorker>(memoPath);
			const root = site(name, offlinePage);
			await writeServiceWorker(root, '/', counting(memo));
			memo.save();
			return readFileSync(join(root, 'sw.js'), 'utf8');
		};
		try {
			const first = await build('first', 'Offline');
			const unmemoized = site('plain', 'Offline');
			await writeServiceWorker(unmemoized, '/');
			expect(first).toBe(readFileSync(join(unmemoized, 'sw.js'), 'utf8'));
			// Another build folder with the same shell: the stored worker.
			expect(await build('second', 'Offline')).toBe(first);
			expect(generated).toBe(1);
			const changed = await build('third', 'You are offline');
			expect(generated).toBe(2);
			expect(changed).not.toBe(first);
			expect(changed).toContain('offline/index.html');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('app icons', () => {
	it('renders the favicon as PNGs of the sizes the manifest lists, the maskable one on a full-bleed background', () => {
		for (const icon of APP_ICONS) {
			const png = appIconPng(icon, faviconSvg());
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([icon.size, icon.size]);
		}
		const maskable = appIconSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect/></svg>', 'maskable');
		expect(maskable).toMatch(/^<svg [^>]*viewBox="0 0 100 100"><rect width="100" height="100" fill="#1d4ed8"\/><svg x="20" y="20" width="60" height="60" xmlns=/);
	});
});
