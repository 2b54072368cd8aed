// The built site served with the response headers of public/_headers (as Netlify and Cloudflare Pages serve it):
// search, the theme and the reader tools work under its Content-Security-Policy (site-wide.spec.ts walks every page
// under it).
import { expect, test } from './fixtures.ts';
import { recordCspViolations } from './served-site.ts';

const root = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 3}/`;
test.use({ baseURL: root });

test('search works under the policy: Pagefind’s worker and WebAssembly load, and a result lands', async ({ page }) => {
	const violations = await recordCspViolations(page);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto('/roadmaps/full-time/');
	await page.keyboard.press('/');
	await page.getByRole('searchbox').fill('stateless');
	const dialog = page.getByRole('dialog', { name: 'Search roadmaps' });
	await expect(dialog.getByRole('status')).toHaveText(/1 result/);
	expect(workers).toEqual([`${root}pagefind/pagefind-worker.js`]);
	await dialog.locator('[data-search-results] a').first().click();
	await expect(page).toHaveURL(/\/roadmaps\/full-time\/system-design\/\?highlight=stateless/);
	// Pagefind's highlighter, loaded on arrival from a result, marks the word.
	await expect(page.locator('main mark').first()).toHaveText(/stateless/i);
	expect(violations).toEqual([]);
});

test('the inline theme script runs under the policy (its hash is allowed): a chosen theme applies before paint', async ({ page }) => {
	const violations = await recordCspViolations(page);
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('waymark:theme', 'dark'));
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(violations).toEqual([]);
});

test('pages carry the security headers, and content-hashed files are cached as immutable', async ({ page, request }) => {
	const response = await request.get('/roadmaps/full-time/');
	expect(response.headers()).toMatchObject({
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'permissions-policy': expect.stringContaining('camera=()'),
	});
	expect(response.headers()['cache-control']).toBeUndefined();
	await page.goto('/roadmaps/full-time/');
	const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
	expect(stylesheet).toMatch(/^\/_astro\//);
	expect((await request.get(stylesheet!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	// Astro is set never to inline scripts: every script but the hashed theme script is a file of the site.
	const inline = await page.locator('script:not([src])').count();
	expect(inline).toBe(1);
});
