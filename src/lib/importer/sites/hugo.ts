/**
 * A Hugo site (courses and tutorials in the hugo-book, Docsy, Learn/Relearn or Hextra themes), or a Zola site, keeps no table of
 * contents: its menu is its `content/` folder. Each folder holding an `_index.md` is a section, the page that opens
 * it, and so is each folder at the top of `content/`; a folder holding an `index.md` is one page (its other files are
 * that page's resources); every other Markdown file is a page of the section it sits in. A section lists its pages
 * and subsections as Hugo sorts them: by `weight` (those without one last), then by date (newest first), then by
 * title, then by path. Drafts, pages Hugo does not render, and pages the theme's menu hides are no lessons. The
 * site's configuration (`hugo.toml`, `config.yaml`, `config/_default/…`, keys in any letter case) names the site
 * (`title`, or its language's), and its languages their content folders (`languages.zh.contentDir`). A page of
 * another language is in its content folder, or named with its code (`setup.fr.md`, Hugo's translation by file name).
 * A Zola site (its configuration has the `base_url` Zola requires; Hugo's is `baseURL`) sorts a section's pages by the
 * `sort_by` of its `_index.md` (`weight`, `date`, `update_date`, `title`, `title_bytes`; `slug`, `permalink` and the
 * default `none` by path), ties by path, and its subsections by `weight` alone: a section lists its pages, then its
 * subsections.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { readFile } from './docs-site.ts';
import { frontmatterFields, frontmatterFirst, parseMarkdown } from '../markdown/parse.ts';
import { nameTitle } from '../plan.ts';
import { type NavEntry, readYamlMap } from './site-nav.ts';

const CONFIG_EXTENSIONS = ['toml', 'yaml', 'yml', 'json'];
// Hugo's root configuration file (`hugo.*` since v0.110, `config.*` before), in the site's folder or in its
// configuration folder's `_default/`, where every other file is the key it is named after (`languages.toml`). Zola
// lays its sites out as Hugo does (`content/`, `_index.md` sections, `weight`), configured in `zola.toml` (`config.toml` before 0.19).
const ROOT_CONFIGS = ['hugo', 'config', 'zola'];

export interface HugoSite {
	/** The site's folder, holding its configuration. */
	root: string;
	/** The content folder of the language the plan is in (`content`, `content/en`). */
	contentDir: string;
	/** The folder Hugo serves at the site's root (`static`): the images pages name from `/`. */
	staticDir: string;
	title?: string;
	/** The section hugo-book's menu shows (`BookSection`), when it shows one: its folder in `contentDir`. */
	menuSection?: string;
	/** Whether it is a Zola site, which orders its sections' pages as their `sort_by` says. */
	zola: boolean;
	/** The site's other languages (their codes, lower-cased) and the content folders of those that have their own. */
	otherLanguages: { code: string; contentDir?: string }[];
}

/** Parsed configuration text, its keys lower-cased as Hugo reads them; null when it does not parse to a map. */
function readConfig(text: string, extension: string): Record<string, unknown> | null {
	let data: unknown;
	try {
		data = extension === 'toml' ? parseToml(text) : readYamlMap(text);
	} catch {
		return null;
	}
	return data && typeof data === 'object' && !Array.isArray(data) ? (lowerKeys(data) as Record<string, unknown>) : null;
}

function lowerKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(lowerKeys);
	if (!value || typeof value !== 'object' || value instanceof Date) return value;
	return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.toLowerCase(), lowerKeys(inner)]));
}

