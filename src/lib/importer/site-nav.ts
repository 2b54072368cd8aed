/**
 * The table of contents a docs tool keeps in its configuration, as Markdown the importer reads like mdBook's
 * SUMMARY.md: an MkDocs site's `nav` (`mkdocs.yml`, its pages in `docs_dir`, its name `site_name`) or a Jupyter Book's
 * `_toc.yml` (its name in `_config.yml`) or a MyST project's `myst.yml`. "- 必学工具:" over "- Vim: 必学工具/Vim.md" becomes "- 必学工具" over
 * "  - [Vim](必学工具/Vim.md)"; so does a Quarto project's `_quarto.yml` (a book's chapters, a website's sidebar).
 */
import { matchesGlob, posix } from 'node:path';
import type { List, ListItem, PhrasingContent } from 'mdast';
import { parse as parseToml } from 'smol-toml';
import { parse } from 'yaml';
import { mkdocsPagesNav, type PagesFileOf } from './mkdocs-pages.ts';
import { toMdx } from './markdown/serialize.ts';
import { isFolderIndex, LESSON_FILE } from './plan.ts';

export interface SiteNav {
	/** The folder of the pages, relative to the configuration's ("docs"). */
	pagesDir: string;
	siteName?: string;
	/** The nav as a Markdown list of links, or null when the configuration has none (pages then go in name order). */
	tableOfContents: string | null;
	/** What reading the nav left out, and why, for the report. */
	notes?: string[];
	/** The page the site opens at, which the nav does not list (a Notion export's top page): the overview. */
	home?: string;
}

/** A page (its title may be left to its own heading, as the tools do), or a section holding entries. */
export interface NavEntry {
	title: string;
	url?: string;
	children?: NavEntry[];
}

/** YAML with a map at its root; null otherwise. */
export function readYamlMap(text: string): Record<string, unknown> | null {
	try {
		// Material for MkDocs configurations name Python objects (`!!python/name:…`): unknown tags read as strings.
		const data: unknown = parse(text, { logLevel: 'silent' });
		return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The entries without the page `path` (the home page, which is the overview), and without the groups that leaves empty. */
export const withoutPage = (entries: readonly NavEntry[], path: string): NavEntry[] =>
	entries.flatMap((entry) => {
		if (entry.url === path) return [];
		if (!entry.children) return [entry];
		const children = withoutPage(entry.children, path);
		return children.length > 0 ? [{ ...entry, children }] : [];
	});

/** Entries as the Markdown list the importer reads like mdBook's SUMMARY.md. */
export function toMarkdown(entries: readonly NavEntry[]): string {
	const list = (items: readonly NavEntry[]): List => ({ type: 'list', ordered: false, spread: false, children: items.map(item) });
	const item = (entry: NavEntry): ListItem => {
		const words: PhrasingContent[] = entry.title ? [{ type: 'text', value: entry.title }] : [];
		const line: PhrasingContent[] = entry.url !== undefined ? [{ type: 'link', url: entry.url, children: words }] : words;
		return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: line }, ...(entry.children?.length ? [list(entry.children)] : [])] };
	};
	return toMdx({ type: 'root', children: [list(entries)] });
}

/** An MkDocs site's docs folder: its pages (paths relative to it) and its folders' `.pages` files. */
export interface MkdocsDocs {
	pages: readonly string[];
	pagesFileOf: PagesFileOf;
}

/**
 * `mkdocs.yml`: its `nav` ("x.md", "Title: x.md" or "Section:" with its entries); without one, given its docs folder
 * (`docsOf(docs_dir)`), the nav MkDocs builds from the folder, as the awesome-pages plugin arranges it where the
 * configuration enables it (see mkdocs-pages.ts).
 */
export function readMkdocsConfig(configText: string, docsOf?: (pagesDir: string) => MkdocsDocs): SiteNav | null {
	const config = readYamlMap(configText);
	if (!config) return null;
	const entries = (value: unknown): NavEntry[] =>
		asArray(value).flatMap((entry): NavEntry[] => {
			if (typeof entry === 'string') return [{ title: '', url: entry }];
			if (!entry || typeof entry !== 'object') return [];
			return Object.entries(entry).map(([title, target]) => (Array.isArray(target) ? { title, children: entries(target) } : { title, url: String(target) }));
		});
	const siteName = text(config['site_name']);
	const pagesDir = text(config['docs_dir']) || 'docs';
	return {
		pagesDir,
		...(siteName ? { siteName } : {}),
		tableOfContents: Array.isArray(config['nav']) ? toMarkdown(entries(config['nav'])) : docsOf ? builtNav(config, docsOf(pagesDir)) : null,
	};
}

