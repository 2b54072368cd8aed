/**
 * A Jekyll site whose theme builds its navigation from a data file rather than from its pages: `_data/navigation.yml`
 * (Minimal Mistakes and TeXt keep lists under names, `main:` and `docs:`, each entry's `children` under it),
 * `_data/nav.yml`, `_data/sidebar.yml`, `_data/toc.yml`, or a folder of them (`_data/sidebars/`, a documentation
 * theme's `entries` of `folders` of `folderitems`). Each entry is a title (`title`, `page`, `name`) and a link
 * (`url`, `link`, `href`) to a page as the site serves it (its `permalink`, else its path as `.html` or a folder
 * of its own), its nested entries a group. Of the lists the file holds, the one naming the most of the site's pages
 * is its table of contents, as other sites' navs are (site-nav.ts).
 */
import { HOME_PAGES, publishedPages, type SiteFile, text } from './jekyll.ts';
import { type NavEntry, type SiteNav, toMarkdown } from './site-nav.ts';

// The data files themes keep a navigation in (`_data/<name>.yml`, or a folder of such files).
const NAV_FILES = ['navigation', 'nav', 'sidebar', 'sidebars', 'toc', 'menu'];
// An entry's words, its link, and the entries nested under it, as the themes name them.
const TITLE_KEYS = ['title', 'page', 'name', 'text', 'label'];
const URL_KEYS = ['url', 'link', 'href', 'path'];
const CHILDREN_KEYS = ['children', 'subitems', 'subfolderitems', 'folderitems', 'folders', 'entries', 'items', 'links', 'docs', 'pages', 'sublinks'];

const isMap = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Where a link leads on the site, as a path from its root without its ends (`/policies/`, `policies.html` and
 * `{{ site.baseurl }}/policies/index.html` are "policies"; the home page is ""); null for another site or an anchor.
 */
function servedAt(url: string, baseurl: string): string | null {
	if (url.startsWith('#')) return null;
	let path = url.replace(/^\{\{[^}]*\}\}/, '').replace(/[?#].*$/, '');
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) return null;
	if (baseurl && (path === baseurl || path.startsWith(`${baseurl}/`))) path = path.slice(baseurl.length);
	const segments: string[] = [];
	for (const segment of path.split('/')) {
		if (segment === '..') segments.pop();
		else if (segment && segment !== '.') segments.push(segment);
	}
	return segments.join('/').replace(/\.(?:html?|md|markdown)$/i, '').replace(/(?:^|\/)index$/, '');
}

/** The lists of entries a navigation file holds: itself, or those under its names (and their names', a level deeper). */
function entryLists(value: unknown, depth = 0): unknown[][] {
	if (Array.isArray(value)) return value.some(isMap) ? [value] : [];
	if (!isMap(value) || depth > 2) return [];
	return Object.values(value).flatMap((inner) => entryLists(inner, depth + 1));
}

/**
 * The navigation a Jekyll site's data files hold, given its configuration (its `data`, `baseurl` and `title`) and its
 * Markdown files; null when none names two of its pages. Entries that lead elsewhere (another site, a page the
 * importer does not have) are left out, with a note.
 */
export function jekyllDataNav(config: Record<string, unknown>, files: readonly SiteFile[]): SiteNav | null {
	const data = isMap(config['data']) ? config['data'] : {};
	const lists = NAV_FILES.flatMap((name) => entryLists(data[name]));
	if (lists.length === 0) return null;
	const pages = publishedPages(files, config);
	// Where Jekyll serves each page: its permalink, else its path; a permalink wins over another page's path.
	const pageAt = new Map<string, string>();
	const baseurl = text(config['baseurl']).replace(/\/+$/, '');
	for (const page of pages) {
		const permalink = text(page.fields['permalink']);
		if (permalink && !permalink.includes(':')) pageAt.set(servedAt(permalink, '') ?? '', page.path);
	}
	for (const page of pages) {
		const at = servedAt(page.path, '') ?? '';
		if (!pageAt.has(at)) pageAt.set(at, page.path);
		if (HOME_PAGES.includes(page.path) && !pageAt.has('')) pageAt.set('', page.path);
	}
	const read = (list: readonly unknown[], unread: string[]): NavEntry[] =>
		list.flatMap((item): NavEntry[] => {
			const fields = isMap(item) ? item : { url: item };
			const title = TITLE_KEYS.map((key) => text(fields[key])).find(Boolean) ?? '';
			const link = URL_KEYS.map((key) => text(fields[key])).find(Boolean);
			const nested = CHILDREN_KEYS.map((key) => fields[key]).find(Array.isArray);
			const children = nested ? read(nested, unread) : [];
			const at = link === undefined ? null : servedAt(link, baseurl);
			const page = at === null ? undefined : pageAt.get(at);
			if (link !== undefined && page === undefined && at !== null) unread.push(link);
			if (page === undefined && children.length === 0) return [];
			return [{ title, ...(page !== undefined ? { url: page } : {}), ...(children.length > 0 ? { children } : {}) }];
		});
	const pagesOf = (entries: readonly NavEntry[]): number => entries.reduce((count, entry) => count + (entry.url ? 1 : 0) + pagesOf(entry.children ?? []), 0);
	const [best] = lists
		.map((list) => {
			const unread: string[] = [];
			const entries = read(list, unread);
			return { entries, unread, count: pagesOf(entries) };
		})
		.sort((a, b) => b.count - a.count);
	if (!best || best.count < 2) return null;
	const listed = (entries: readonly NavEntry[]): boolean => entries.some((entry) => HOME_PAGES.includes(entry.url ?? '') || listed(entry.children ?? []));
	const home = HOME_PAGES.find((path) => pages.some((page) => page.path === path));
	// The home page the navigation leaves out is the overview: Jekyll's, not a README about the theme beside it.
	const front = home && !listed(best.entries) ? { home } : {};
	const notes = best.unread.length > 0 ? [`The site's navigation links to ${best.unread.length === 1 ? 'a page' : 'pages'} the plan does not hold, left out: ${best.unread.slice(0, 4).join(', ')}${best.unread.length > 4 ? ', …' : ''}`] : [];
	const siteName = text(config['title']);
	return { pagesDir: '.', ...(siteName ? { siteName } : {}), tableOfContents: toMarkdown(best.entries), ...front, ...(notes.length > 0 ? { notes } : {}) };
}
