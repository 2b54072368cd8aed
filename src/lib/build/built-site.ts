import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { type BodyHeading, bodyHeadingCollector } from '../anchors/published-anchors.ts';
import { urlSafety } from '../checks/url-safety.ts';
import { htmlScanner } from '../html/scan.ts';
import { pageLoads } from '../model/offline.ts';
import { contentDigest, type FileMemo } from './file-memo.ts';
import { withBase, withoutBase } from '../urls.ts';

export interface BuiltPage {
	/** URL path the page is served at, e.g. "/roadmaps/full-time/" or "/404.html". */
	url: string;
	file: string;
	ids: Set<string>;
	links: string[];
	/** Where a redirect page (meta refresh) leads, if it is one. */
	redirectTo: string | null;
	/** The headings of its roadmap or phase body, whose anchors are published. */
	headings: BodyHeading[];
	/** What it loads (stylesheets, scripts, images, media), as written: what saving it for offline reading must keep. */
	loads: string[];
	/** Its HTML's contentDigest and size in bytes, which its roadmap's offline list counts and versions. */
	digest: string;
	bytes: number;
}

/** "roadmaps/x/index.html" → "/roadmaps/x/"; other files keep their name. */
export function urlOfFile(file: string): string {
	const path = `/${file.split('\\').join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export type PageScan = Pick<BuiltPage, 'ids' | 'links' | 'redirectTo' | 'headings' | 'loads'>;

/** What the build checks on a page (IDs, links, redirect, body headings) and what it loads, read in one streaming pass. */
export function scanPage(html: string): PageScan {
	const ids = new Set<string>();
	const links: string[] = [];
	let redirectTo: string | null = null;
	const headings = bodyHeadingCollector();
	const loads: string[] = [];
	htmlScanner({
		startTag(name, attributes) {
			if (attributes['id'] !== undefined) ids.add(attributes['id']);
			if (name === 'a' && attributes['href'] !== undefined) links.push(attributes['href']);
			if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') redirectTo = attributes['content']?.split('url=')[1] ?? null;
			headings.startTag(name, attributes);
			for (const load of pageLoads(name, attributes)) if (load) loads.push(load);
		},
		text: headings.text,
		endTag: headings.endTag,
	}).end(html);
	return { ids, links, redirectTo, headings: headings.headings, loads };
}

/** A page scan as JSON keeps it. */
export type StoredPageScan = Omit<PageScan, 'ids'> & { ids: string[] };

/** Every file and folder of a built site, by its path in the folder ("roadmaps/x/index.html"), sorted. */
export function builtFiles(dir: string): string[] {
	// Walked by hand: a recursive readdirSync looks at each of the 24,000 entries of a 5,000-phase site again to tell
	// folders from files, which took three times as long as the folder listings alone.
	const paths: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
			const path = folder ? `${folder}/${entry.name}` : entry.name;
			paths.push(path);
			if (entry.isDirectory()) walk(path);
		}
	};
	walk('');
	return paths.sort();
}

/**
 * Reads every HTML page of a built site with the IDs it defines and the links it makes. With `scans` from the build
 * before, a page whose HTML is unchanged (most pages after an incremental build) is not scanned again.
 */
export function readBuiltSite(dir: string, scans?: FileMemo<StoredPageScan>, files = builtFiles(dir)): BuiltPage[] {
	// Pages are decoded only when scanned: most are unchanged, and decoding is half the reading.
	const scan = (content: Buffer, digest: string): PageScan => {
		if (!scans) return scanPage(content.toString('utf8'));
		const { ids, ...rest } = scans.get(digest, () => {
			const fresh = scanPage(content.toString('utf8'));
			return { ...fresh, ids: [...fresh.ids] };
		});
		return { ...rest, ids: new Set(ids) };
	};
	return files
		.filter((file) => file.endsWith('.html'))
		.map((file) => {
			const content = readFileSync(join(dir, file));
			const digest = contentDigest(content);
			return { url: urlOfFile(file), file, ...scan(content, digest), digest, bytes: content.length };
		});
}

/** Elements that stand on lines of their own in a page's text (headings, paragraphs, list items, cells…). */
const BLOCK_ELEMENTS = new Set(
	['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'details', 'dialog', 'dd', 'div', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form']
		.concat(['table', 'td', 'tr', 'address', 'article', 'aside', 'blockquote', 'br', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'ul']),
);

/** Text trimmed of its whitespace, keeping one space where spaces or tabs (not line breaks) separated it from its neighbours. */
function trimmedText(text: string): string {
	const first = text.search(/\S/);
	if (first === -1) return text;
	let last = text.length - 1;
	while (/\s/.test(text[last]!)) last--;
	const spaced = (index: number) => /[^\S\r\n]/.test(text[index] ?? '');
	return `${first > 0 && spaced(first - 1) ? ' ' : ''}${text.slice(first, last + 1)}${spaced(last + 1) ? ' ' : ''}`;
}

/**
 * The text of a page's <main> as a reader sees it: each block element on its own line, runs of whitespace as one space,
 * inline elements joined to their neighbours ("Post<strong>greSQL</strong>" is one word).
 */
export function mainText(html: string): string {
	let main: Element | undefined;
	visit(fromHtml(html) as Root, 'element', (element: Element) => {
		if (element.tagName !== 'main') return undefined;
		main = element;
		return false;
	});
	if (!main) return '';
	let block: string[] = [];
	const blocks = [block];
	let spaceBefore = false;
	const newBlock = () => {
		if (block.length === 0) return;
		blocks.push((block = []));
		spaceBefore = false;
	};
	const walk = (node: ElementContent) => {
		if (node.type === 'text') {
			if (/^\s*$/.test(node.value)) spaceBefore ||= block.length > 0;
			else {
				block.push(`${spaceBefore ? ' ' : ''}${trimmedText(node.value)}`);
				spaceBefore = false;
			}
		} else if (node.type === 'element') {
			const isBlock = BLOCK_ELEMENTS.has(node.tagName);
			if (isBlock) newBlock();
			node.children.forEach(walk);
			if (isBlock) newBlock();
		}
	};
	(main as Element).children.forEach(walk);
	return blocks
		.map((lines) => lines.join('').replace(/\s{2,}/g, ' ').trim())
		.join('\n')
		.replace(/\s+$/, '');
}

export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

/** The site paths of a built site's files (builtFiles) that are not pages ("/roadmaps/x/files/notes.pdf"), which links may lead to too. */
export function servedFiles(files: readonly string[]): Set<string> {
	return new Set(files.filter((file) => !file.endsWith('.html')).map(urlOfFile));
}

/** Percent-decoded, or as written when its escapes are malformed (`/100%`): then no page or ID matches it. */
function decoded(part: string): string {
	try {
		return decodeURIComponent(part);
	} catch {
		return part;
	}
}

/** Where a link leads: a problem with the link itself, a page of the site (or one of its other files) and #anchor, or another site (null). */
type LinkTarget = { problem: string } | { page: BuiltPage | undefined; file: boolean; anchor: string } | null;

// A link that starts with a scheme or a slash leads to the same place from every page: such links (the header's, the
// phase list's) are resolved once for the whole site, not once per page that carries them.
const leadsAnywhereAlike = (href: string) => /^(?:[a-z][a-z\d+.-]*:|\/)/i.test(href);

/**
 * Internal links (and their #anchors) that lead nowhere in the built site, links that are not URLs at all
 * (`http://[`, `https://exa mple.com`) and links that would run code. Other external links are not checked.
 * The site is served under `base` (pages keep their site paths): a link must lead inside it, to a page or to one of
 * its other `files` (a roadmap's PDF, whose `#page=2` is the PDF viewer's).
 */
export function brokenLinks(pages: BuiltPage[], base = '/', files: ReadonlySet<string> = new Set()): BrokenLink[] {
	const byUrl = new Map(pages.map((p) => [p.url, p]));
	const origin = 'http://waymark.invalid';
	const targetOf = (href: string, pageUrl: string): LinkTarget => {
		const target = URL.parse(href, origin + withBase(pageUrl, base));
		if (!target) return { problem: 'not a valid URL' };
		if (urlSafety(href) === 'unsafe') return { problem: `unsafe ${target.protocol} URL: it would run code or carry a whole document` };
		if (target.origin !== origin) return null;
		const path = withoutBase(decoded(target.pathname), base);
		if (path === null) return { problem: `outside the base path ${base} the site is served under` };
		const page = byUrl.get(path) ?? byUrl.get(`${path}/`) ?? byUrl.get(`${path}index.html`);
		return { page, file: !page && files.has(path), anchor: decoded(target.hash.slice(1)) };
	};
	const targets = new Map<string, LinkTarget>();
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of page.links) {
			const key = leadsAnywhereAlike(href) ? href : `${page.url}\n${href}`;
			let target = targets.get(key);
			if (target === undefined) targets.set(key, (target = targetOf(href, page.url)));
			if (target === null || ('file' in target && target.file)) continue;
			if ('problem' in target) broken.push({ page: page.url, href, reason: target.problem });
			else if (!target.page) broken.push({ page: page.url, href, reason: 'no such page' });
			else if (target.anchor && !target.page.ids.has(target.anchor)) broken.push({ page: page.url, href, reason: `no element with id "${target.anchor}" on ${target.page.url}` });
		}
	}
	return broken;
}
