/**
 * A Jekyll site's navigation as the Just the Docs theme (and Just the Class, the course template built on it) builds
 * it from its pages' frontmatter: the pages without a `parent` are its top level, each page's children are the pages
 * whose `parent` is its title (and whose `grand_parent` is its parent's, a level deeper), each level in `nav_order`
 * order, then by title. Written as the Markdown table of contents the importer reads like mdBook's SUMMARY.md.
 */
import { TagToken, Tokenizer } from 'liquidjs';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { urlSafety } from '../../checks/url-safety.ts';
import { parseDate } from '../dates.ts';
import { resolvePlanPath, type SiteRoot } from '../links.ts';
import { documentDrop, renderDocument } from '../markdown/liquid.ts';
import { frontmatterFields, parseMarkdown } from '../markdown/parse.ts';
import { type NavEntry, type SiteNav, toMarkdown } from './site-nav.ts';

/** A Markdown file of the site: its path relative to the site's folder, and its text. */
export interface SiteFile {
	path: string;
	text: string;
}

interface Page {
	path: string;
	title: string;
	parent?: string;
	grandParent?: string;
	order?: number | string;
	/** The collections the page shows whole (see shownCollections). */
	shows?: string[];
}

/** A YAML scalar as text: a string trimmed, a number written out, anything else empty. */
export const text = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
// Jekyll leaves these out of every site, besides what the configuration's `exclude` lists.
const DEFAULT_EXCLUDES = ['node_modules', 'vendor', 'Gemfile', 'Gemfile.lock'];
// The home page Jekyll serves at the site's root (GitHub Pages makes the README it when there is no index).
export const HOME_PAGES = ['index.md', 'index.markdown', 'README.md'];

/**
 * Where a Jekyll site's `/…` links are read from: its folder, served at its configuration's `baseurl`, which links
 * written out in full carry ("/su25/lab_directory" for lab_directory.md of a site at /su25); null without a baseurl.
 */
export function jekyllSiteRoot(config: Record<string, unknown>): SiteRoot | null {
	const servedAt = text(config['baseurl']).replace(/^\/+|\/+$/g, '');
	return servedAt ? { within: '', servedAt } : null;
}

