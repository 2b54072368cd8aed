/**
 * A Jekyll site's navigation as the Just the Docs theme (and Just the Class, the course template built on it) builds
 * it from its pages' frontmatter: the pages without a `parent` are its top level, each page's children are the pages
 * whose `parent` is its title (and whose `grand_parent` is its parent's, a level deeper), each level in `nav_order`
 * order, then by title. Written as the Markdown table of contents the importer reads like mdBook's SUMMARY.md.
 */
import { frontmatterFields, parseMarkdown } from './markdown/parse.ts';
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
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
// Jekyll leaves these out of every site, besides what the configuration's `exclude` lists.
const DEFAULT_EXCLUDES = ['node_modules', 'vendor', 'Gemfile', 'Gemfile.lock'];
// The home page Jekyll serves at the site's root (GitHub Pages makes the README it when there is no index).
const HOME_PAGES = ['index.md', 'index.markdown', 'README.md'];

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
function publishedPages(files: readonly SiteFile[], config: Record<string, unknown>): Array<Page & { fields: Record<string, unknown> }> {
	const excluded = [...DEFAULT_EXCLUDES, ...(Array.isArray(config['exclude']) ? config['exclude'].map(text).filter(Boolean) : [])].map(excludes);
	return files.flatMap(({ path, text: source }) => {
		if (path.split('/').some((segment) => segment.startsWith('_')) || excluded.some((test) => test(path))) return [];
		const fields = frontmatterFields(parseMarkdown(source));
		if (!fields) return [];
		const order = fields['nav_order'];
		return [
			{
				path,
				fields,
				title: text(fields['title']),
				...(text(fields['parent']) ? { parent: text(fields['parent']) } : {}),
				...(text(fields['grand_parent']) ? { grandParent: text(fields['grand_parent']) } : {}),
				...((typeof order === 'number' && Number.isFinite(order)) || (typeof order === 'string' && order.trim()) ? { order: typeof order === 'string' ? order.trim() : order } : {}),
			},
		];
	});
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
 * a theme that lists pages otherwise). Pages with `nav_exclude: true` or without a title are not in it, nor those
 * whose parent names no page, which the notes list; the home page, when the navigation leaves it out, comes first
 * on its own, as the site's front page.
 */
export function jekyllNav(config: Record<string, unknown>, files: readonly SiteFile[]): SiteNav | null {
	const published = publishedPages(files, config);
	const inNav = published.filter(({ fields, title }) => title && fields['nav_exclude'] !== true);
	if (!inNav.some((page) => page.order !== undefined || page.parent !== undefined)) return null;
	const order = (pages: readonly Page[]) => inNavOrder(pages, text(config['nav_sort']) === 'case_insensitive');
	const placed = new Set<Page>();
	// The theme's levels: a page without a parent, its children (a parent, no grand_parent), their children.
	const entries = (pages: readonly Page[], ancestors: readonly Page[]): NavEntry[] =>
		order(pages).map((page) => {
			placed.add(page);
			const [grandParent] = ancestors.slice(-1);
			const children = ancestors.length >= 2 ? [] : inNav.filter((child) => child.parent === page.title && child.grandParent === grandParent?.title);
			const below = entries(children, [...ancestors, page]);
			return { title: page.title, url: page.path, ...(below.length > 0 ? { children: below } : {}) };
		});
	const nav = entries(inNav.filter((page) => page.parent === undefined && page.grandParent === undefined), []);
	const home = HOME_PAGES.map((path) => published.find((page) => page.path === path)).find((page) => page !== undefined);
	const front: NavEntry[] = home && !placed.has(home) ? [{ title: '', url: home.path }] : [];
	const orphans = inNav.filter((page) => !placed.has(page));
	const notes = orphans.map((page) => `${page.path}: its parent "${page.parent}" is the title of no page of the site, so the site's navigation does not list it`);
	const siteName = text(config['title']);
	return { pagesDir: '.', ...(siteName ? { siteName } : {}), tableOfContents: toMarkdown([...front, ...nav]), ...(notes.length > 0 ? { notes } : {}) };
}