/** The configuration of the Hugo site whose folder is `dir`: its root file's keys, and its configuration folder's files'. */
function siteConfig(dir: string): Record<string, unknown> | null {
	const fileIn = (folder: string, name: string) => {
		for (const extension of CONFIG_EXTENSIONS) {
			const text = readFile(join(folder, `${name}.${extension}`));
			if (text !== null) return readConfig(text, extension);
		}
		return undefined;
	};
	const own = ROOT_CONFIGS.map((name) => fileIn(dir, name)).find((config) => config !== undefined);
	const defaults = join(dir, 'config', '_default');
	const folder = ROOT_CONFIGS.map((name) => fileIn(defaults, name)).find((config) => config !== undefined);
	if (own === undefined && folder === undefined && !existsSync(defaults)) return null;
	const config: Record<string, unknown> = { ...(folder ?? {}), ...(own ?? {}) };
	for (const key of ['languages', 'params', 'menus']) {
		const file = fileIn(defaults, key);
		if (file && config[key] === undefined) config[key] = file;
	}
	return config;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();
const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/**
 * The Hugo site whose folder is `dir` (its configuration and content folder there), in the language whose content
 * folder holds `within` (a folder of the site), else in its default language; null when `dir` is no Hugo site.
 */
export function hugoSiteAt(dir: string, within = dir): HugoSite | null {
	const config = siteConfig(dir);
	if (!config) return null;
	const languages = config['languages'] && typeof config['languages'] === 'object' ? (config['languages'] as Record<string, Record<string, unknown>>) : {};
	const contentDirOf = (language: string) => resolve(dir, text(languages[language]?.['contentdir']) || text(config['contentdir']) || 'content');
	const start = resolve(within);
	const language = Object.keys(languages).find((code) => isInside(start, contentDirOf(code)) && contentDirOf(code) !== contentDirOf('')) ?? (text(config['defaultcontentlanguage']).toLowerCase() || 'en');
	const contentDir = contentDirOf(language);
	if (!isFolder(contentDir)) return null;
	const title = text(languages[language]?.['title']) || text(config['title']);
	const params = config['params'] && typeof config['params'] === 'object' ? (config['params'] as Record<string, unknown>) : {};
	const themes = [config['theme']].flat().map(text);
	// hugo-book's menu shows one section, "docs" unless `BookSection` names another; "*" is every section.
	const bookSection = text(params['booksection']) || (themes.some((theme) => /(?:^|[-/])book$/.test(theme)) ? 'docs' : '');
	const menuSection = bookSection && bookSection !== '*' && isFolder(join(contentDir, bookSection)) ? bookSection : undefined;
	const otherLanguages = Object.keys(languages)
		.filter((code) => code.toLowerCase() !== language.toLowerCase())
		.map((code) => ({ code: code.toLowerCase(), ...(contentDirOf(code) !== contentDir && isFolder(contentDirOf(code)) ? { contentDir: contentDirOf(code) } : {}) }));
	const zola = config['base_url'] !== undefined;
	return { root: dir, contentDir, staticDir: resolve(dir, text(config['staticdir']) || 'static'), ...(title ? { title } : {}), ...(menuSection ? { menuSection } : {}), zola, otherLanguages };
}

/** Whether a page (its path) is another language's by its name, `setup.fr.md` on a site with French among its languages. */
export function inOtherLanguage(site: HugoSite, path: string): boolean {
	const code = /\.([^./]+)\.(?:md|markdown)$/i.exec(path)?.[1]?.toLowerCase();
	return code !== undefined && site.otherLanguages.some((other) => other.code === code);
}

/** The Hugo site `folder` is, or is a folder of the content of; null outside one. */
export function hugoSiteOf(folder: string): HugoSite | null {
	const start = resolve(folder);
	for (let dir = start; ; dir = resolve(dir, '..')) {
		const site = hugoSiteAt(dir, start);
		if (site) return dir === start || isInside(start, site.contentDir) ? site : null;
		if (existsSync(join(dir, '.git')) || resolve(dir, '..') === dir) return null;
	}
}

/** The site's page files and where the plan's pages start: `folder` when it is in the content, else the content (or the menu's section). */
export function hugoPagesDir(site: HugoSite, folder: string): string {
	const start = resolve(folder);
	if (isInside(start, site.contentDir) && start !== site.contentDir) return start;
	return site.menuSection ? join(site.contentDir, site.menuSection) : site.contentDir;
}

/** A Markdown file of the content folder: its path relative to it, and its text. */
export interface ContentFile {
	path: string;
	text: string;
}

interface Page {
	path: string;
	fields: Record<string, unknown>;
}

const SECTION_PAGE = /^_index\.(?:md|markdown)$/i;
const BUNDLE_PAGE = /^index\.(?:md|markdown)$/i;
const folderOf = (path: string) => path.split('/').slice(0, -1).join('/');
const nameOf = (path: string) => path.split('/').at(-1)!;
const field = (fields: Record<string, unknown>, ...keys: string[]) => keys.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), fields);
const isOff = (value: unknown) => value === false || value === 'never' || value === 'false';

/**
 * Whether a page is in the site's menu: not a draft nor headless, listed (`build`/`_build` `list` not "never"), and
 * not hidden from the theme's menu (hugo-book's `bookHidden`, Learn's `hidden`, Docsy's `toc_hide`, Hextra's
 * `sidebar: { exclude: true }`). A page titled without a letter or a digit ("───────") is a line the menu draws
 * between its parts, no lesson.
 */
