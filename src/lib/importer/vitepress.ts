/**
 * A VitePress or VuePress site's sidebar, from its configuration's value (read by js-literal.ts), as the entries of a
 * table of contents: VitePress's `themeConfig.sidebar`, one list or one per path prefix (`'/guide/': [...]`, or
 * `{ base, items }`), each item `{ text, link, items }`, and per locale in `locales.<x>.themeConfig.sidebar`;
 * VuePress's `{ title | text, path | link, children }`, `'/guide/intro'` and `['/guide/intro', 'Intro']` items.
 */
import { posix } from 'node:path';
import { field, isPlainObject, text } from './js-literal.ts';
import type { NavEntry } from './site-nav.ts';

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** The configuration's `srcDir` (VitePress reads the pages from there, relative to the folder holding `.vitepress/`). */
export const sourceDirOf = (config: unknown) => text(field(config, 'srcDir')) || '.';

/** The locale a folder of the site is in: the key of `locales` it is named by ("zh" for zh/guide), else the root's. */
function localeOf(config: unknown, within: string): unknown {
	const locales = field(config, 'locales');
	const key = isPlainObject(locales) ? Object.keys(locales).find((name) => name !== 'root' && (within === name || within.startsWith(`${name}/`))) : undefined;
	return key === undefined ? field(locales, 'root') : field(locales, key);
}

/** The site's title for a folder: its locale's `title`, else the configuration's. */
export const siteTitleOf = (config: unknown, within: string) => text(field(localeOf(config, within), 'title')) || text(field(config, 'title')) || undefined;

/**
 * The sidebar of the folder `within` the site's source root ("" for the root, "guide"), its pages as paths relative
 * to that folder (`has` tells which site paths are files): a single sidebar covers the whole site; of those keyed by
 * path, the one whose path is the folder's or holds it, else the first inside it (the site's root, when every sidebar
 * is a section's). Null when none covers the folder. Pages outside the folder, and links to other sites, are left out.
 */
export function sidebarOf(config: unknown, within: string, has: (sitePath: string) => boolean): NavEntry[] | null {
	const sidebar = field(localeOf(config, within), 'themeConfig', 'sidebar') ?? field(config, 'themeConfig', 'sidebar');
	const chosen = Array.isArray(sidebar) ? sidebar : isPlainObject(sidebar) ? sidebarFor(sidebar, within) : undefined;
	const items = Array.isArray(chosen) ? chosen : field(chosen, 'items');
	if (!Array.isArray(items)) return null;
	const prefix = within ? `${within}/` : '';
	const pageUrl = (link: string, base: string) => {
		if (EXTERNAL.test(link)) return undefined;
		const path = pageFile((link.startsWith('/') ? link : base + link).replace(/[?#].*$/, ''), has);
		return path !== undefined && path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
	};
	const entries = (list: unknown, base: string): NavEntry[] =>
		(Array.isArray(list) ? list : []).flatMap((item): NavEntry[] => {
			// VuePress 1 writes a page as its path, or as [path, title].
			if (typeof item === 'string' || Array.isArray(item)) {
				const [link, title] = typeof item === 'string' ? [item, ''] : [text(item[0]) ?? '', text(item[1]) ?? ''];
				const url = pageUrl(link, base);
				return url === undefined ? [] : [{ title, url }];
			}
			const own = text(field(item, 'base')) ?? base;
			const link = text(field(item, 'link')) ?? text(field(item, 'path'));
			const url = link === undefined ? undefined : pageUrl(link, own);
			const children = entries(field(item, 'items') ?? field(item, 'children'), own);
			if (url === undefined && children.length === 0) return [];
			return [{ title: text(field(item, 'text')) ?? text(field(item, 'title')) ?? '', ...(url !== undefined ? { url } : {}), ...(children.length ? { children } : {}) }];
		});
	const found = entries(items, text(field(chosen, 'base')) ?? '/');
	return found.length > 0 ? found : null;
}

/** Of the sidebars keyed by path, the one for the folder (see sidebarOf). */
function sidebarFor(sidebars: Record<string, unknown>, within: string): unknown {
	const folder = within ? `/${within}/` : '/';
	const keyed = Object.entries(sidebars).map(([key, value]) => ({ path: `/${key.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'), value }));
	const holding = keyed.filter(({ path }) => folder.startsWith(path)).sort((a, b) => b.path.length - a.path.length)[0];
	return (holding ?? keyed.find(({ path }) => path.startsWith(folder)))?.value;
}

/**
 * The file a site path names, relative to the source root: "/guide/lesson-012" is guide/lesson-012.md, "/guide/"
 * guide/index.md (VuePress: guide/README.md), "/intro.html" intro.md; undefined when it names no file.
 */
export function pageFile(sitePath: string, has: (path: string) => boolean): string | undefined {
	let path: string;
	try {
		path = posix.normalize(decodeURIComponent(sitePath).replace(/^\/+/, ''));
	} catch {
		return undefined;
	}
	if (path === '.') path = '';
	if (path.startsWith('../')) return undefined;
	const stem = path.replace(/\.html?$/i, '');
	const folder = path === '' || path.endsWith('/') ? path : `${stem}/`;
	const candidates = /\.mdx?$/i.test(path) ? [path] : [...(path && !path.endsWith('/') ? [`${stem}.md`] : []), `${folder}index.md`, `${folder}README.md`];
	return candidates.find(has);
}

/**
 * A home page's title and summary from its frontmatter: VitePress's `hero.name` (else `hero.text`) and
 * `hero.tagline`, VuePress's `heroText` and `tagline`.
 */
export function heroOf(fields: Record<string, unknown>): { title?: string; summary?: string } {
	const title = text(field(fields, 'hero', 'name')) || text(field(fields, 'hero', 'text')) || text(fields['heroText']);
	const summary = text(field(fields, 'hero', 'tagline')) || text(fields['tagline']);
	return { ...(title ? { title } : {}), ...(summary ? { summary } : {}) };
}

/** How many pages a table of contents links. */
export const pageCount = (entries: readonly NavEntry[]): number => entries.reduce((count, entry) => count + (entry.url !== undefined ? 1 : 0) + pageCount(entry.children ?? []), 0);
