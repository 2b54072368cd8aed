/**
 * A Loppo site (the books of wangdoc.com): `loppo.yml` names its pages' folder (`dir`, "docs" unless it says otherwise)
 * and its title (`site`); `chapters.yml` lists its pages in the order its sidebar shows them, each a one-key map
 * `path: Title` from the pages' folder. A folder's entry (`basic/: 入门篇`) titles the section that the entries after
 * it under that folder make up. The README beside the configuration is the site's home page: the overview.
 */
import { posix } from 'node:path';
import { readYamlMap, readYamlValue, type NavEntry, type SiteNav, toMarkdown } from './site-nav.ts';

export const LOPPO_CONFIG = 'loppo.yml';
export const LOPPO_CHAPTERS = 'chapters.yml';

/** The folder of a Loppo site's pages, from its configuration (relative to it). */
export function loppoPagesDir(configText: string): string {
	const dir = readYamlMap(configText)?.['dir'];
	return typeof dir === 'string' && dir.trim() ? posix.normalize(dir.trim()).replace(/\/+$/, '') : 'docs';
}

/**
 * The site's navigation, its links from the configuration's folder; `pages` are that folder's lesson files (a
 * folder's entry is a link to its `index.md` when it has one). Null when `chapters.yml` lists no page.
 */
export function loppoSite(configText: string, chaptersText: string, pages: readonly string[]): SiteNav | null {
	const listed = readYamlValue(chaptersText);
	if (!Array.isArray(listed)) return null;
	const dir = loppoPagesDir(configText);
	const top: NavEntry[] = [];
	// The folders whose sections are open: an entry goes under the last one whose path it starts with.
	const open: Array<{ path: string; entry: NavEntry }> = [];
	for (const item of listed) {
		const [key, value] = item && typeof item === 'object' && !Array.isArray(item) ? (Object.entries(item)[0] ?? []) : [];
		if (typeof key !== 'string' || !key.trim()) continue;
		const path = key.trim().replace(/^\.?\/+/, '');
		const title = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
		while (open.length > 0 && !path.startsWith(open.at(-1)!.path)) open.pop();
		const siblings = open.length > 0 ? (open.at(-1)!.entry.children ??= []) : top;
		if (path.endsWith('/')) {
			const index = posix.join(dir, path, 'index.md');
			const entry: NavEntry = { title: title || posix.basename(path), ...(pages.includes(index) ? { url: index } : {}), children: [] };
			siblings.push(entry);
			open.push({ path, entry });
		} else siblings.push({ title, url: posix.join(dir, path) });
	}
	const pruned = withoutEmptySections(top);
	if (pruned.length === 0) return null;
	const siteName = readYamlMap(configText)?.['site'];
	return { pagesDir: '.', ...(typeof siteName === 'string' && siteName.trim() ? { siteName: siteName.trim() } : {}), tableOfContents: toMarkdown(pruned) };
}

/** A folder's entry over no page names nothing to read (Loppo leaves empty folders out of its sidebar too). */
const withoutEmptySections = (entries: readonly NavEntry[]): NavEntry[] =>
	entries.flatMap((entry) => {
		if (!entry.children) return [entry];
		const children = withoutEmptySections(entry.children);
		return children.length > 0 || entry.url !== undefined ? [{ ...entry, children }] : [];
	});