/** The nav MkDocs builds from the docs folder, with `.pages` files where the awesome-pages plugin is enabled; null when it holds no pages. */
function builtNav(config: Record<string, unknown>, docs: MkdocsDocs): string | null {
	const awesomePages = pluginOptions(config, 'awesome-pages');
	const entries = mkdocsPagesNav(docs.pages, awesomePages ? docs.pagesFileOf : () => null, awesomePages?.['collapse_single_pages'] === true);
	return entries.length > 0 ? toMarkdown(entries) : null;
}

/** The options of an MkDocs plugin the configuration enables (`- name`, `- name: {…}`, or `name:` in a map), or null. */
function pluginOptions(config: Record<string, unknown>, name: string): Record<string, unknown> | null {
	const plugins = config['plugins'];
	const listed = Array.isArray(plugins) ? plugins.map((plugin) => (typeof plugin === 'string' ? { [plugin]: {} } : plugin)) : [plugins];
	const options = listed.find((plugin) => plugin && typeof plugin === 'object' && name in plugin)?.[name];
	return options === undefined ? null : options && typeof options === 'object' ? (options as Record<string, unknown>) : {};
}

/**
 * A Jupyter Book's `_toc.yml`: its `root` page, then its `chapters` (or `parts`, each a `caption` over chapters, or an
 * article's `sections`), each a `file` (named without its extension), a `url`, and `sections` under it.
 */
export function readJupyterBookToc(tocText: string, configText: string | null): SiteNav | null {
	const toc = readYamlMap(tocText);
	if (!toc) return null;
	const entries = (value: unknown): NavEntry[] =>
		asArray(value).flatMap((entry): NavEntry[] => {
			if (!entry || typeof entry !== 'object') return [];
			const fields = entry as Record<string, unknown>;
			const url = text(fields['file']) || text(fields['url']);
			const children = entries(fields['sections'] ?? fields['chapters']);
			if (!url && !text(fields['caption'])) return children;
			return [{ title: text(fields['title']) || text(fields['caption']), ...(url ? { url } : {}), ...(children.length ? { children } : {}) }];
		});
	const root = text(toc['root']);
	const body = entries(toc['parts']).concat(entries(toc['chapters']), entries(toc['sections']));
	const siteName = configText ? text(readYamlMap(configText)?.['title']) : '';
	return { pagesDir: '.', ...(siteName ? { siteName } : {}), tableOfContents: toMarkdown([...(root ? [{ title: '', url: root }] : []), ...body]) };
}

/**
 * A MyST project's `myst.yml` (Jupyter Book 2, mystmd): its `project.toc`, each entry a `file` (named with its
 * extension), a `title` over `children` (a group, or a page's own title when it names a file too), a `pattern` (the
 * `pages` its glob matches, in name order) or a `url` (a link, no page); `project.title`, else `site.title`, names it.
 * Null without a `toc`: the project's pages are then its folder's.
 */
export function readMystProject(configText: string, pages: readonly string[] = []): SiteNav | null {
	const config = readYamlMap(configText);
	const map = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
	const project = map(config?.['project']);
	if (!Array.isArray(project['toc'])) return null;
	const entries = (value: unknown): NavEntry[] =>
		asArray(value).flatMap((entry): NavEntry[] => {
			const fields = map(entry);
			const pattern = text(fields['pattern']);
			if (pattern) return pages.filter((path) => matchesGlob(path, pattern)).sort((a, b) => a.localeCompare(b, undefined, { numeric: true })).map((url) => ({ title: '', url }));
			const url = text(fields['file']) || text(fields['url']);
			const children = entries(fields['children']);
			if (!url && !text(fields['title'])) return children;
			return [{ title: text(fields['title']), ...(url ? { url } : {}), ...(children.length ? { children } : {}) }];
		});
	const toc = entries(project['toc']);
	const siteName = text(project['title']) || text(map(config?.['site'])['title']);
	return toc.length ? { pagesDir: '.', ...(siteName ? { siteName } : {}), tableOfContents: toMarkdown(toc) } : null;
}

/**
 * A Quarto project's `_quarto.yml`: a book's `chapters` (file paths, and `part:` entries, a title or a page, over
 * chapters of their own) then its `appendices`, titled by `book.title`; or a website's sidebar `contents` (paths,
 * `{href, text}` links, `section:` entries over contents of their own; several sidebars are a group each), titled by
 * `website.title`, else its one sidebar's. Entries that only style the sidebar (`text: "---"` rules) name no page;
 * those that list files by pattern (`auto`, `"notes/*"`, `auto: lectures`) name the project's `pages` they match.
 */
