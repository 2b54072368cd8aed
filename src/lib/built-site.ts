import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { urlSafety } from './checks/url-safety.ts';

export interface BuiltPage {
	/** URL path the page is served at, e.g. "/roadmaps/full-time/" or "/404.html". */
	url: string;
	file: string;
	ids: Set<string>;
	links: string[];
	/** Where a redirect page (meta refresh) leads, if it is one. */
	redirectTo: string | null;
}

/** "roadmaps/x/index.html" → "/roadmaps/x/"; other files keep their name. */
export function urlOfFile(file: string): string {
	const path = `/${file.split('\\').join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The IDs a page defines, the links it makes and where it redirects, read in one streaming pass (no DOM). */
export function scanPage(html: string): Pick<BuiltPage, 'ids' | 'links' | 'redirectTo'> {
	const ids = new Set<string>();
	const links: string[] = [];
	let redirectTo: string | null = null;
	// A streaming tokenizer instead of a DOM: the build scans every page of the site, thousands at a time.
	const parser = new Parser({
		onopentag(name, attributes) {
			if (attributes['id'] !== undefined) ids.add(attributes['id']);
			if (name === 'a' && attributes['href'] !== undefined) links.push(attributes['href']);
			if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') redirectTo = attributes['content']?.split('url=')[1] ?? null;
		},
	});
	parser.end(html);
	return { ids, links, redirectTo };
}

/** Reads every HTML page of a built site with the IDs it defines and the links it makes. */
export function readBuiltSite(dir: string): BuiltPage[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => ({ url: urlOfFile(file), file, ...scanPage(readFileSync(join(dir, file), 'utf8')) }));
}

export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

/** Percent-decoded, or as written when its escapes are malformed (`/100%`): then no page or ID matches it. */
function decoded(part: string): string {
	try {
		return decodeURIComponent(part);
	} catch {
		return part;
	}
}

/**
 * Internal links (and their #anchors) that lead nowhere in the built site, links that are not URLs at all
 * (`http://[`, `https://exa mple.com`) and links that would run code. Other external links are not checked.
 */
export function brokenLinks(pages: BuiltPage[]): BrokenLink[] {
	const byUrl = new Map(pages.map((p) => [p.url, p]));
	const origin = 'http://waymark.invalid';
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of page.links) {
			const target = URL.parse(href, origin + page.url);
			if (!target) {
				broken.push({ page: page.url, href, reason: 'not a valid URL' });
				continue;
			}
			if (urlSafety(href) === 'unsafe') {
				broken.push({ page: page.url, href, reason: `unsafe ${target.protocol} URL: it would run code or carry a whole document` });
				continue;
			}
			if (target.origin !== origin) continue;
			const path = decoded(target.pathname);
			const found = byUrl.get(path) ?? byUrl.get(`${path}/`) ?? byUrl.get(`${path}index.html`);
			const anchor = decoded(target.hash.slice(1));
			if (!found) broken.push({ page: page.url, href, reason: 'no such page' });
			else if (anchor && !found.ids.has(anchor)) broken.push({ page: page.url, href, reason: `no element with id "${anchor}" on ${found.url}` });
		}
	}
	return broken;
}
