/**
 * A VitePress or VuePress site's sidebar, from its configuration's value (read by js-literal.ts), as the entries of a
 * table of contents: VitePress's `themeConfig.sidebar`, one list or one per path prefix (`'/guide/': [...]`, or
 * `{ base, items }`), each item `{ text, link, items }`, and per locale in `locales.<x>.themeConfig.sidebar`;
 * VuePress's `{ title | text, path | link, children }`, `'/guide/intro'` and `['/guide/intro', 'Intro']` items, in
 * `themeConfig.sidebar` (VuePress 1) or its default theme's options (VuePress 2, `theme: defaultTheme({ sidebar })`).
 */
import { posix } from 'node:path';
import { field, isPlainObject, text } from './js-literal.ts';
import { nameTitle } from '../plan.ts';
import { inNameOrder } from '../detect/linked-files.ts';
import { firstPlaces, navPages, type NavEntry } from './site-nav.ts';

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** The configuration's `srcDir` (VitePress reads the pages from there, relative to the folder holding `.vitepress/`). */
export const sourceDirOf = (config: unknown) => text(field(config, 'srcDir')) || '.';

/** The locale a folder of the site is in: the key of `locales` it is named by ("zh" for zh/guide), else the root's. */
function localeOf(config: unknown, within: string): unknown {
	const locales = field(config, 'locales');
	const key = isPlainObject(locales) ? Object.keys(locales).find((name) => name !== 'root' && (within === name || within.startsWith(`${name}/`))) : undefined;
	return key === undefined ? field(locales, 'root') : field(locales, key);
}

/** The folders of the site's locales other than its root's (`locales: { root, vi }`, VuePress's `'/vi/'`), from its source root. */
export function localeFoldersOf(config: unknown): string[] {
	const locales = field(config, 'locales');
	return isPlainObject(locales) ? Object.keys(locales).map((key) => key.replace(/^\/+|\/+$/g, '')).filter((folder) => folder !== '' && folder !== 'root') : [];
}

/** The site's title for a folder: its locale's `title`, else the configuration's. */
export const siteTitleOf = (config: unknown, within: string) => text(field(localeOf(config, within), 'title')) || text(field(config, 'title')) || undefined;

/**
 * The sidebar of the folder `within` the site's source root ("" for the root, "guide"), its pages as paths relative
 * to that folder (`has` tells which site paths are files): a single sidebar covers the whole site; of those keyed by
 * path, the ones at the folder's path or inside it, each a group of its own when there are several (a site with a
 * sidebar per course, or per locale's section), in the order the folder's home page first links their pages
 * (`homeLinks`), the others after; else the one whose path holds the folder. Null when none covers the folder. Pages
 * outside the folder, and links to other sites, are left out; a page two sidebars list stays in the first.
 *
 * A group whose items are computed when the site builds (`children: getChildren('section01')`, a helper listing
 * folders with `readdirSync`) holds the pages of its page's folder (of `pages`, the folder's pages), in name order;
 * when it has no folder of its own, the pages the sidebar does not place follow it, in name order. Either way the
 * notes say so, for the report: no page vanishes unnoticed.
 */
