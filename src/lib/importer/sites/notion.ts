/**
 * A Notion export ("Markdown & CSV", with subpages), as the entries of a table of contents. Notion names each page's
 * file by its title and its 32-hex-digit ID (`Week 1 0a1b….md`) and puts its sub-pages in the folder named like it
 * beside it (`Week 1 0a1b…/`); a database is a CSV file (`Lessons 9f8e….csv`, its rows in the view's order, the
 * first column their titles; `…_all.csv` holds every row) beside the folder of its rows' pages. A page's sub-pages
 * come in the order it links them (a database linked: its rows in the CSV's order), those it does not link after
 * them in name order; a page with sub-pages is a group it opens, a database a group titled by its name. The export's
 * one top page is its home page: the overview.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../markdown/parse.ts';
import type { NavEntry } from './site-nav.ts';

/** A page's or database's file name: its title, a space and its ID. */
const NOTION_FILE = /^(.+) [0-9a-f]{32}(?:_all)?\.(md|csv)$/;

/** Whether a path names a file as a Notion export does (its title, then its 32-hex-digit ID). */
export const isNotionFile = (path: string) => NOTION_FILE.test(path.split('/').at(-1)!);

/** The title a Notion file name gives (without its ID and extension). */
const fileTitle = (path: string) => NOTION_FILE.exec(path.split('/').at(-1)!)?.[1] ?? path;

/** The folder of a page's sub-pages, or of a database's row pages: its path without `.md` or `.csv` (`_all.csv`). */
const childFolder = (path: string) => `${path.replace(/(?:_all)?\.(?:md|csv)$/, '')}/`;

/** A file of the export, by path relative to its folder. */
export interface ExportFile {
	path: string;
	text: string;
}

/** The first column of each record of a CSV file after its header (RFC 4180: quoted fields hold commas, quotes and line breaks). */
export function csvFirstColumn(text: string): string[] {
	const firsts: string[] = [];
	let field = '';
	let quoted = false;
	let column = 0;
	const source = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < source.length; i++) {
		const char = source[i]!;
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') (field += '"'), i++;
			else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			if (column === 0) firsts.push(field);
			column++;
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && source[i + 1] === '\n') i++;
			if (column === 0) firsts.push(field);
			column = 0;
			field = '';
		} else field += char;
	}
	if (column === 0 && field !== '') firsts.push(field);
	return firsts.slice(1).map((first) => first.trim());
}

/** A page's title: its `#` heading, which Notion writes first (the file name leaves out what a path cannot hold, `:`). */
function pageTitle(page: ExportFile): string {
	let title: string | undefined;
	visit(parseMarkdown(page.text), 'heading', (heading: Heading) => {
		if (heading.depth === 1) title ??= toString(heading).trim();
	});
	return title || fileTitle(page.path);
}

/** The files a page links, in the order it links them, by path relative to the export (Notion percent-encodes them). */
function linkedPaths(page: ExportFile): string[] {
	const folder = page.path.slice(0, page.path.lastIndexOf('/') + 1);
	const paths: string[] = [];
	visit(parseMarkdown(page.text), 'link', (link) => {
		try {
			paths.push(folder + decodeURIComponent(link.url.split('#')[0]!));
		} catch {
			// A link that is not percent-encoded as Notion writes them names no file of the export.
		}
	});
	return paths;
}

/**
 * The table of contents of a Notion export, of its Markdown pages and CSV databases (paths relative to the export's
 * folder): its home page (the one top page, when it is one) and the entries under it; null when the folder is not
 * one (no page at its top is a Notion page with sub-pages). Given `top`, the export is that top page's.
 */
export function notionExport(pages: readonly ExportFile[], databases: readonly ExportFile[], top?: string): { home?: string; entries: NavEntry[] } | null {
	const inFolder = <T extends { path: string }>(files: readonly T[], folder: string) =>
		files.filter((file) => file.path.startsWith(folder) && !file.path.slice(folder.length).includes('/') && isNotionFile(file.path));
	const hasChildren = (page: ExportFile) => pages.some((other) => other.path.startsWith(childFolder(page.path)));
	// Given its top page, the export is that page's: the other pages beside it are other exports'.
	const tops = inFolder(pages, '').filter((page) => top === undefined || page.path === top);
	if (!tops.some(hasChildren)) return null;
	const byName = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path, undefined, { numeric: true });

	const pageEntry = (page: ExportFile): NavEntry => {
		const children = childEntries(page);
		return children.length > 0 ? { title: pageTitle(page), children: [{ title: '', url: page.path }, ...children] } : { title: '', url: page.path };
	};
	const databaseEntry = (database: ExportFile): NavEntry => {
		const folder = childFolder(database.path);
		const rows = inFolder(pages, folder);
		const titled = new Map(rows.map((row) => [pageTitle(row), row]));
		const ordered = csvFirstColumn(database.text).flatMap((title) => titled.get(title) ?? []);
		const rest = rows.filter((row) => !ordered.includes(row)).sort(byName);
		return { title: fileTitle(database.path), children: [...new Set([...ordered, ...rest])].map(pageEntry) };
	};
	function childEntries(parent: ExportFile): NavEntry[] {
		const folder = childFolder(parent.path);
		const subPages = inFolder(pages, folder);
		// A database's view (`x.csv`) orders its rows; `x_all.csv`, every row, stands in when it is the only one.
		const tables = inFolder(databases, folder).filter((file, _, all) => !file.path.endsWith('_all.csv') || !all.some((other) => other.path === file.path.replace(/_all\.csv$/, '.csv')));
		const items: ExportFile[] = [...subPages, ...tables];
		const linked = linkedPaths(parent).map((path) => path.replace(/_all\.csv$/, '.csv'));
		const rank = (file: ExportFile) => {
			const at = linked.indexOf(file.path.replace(/_all\.csv$/, '.csv'));
			return at < 0 ? Infinity : at;
		};
		return items
			.sort((a, b) => rank(a) - rank(b) || byName(a, b))
			.map((file) => (file.path.endsWith('.csv') ? databaseEntry(file) : pageEntry(file)));
	}

	if (tops.length === 1) return { home: tops[0]!.path, entries: childEntries(tops[0]!) };
	return { entries: [...tops].sort(byName).map(pageEntry) };
}