/** A Jekyll `exclude` entry as a test of a path: a file or folder name from the site's root, or a glob. */
function excludes(entry: string): (path: string) => boolean {
	const pattern = entry.replace(/\/+$/, '');
	if (!/[*?]/.test(pattern)) return (path) => path === pattern || path.startsWith(`${pattern}/`);
	const glob = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}(?:/|$)`);
	return (path) => glob.test(path);
}

/**
 * The pages Jekyll publishes: Markdown files with frontmatter (one without is copied as it is, not rendered), outside
 * folders starting with "_" (a theme's includes, layouts and data, and collections) and what `exclude` names.
 */
export function publishedPages(files: readonly SiteFile[], config: Record<string, unknown>): Array<Page & { fields: Record<string, unknown> }> {
	const excluded = [...DEFAULT_EXCLUDES, ...(Array.isArray(config['exclude']) ? config['exclude'].map(text).filter(Boolean) : [])].map(excludes);
	return files.flatMap(({ path, text: source }) => {
		if (path.split('/').some((segment) => segment.startsWith('_')) || excluded.some((test) => test(path))) return [];
		const fields = frontmatterFields(parseMarkdown(source));
		if (!fields) return [];
		const order = fields['nav_order'];
		const shows = shownCollections(source);
		return [
			{
				path,
				fields,
				title: text(fields['title']),
				...(shows.length > 0 ? { shows } : {}),
				...(text(fields['parent']) ? { parent: text(fields['parent']) } : {}),
				...(text(fields['grand_parent']) ? { grandParent: text(fields['grand_parent']) } : {}),
				...((typeof order === 'number' && Number.isFinite(order)) || (typeof order === 'string' && order.trim()) ? { order: typeof order === 'string' ? order.trim() : order } : {}),
			},
		];
	});
}

// A collection as Liquid names it (`site.modules`), not a data file (`site.data.x`) nor one of its fields, and
// what an assignment may do to it and still hold all of its documents.
const COLLECTION = /^site\.(\w+)(?![.\w[])/;
const WHOLE = /^site\.\w+\s*(?:\|\s*(?:sort|sort_natural|reverse)\b[^|]*)*$/;

/**
 * The collections a page's Liquid shows whole, each document where it loops over them: Just the Class's calendar,
 * `{% for module in site.modules %}{{ module }}{% endfor %}`, shows each week's module, its lectures, there. Courses
 * built on it loop as often over a variable the collection is assigned to, in its order or sorted (`{% assign mods =
 * site.modules %}`), and output each document under a condition on it (a week's `Status`), which is the term's state,
 * not the course's content. A collection assigned through `where` is a selection (the staff who are TAs), not shown whole.
 */
function shownCollections(source: string): string[] {
	let tokens;
	try {
		tokens = new Tokenizer(source).readTopLevelTokens();
	} catch {
		return [];
	}
	const assigned = new Map<string, string>();
	const loops: Array<{ variable: string; collection: string | undefined }> = [];
	const shown = new Set<string>();
	for (const token of tokens) {
		if (token instanceof TagToken && token.name === 'assign') {
			const [, name = '', value = ''] = /^(\w+)\s*=\s*(.*)$/s.exec(token.args.trim()) ?? [];
			const collection = WHOLE.test(value.trim()) ? COLLECTION.exec(value)?.[1] : undefined;
			if (collection) assigned.set(name, collection);
			else assigned.delete(name);
		} else if (token instanceof TagToken && token.name === 'for') {
			const [, variable, source] = /^(\w+)\s+in\s+(\S+)/.exec(token.args.trim()) ?? [];
			loops.push({ variable: variable ?? '', collection: COLLECTION.exec(source ?? '')?.[1] ?? assigned.get(source ?? '') });
		} else if (token instanceof TagToken && token.name === 'endfor') loops.pop();
		else if ('content' in token) {
			const loop = loops.findLast(({ variable }) => variable === token.content.trim());
			if (loop?.collection) shown.add(loop.collection);
		}
	}
	return [...shown];
}

/**
 * Pages in the theme's order: numbered `nav_order`s first, by number, then those given as text, then the pages
 * without one by title (ignoring case when `nav_sort: case_insensitive`); equal places keep the site's file order.
 */
function inNavOrder(pages: readonly Page[], ignoreCase: boolean): Page[] {
	const rank = (page: Page) => (typeof page.order === 'number' ? 0 : page.order === undefined ? 2 : 1);
	const words = (value: string) => (ignoreCase ? value.toLowerCase() : value);
	const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return [...pages].sort((a, b) => {
		if (rank(a) !== rank(b)) return rank(a) - rank(b);
		if (typeof a.order === 'number' && typeof b.order === 'number') return a.order - b.order;
		if (typeof a.order === 'string' && typeof b.order === 'string') return compare(words(a.order), words(b.order));
		return compare(words(a.title), words(b.title));
	});
}

/**
 * The navigation of a Jekyll site whose pages place themselves in it (`nav_order`, `parent`), from its
 * configuration (`_config.yml`: its `title` names the site) and its Markdown files; null for a site whose pages do not (a blog, or
 * a theme that lists pages otherwise). Pages with `nav_exclude: true` (unless under a parent in it) or without a title are not in it, nor those
 * whose parent names no page, which the notes list; the home page, when the navigation leaves it out, comes first
 * on its own, as the site's front page.
 */
export function jekyllNav(config: Record<string, unknown>, files: readonly SiteFile[]): SiteNav | null {
	const published = publishedPages(files, config);
	const listed = published.filter(({ fields, title }) => title && fields['nav_exclude'] !== true);
	// A page kept out of the sidebar under a parent that is in it (a course's weeks to come, which its schedule links)
	// is still that parent's child on the site, in its place.
	const inNav = published.filter((page) => listed.includes(page) || (page.title && page.parent !== undefined && listed.some((other) => other.title === page.parent)));
	// A page that shows a collection's documents (Just the Class's modules) places them in the navigation too.
	const root = text(config['collections_dir']).replace(/^\/+|\/+$/g, '');
	const collections = new Map(collectionsOf(config).map((collection) => [collection.name, collection]));
	const shown = (page: Page): NavEntry[] =>
		(page.shows ?? []).flatMap((name) => {
			const collection = collections.get(name);
			return collection ? documentsOf(collection, `${root ? `${root}/` : ''}_${name}`, files).map(({ title, path }) => ({ title, url: path })) : [];
		});
	if (!inNav.some((page) => page.order !== undefined || page.parent !== undefined || shown(page).length > 0)) return null;
	const order = (pages: readonly Page[]) => inNavOrder(pages, text(config['nav_sort']) === 'case_insensitive');
	const placed = new Set<Page>();
	// The theme's levels: a page without a parent, its children (a parent, no grand_parent), their children.
	const entries = (pages: readonly Page[], ancestors: readonly Page[]): NavEntry[] =>
		order(pages).map((page) => {
			placed.add(page);
			const [grandParent] = ancestors.slice(-1);
			const children = ancestors.length >= 2 ? [] : inNav.filter((child) => child.parent === page.title && child.grandParent === grandParent?.title);
			const below = [...entries(children, [...ancestors, page]), ...shown(page)];
			return { title: page.title, url: page.path, ...(below.length > 0 ? { children: below } : {}) };
		});
	const nav = entries(inNav.filter((page) => page.parent === undefined && page.grandParent === undefined), []);
	const home = HOME_PAGES.map((path) => published.find((page) => page.path === path)).find((page) => page !== undefined);
	// The home page is the overview; what it shows first (a Just the Class course's weeks) are the plan's first phases.
	const [first] = nav;
	if (home && first?.url === home.path && first.children) nav.splice(0, 1, { title: '', url: home.path }, ...first.children);
	const front: NavEntry[] = home && !placed.has(home) ? [{ title: '', url: home.path }] : [];
	const orphans = inNav.filter((page) => !placed.has(page));
	const notes = orphans.map((page) => `${page.path}: its parent "${page.parent}" is the title of no page of the site, so the site's navigation does not list it`);
	const siteName = text(config['title']);
	return { pagesDir: '.', ...(siteName ? { siteName } : {}), tableOfContents: toMarkdown([...front, ...nav]), ...(notes.length > 0 ? { notes } : {}) };
}