function inMenu(fields: Record<string, unknown>): boolean {
	if (fields['draft'] === true || fields['headless'] === true || isOff(buildOption(fields, 'list'))) return false;
	const title = titleOf(fields);
	if (title && !/[\p{L}\p{N}]/u.test(title)) return false;
	return !(fields['bookhidden'] === true || fields['hidden'] === true || fields['toc_hide'] === true || field(fields, 'sidebar', 'exclude') === true);
}

const buildOption = (fields: Record<string, unknown>, option: string) => field(fields, 'build', option) ?? field(fields, '_build', option);
/** Whether Hugo makes a page of it: a section whose `_index.md` says `render: never` is listed, titled and placed by it, but has no page. */
const isRendered = (fields: Record<string, unknown>) => !isOff(buildOption(fields, 'render'));

const dateOf = (value: unknown) => {
	const time = value instanceof Date ? value.getTime() : typeof value === 'string' || (value && typeof value === 'object') ? Date.parse(String(value)) : Number.NaN;
	return Number.isFinite(time) ? time : 0;
};
const weightOf = (fields: Record<string, unknown>) => (typeof fields['weight'] === 'number' && Number.isFinite(fields['weight']) ? fields['weight'] : 0);
const titleOf = (fields: Record<string, unknown>) => text(fields['linktitle']) || text(fields['title']);

/** "lesson-02" before "lesson-10": numbered file names by their numbers, and before names without one. */
function byNumberedName(a: Page, b: Page): number {
	const [na, nb] = [nameOf(a.path), nameOf(b.path)];
	const [ha, hb] = [/\d/.test(na), /\d/.test(nb)];
	if (ha !== hb) return ha ? -1 : 1;
	return ha ? na.localeCompare(nb, 'en', { numeric: true }) : 0;
}

/**
 * Hugo's default order of pages: by weight (0, none, last), then date (newest first), then title, then path. Pages
 * alike in weight and date whose file names are numbered ("lesson-01.md" … "lesson-20.md", all of one day) are taken
 * in their files' order, before those alike whose names are not: no author wrote their titles' alphabetical order (the
 * site's theme sorts them itself), but someone numbered the files.
 */
function byHugoOrder(a: Page, b: Page): number {
	const [wa, wb] = [weightOf(a.fields), weightOf(b.fields)];
	if (wa !== wb) return wa === 0 ? 1 : wb === 0 ? -1 : wa - wb;
	const [da, db] = [dateOf(a.fields['date']), dateOf(b.fields['date'])];
	if (da !== db) return db - da;
	return byNumberedName(a, b) || titleOf(a.fields).localeCompare(titleOf(b.fields)) || a.path.localeCompare(b.path);
}

/**
 * Zola's order of a section's pages by its `sort_by`: weight (lightest first), date or update date (newest first),
 * title (numbers in it as numbers) or its bytes; else by path. Ties go by path. A page lacking the value it is sorted
 * by (Zola leaves it out of the section's list, though it still makes its page) comes last.
 */
function byZolaOrder(sortBy: string): (a: Page, b: Page) => number {
	const key = (page: Page): number | string | undefined => {
		const { fields } = page;
		if (sortBy === 'weight') return typeof fields['weight'] === 'number' ? fields['weight'] : undefined;
		if (sortBy === 'date' || sortBy === 'update_date') return dateOf((sortBy === 'update_date' && fields['updated']) || fields['date']) || undefined;
		if (sortBy === 'title' || sortBy === 'title_bytes') return titleOf(fields) || undefined;
		return '';
	};
	const compare = (ka: number | string, kb: number | string): number => {
		if (typeof ka === 'number' && typeof kb === 'number') return sortBy === 'weight' ? ka - kb : kb - ka;
		if (sortBy === 'title') return String(ka).localeCompare(String(kb), 'en', { numeric: true });
		return ka < kb ? -1 : ka > kb ? 1 : 0;
	};
	return (a, b) => {
		const [ka, kb] = [key(a), key(b)];
		if ((ka === undefined) !== (kb === undefined)) return ka === undefined ? 1 : -1;
		return (ka === undefined || kb === undefined ? 0 : compare(ka, kb)) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
	};
}