export function readQuartoConfig(configText: string, pages: readonly string[] = []): SiteNav | null {
	const config = readYamlMap(configText);
	if (!config) return null;
	const map = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
	const page = (value: unknown) => (typeof value === 'string' && !isPattern(value.trim()) ? value.trim() : '');
	const matching = (pattern: string): NavEntry[] => pagesMatching(pattern, pages).map((url) => ({ title: '', url }));
	const entries = (value: unknown): NavEntry[] =>
		(typeof value === 'string' ? [value] : asArray(value)).flatMap((entry): NavEntry[] => {
			if (typeof entry === 'string') return page(entry) ? [{ title: '', url: page(entry) }] : matching(entry.trim());
			const fields = map(entry);
			if (typeof fields['auto'] === 'string' || fields['auto'] === true) return matching(fields['auto'] === true ? 'auto' : text(fields['auto']));
			const children = entries(fields['chapters'] ?? fields['contents']);
			// A part or section is a title, or a page that opens it ("part: whole-game.qmd").
			const heading = text(fields['part']) || text(fields['section']);
			const opening = LESSON_FILE.test(heading) ? heading : '';
			const url = page(fields['href']) || page(fields['file']) || opening;
			const title = opening ? text(fields['text']) : heading || text(fields['text']);
			if (!url && (!title || !children.length)) return children;
			return [{ title, ...(url ? { url } : {}), ...(children.length ? { children } : {}) }];
		});
	const book = map(config['book']);
	const website = map(config['website']);
	const sidebars = (Array.isArray(website['sidebar']) ? website['sidebar'] : [website['sidebar']]).map(map).filter((sidebar) => 'contents' in sidebar);
	const appendices = entries(book['appendices']);
	const nav =
		'book' in config
			? [...entries(book['chapters']), ...(appendices.length ? [{ title: 'Appendices', children: appendices }] : [])]
			: sidebars.length === 1
				? entries(sidebars[0]!['contents'])
				: sidebars.flatMap((sidebar): NavEntry[] => (text(sidebar['title']) ? [{ title: text(sidebar['title']), children: entries(sidebar['contents']) }] : entries(sidebar['contents'])));
	const siteName = text(book['title']) || text(website['title']) || (sidebars.length === 1 ? text(sidebars[0]!['title']) : '');
	return { pagesDir: '.', ...(siteName ? { siteName } : {}), tableOfContents: nav.length ? toMarkdown(nav) : null };
}

const isPattern = (entry: string) => /[*?[{]/.test(entry) || entry === 'auto';

/**
 * The pages a Quarto sidebar's pattern lists, in name order: all of them for `auto`, those a glob matches at any depth
 * (at the project's root only when it starts with "/"), and those in a folder it names. The home page is the overview.
 */
function pagesMatching(pattern: string, pages: readonly string[]): string[] {
	const rooted = pattern.startsWith('/');
	const glob = pattern.replace(/^\/+|\/+$/g, '');
	const globs = pattern === 'auto' ? ['**'] : [glob, `${glob}/**`].flatMap((g) => (rooted ? [g] : [g, `**/${g}`]));
	return pages.filter((path) => !isFolderIndex(path) && globs.some((g) => matchesGlob(path, g))).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

/**
 * The folder a book's pages are in, as its configuration names it: mdBook's `book.toml` (`[book] src`, "src" unless
 * it says otherwise) or GitBook's `.gitbook.yaml` (`root`, the repository's own folder unless it says otherwise).
 */
export function readBookSource(config: { toml?: string; gitbook?: string }): string {
	if (config.gitbook !== undefined) return readGitbookStructure(config.gitbook).root;
	try {
		return text((parseToml(config.toml ?? '')['book'] as Record<string, unknown> | undefined)?.['src']) || 'src';
	} catch {
		return 'src';
	}
}

/**
 * A GitBook's `.gitbook.yaml`: its `root`, and the table of contents and first page its `structure` names, paths from
 * the repository's folder (`structure`'s are from the root; "SUMMARY.md" and "README.md" unless it names others).
 */
export function readGitbookStructure(configText: string): { root: string; summary: string; readme: string } {
	const config = readYamlMap(configText);
	const root = text(config?.['root']).replace(/^\.?\/+|\/+$/g, '') || '.';
	const structure = config?.['structure'] && typeof config['structure'] === 'object' ? (config['structure'] as Record<string, unknown>) : {};
	const path = (value: unknown, fallback: string) => posix.join(root, text(value) || fallback);
	return { root, summary: path(structure['summary'], 'SUMMARY.md'), readme: path(structure['readme'], 'README.md') };
}

/**
 * A book's title as its tool's configuration states it: mdBook's `book.toml` (`[book] title`) or GitBook's
 * `book.json` (`title`). Their tables of contents are headed "Summary" more often than by the title.
 */
export function readBookTitle(config: { toml?: string | null; json?: string | null }): string | null {
	try {
		if (config.toml) return text((parseToml(config.toml)['book'] as Record<string, unknown> | undefined)?.['title']) || null;
		if (config.json) return text((JSON.parse(config.json) as Record<string, unknown>)['title']) || null;
	} catch {
		// A configuration that does not parse names nothing; the table of contents still does.
	}
	return null;
}
