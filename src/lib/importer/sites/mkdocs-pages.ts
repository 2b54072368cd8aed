/**
 * An MkDocs site's navigation when its `mkdocs.yml` has no `nav`: the one MkDocs builds from its docs folder (each
 * folder's pages in name order, its index page, `index.md` or else `README.md`, first, then its subfolders as sections
 * titled by their names), as the awesome-pages plugin's `.pages` files change it, folder by folder: `nav` lists the
 * folder's pages and subfolders in order (`Title: page.md` or `Title: folder` titles one, a link names no page, `...`
 * stands for those it does not list, in name order; those left out of a list without it are no pages), `title` names
 * the folder's section, `hide: true` leaves the folder out and `order: desc` reverses the name order. A section of one
 * page is that page where the plugin's `collapse_single_pages` option, or the folder's own `collapse_single_pages` or
 * `collapse`, says so.
 */
import { isPlainObject, text } from './js-literal.ts';
import { nameTitle } from '../plan.ts';
import type { NavEntry } from './site-nav.ts';

/** A folder's `.pages` file, read ("" for the docs folder); null where it has none. */
export type PagesFileOf = (folder: string) => Record<string, unknown> | null;

/** The entry that stands for the pages and folders a `nav` does not list ("...", or "... | glob=…" filtering them). */
const isRest = (entry: unknown) => typeof entry === 'string' && entry.trim().startsWith('...');
const isLink = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);
const byName = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });

/** An item of a folder's navigation: one of its pages or subfolders, by name, maybe titled by the `.pages` file. */
interface Item {
	name: string;
	title: string;
}

/**
 * The navigation of an MkDocs site's docs folder, of its pages (paths relative to it), with its `.pages` files.
 */
export function mkdocsPagesNav(pages: readonly string[], pagesFileOf: PagesFileOf, collapseSinglePages = false): NavEntry[] {
	const folderEntries = (folder: string): NavEntry[] => {
		const prefix = folder ? `${folder}/` : '';
		const inside = pages.filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
		const names = inside.filter((path) => !path.includes('/'));
		// MkDocs serves `index.md` at the folder's address, else `README.md`, which it leaves out beside an `index.md`.
		const index = names.find((name) => /^index\.md$/i.test(name)) ?? names.find((name) => /^readme\.md$/i.test(name));
		const files = names.filter((name) => name === index || !/^(?:index|readme)\.md$/i.test(name));
		const folders = [...new Set(inside.filter((path) => path.includes('/')).map((path) => path.split('/')[0]!))];
		const config = pagesFileOf(folder) ?? {};
		const descending = text(config['order'])?.toLowerCase() === 'desc';
		const sorted = (list: string[]) => (descending ? list.sort(byName).reverse() : list.sort(byName));
		const known = [...(index ? [index] : []), ...sorted(files.filter((name) => name !== index)), ...sorted(folders)];
		const items = listedItems(config['nav'], known);
		return items.flatMap((item) => (folders.includes(item.name) ? folderEntry(prefix + item.name, item.title) : [{ title: item.title, url: prefix + item.name }]));
	};
	const folderEntry = (folder: string, listedTitle: string): NavEntry[] => {
		const config = pagesFileOf(folder) ?? {};
		if (config['hide'] === true) return [];
		const children = folderEntries(folder);
		if (children.length === 0) return [];
		const collapse = config['collapse_single_pages'] ?? config['collapse'] ?? collapseSinglePages;
		if (collapse === true && children.length === 1 && children[0]!.url !== undefined) return children;
		return [{ title: listedTitle || text(config['title']) || nameTitle(folder.split('/').at(-1)!), children }];
	};
	return folderEntries('');
}

/**
 * The items a `.pages` file's `nav` lists, of a folder's `known` pages and subfolders (in MkDocs' order), the rest
 * where it says `...`; all of them, in that order, when it has no `nav`.
 */
function listedItems(nav: unknown, known: readonly string[]): Item[] {
	if (!Array.isArray(nav)) return known.map((name) => ({ name, title: '' }));
	const itemsOf = (entry: unknown): Item[] => {
		if (typeof entry === 'string') return [{ name: entry.trim(), title: '' }];
		if (!isPlainObject(entry)) return [];
		// `Title: https://…` is a link: no page of the plan.
		return Object.entries(entry).flatMap(([title, target]) => (typeof target === 'string' && !isLink(target.trim()) ? [{ name: target.trim().replace(/\/$/, ''), title }] : []));
	};
	const listed = nav.filter((entry) => !isRest(entry)).flatMap(itemsOf);
	const rest = known.filter((name) => !listed.some((item) => item.name === name)).map((name) => ({ name, title: '' }));
	return nav.flatMap((entry) => (isRest(entry) ? rest : itemsOf(entry))).filter((item) => known.includes(item.name));
}
