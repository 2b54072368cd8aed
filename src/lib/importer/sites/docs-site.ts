/**
 * The docs site a plan's folder is in: the folder holding `.vitepress/` (its pages in its `srcDir`), `.vuepress/`,
 * `docusaurus.config.*`, `next.config.*` (Nextra: its pages in its pages folder), `mkdocs.yml` (its pages in `docs_dir`) or a Hugo configuration (its pages in `content/`),
 * here or above. Its pages link each other and show
 * images from its source root (`/guide/lesson-012`, `/shader.png` served from its public folder), and a VitePress or
 * VuePress site keeps its table of contents in its configuration's sidebar.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import type { Link, Definition } from 'mdast';
import { visit } from 'unist-util-visit';
import { urlSafety } from '../../checks/url-safety.ts';
import { defaultExport } from './js-literal.ts';
import { findPlanFile, fromSiteRoot, resolvePlanPath, ROUTE_GROUP, type SiteRoot } from '../links.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { hugoSiteAt } from './hugo.ts';
import { metaFileIn, nextraPagesIn } from './nextra.ts';
import { readMkdocsConfig } from './site-nav.ts';
import { localeFoldersOf, sourceDirOf } from './vitepress.ts';
import { STARLIGHT_DOCS, starlightOptions } from './starlight.ts';

export interface DocsSite {
	/** The site's source root, the folder `/…` links are read from. */
	root: string;
	/** Its public folder, relative to the root ("public"), whose files it serves at `/…`. */
	publicDir?: string;
	/** A folder of images its pages import or link from where they are (an Astro site's `src/assets`), relative to the root. */
	assetsDir?: string;
	/** The address its root is served at, and its route groups (see ../links.ts's SiteRoot). */
	servedAt?: string;
	routeGroups?: string[];
	/** The folders of its translations, from its root (a VitePress or VuePress site's locales besides the root's). */
	localeFolders?: string[];
	/** A VitePress or VuePress configuration's value (see js-literal.ts). */
	config?: unknown;
}

/** The names a Docusaurus site's configuration has. */
export const DOCUSAURUS_CONFIGS = ['docusaurus.config.js', 'docusaurus.config.mjs', 'docusaurus.config.cjs', 'docusaurus.config.ts', 'docusaurus.config.mts'];
const CONFIG_NAMES = ['config.ts', 'config.mts', 'config.js', 'config.mjs', 'config.cjs', 'config/index.ts', 'config/index.mts', 'config/index.js', 'config/index.mjs'];
const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
/** A file's text; null when there is no such file (a folder named like a module is none). */
export const readFile = (path: string) => (isFile(path) ? readFileSync(path, 'utf8') : null);

const NEXT_CONFIGS = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.mts', 'next.config.cjs'];
const ASTRO_CONFIGS = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs'];

/**
 * The Starlight site `folder` is, or is the docs folder of (`src/content/docs/`): the site's folder, its configuration's
 * name and Starlight's options in it; null for another folder, or an Astro site without Starlight.
 */
export function astroSiteOf(folder: string): { dir: string; config: string; options: Record<string, unknown> } | null {
	const start = resolve(folder);
	const dirs = [start, ...(start.endsWith(sep + STARLIGHT_DOCS.split('/').join(sep)) ? [resolve(start, '../../..')] : [])];
	for (const dir of dirs) {
		const config = ASTRO_CONFIGS.find((name) => isFile(join(dir, name)));
		const options = config === undefined ? undefined : starlightOptions(defaultExport(join(dir, config), readFile));
		if (config !== undefined && options) return { dir, config, options };
	}
	return null;
}

/** The configuration in `.vitepress/` or `.vuepress/`, read without running it; undefined when there is none. */
function configIn(dotFolder: string): unknown {
	const path = CONFIG_NAMES.map((name) => join(dotFolder, name)).find(isFile);
	return path === undefined ? undefined : defaultExport(path, readFile);
}

/** The docs site `folder` is in (see the module's comment); null outside one, or above its source root. */
export function docsSiteOf(folder: string): DocsSite | null {
	const start = resolve(folder);
	for (let dir = start; ; dir = dirname(dir)) {
		const site = siteAt(dir, start);
		if (site) return start === site.root || start.startsWith(site.root + sep) ? site : null;
		// A repository's root is as far up as its links can reach.
		if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return null;
	}
}

function siteAt(dir: string, start: string): DocsSite | null {
	if (existsSync(join(dir, '.vitepress'))) {
		const config = configIn(join(dir, '.vitepress'));
		const root = resolve(dir, sourceDirOf(config));
		return { root, publicDir: 'public', config, localeFolders: localeFoldersOf(config) };
	}
	if (existsSync(join(dir, '.vuepress'))) {
		const config = configIn(join(dir, '.vuepress'));
		return { root: dir, publicDir: '.vuepress/public', config, localeFolders: localeFoldersOf(config) };
	}
	if (DOCUSAURUS_CONFIGS.some((name) => existsSync(join(dir, name)))) return { root: dir, publicDir: 'static' };
	// An Astro site serves `public/` at its root; its pages import the images of `src/assets/`.
	// (Its docs folder names the site too.)
	const astro = astroSiteOf(dir);
	if (astro) return { root: join(astro.dir, STARLIGHT_DOCS), publicDir: '../../../public', assetsDir: '../../assets' };
	// A Nextra site's pages are its pages folder's; it serves `public/` at its root.
	// A Fumadocs site's (its folders' lists in meta.json) are served at /docs, the address its loader gives content/docs.
	const nextraPages = NEXT_CONFIGS.some((name) => isFile(join(dir, name))) ? nextraPagesIn(dir, isFile) : undefined;
	if (nextraPages) {
		const fumadocs = metaFileIn(nextraPages, isFile)?.endsWith(`${sep}meta.json`) && nextraPages.endsWith(`${sep}docs`);
		return { root: nextraPages, publicDir: relative(nextraPages, join(dir, 'public')).split(sep).join('/'), ...(fumadocs ? { servedAt: 'docs' } : {}), routeGroups: routeGroupsIn(nextraPages) };
	}
	// A Hugo site's pages are its content folder's (its language's, for `start`); it serves `static/` at its root.
	const hugo = hugoSiteAt(dir, start);
	if (hugo) return { root: hugo.contentDir, publicDir: relative(hugo.contentDir, hugo.staticDir).split(sep).join('/') };
	const mkdocs = readFile(join(dir, 'mkdocs.yml')) ?? readFile(join(dir, 'mkdocs.yaml'));
	const pagesDir = mkdocs === null ? null : readMkdocsConfig(mkdocs)?.pagesDir;
	return pagesDir ? { root: mkdocsPagesFolder(dir, pagesDir) } : null;
}