/**
 * The menu of a Hugo site's content (files relative to the content folder, or to the section the plan starts at), as
 * table-of-contents entries: the home page (`_index.md`) first on its own, then its pages and sections in Hugo's order,
 * each section titled by its page's title (else its folder's name) and holding its own page first, then its pages.
 * Returns the pages left out of the menu too, for the report.
 */
export function hugoMenu(files: readonly ContentFile[], { atContentRoot, zola = false }: { atContentRoot: boolean; zola?: boolean }): { entries: NavEntry[]; hidden: string[] } {
	const pages: Page[] = files.map(({ path, text }) => ({ path, fields: lowerKeys(frontmatterFields(parseMarkdown(frontmatterFirst(text))) ?? {}) as Record<string, unknown> }));
	// A section left out of the menu is left out with all it holds.
	const hiddenSections = pages.filter((page) => SECTION_PAGE.test(nameOf(page.path)) && !inMenu(page.fields)).map((page) => folderOf(page.path));
	const isShown = (page: Page) => inMenu(page.fields) && !hiddenSections.some((folder) => page.path.startsWith(`${folder}/`));
	const sectionPage = new Map(pages.filter((page) => SECTION_PAGE.test(nameOf(page.path)) && isShown(page)).map((page) => [folderOf(page.path), page]));
	const shown = pages.filter((page) => isShown(page) && isRendered(page.fields));
	const hidden = pages.filter((page) => !isShown(page) || !isRendered(page.fields)).map((page) => page.path);
	const bundlePages = new Set(shown.filter((page) => BUNDLE_PAGE.test(nameOf(page.path))).map((page) => folderOf(page.path)));
	// Hugo makes a section of each folder at the top of the content too, with or without a page of its own, unless
	// it is one page's bundle.
	const topFolders = atContentRoot ? shown.filter((page) => page.path.includes('/')).map((page) => page.path.split('/')[0]!) : [];
	const sections = new Set(['', ...sectionPage.keys(), ...topFolders.filter((top) => !bundlePages.has(top))]);
	const bundles = [...bundlePages].filter((folder) => !sections.has(folder));
	const inBundle = (path: string) => bundles.some((bundle) => path.startsWith(`${bundle}/`) && !(BUNDLE_PAGE.test(nameOf(path)) && folderOf(path) === bundle));
	const sectionOf = (folder: string) => {
		let at = folder;
		while (!sections.has(at)) at = folderOf(at);
		return at;
	};
	type Member = { page: Page; section?: string };
	const members = new Map<string, Member[]>([...sections].map((section) => [section, []]));
	for (const page of shown) {
		if (SECTION_PAGE.test(nameOf(page.path)) || inBundle(page.path)) continue;
		members.get(sectionOf(folderOf(page.path)))!.push({ page });
	}
	for (const section of sections) {
		if (section === '') continue;
		// A section without a page of its own is placed as one without a weight, by its folder's name.
		const place = sectionPage.get(section) ?? { path: section, fields: {} };
		members.get(sectionOf(folderOf(section)))!.push({ page: place, section });
	}
	const ordered = (section: string): Member[] => {
		const all = members.get(section)!;
		if (!zola) return all.sort((a, b) => byHugoOrder(a.page, b.page));
		const [bySortBy, byWeight] = [byZolaOrder(text(sectionPage.get(section)?.fields['sort_by'])), byZolaOrder('weight')];
		const pagesOf = all.filter((member) => member.section === undefined).sort((a, b) => bySortBy(a.page, b.page));
		const subsections = all.filter((member) => member.section !== undefined).sort((a, b) => byWeight(a.page, b.page));
		return [...pagesOf, ...subsections];
	};
	const entriesOf = (section: string): NavEntry[] =>
		ordered(section).flatMap(({ page, section: inner }): NavEntry[] => {
				if (inner === undefined) return [{ title: '', url: page.path }];
				const own = sectionPage.get(inner);
				const ownPage = own && isRendered(own.fields) ? own : undefined;
				const children = [...(ownPage ? [{ title: '', url: ownPage.path }] : []), ...entriesOf(inner)];
				if (children.length === 0 || (children.length === 1 && ownPage)) return children;
				return [{ title: (own && titleOf(own.fields)) || nameTitle(nameOf(inner)), children }];
			});
	const home = sectionPage.get('');
	return { entries: [...(home && isRendered(home.fields) ? [{ title: '', url: home.path }] : []), ...entriesOf('')], hidden };
}
