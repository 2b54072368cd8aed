// Bytes a reader's browser downloads to see the first search result, measured in Chromium against a built site.
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from '@playwright/test';

/** What a file fetched for search is: the site's search script, title or word search's file, or Pagefind's engine (JS, worker, WASM, entry, metadata; the same for any site), index, filters or fragments. */
export type SearchPart = 'script' | 'titles' | 'words' | 'engine' | 'index' | 'filter' | 'fragment' | 'other';
const PARTS: SearchPart[] = ['script', 'titles', 'words', 'engine', 'index', 'filter', 'fragment', 'other'];

/** Gzipped bytes and requests of some search traffic, in all and by part. */
export interface SearchTraffic {
	bytes: number;
	requests: number;
	parts: Record<SearchPart, { bytes: number; requests: number }>;
}

export interface SearchCost {
	/** Gzipped bytes of the page itself and everything it loads before search is opened. */
	pageBytes: number;
	/** What was fetched before the first result showed: the requests started from opening search until then. */
	firstResult: SearchTraffic;
	/** What was fetched until Pagefind's full-text results showed (the first result's traffic included). */
	fullText: SearchTraffic;
}

// The test server sends files as they are; a real host gzips text. Pagefind's own index files are gzipped on disk already.
const precompressed = /\.pf_\w+$|\.pagefind$/;

export function searchPart(path: string): SearchPart {
	if (/\/_astro\/[^/]+\.js$/.test(path)) return 'script';
	if (/\/search\/titles(\.json$|\/)/.test(path)) return 'titles';
	if (/\/search\/words(\.json$|\/)/.test(path)) return 'words';
	if (path.endsWith('.pf_index')) return 'index';
	if (path.endsWith('.pf_filter')) return 'filter';
	if (path.endsWith('.pf_fragment')) return 'fragment';
	return /\/pagefind\/(pagefind(-worker)?\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/.test(path) ? 'engine' : 'other';
}

interface Fetched {
	path: string;
	bytes: number;
	/** When the browser started the request, in milliseconds since the epoch. */
	startedAt: number;
}

async function wireBytes(request: Request): Promise<Fetched> {
	const path = new URL(request.url()).pathname;
	const startedAt = request.timing().startTime;
	try {
		const body = await (await request.response())?.body();
		return { path, startedAt, bytes: !body ? 0 : precompressed.test(path) ? body.length : gzipSync(body).length };
	} catch {
		// Redirects have no body, and a request finishing after the measurement finds the browser closed: neither counts.
		return { path, startedAt, bytes: 0 };
	}
}

function traffic(files: Fetched[]): SearchTraffic {
	const parts = Object.fromEntries(PARTS.map((part) => [part, { bytes: 0, requests: 0 }])) as SearchTraffic['parts'];
	for (const file of files) {
		const part = parts[searchPart(file.path)];
		part.bytes += file.bytes;
		part.requests += 1;
	}
	return { bytes: files.reduce((total, file) => total + file.bytes, 0), requests: files.length, parts };
}

export async function searchCost(siteDir: string, path: string, query: string, port = 4390): Promise<SearchCost> {
	const server = spawn(process.execPath, ['tests/e2e/serve-static.ts', siteDir, String(port)], { stdio: 'ignore' });
	await new Promise((resolve) => setTimeout(resolve, 500));
	// A server that could not listen (another one holds the port) must not let that one's site be measured.
	if (server.exitCode !== null) throw new Error(`The static server for ${siteDir} exited (code ${server.exitCode}): is port ${port} in use?`);
	const browser = await chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	try {
		// Context-level events also see the requests of Pagefind's web worker. The service worker is left out: its
		// precaching is not search, and requests it answers would be counted twice.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const fetched: Promise<Fetched>[] = [];
		context.on('requestfinished', (request) => fetched.push(wireBytes(request)));
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
		const pageRequests = fetched.length;
		// Timed in the page, when the result is inserted: the requests started after it did not delay it.
		await page.evaluate(() => {
			const results = document.querySelector('[data-search-results]')!;
			const observer = new MutationObserver(() => {
				if (!results.querySelector('a')) return;
				results.setAttribute('data-first-shown-at', String(performance.timeOrigin + performance.now()));
				observer.disconnect();
			});
			observer.observe(results, { childList: true, subtree: true });
		});
		await page.keyboard.press('/');
		await page.getByRole('searchbox').fill(query);
		const firstResultAt = Number(await page.locator('[data-first-shown-at]').getAttribute('data-first-shown-at', { timeout: 60_000 }));
		await page.locator('dialog[data-search-showing="full-text"]').waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		const all = await Promise.all(fetched);
		const [before, search] = [all.slice(0, pageRequests), all.slice(pageRequests)];
		return {
			pageBytes: traffic(before).bytes,
			firstResult: traffic(search.filter((file) => file.startedAt <= firstResultAt)),
			fullText: traffic(search),
		};
	} finally {
		await browser.close();
		server.kill();
	}
}

/** One line for the benchmark's report: the total, then title and word search's and Pagefind's parts. */
export function describeSearchTraffic(traffic: SearchTraffic): string {
	const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
	const labels: Record<SearchPart, string> = { script: 'search script', titles: 'title search', words: 'word search', engine: "Pagefind's JS, worker and WASM", index: 'index chunks', filter: 'filters', fragment: 'result fragments', other: 'other' };
	const parts = PARTS.filter((part) => traffic.parts[part].requests > 0).map((part) => `${labels[part]} ${kB(traffic.parts[part].bytes)} (${traffic.parts[part].requests})`);
	return `${kB(traffic.bytes)} in ${traffic.requests} requests (${parts.join(', ')})`;
}

/** The report's sentence for one search: its first result, then its full-text results. */
export const describeSearchCost = (query: string, cost: SearchCost) =>
	`showing the first result for "${query}" fetches ${describeSearchTraffic(cost.firstResult)}, and its full-text results ${describeSearchTraffic(cost.fullText)} in all`;

// `node scripts/bench/search-bytes.ts <built site> <page path> <query>` measures one site without a benchmark run.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
	const [siteDir = 'dist', path = '/', query = 'redis'] = process.argv.slice(2);
	const cost = await searchCost(siteDir, path, query);
	console.log(`${siteDir}${path}: page ${(cost.pageBytes / 1024).toFixed(1)} kB; ${describeSearchCost(query, cost)}`);
}
