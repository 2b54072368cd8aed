/**
 * A Mintlify site's navigation, as the entries of a table of contents. Its configuration, `docs.json` (or `mint.json`,
 * the older name) at the docs' root, lists the pages by path without extension in `navigation`: groups (`{ group,
 * root, pages }`, a page of `pages` being a path or a group of its own), maybe inside tabs, anchors, dropdowns or
 * products (`{ tab, groups }`), each a part of the site, and versions or languages, of which the site opens at the
 * default one (the other languages' folders are its translations). A group is opened by its `root` page, and one of a single page is that page; hidden groups and pages (`hidden: true`) and links (`href`) are no
 * pages of the plan. The site opens at its `index` page, else at the first page listed: its home page, the overview.
 */
import { field, isPlainObject, text } from './js-literal.ts';
import { type NavEntry, withoutPage } from './site-nav.ts';

/** The names a Mintlify site's configuration has, the current one first. */
export const MINTLIFY_CONFIGS = ['docs.json', 'mint.json'];

/** The keys that divide a site into parts, each item titled by its key's own name (`{ tab: 'Guides', groups }`). */
const PARTS = ['tabs', 'anchors', 'dropdowns', 'products'] as const;
const PART_TITLES: Record<(typeof PARTS)[number], string[]> = { tabs: ['tab'], anchors: ['anchor', 'name'], dropdowns: ['dropdown'], products: ['product'] };
/** The keys of alternatives (a version, a language) of which the site shows the default one. */
const ALTERNATIVES = ['versions', 'languages'] as const;

export interface MintlifyNav {
	entries: NavEntry[];
	/** The page the site opens at, which the entries leave out: the overview. */
	home: string;
	/** The site's name (`name`). */
	siteName?: string;
	/** What the navigation names but the plan has no page for, or hides, for the report. */
	leftOut: string[];
	/** The folders of the site's other languages ("zh"), whose pages are translations of the default one's. */
	localeFolders: string[];
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/** Whether a folder is named by a language's code ("zh", "pt-BR"), as a site's translations are. */
const isLanguageCode = (name: string) => {
	try {
		return LANGUAGE_NAMES.of(name) !== undefined;
	} catch {
		return false;
	}
};

/**
 * The folders of a site's other languages: the folder all pages of each language but the default one are in (`{
 * language: 'zh', groups }` listing "zh/quickstart"), and any folder at the docs' root named by a language's code
 * whose pages are the default's under the same names ("ja/quickstart.mdx" beside "quickstart.mdx").
 */
function localeFoldersOf(navigation: unknown, chosen: unknown, files: ReadonlyMap<string, string>): string[] {
	const named = (node: unknown): string[] => (typeof node === 'string' ? [node.replace(/^\//, '')] : Array.isArray(node) ? node.flatMap(named) : isPlainObject(node) ? Object.values(node).flatMap(named) : []);
	const languages = field(navigation, 'languages');
	const listed = (Array.isArray(languages) ? languages : []).filter((language) => language !== chosen).flatMap((language) => {
		const folders = new Set(named(language).filter((name) => files.has(name)).map((name) => name.split('/')[0]));
		return folders.size === 1 ? [...folders] : [];
	});
	const mirrored = [...new Set([...files.keys()].filter((name) => name.includes('/')).map((name) => name.split('/')[0]!))].filter(
		(folder) => isLanguageCode(folder) && [...files.keys()].some((name) => name.startsWith(`${folder}/`) && files.has(name.slice(folder.length + 1))),
	);
	return [...new Set([...listed, ...mirrored] as string[])];
}

/**
 * The navigation of a Mintlify configuration over its Markdown pages (paths relative to the docs' root); null when it
 * has no navigation listing any of them (a `docs.json` of another tool).
 */
export function mintlifyNav(config: unknown, pages: readonly string[]): MintlifyNav | null {
	const navigation = field(config, 'navigation');
	if (navigation === undefined) return null;
	const files = new Map(pages.map((path) => [path.replace(/\.mdx?$/i, ''), path]));
	const leftOut: string[] = [];
	const seen = new Set<string>();

	const pageEntry = (name: string): NavEntry[] => {
		const path = files.get(name.replace(/^\//, ''));
		if (path === undefined) {
			// An API endpoint (`GET /users`, from an OpenAPI file) or a page the repository does not hold.
			leftOut.push(name);
			return [];
		}
		if (seen.has(path)) return [];
		seen.add(path);
		return [{ title: '', url: path }];
	};
	const itemEntries = (item: unknown): NavEntry[] => {
		if (typeof item === 'string') return pageEntry(item);
		if (!isPlainObject(item) || field(item, 'href') !== undefined) return [];
		if (field(item, 'hidden') === true) {
			leftOut.push(text(field(item, 'group')) ?? text(field(item, 'page')) ?? 'a hidden item');
			return [];
		}
		const group = text(field(item, 'group'));
		if (group === undefined) return containerEntries(item);
		const root = text(field(item, 'root'));
		return grouped(group, [...(root ? pageEntry(root) : []), ...containerEntries(item)]);
	};
	const listEntries = (value: unknown): NavEntry[] => (Array.isArray(value) ? value.flatMap(itemEntries) : []);
	// A division's items are the site's parts when it has several with pages, else just its pages.
	const shown = (items: unknown[]) => items.find((item) => field(item, 'default') === true) ?? items[0];
	const containerEntries = (node: unknown): NavEntry[] => {
		if (Array.isArray(node)) return listEntries(node);
		const entries: NavEntry[] = [];
		for (const key of ALTERNATIVES) {
			const items = field(node, key);
			if (Array.isArray(items) && items.length > 0) entries.push(...containerEntries(shown(items)));
		}
		for (const key of PARTS) {
			const parts = (Array.isArray(field(node, key)) ? (field(node, key) as unknown[]) : []).map((item) =>
				grouped(PART_TITLES[key].map((name) => text(field(item, name))).find(Boolean) ?? '', field(item, 'href') === undefined ? containerEntries(item) : []),
			);
			const withPages = parts.filter((part) => part.length > 0);
			entries.push(...(withPages.length > 1 ? withPages.flat() : withPages.flatMap((part) => part.flatMap((entry) => entry.children ?? [entry]))));
		}
		entries.push(...listEntries(field(node, 'groups')), ...listEntries(field(node, 'pages')));
		return entries;
	};

	const entries = containerEntries(navigation);
	const home = files.get('index') ?? firstPage(entries);
	if (home === undefined) return null;
	const siteName = text(field(config, 'name'));
	const languages = field(navigation, 'languages');
	const localeFolders = localeFoldersOf(navigation, Array.isArray(languages) ? shown(languages) : undefined, files);
	return { entries: withoutPage(entries, home), home, ...(siteName ? { siteName } : {}), leftOut, localeFolders };
}

/**
 * A group or part as the table of contents lists it: none without pages, and one holding a single page (a one-page
 * "Overview" group, a tab of one page) that page, as its heading over one link adds no level a reader goes through.
 */
const grouped = (title: string, children: NavEntry[]): NavEntry[] => {
	if (children.length === 0) return [];
	return children.length === 1 && children[0]!.children === undefined ? children : [{ title, children }];
};

const firstPage = (entries: readonly NavEntry[]): string | undefined => {
	for (const entry of entries) {
		const url = entry.url ?? firstPage(entry.children ?? []);
		if (url !== undefined) return url;
	}
	return undefined;
};
