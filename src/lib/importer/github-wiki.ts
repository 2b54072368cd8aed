/**
 * A GitHub wiki, cloned or copied into a repository: its pages are files named for their titles
 * (`Lab-2:-Pipe-Flow.md`), `Home.md` the page it opens at, and `_Sidebar.md` and `_Footer.md` what it shows beside
 * and under every page. Its pages link each other by their wiki addresses
 * (`https://github.com/owner/name/wiki/Lab-2:-Pipe-Flow`), often through the forks its authors edited it in, which
 * name the same wiki under other owners.
 */
import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { safeDecode } from './links.ts';
import type { PlanFile } from './plan.ts';

/** The page a GitHub wiki opens at, and the one beside every page that is its table of contents. */
export const WIKI_HOME = 'Home.md';
export const WIKI_SIDEBAR = '_Sidebar.md';

// What a wiki shows around every page (Gollum's names, which GitHub keeps): no page of its own.
const WIKI_CHROME = /^_(?:Sidebar|Footer|Header)\.(?:md|markdown)$/;

/** Whether a file is a wiki's sidebar, footer or header rather than one of its pages. */
export const isWikiChrome = (path: string) => WIKI_CHROME.test(path.split('/').at(-1)!);

const WIKI_PAGE = /^https?:\/\/(?:www\.)?github\.com\/[^/]+\/([^/]+)\/wiki\/([^/?#]+)\/?(?:\?[^#]*)?(#.*)?$/i;

/**
 * Makes the links to the plan's wiki pages by their wiki address relative, so that they lead to the pages, keeping
 * the address for where a page is not imported (see rewriteLinks). The wiki is the one, by name, whose addresses
 * name at least two of the plan's files, under any owner.
 */
export function wikiPageLinks(files: readonly PlanFile[], fileAt: (path: string) => PlanFile | null): void {
	const links: Array<{ link: Link; file: PlanFile; wiki: string; page: string; anchor: string }> = [];
	for (const file of files) {
		visit(file.tree, 'link', (link: Link) => {
			const match = WIKI_PAGE.exec(link.url);
			if (match && fileAt(safeDecode(match[2]!))) links.push({ link, file, wiki: match[1]!.toLowerCase(), page: safeDecode(match[2]!), anchor: match[3] ?? '' });
		});
	}
	const pagesOf = Map.groupBy(links, (link) => link.wiki);
	const [wiki] = [...pagesOf].filter(([, named]) => new Set(named.map((link) => fileAt(link.page)!.path)).size >= 2).sort(([, a], [, b]) => b.length - a.length)[0] ?? [];
	const rewritten = new Map<PlanFile, number>();
	for (const { link, file, page, anchor } of pagesOf.get(wiki ?? '') ?? []) {
		link.data = { ...link.data, repositoryUrl: link.url };
		link.url = `/${fileAt(page)!.path.split('/').map(encodeURIComponent).join('/')}${anchor}`;
		rewritten.set(file, (rewritten.get(file) ?? 0) + 1);
	}
	for (const [file, count] of rewritten) {
		(file.notes ??= []).push({ message: `${count === 1 ? '1 link names' : `${count} links name`} this wiki's pages by their GitHub wiki address: they lead to those pages, or stay on GitHub where a page is not imported` });
	}
}