export function sidebarOf(
	config: unknown,
	within: string,
	has: (sitePath: string) => boolean,
	homeLinks: readonly string[] = [],
	pages: readonly string[] = [],
): { entries: NavEntry[]; notes: string[] } | null {
	const locale = localeOf(config, within);
	// VuePress 2 gives the theme's options to its theme's function (`theme: defaultTheme({ sidebar })`).
	const sidebar = field(locale, 'themeConfig', 'sidebar') ?? field(config, 'themeConfig', 'sidebar') ?? field(config, 'theme', 'sidebar');
	const prefix = within ? `${within}/` : '';
	const pageUrl = (link: string, base: string) => {
		if (EXTERNAL.test(link)) return undefined;
		const path = pageFile((link.startsWith('/') ? link : base + link).replace(/[?#].*$/, ''), has);
		return path !== undefined && path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
	};
	const fromFolders: string[] = [];
	const unread: string[] = [];
	// The pages of the folder of a group's own page, for items computed when the site builds; none for the site's root.
	const folderPages = (title: string, url: string | undefined): NavEntry[] => {
		const folder = url === undefined ? '.' : posix.dirname(url);
		const found = folder === '.' ? [] : pages.filter((path) => path.startsWith(`${folder}/`) && path !== url).sort(inNameOrder);
		(found.length > 0 ? fromFolders : unread).push(`"${title}"${found.length > 0 ? ` (${folder}/)` : ''}`);
		return found.map((path) => ({ title: '', url: path }));
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
			const title = text(field(item, 'text')) ?? text(field(item, 'title')) ?? '';
			const listed = field(item, 'items') ?? field(item, 'children');
			// Items written as anything but a list (a helper's call) are computed when the site builds.
			const computed = isPlainObject(item) && (Object.hasOwn(item, 'items') || Object.hasOwn(item, 'children')) && !Array.isArray(listed);
			const children = computed ? folderPages(title, url) : entries(listed, own);
			if (url === undefined && children.length === 0) return [];
			return [{ title, ...(url !== undefined ? { url } : {}), ...(children.length ? { children } : {}) }];
		});
	// A page a computed group takes stays where the sidebar lists it first; with items that could not be read, the
	// pages it does not place follow it.
	const withComputed = (read: NavEntry[] | null) => {
		if (read === null || fromFolders.length + unread.length === 0) return read && { entries: read, notes: [] };
		const placed = firstPlaces(read);
		const listed = new Set(navPages(placed));
		const locales = localeFoldersOf(config);
		const rest = unread.length > 0 ? pages.filter((path) => !listed.has(path) && !locales.some((folder) => `${prefix}${path}`.startsWith(`${folder}/`))).sort(inNameOrder) : [];
		const some = (names: string[]) => `${names.slice(0, 3).join(', ')}${names.length > 3 ? `, … (${names.length} groups)` : ''}`;
		const notes = [
			...(fromFolders.length > 0 ? [`The sidebar computes the items of ${some(fromFolders)} when the site builds: each holds the pages of its folder, in name order`] : []),
			...(unread.length > 0 ? [`The sidebar computes the items of ${some(unread)} when the site builds, which cannot be read without running it; the ${rest.length} page${rest.length === 1 ? '' : 's'} it does not place follow it, in name order`] : []),
		];
		return { entries: [...placed, ...rest.map((url) => ({ title: '', url }))], notes };
	};
	// A sidebar is a list, or `{ base, items }`.
	const read = (chosen: unknown) => entries(Array.isArray(chosen) ? chosen : field(chosen, 'items'), text(field(chosen, 'base')) ?? '/');
	if (!isPlainObject(sidebar)) return withComputed(nonEmpty(read(sidebar)));
	const { holding, inside } = sidebarsFor(sidebar, within);
	const found = inside.map(({ path, value }) => ({ path, entries: read(value) })).filter(({ entries }) => entries.length > 0);
	if (found.length === 0) return withComputed(holding === undefined ? null : nonEmpty(read(holding)));
	if (found.length === 1) return withComputed(found[0]!.entries);
	const firstLinked = (entries: readonly NavEntry[]) => Math.min(...navPages(entries).map((url) => homeLinks.indexOf(url)).filter((at) => at >= 0));
	const groups = found.map(({ path, entries }) => {
		// A sidebar of one section is that section; another is a group named as the site's nav names the path.
		const oneSection = entries.length === 1 && entries[0]!.url === undefined;
		const label = path === '/' ? undefined : (navLabel(field(locale, 'themeConfig', 'nav') ?? field(config, 'themeConfig', 'nav'), path) ?? nameTitle(path.slice(0, -1)));
		const grouped = oneSection || label === undefined ? entries : [{ title: label, children: entries }];
		return { grouped, at: firstLinked(entries) };
	});
	return withComputed(firstPlaces(groups.sort((a, b) => a.at - b.at).flatMap(({ grouped }) => grouped)));
}

const nonEmpty = (entries: NavEntry[]) => (entries.length > 0 ? entries : null);

/** The text of the first item of a nav (`themeConfig.nav`, items within items) that links a page under `path`. */
function navLabel(nav: unknown, path: string): string | undefined {
	for (const item of Array.isArray(nav) ? nav : []) {
		const label = text(field(item, 'link'))?.startsWith(path) ? text(field(item, 'text')) : navLabel(field(item, 'items'), path);
		if (label) return label;
	}
	return undefined;
}

/**
 * Of the sidebars keyed by path, those at the folder's path or inside it, in their order, and the one whose path
 * holds the folder most closely.
 */
function sidebarsFor(sidebars: Record<string, unknown>, within: string): { holding: unknown; inside: Array<{ path: string; value: unknown }> } {
	const folder = within ? `/${within}/` : '/';
	const keyed = Object.entries(sidebars).map(([key, value]) => ({ path: `/${key.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'), value }));
	const holding = keyed.filter(({ path }) => folder.startsWith(path) && path !== folder).sort((a, b) => b.path.length - a.path.length)[0];
	return { holding: holding?.value, inside: keyed.filter(({ path }) => path.startsWith(folder)) };
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
