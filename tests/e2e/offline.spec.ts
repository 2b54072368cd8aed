import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCalendar } from '../ics.ts';
import { expect, test } from './fixtures.ts';
import { axeFailures } from './page-checks.ts';
import { recordCspViolations } from './served-site.ts';

// The main site (dist/), served at 127.0.0.1: a secure context for Chromium, so the service worker runs.
const roadmap = '/roadmaps/full-time/';

// Chromium 150's emulated offline (context.setOffline) leaves navigator.onLine true, so search still asks for title
// search's list, which is not saved; the browser logs the failed request, and search goes on with the saved full
// text, whose results the tests check.
test.use({ expectedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/] });

async function workerReady(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}

test('a saved roadmap reads and searches offline, opened pages stay readable, anything else gets the offline page', async ({ page, context }) => {
	test.setTimeout(120_000);
	await page.goto(`${roadmap}databases/`);
	await workerReady(page);
	// Opened once the worker runs: kept without saving anything.
	await page.goto('/roadmaps/two-paths/');
	await expect(page.locator('h1')).toHaveText('Two Paths: Common Path and Career Path');

	await page.goto(roadmap);
	const offline = page.locator('[data-offline]');
	await offline.getByRole('button', { name: 'Save for offline' }).click();
	await expect(offline.locator('[data-offline-status]')).toHaveText(/^Saved for offline: 11 pages and search \(\d+ kB\)\.$/, { timeout: 90_000 });
	await expect(offline.getByRole('button', { name: 'Remove offline copy' })).toBeVisible();

	await context.setOffline(true);
	// A phase never opened, and the printable version: both saved.
	await page.goto(`${roadmap}testing/`);
	await expect(page.locator('h1')).toHaveText('Testing & Reliability');
	await page.goto(`${roadmap}print/`);
	await expect(page.locator('h1')).toHaveText('Full-Time Backend Roadmap');
	// The pace planner's query string does not stop the saved overview from loading.
	await page.goto(`${roadmap}?pace=10`);
	await expect(offline.locator('[data-offline-status]')).toHaveText(/^Saved for offline/);

	// Search: Pagefind's script, WebAssembly and index come from the caches, with the saved roadmap's result fragments
	// (only those are saved), so results elsewhere are left out and the count says so.
	await page.keyboard.press('/');
	await page.getByRole('searchbox').fill('redis');
	await expect(page.locator('[data-search-results] a').first()).toBeVisible();
	await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results for “redis”; offline, only saved roadmaps are shown$/);
	const hrefs = await page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(href).toMatch(/^\/roadmaps\/full-time\//);

	await page.goto('/roadmaps/two-paths/');
	await expect(page.locator('h1')).toHaveText('Two Paths: Common Path and Career Path');

	// Never opened, never saved: the offline page, which points to what is saved.
	await page.goto('/roadmaps/nine-steps/testing/');
	await expect(page.locator('h1')).toHaveText('You are offline');
	await expect(page.getByRole('region', { name: 'Saved on this device' }).getByRole('link')).toHaveText(['Full-Time Backend Roadmap']);

	await context.setOffline(false);
	await page.goto(roadmap);
	await offline.getByRole('button', { name: 'Remove offline copy' }).click();
	await expect(offline.locator('[data-offline-status]')).toHaveText('Removed the offline copy of this roadmap.');
	await context.setOffline(true);
	await page.goto(`${roadmap}deployment/`);
	await expect(page.locator('h1')).toHaveText('You are offline');
});