/**
 * The folder of an MkDocs site's pages: its `docs_dir`. When the repository holds none, a build step makes it by
 * copying files: from `docs/`, MkDocs' own default, when there is one (`docs_dir: build/docs`, filled from `docs/` with
 * code inserted), else from the configuration's own folder (`cp README.md docs/index.md`).
 */
export function mkdocsPagesFolder(configDir: string, pagesDir: string): string {
	return [resolve(configDir, pagesDir), resolve(configDir, 'docs')].find((folder) => existsSync(folder)) ?? resolve(configDir);
}

/** The route groups of a Next.js site's pages folder, paths relative to it. */
const routeGroupsIn = (pages: string) =>
	readdirSync(pages, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isDirectory() && ROUTE_GROUP.test(entry.name))
		.map((entry) => relative(pages, join(entry.parentPath, entry.name)).split(sep).join('/'));

/** How many folders down a repository's VitePress or VuePress site is looked for (a monorepo's `packages/site/docs/`). */
const SITE_DEPTH = 3;

const holdsSite = (dir: string) => existsSync(join(dir, '.vitepress')) || existsSync(join(dir, '.vuepress'));

/**
 * The source root of the docs site whose folder `folder` is, when it lies below it (a VitePress `srcDir: 'docs'`), or
 * of the one site holding `.vitepress/` or `.vuepress/` at the shallowest depth that holds any, down to SITE_DEPTH
 * folders (a repository's `docs/.vuepress/`, as their guides lay a site out, or a monorepo's
 * `packages/site/docs/.vitepress/`): the site is imported from there. Two sites at that depth are no one plan's.
 */
export function sourceRootIn(folder: string): string | undefined {
	const start = resolve(folder);
	const own = siteAt(start, start);
	if (own) return own.root.startsWith(start + sep) ? own.root : undefined;
	const sites = shallowestBelow(start, SITE_DEPTH, holdsSite);
	return sites.length === 1 ? siteAt(sites[0]!, sites[0]!)?.root : undefined;
}

/**
 * The folders below `folder`, down to `depth` levels, that `holds` accepts, at the shallowest level holding any;
 * read level by level, so a repository's own site is found before any deeper one, and the walk stays shallow: hidden
 * folders and node_modules are never read, as listFiles skips them.
 */
export function shallowestBelow(folder: string, depth: number, holds: (dir: string) => boolean): string[] {
	let level = [resolve(folder)];
	for (let at = 1; at <= depth && level.length > 0; at++) {
		level = level.flatMap((dir) =>
			readdirSync(dir, { withFileTypes: true })
				.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
				.map((entry) => join(dir, entry.name)),
		);
		const found = level.filter(holds);
		if (found.length > 0) return found;
	}
	return [];
}

/** Where the plan in `folder` reads the site's `/…` links from (see ../links.ts's SiteRoot). */
export function siteRootOf(site: DocsSite, folder: string): SiteRoot {
	const { publicDir, servedAt, routeGroups } = site;
	return { within: relative(site.root, resolve(folder)).split(sep).join('/'), ...(publicDir ? { publicDir } : {}), ...(servedAt ? { servedAt } : {}), ...(routeGroups?.length ? { routeGroups } : {}) };
}

/**
 * Whether a file of the plan's folder is in another locale's folder of its site ("vi/intro.md" of a site whose root
 * is English): a translation, unless the plan is that locale's folder itself.
 */
export function inOtherLocale(site: DocsSite, siteRoot: SiteRoot): (path: string) => boolean {
	const folders = (site.localeFolders ?? []).map((folder) => posix.relative(siteRoot.within, folder)).filter((folder) => folder !== '' && !folder.startsWith('..'));
	return (path) => folders.some((folder) => path.startsWith(`${folder}/`));
}

/** The plan files (of `files`) a document links, from its own place or the site's root; with `wikiLinks`, by wiki links too. */
export function linkedFiles(text: string, from: string, files: readonly string[], site: SiteRoot | null, { wikiLinks = false } = {}): Set<string> {
	const fileAt = findPlanFile(files.map((path) => ({ path })));
	const linked = new Set<string>();
	visit(parseMarkdown(text, wikiLinks ? { wikiLinkFiles: files } : {}), (node) => {
		if (node.type !== 'link' && node.type !== 'definition') return;
		const url = site ? fromSiteRoot((node as Link | Definition).url, site, (path) => fileAt(path) !== null, false) : (node as Link | Definition).url;
		if (urlSafety(url) !== 'relative') return;
		const found = fileAt(resolvePlanPath(url, from).path);
		if (found && found.path !== from) linked.add(found.path);
	});
	return linked;
}
