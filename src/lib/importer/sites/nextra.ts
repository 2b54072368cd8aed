/**
 * A Nextra site's sidebar, as the entries of a table of contents. Nextra orders and titles the pages of each folder
 * of `pages/` (or `content/`) by the folder's `_meta.json`, `_meta.js` or `_meta.ts` (read without running it, see
 * js-literal.ts): its keys name the folder's pages and subfolders in order, each valued by its title or by
 * `{ title, display, type, href }`; the pages it does not name follow in name order. A subfolder is a group, opened
 * by its `index` page or by the page named like it beside it (`basics.mdx` beside `basics/`); a separator
 * (`{ type: 'separator', title }`) heads a group of what follows it; hidden pages (`display: 'hidden'`) and links
 * (`href`) are no pages of the plan.
 * Fumadocs (`meta.json` in each folder of `content/docs/`: `{ title, pages: ['index', '---Basics---', 'loops', '...',
 * '!draft', '[Blog](/blog)', '...guides'] }`, the folder's title its own) and Rspress (`_meta.json` in each folder of `docs/`: `['intro',
 * { type: 'dir', name: 'guide', label: 'Guide' }, { type: 'section-header', label }]`) order their sidebars the same way,
 * by lists of names: they are read as the `_meta` entries they mean.
 */
import { join } from 'node:path';
import { field, isPlainObject, text } from './js-literal.ts';
import { nameTitle } from '../plan.ts';
import type { NavEntry } from './site-nav.ts';

const META_FILES = ['_meta.json', '_meta.js', '_meta.jsx', '_meta.ts', '_meta.tsx', '_meta.mjs', 'meta.json'];

/** The folders a Nextra site's pages may be in, from its folder. */
const PAGES_FOLDERS = ['.', 'pages', 'content', 'content/docs', 'src/pages', 'src/content', 'docs'];

/** The `_meta` file of a folder; undefined when it has none. */
export const metaFileIn = (dir: string, isFile: (path: string) => boolean) => META_FILES.map((name) => join(dir, name)).find(isFile);

/** The pages folder of the Nextra site in `folder`, or `folder` itself: the one whose root has a `_meta` file. */
export const nextraPagesIn = (folder: string, isFile: (path: string) => boolean) => PAGES_FOLDERS.map((dir) => join(folder, dir)).find((dir) => metaFileIn(dir, isFile) !== undefined);
const PAGE_FILE = /\.mdx?$/i;

/** A folder's `_meta` value by folder ("" for the pages folder); undefined where a folder has none. */
export type MetaOf = (folder: string) => unknown;

/**
 * The sidebar of a Nextra pages folder, of its Markdown pages (paths relative to it), as entries, and the pages it
 * leaves out as hidden, for the report.
 */
export function nextraSidebar(pages: readonly string[], metaOf: MetaOf): { entries: NavEntry[]; hidden: string[] } {
	const hidden: string[] = [];
	const folderEntries = (folder: string): NavEntry[] => {
		const prefix = folder ? `${folder}/` : '';
		const inside = pages.filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
		const files = new Map(inside.filter((path) => !path.includes('/')).map((path) => [path.replace(PAGE_FILE, ''), path]));
		const folders = new Set(inside.filter((path) => path.includes('/')).map((path) => path.split('/')[0]!));
		const meta = metaOf(folder);
		const listed = metaEntries(meta);
		const values = new Map(listed);
		// Those `_meta` leaves out follow in name order, a folder's `index` page first (it opens the folder's group); the
		// page named like a folder beside it is that folder's own page, not an item of its own.
		const unlisted = [...new Set([...files.keys(), ...folders])].filter((name) => !listed.some(([key]) => key === name));
		unlisted.sort((a, b) => Number(b === 'index') - Number(a === 'index') || a.localeCompare(b, undefined, { numeric: true }));
		// Where a Fumadocs list places the rest (`'...'`), else after what it lists.
		const keys = listed.map(([key]) => key);
		const names = keys.includes(REST) ? keys.flatMap((key) => (key === REST ? unlisted : [key])) : [...keys, ...unlisted];
		const sections: NavEntry[] = [];
		let section: NavEntry | undefined;
		for (const name of new Set(names)) {
			const value = values.get(name);
			const title = text(value) ?? text(field(value, 'title')) ?? '';
			if (field(value, 'type') === 'separator') {
				section = title ? { title, children: [] } : undefined;
				if (section) sections.push(section);
				continue;
			}
			const entry = itemEntry(name, title, value);
			// A folder Fumadocs extracts (`'...guides'`) lists its pages in its parent's place, without a group of its own.
			const placed = entry?.children && field(value, 'type') === 'extract' ? entry.children : entry ? [entry] : [];
			(section ? section.children! : sections).push(...placed);
		}
		return sections.filter((entry) => entry.url !== undefined || (entry.children?.length ?? 0) > 0);

		function itemEntry(name: string, title: string, value: unknown): NavEntry | undefined {
			if (name === '*' || field(value, 'href') !== undefined) return undefined;
			const file = files.get(name);
			if (field(value, 'display') === 'hidden') {
				hidden.push(...(file ? [prefix + file] : []), ...pages.filter((path) => path.startsWith(`${prefix}${name}/`)));
				return undefined;
			}
			if (folders.has(name) && !(name === 'index' && file)) {
				const children = folderEntries(prefix + name);
				const opening = file ? [{ title: '', url: prefix + file }] : [];
				const all = [...opening, ...children];
				return all.length > 0 ? { title: title || ownTitle(metaOf(prefix + name)) || nameTitle(name), children: all } : undefined;
			}
			return file ? { title, url: prefix + file } : undefined;
		}
	};
	return { entries: folderEntries(''), hidden };
}