test('a new build replaces saved pages: an outdated saved copy is saved again on the next online visit', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto(roadmap);
	await workerReady(page);
	await page.locator('[data-offline]').getByRole('button', { name: 'Save for offline' }).click();
	await expect(page.locator('[data-offline-status]')).toHaveText(/^Saved for offline/, { timeout: 90_000 });
	// What a new build does to a saved page, and to the offline list's version.
	await page.evaluate(async () => {
		const cache = await caches.open('waymark-pages');
		await cache.put('/roadmaps/full-time/testing/', new Response('<h1>Old build</h1>', { headers: { 'Content-Type': 'text/html' } }));
		const saved = JSON.parse(localStorage.getItem('waymark:offline')!);
		saved['full-time'].version = 'an-older-build';
		localStorage.setItem('waymark:offline', JSON.stringify(saved));
	});
	await page.reload();
	await expect(page.locator('[data-offline-status]')).toHaveText(/^Saved for offline/, { timeout: 90_000 });
	// The network-first route refreshes a cached page with the network's copy (at once, unless the server is slow).
	await expect
		.poll(() => page.evaluate(async () => (await (await caches.match('/roadmaps/full-time/testing/'))!.text()).includes('Testing &amp; Reliability')), { timeout: 30_000 })
		.toBe(true);
	const version = await page.evaluate(() => JSON.parse(localStorage.getItem('waymark:offline')!)['full-time'].version);
	expect(version).not.toBe('an-older-build');
});

test('the web app manifest and icons are served, with the start URL at the site\'s base', async ({ page, request }) => {
	await page.goto('/');
	const home = await page.getByRole('link', { name: 'Waymark', exact: true }).getAttribute('href');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await request.get(href!)).json();
	expect(manifest).toMatchObject({ name: 'Waymark', start_url: home, scope: home, display: 'standalone' });
	for (const icon of manifest.icons as Array<{ src: string; sizes: string }>) {
		const response = await request.get(icon.src);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		// Width and height from the PNG header match the size the manifest claims.
		expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
	}
	expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toContain('maskable');
});

test('the offline controls before and after saving, the calendar\'s status and the offline page pass axe (WCAG 2.2 AA)', async ({ page }) => {
	test.setTimeout(120_000);
	const failures: string[] = [];
	// Colour schemes switch without a reload, so each state is checked in both.
	const analyze = async (state: string) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			failures.push(...(await axeFailures(page, `${state}, ${colorScheme}`)));
		}
	};
	await page.goto(`${roadmap}?pace=10&start=2027-01-04`);
	await workerReady(page);
	await expect(page.getByRole('button', { name: 'Save for offline' })).toBeVisible();
	await analyze('before saving');
	await page.getByRole('button', { name: 'Save for offline' }).click();
	await expect(page.locator('[data-offline-status]')).toHaveText(/^Saved for offline/, { timeout: 90_000 });
	await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()]);
	await expect(page.locator('[data-calendar-status]')).toHaveText(/^Downloaded/);
	await analyze('saved, plan downloaded');
	await page.goto('/offline/');
	await analyze('offline page');
	expect(failures).toEqual([]);
});

// The fixture site built under /sub/ (npm run build:base) and served there with the headers of public/_headers.
test.describe('under a base path and the site\'s Content-Security-Policy', () => {
	test.use({ baseURL: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 4}/sub/` });

	test('saving, reading and searching offline, and the calendar\'s links, stay under the base', async ({ page, context }) => {
		test.setTimeout(120_000);
		const violations = await recordCspViolations(page);
		await page.goto('roadmaps/sample/');
		await workerReady(page);
		expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toMatch(/\/sub\/$/);
		await page.locator('[data-offline]').getByRole('button', { name: 'Save for offline' }).click();
		await expect(page.locator('[data-offline-status]')).toHaveText(/^Saved for offline: 4 pages and search/, { timeout: 90_000 });

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()]);
		const { events } = parseCalendar(await readFile((await download.path())!, 'utf8'));
		expect(events.map((e) => e.url)).toEqual(['http://127.0.0.1:4321/sub/roadmaps/sample/tables/']);

		await context.setOffline(true);
		await page.goto('roadmaps/sample/no-duration/');
		await expect(page.locator('h1')).toHaveText('A phase without a duration');
		await page.keyboard.press('/');
		await page.getByRole('searchbox').fill('validation');
		await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /^\/sub\/roadmaps\/sample\/tables\//);
		await page.goto('roadmaps/course-catalogue/');
		await expect(page.locator('h1')).toHaveText('You are offline');
		expect(violations).toEqual([]);
	});
});
