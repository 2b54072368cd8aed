// Bytes a reader's browser downloads to see the first search result, measured in Chromium against a built site.
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from '@playwright/test';

export interface SearchCost {
	/** Gzipped bytes of the page itself and everything it loads before search is opened. */
	pageBytes: number;
	/** Gzipped bytes fetched from opening search to the first result on screen (Pagefind's JS, WASM, index, fragments). */
	searchBytes: number;
	searchRequests: number;
}

// The test server sends files as they are; a real host gzips text. Pagefind's own index files are gzipped on disk already.
const precompressed = /\.pf_\w+$|\.pagefind$/;

async function wireBytes(request: Request): Promise<number> {
	const response = await request.response();
	if (!response) return 0;
	const body = await response.body();
	return precompressed.test(new URL(request.url()).pathname) ? body.length : gzipSync(body).length;
}

export async function searchCost(siteDir: string, path: string, query: string, port = 4390): Promise<SearchCost> {
	const server = spawn(process.execPath, ['tests/e2e/serve-static.ts', siteDir, String(port)], { stdio: 'ignore' });
	await new Promise((resolve) => setTimeout(resolve, 500));
	const browser = await chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	try {
		// Context-level events also see the requests of Pagefind's web worker.
		const context = await browser.newContext();
		const sizes: Promise<number>[] = [];
		context.on('requestfinished', (request) => sizes.push(wireBytes(request)));
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
		const pageSizes = sizes.length;
		await page.keyboard.press('/');
		await page.getByRole('searchbox').fill(query);
		await page.locator('[data-search-results] a').first().waitFor();
		await page.waitForLoadState('networkidle');
		const all = await Promise.all(sizes);
		const sum = (list: number[]) => list.reduce((total, size) => total + size, 0);
		return { pageBytes: sum(all.slice(0, pageSizes)), searchBytes: sum(all.slice(pageSizes)), searchRequests: all.length - pageSizes };
	} finally {
		await browser.close();
		server.kill();
	}
}