/** A Fumadocs `meta.json`: a folder's list of pages (`pages`), not a Nextra `_meta` naming them by key. */
const isFumadocsMeta = (meta: unknown) => Array.isArray(field(meta, 'pages'));

/** The title a Fumadocs folder gives itself in its `meta.json`. */
const ownTitle = (meta: unknown) => (isFumadocsMeta(meta) ? text(field(meta, 'title')) : undefined);

/** The place of the pages a Fumadocs list does not name. */
const REST = '...';
const FUMADOCS_SEPARATOR = /^---(?:\[[^\]]*\])?(.*)---$/;
const FUMADOCS_LINK = /^(?:external:)?(?:\[[^\]]*\])?\[[^\]]*\]\(([^)]*)\)$/;

/**
 * A folder's `_meta` as the names it lists in order, each with its Nextra value (its title, or `{ title, type,
 * display, href }`): a Nextra record's keys, a Fumadocs `pages` list (`'---Basics---'` a separator, `'!draft'` hidden,
 * `'[Blog](/blog)'` a link, `'...'` the place of the rest, which else follow, `'...guides'` the pages of a folder in
 * its place) or an Rspress list (names, or `{ type: 'file' | 'dir', name, label }`, `{ type: 'section-header', label }`).
 */
function metaEntries(meta: unknown): [string, unknown][] {
	if (isFumadocsMeta(meta)) {
		// A folder's `index` page is the folder's own, which its group opens, unless the list places it.
		const pages = field(meta, 'pages') as unknown[];
		return (pages.includes('index') ? pages : ['index', ...pages]).flatMap((item, index): [string, unknown][] => {
			const name = text(item);
			if (name === REST || name === 'z...a') return [[REST, '']];
			if (!name) return [];
			if (name.startsWith('...')) return [[name.slice(3), { type: 'extract' }]];
			const separator = FUMADOCS_SEPARATOR.exec(name);
			if (separator) return [[`---${index}`, { type: 'separator', title: separator[1]!.trim() }]];
			const link = FUMADOCS_LINK.exec(name);
			if (link) return [[`link-${index}`, { href: link[1] }]];
			return name.startsWith('!') ? [[name.slice(1), { display: 'hidden' }]] : [[name, '']];
		});
	}
	if (Array.isArray(meta)) {
		return meta.flatMap((item, index): [string, unknown][] => {
			if (typeof item === 'string') return [[item.replace(PAGE_FILE, ''), '']];
			const label = text(field(item, 'label')) ?? '';
			const type = field(item, 'type');
			if (type === 'section-header') return [[`---${index}`, { type: 'separator', title: label }]];
			const name = text(field(item, 'name'));
			return name && (type === 'file' || type === 'dir' || type === 'dir-section-header') ? [[name.replace(PAGE_FILE, ''), label]] : [];
		});
	}
	return isPlainObject(meta) ? Object.entries(meta) : [];
}
