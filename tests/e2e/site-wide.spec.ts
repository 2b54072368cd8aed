import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeFailuresInBothSchemes, sidewaysOverflow } from './page-checks.ts';
import { recordCspViolations } from './served-site.ts';
import { outsideRequests, problemsOfWalk, shardOf, sitemapPaths } from './whole-site.ts';

// The built site as a host serves it, with the response headers of public/_headers, so that one walk of the sitemap
// checks each page's accessibility, its Content-Security-Policy and what it requests.
test.use({ baseURL: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 3}` });
// The service worker plays no part in what the walk checks, and caching every page it walks only slows it.
test.use({ serviceWorkers: 'block' });

const SHARDS = 4;

// Topic and role pages are one template each, filled from a few schema-checked fields, and they are two thirds of the
// sitemap. Axe checks each kind's largest and smallest page (its longest lists and its emptiest) and every other page;
// the walk's other checks read every page.
const DATA_PAGE = /^\/(?:topics|roles)\/[^/]+\/$/;

async function pathsForAxe(request: APIRequestContext, paths: readonly string[]): Promise<Set<string>> {
	const sized = new Map<string, Array<{ path: string; size: number }>>();
	for (const path of paths.filter((p) => DATA_PAGE.test(p))) {
		const kind = path.split('/')[1]!;
		sized.set(kind, [...(sized.get(kind) ?? []), { path, size: (await (await request.get(path)).body()).length }]);
	}
	const extremes = [...sized.values()].flatMap((pages) => {
		const bySize = pages.toSorted((a, b) => a.size - b.size);
		return [bySize[0]!.path, bySize.at(-1)!.path];
	});
	return new Set([...paths.filter((p) => !DATA_PAGE.test(p)), ...extremes]);
}

// Light mode runs every WCAG 2.2 AA rule; dark mode changes only colours, so it reruns the colour rules.
for (let shard = 0; shard < SHARDS; shard++) {
	test(`every page in the sitemap has one h1, passes axe (WCAG 2.2 AA) in light and dark mode (topic and role pages: each kind's largest and smallest), keeps to its Content-Security-Policy and requests nothing outside 127.0.0.1 (part ${shard + 1} of ${SHARDS})`, async ({ page, request }) => {
		test.setTimeout(400_000);
		const violations = await recordCspViolations(page);
		const outside = outsideRequests(page);
		const all = await sitemapPaths(request);
		expect(all.length).toBeGreaterThan(100);
		const axeChecks = await pathsForAxe(request, all);
		const problems = await problemsOfWalk(page, shardOf(all, shard, SHARDS), async (path, response) => [
			...(response?.headers()['content-security-policy']?.includes("script-src 'self'") ? [] : [`${path}: no Content-Security-Policy`]),
			...((await page.locator('h1').count()) === 1 ? [] : [`${path}: not one h1`]),
			...(axeChecks.has(path) ? await axeFailuresInBothSchemes(page, path) : []),
		]);
		expect(problems).toEqual([]);
		expect(violations).toEqual([]);
		expect(outside).toEqual([]);
	});
}

test('search loads its index from this host', async ({ page }) => {
	const outside = outsideRequests(page);
	await page.goto('/');
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
