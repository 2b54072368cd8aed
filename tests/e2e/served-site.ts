// Helpers for specs that load a built site the way a host serves it: under a base path, with response headers.
import type { APIRequestContext, Page } from '@playwright/test';

/**
 * Every page the sitemap of the site served at `root` (e.g. http://127.0.0.1:4333/sub/) lists, as URLs on that
 * server: the sitemap names the public origin (SITE_URL), whose paths carry the base like the served ones.
 */
export async function sitemapUrls(request: APIRequestContext, root: string): Promise<string[]> {
	const onServer = (loc: string) => new URL(new URL(loc).pathname, root).href;
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => onServer(loc!));
	const urls: string[] = [];
	for (const sitemap of locs(await (await request.get(new URL('sitemap-index.xml', root).href)).text())) {
		urls.push(...locs(await (await request.get(sitemap)).text()));
	}
	return urls;
}

/**
 * Records, from now on, every Content-Security-Policy violation on the page, in its documents and its workers
 * (Pagefind searches in one): the `securitypolicyviolation` events and Chromium's "Refused to …" messages.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	const record = (text: string) => {
		if (/Content Security Policy|Refused to/i.test(text)) violations.push(`${page.url()}: ${text}`);
	};
	await page.exposeFunction('reportCspViolation', record);
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
				`Content Security Policy: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
			);
		});
	});
	page.on('console', (message) => record(message.text()));
	page.on('worker', (worker) => worker.on('console', (message) => record(message.text())));
	return violations;
}
