// Helpers for tests that walk a whole built site: the main site and the site built from imported plans.
import type { APIRequestContext, Page, Response } from '@playwright/test';

/** Every page the sitemap of the site at the request context's base URL lists, as paths. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
	const index = await (await request.get('/sitemap-index.xml')).text();
	const paths: string[] = [];
	for (const sitemap of index.match(/<loc>[^<]+<\/loc>/g) ?? []) {
		const xml = await (await request.get(new URL(sitemap.slice(5, -6)).pathname)).text();
		for (const loc of xml.match(/<loc>[^<]+<\/loc>/g) ?? []) paths.push(new URL(loc.slice(5, -6)).pathname);
	}
	return paths;
}

/** Records, from now on, every request the page makes to a host other than 127.0.0.1, as "page → URL". */
export function outsideRequests(page: Page): string[] {
	const outside: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['127.0.0.1', ''].includes(url.hostname) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob')) outside.push(`${page.url()} → ${r.url()}`);
	});
	return outside;
}

/** One shard of a walk: the paths whose position leaves `shard` when divided by `shards`, so that shards run in parallel. */
export const shardOf = (paths: readonly string[], shard: number, shards: number) => paths.filter((_, k) => k % shards === shard);

/**
 * Loads each path once and gathers what `check` finds on it, so that one walk serves every whole-site check. Each page
 * is left only once its network is idle (by then, usually, since the checks take longer), so that listeners such as
 * `outsideRequests` see all it requests.
 */
export async function problemsOfWalk(page: Page, paths: readonly string[], check: (path: string, response: Response | null) => Promise<string[]>): Promise<string[]> {
	const problems: string[] = [];
	for (const path of paths) {
		const response = await page.goto(path);
		problems.push(...(await check(path, response)));
		await page.waitForLoadState('networkidle');
	}
	return problems;
}