interface Document {
	path: string;
	title: string;
	fields: Record<string, unknown>;
}

/** A collection as `_config.yml` declares it: `collections: [lectures]`, or `lectures: { output: true, sort_by, order }`. */
interface Collection {
	name: string;
	output: boolean;
	sortBy?: string;
	order?: string[];
}

function collectionsOf(config: Record<string, unknown>): Collection[] {
	const declared = config['collections'];
	if (Array.isArray(declared)) return declared.map(text).filter(Boolean).map((name) => ({ name, output: false }));
	if (!declared || typeof declared !== 'object') return [];
	return Object.entries(declared as Record<string, unknown>).map(([name, value]) => {
		const metadata = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
		const sortBy = text(metadata['sort_by']);
		const order = Array.isArray(metadata['order']) ? metadata['order'].map(text).filter(Boolean) : [];
		return { name, output: metadata['output'] === true, ...(sortBy ? { sortBy } : {}), ...(order.length > 0 ? { order } : {}) };
	});
}

/** Jekyll's title for a document without one: its file's name, words capitalized ("01-intro.md" is "01 Intro"). */
const titleFromName = (path: string) =>
	(path.split('/').pop() ?? path)
		.replace(/\.[^.]+$/, '')
		.split(/[-_\s]+/)
		.filter(Boolean)
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');

// A document's title when its frontmatter names none: a course theme's description of the lecture ("desc").
const TITLE_FIELDS = ['title', 'desc', 'description'];

/**
 * A collection's documents in Jekyll's order: those its `order` list names first, in that order; else by its
 * `sort_by` field (documents without one after); else by `date`, then by path. Documents without frontmatter (static
 * files, which Jekyll copies) or with `published: false` are not rendered, so not listed.
 */
function documentsOf(collection: Collection, folder: string, files: readonly SiteFile[]): Document[] {
	const documents = files.flatMap(({ path, text: source }) => {
		if (!path.startsWith(`${folder}/`)) return [];
		const fields = frontmatterFields(parseMarkdown(source));
		if (!fields || fields['published'] === false) return [];
		const title = TITLE_FIELDS.map((field) => text(fields[field])).find(Boolean) ?? titleFromName(path);
		return [{ path, title, fields }];
	});
	const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	const byDate = (a: Document, b: Document) => {
		const [first, second] = [text(a.fields['date']), text(b.fields['date'])];
		// Dates, as Jekyll's YAML reads them, not text: 2024-12-9 is before 2024-12-16.
		const [x, y] = [parseDate(first)?.day, parseDate(second)?.day];
		return (x !== undefined && y !== undefined ? x - y : first && second ? compare(first, second) : 0) || compare(a.path, b.path);
	};
	const listed = (document: Document) => collection.order?.indexOf(document.path.slice(folder.length + 1)) ?? -1;
	return documents.sort((a, b) => {
		const [first, second] = [listed(a), listed(b)];
		if (first >= 0 || second >= 0) return first < 0 ? 1 : second < 0 ? -1 : first - second;
		if (collection.sortBy) {
			const [x, y] = [text(a.fields[collection.sortBy]), text(b.fields[collection.sortBy])];
			if (!x !== !y) return x ? -1 : 1;
			if (x && y && x !== y) return compare(x, y);
		}
		return byDate(a, b);
	});
}

