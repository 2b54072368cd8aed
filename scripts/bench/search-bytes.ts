// Bytes a reader's browser downloads to see the first search result, measured in Chromium against a built site.
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from '@playwright/test';

/** What a file fetched for search is to Pagefind: its engine (JS, worker, WASM, entry, metadata) is the same for any site. */
export type SearchPart = 'engine' | 'index' | 'filter' | 'fragment' | 'other';

export interface SearchCost {
	/** Gzipped bytes of the page itself and everything it loads before search is opened. */
	pageBytes: number;
	/** Gzipped bytes fetched from opening search to the first result on screen (Pagefind's JS, WASM, index, fragments). */
	searchBytes: number;
	searchRequests: number;
	/** Gzipped bytes and requests of that search traffic, by part. */
	parts: Record<SearchPart, { bytes: number; requests: number }>;
}

// The test server sends files as they are; a real host gzips text. Pagefind's own index files are gzipped on disk already.
const precompressed = /\.pf_\w+$|\.pagefind$/;

export function searchPart(path: string): SearchPart {
	if (path.endsWith('.pf_index')) return 'index';
	if (path.endsWith('.pf_filter')) return 'filter';
	if (path.endsWith('.pf_fragment')) return 'fragment';
	return /\/pagefind\/(pagefind(-worker)?\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/.test(path) ? 'engine' : 'other';
}

async function wireBytes(request: Request): Promise<{ path: string; bytes: number }> {
	const path = new URL(request.url()).pathname;
	try {
		const body = await (await request.response())?.body();
		return { path, bytes: !body ? 0 : precompressed.test(path) ? body.length : gzipSync(body).length };
	} catch {
		// Redirects have no body, and a request finishing after the measurement finds the browser closed: neither counts.
		return { path, bytes: 0 };
	}
}

export async function searchCost(siteDir: string, path: string, query: string, port = 4390): Promise<SearchCost> {
	const server = spawn(process.execPath, ['tests/e2e/serve-static.ts', siteDir, String(port)], { stdio: 'ignore' });
	await new Promise((resolve) => setTimeout(resolve, 500));
	const browser = await chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	try {
		// Context-level events also see the requests of Pagefind's web worker. The service worker is left out: its
		// precaching is not search, and requests it answers would be counted twice.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const fetched: Promise<{ path: string; bytes: number }>[] = [];
		context.on('requestfinished', (request) => fetched.push(wireBytes(request)));
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
		const pageRequests = fetched.length;
		await page.keyboard.press('/');
		await page.getByRole('searchbox').fill(query);
		await page.locator('[data-search-results] a').first().waitFor();
		await page.waitForLoadState('networkidle');
		const all = await Promise.all(fetched);
		const [before, search] = [all.slice(0, pageRequests), all.slice(pageRequests)];
		const parts = Object.fromEntries((['engine', 'index', 'filter', 'fragment', 'other'] as const).map((part) => [part, { bytes: 0, requests: 0 }])) as SearchCost['parts'];
		for (const file of search) {
			const part = parts[searchPart(file.path)];
			part.bytes += file.bytes;
			part.requests += 1;
		}
		const sum = (list: { bytes: number }[]) => list.reduce((total, file) => total + file.bytes, 0);
		return { pageBytes: sum(before), searchBytes: sum(search), searchRequests: search.length, parts };
	} finally {
		await browser.close();
		server.kill();
	}
}

/** One line for the benchmark's report: the total, then Pagefind's engine and index apart from what the site chose to load. */
export function describeSearchCost(cost: SearchCost): string {
	const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
	const part = (name: SearchPart, label: string) => `${label} ${kB(cost.parts[name].bytes)} (${cost.parts[name].requests})`;
	return `${kB(cost.searchBytes)} in ${cost.searchRequests} requests: ${part('engine', "Pagefind's JS, worker and WASM")}, ${part('index', 'index chunks')}, ${part('filter', 'filters')}, ${part('fragment', 'result fragments')}, ${part('other', 'other')}`;
}

// `node scripts/bench/search-bytes.ts <built site> <page path> <query>` measures one site without a benchmark run.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
	const [siteDir = 'dist', path = '/', query = 'redis'] = process.argv.slice(2);
	const cost = await searchCost(siteDir, path, query);
	console.log(`${siteDir}${path}: page ${(cost.pageBytes / 1024).toFixed(1)} kB; search for "${query}" ${describeSearchCost(cost)}`);
}
