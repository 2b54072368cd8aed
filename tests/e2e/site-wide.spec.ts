import { expect, test } from './fixtures.ts';
import { axeFailuresInBothSchemes, sidewaysOverflow } from './page-checks.ts';
import { outsideRequests, sitemapPaths } from './whole-site.ts';

// The service worker plays no part in what axe checks, and caching every page it walks only slows the walk.
test.use({ serviceWorkers: 'block' });

// The walk is split in shards that run in parallel, so that one slow page does not put the whole sitemap over time.
const SHARDS = 4;

// Light mode runs every WCAG 2.2 AA rule; dark mode changes only colours, so it reruns the colour rules.
for (let shard = 0; shard < SHARDS; shard++) {
	test(`every page in the sitemap passes axe (WCAG 2.2 AA) in light and dark mode (part ${shard + 1} of ${SHARDS})`, async ({ page, request }) => {
		test.setTimeout(400_000);
		const all = await sitemapPaths(request);
		expect(all.length).toBeGreaterThan(100);
		const failures: string[] = [];
		for (const path of all.filter((_, k) => k % SHARDS === shard)) {
			await page.goto(path);
			failures.push(...(await axeFailuresInBothSchemes(page, path)));
		}
		expect(failures).toEqual([]);
	});
}

test('no page requests anything outside 127.0.0.1', async ({ page, request }) => {
	test.setTimeout(300_000);
	const outside = outsideRequests(page);
	for (const path of await sitemapPaths(request)) {
		await page.goto(path, { waitUntil: 'networkidle' });
	}
	// Opening search loads the index: it must come from this host too.
	await page.keyboard.press('/');
	await page.getByRole('searchbox').fill('redis');
	await expect(page.locator('[data-search-results] a').first()).toBeVisible();
	expect(outside).toEqual([]);
});

test('pages stay usable at 360 px wide', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/', '/roadmaps/full-time/', '/roadmaps/full-time/databases/', '/compare/', '/roles/']) {
		await page.goto(path);
		expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
	}
});

test('keyboard: skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/roadmaps/full-time/databases/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('each page has one h1', async ({ page, request }) => {
	for (const path of (await sitemapPaths(request)).slice(0, 40)) {
		await page.goto(path);
		await expect(page.locator('h1'), path).toHaveCount(1);
	}
});