/**
 * The configuration with each collection's documents under its name, in Jekyll's order, as Liquid reads them
 * (`site.lectures`): a page filters and loops over them (`{% assign labs = site.lectures | where: "type", "lab" %}`).
 * A document's `url` is its file, from the site's root, as `{% link %}` writes one; written out whole (`{{ lecture }}`)
 * it is its text rendered in its layout (see renderDocument), unless a page shows its collection whole, which makes it
 * a phase of its own.
 */
export function withCollections(config: Record<string, unknown>, files: readonly SiteFile[], layouts: Readonly<Record<string, string>>, includes: Readonly<Record<string, string>>): Record<string, unknown> {
	const root = text(config['collections_dir']).replace(/^\/+|\/+$/g, '');
	const shownWhole = new Set(publishedPages(files, config).flatMap((page) => page.shows ?? []));
	const collections = collectionsOf(config).map((collection) => {
		const folder = `${root ? `${root}/` : ''}_${collection.name}`;
		const documents = documentsOf(collection, folder, files).map(({ path, title, fields }) => {
			const source = files.find((file) => file.path === path)?.text ?? '';
			const body = shownWhole.has(collection.name) ? '' : renderDocument(source, config, fields, layouts[layoutOf(config, path, fields) ?? ''], includes);
			return documentDrop({ ...fields, title, collection: collection.name, path, url: `/${path}` }, body);
		});
		return [collection.name, documents] as const;
	});
	return { ...config, ...Object.fromEntries(collections) };
}

/** The words of a text, lower case, a plural's without its "s": where a home page names a collection (`site.labs`, `lab_table.html`). */
const wordsOf = (value: string) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((word) => word.replace(/s$/, ''));

/**
 * The navigation of a Jekyll site that publishes its lessons as collections (`_config.yml`'s `collections` with
 * `output: true`: a course's `_lectures/` and `_labs/`, a Carpentries lesson's `_episodes/`): each collection that has
 * documents a group of them in Jekyll's order (one alone is the plan's pages), the collections in the order the home
 * page's Liquid first names them (`{% for l in site.lectures %}`, `{% include lab_table.html %}`), the others after
 * them in the configuration's (years in their order, see below);
 * the home page is the overview. Null when no collection is published.
 */
export function jekyllCollectionsNav(config: Record<string, unknown>, files: readonly SiteFile[]): SiteNav | null {
	const root = text(config['collections_dir']).replace(/^\/+|\/+$/g, '');
	const published = collectionsOf(config)
		.filter((collection) => collection.output && collection.name !== 'posts')
		.map((collection) => ({ collection, documents: documentsOf(collection, `${root ? `${root}/` : ''}_${collection.name}`, files) }))
		.filter(({ documents }) => documents.length > 0);
	if (published.length === 0) return null;
	const home = HOME_PAGES.map((path) => files.find((file) => file.path === path)).find((file) => file !== undefined);
	// What the home page's Liquid names: its loops over collections and the templates it includes.
	const homeWords = wordsOf([...(home?.text ?? '').matchAll(/\{%[^%]*%\}|\{\{[^}]*\}\}/g)].map(([tag]) => tag).join(' '));
	const named = (collection: Collection) => {
		const at = homeWords.indexOf(wordsOf(collection.name).join(' '));
		return at < 0 ? Number.POSITIVE_INFINITY : at;
	};
	// Collections named by numbers (a course's years, `_2019/` … `_2026/`) the home page leaves unnamed follow in their
	// numbers' order, from the newest when the first it names is the newest (its current term): 2026, 2020, 2019.
	const number = (collection: Collection) => (/^\d+$/.test(collection.name) ? Number(collection.name) : Number.NaN);
	const first = published.toSorted((a, b) => named(a.collection) - named(b.collection))[0]!;
	const newestFirst = named(first.collection) < Number.POSITIVE_INFINITY && number(first.collection) === Math.max(...published.map(({ collection }) => number(collection)));
	const byNumber = (a: Collection, b: Collection) => (newestFirst ? number(b) - number(a) : number(a) - number(b)) || 0;
	const ordered = published.map((entry, index) => ({ ...entry, index })).sort((a, b) => named(a.collection) - named(b.collection) || byNumber(a.collection, b.collection) || a.index - b.index);
	const pages = (documents: readonly Document[]): NavEntry[] => documents.map(({ title, path }) => ({ title, url: path }));
	const nav: NavEntry[] =
		ordered.length === 1 ? pages(ordered[0]!.documents) : ordered.map(({ collection, documents }) => ({ title: titleFromName(collection.name), children: pages(documents) }));
	const front: NavEntry[] = home ? [{ title: '', url: home.path }] : [];
	const siteName = text(config['title']);
	return { pagesDir: '.', ...(siteName ? { siteName } : {}), tableOfContents: toMarkdown([...front, ...nav]) };
}

