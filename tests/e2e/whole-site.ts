// Helpers for tests that walk a whole built site: the main site and the site built from imported plans.
import type { APIRequestContext, Page } from '@playwright/test';

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
