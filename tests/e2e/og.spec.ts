import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Path of the page's og:image (the tag holds an absolute URL on the configured site, not this test server). */
async function ogImagePath(page: Page): Promise<string> {
	const content = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(content).toBeTruthy();
	return new URL(content!).pathname;
}

/** Fetches a PNG and reads its size from the IHDR chunk. */
async function fetchPng(request: APIRequestContext, path: string): Promise<{ width: number; height: number }> {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const png = await response.body();
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('a phase page previews with its own 1200×630 image', async ({ page, request }) => {
	await page.goto('/roadmaps/full-time/databases/');
	const path = await ogImagePath(page);
	expect(path).toBe('/og/roadmaps/full-time/databases.png');
	await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', /\/og\/roadmaps\/full-time\/databases\.png$/);
	expect(await fetchPng(request, path)).toEqual({ width: 1200, height: 630 });
});

test('a roadmap page and the home page preview with theirs', async ({ page, request }) => {
	await page.goto('/roadmaps/full-time/');
	expect(await ogImagePath(page)).toBe('/og/roadmaps/full-time.png');
	expect(await fetchPng(request, '/og/roadmaps/full-time.png')).toEqual({ width: 1200, height: 630 });

	await page.goto('/');
	expect(await ogImagePath(page)).toBe('/og/site.png');
	expect(await fetchPng(request, '/og/site.png')).toEqual({ width: 1200, height: 630 });
});