/**
 * Jekyll serves a collection's page at a folder named like it (`_lectures/lect18.md` at `/lectures/lect18/`, its
 * permalink's `:path/`), so an image it names relative to itself is read from that folder: `scramble.jpeg` is
 * `_lectures/lect18/scramble.jpeg`. Such images, which are no files beside the page, are written as paths from it.
 */
export function imagesFromPageFolder(tree: Root, path: string, isAsset: (path: string) => boolean): void {
	const folder = path.replace(/\.[^./]+$/, '');
	visit(tree, ['image', 'definition'], (node) => {
		if (!('url' in node) || urlSafety(node.url) !== 'relative' || node.url.startsWith('/') || isAsset(resolvePlanPath(node.url, path).path)) return;
		if (isAsset(resolvePlanPath(node.url, `${folder}/index.md`).path)) node.url = `${folder.split('/').pop()}/${node.url.replace(/^\.\//, '')}`;
	});
}

/**
 * The page each document of a collection a page shows whole is drawn into (Just the Class's `_modules/week-1.md`
 * into the calendar), by the document's path: the first such page. A collection Jekyll also outputs is served
 * page by page too, where its documents are read from their own folder.
 */
export function drawingPages(config: Record<string, unknown>, files: readonly SiteFile[]): Record<string, string> {
	const root = text(config['collections_dir']).replace(/^\/+|\/+$/g, '');
	const collections = new Map(collectionsOf(config).map((collection) => [collection.name, collection]));
	const drawn: Record<string, string> = {};
	for (const page of publishedPages(files, config)) {
		for (const name of page.shows ?? []) {
			const collection = collections.get(name);
			for (const { path } of collection && !collection.output ? documentsOf(collection, `${root ? `${root}/` : ''}_${name}`, files) : []) drawn[path] ??= page.path;
		}
	}
	return drawn;
}

/**
 * A document drawn into a page is read where that page is served, so its relative links (a module's
 * `resources/lec01.pdf`) lead from the page's folder, not the collection's: they are written from the site's root.
 */
export function linksFromDrawingPage(tree: Root, page: string): void {
	visit(tree, ['link', 'image', 'definition'], (node) => {
		if (!('url' in node) || urlSafety(node.url) !== 'relative' || node.url.startsWith('/') || node.url.startsWith('#')) return;
		const { path, anchor } = resolvePlanPath(node.url, page);
		node.url = `/${path.split('/').map(encodeURIComponent).join('/')}${anchor ? `#${anchor}` : ''}`;
	});
}

/**
 * The layout Jekyll renders a page in: its frontmatter's `layout`, else the last of `_config.yml`'s `defaults` whose
 * scope holds it (a `path` it is under, a `type`: its collection, `pages` or `posts`), as Just the Class gives each
 * `_modules/` week the `module` layout.
 */
export function layoutOf(config: Record<string, unknown>, path: string, fields: Record<string, unknown>): string | undefined {
	const own = text(fields['layout']);
	if (own) return own;
	const root = text(config['collections_dir']).replace(/^\/+|\/+$/g, '');
	const [first = '', ...rest] = (root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path).split('/');
	const collection = first.startsWith('_') && rest.length > 0 && collectionsOf(config).some(({ name }) => `_${name}` === first) ? first.slice(1) : undefined;
	const type = collection ?? 'pages';
	const defaults = Array.isArray(config['defaults']) ? (config['defaults'] as unknown[]) : [];
	let layout: string | undefined;
	for (const entry of defaults) {
		const { scope, values } = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
		const within = (scope && typeof scope === 'object' ? scope : {}) as Record<string, unknown>;
		const under = text(within['path']).replace(/^\/+|\/+$/g, '');
		const inScope = (!under || path === under || path.startsWith(`${under}/`)) && (!text(within['type']) || text(within['type']) === type);
		const named = values && typeof values === 'object' ? text((values as Record<string, unknown>)['layout']) : '';
		if (inScope && named) layout = named;
	}
	return layout;
}
