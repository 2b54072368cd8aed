/**
 * Links between the plan's files and to their headings, as they must work on the site: a link to a unit's file
 * leads to its phase page, `#anchor` links lead to the page the heading landed on (with the anchor Astro gives it
 * there), and local images are copied next to the roadmap for Astro's image pipeline. What cannot lead anywhere on
 * the site becomes text naming the original link, with a note: the build's link check must find nothing broken.
 */
import type { Heading, Image, Link, Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { posix } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import { explicitIdOf, setExplicitId } from '../anchors/explicit-id.ts';
import { htmlScanner } from '../html/scan.ts';
import { headingSlugs } from './markdown/slugs.ts';
import { slug } from 'github-slugger';
import type { ImportNote } from './markdown/notes.ts';
import { urlSafety } from '../checks/url-safety.ts';
import { ancestorFolders, isNotebook, LESSON_FILE, type PlanFile } from './plan.ts';
import type { RepositoryAddresses } from './repository.ts';

/** An output page: the overview or a phase, with the tree that becomes its body. */
export interface Page {
	url: string;
	/** The page's title, which a link without words of its own to the page shows. */
	title: string;
	tree: Root;
	/** The heading that became the page's title (a heading unit's), if any: links to it lead to the page itself. */
	titleHeading?: Heading;
}

/** Where each source heading and each whole file ended up on the site. */
export interface LinkTargets {
	/** Source file path → its GitHub anchors → the heading node. */
	sourceAnchors: Map<string, Map<string, Heading>>;
	/** Heading node → page and the anchor Astro gives it there (null for a page's title heading). */
	placed: Map<Heading, { page: Page; anchor: string | null }>;
	/** Source file path → the page that shows the whole file (a unit's file, or the index for the overview). */
	filePages: Map<string, Page>;
	/**
	 * Source file path → the heading that opens it, for a file shown below another's text on a page (a lesson's
	 * exercises, a page only a listed page links): a link to the file lands on its heading, not the page's top.
	 */
	fileOpenings: Map<string, Heading>;
	/** The plan file a path names, as `findPlanFile` finds it. */
	fileAt: (path: string) => PlanFile | null;
	/** Where a file or folder of the plan's folder that the site does not publish is on the web, if anywhere. */
	elsewhere?: (path: string) => { url: string; repository: string } | null;
	/** Where the roadmap's copy of a file of the plan's folder a link leads to is served (see carriedFiles). */
	carried?: (path: string) => Carried | null;
}

/** A file of the plan that a link leads to, as the roadmap carries it: its copy's URL, or why it has none. */
export type Carried = { url: string } | { refused: string };

/**
 * A file that a link of the plan leads to and no page shows (notes as a PDF, a zip of exercises, a data set) is
 * copied with the roadmap, as the author's site serves it beside the pages: up to MAX_CARRIED_BYTES, so that a data
 * dump does not swell the site. Only files of the plan's folder qualify, never what a browser would run as the
 * site's own (HTML, SVG, XML, and scripts, which its Content-Security-Policy trusts for being the site's files).
 */
export function carriedFiles(sizes: Readonly<Record<string, number>>, roadmapUrl: string, copies: Map<string, CopiedImage>): (path: string) => Carried | null {
	return (path) => {
		const size = Object.hasOwn(sizes, path) ? sizes[path]! : undefined;
		if (size === undefined) return null;
		if (RUNNABLE.test(path)) return { refused: 'leads to a file a browser would run as the site\'s own (a web page or script), which the site does not serve' };
		if (size > MAX_CARRIED_BYTES) return { refused: `leads to a file of ${Math.round(size / 1e6)} MB, larger than the ${MAX_CARRIED_BYTES / 1e6} MB a roadmap carries` };
		return { url: `${roadmapUrl}${copyOf(path, 'files', copies, textNamed).to}` };
	};
}

/**
 * A file without an extension (LICENSE, Makefile, Dockerfile) is text that GitHub shows; a host serves such a name as
 * a download of unknown type, so its copy is named `LICENSE.txt`, which every host serves as text.
 */
const textNamed = (name: string) => (/.\.[^.]+$/.test(name) || name.startsWith('.') ? name : `${name}.txt`);

/** The largest file a roadmap carries for a link (see carriedFiles): 10 MB. */
export const MAX_CARRIED_BYTES = 10_000_000;
const RUNNABLE = /\.(?:x?html?|shtml|svgz?|xml|xslt?|mht(?:ml)?|[cm]?js)$/i;

/** The copy in the roadmap's `folder` ("images", "files") of a plan file, named after it and made once (`copies` by folder and path). */
function copyOf(path: string, folder: string, copies: Map<string, CopiedImage>, named = (name: string) => name): CopiedImage {
	// (An image a link also leads to is copied twice: Astro serves its images from elsewhere, optimised.)
	const key = `${folder}/${path}`;
	const made = copies.get(key);
	if (made) return made;
	const base = named(posix.basename(path).replace(/[^\w.-]+/g, '-'));
	// (Names that differ only in case are one file on macOS's and Windows' disks.)
	const taken = new Set([...copies.values()].map((c) => c.to.toLowerCase()));
	let to = `${folder}/${base}`;
	for (let n = 2; taken.has(to.toLowerCase()); n++) to = `${folder}/${base.replace(/(\.[^.]*)?$/, `-${n}$1`)}`;
	const copy = { from: path, to };
	copies.set(key, copy);
	return copy;
}

/** The address in the plan's repository of each file and folder of its folder ("solution.py", "homework/"). */
export function repositoryFileUrl({ addresses, files }: { addresses: RepositoryAddresses; files: readonly string[] }): NonNullable<LinkTargets['elsewhere']> {
	const known = new Set(files);
	const folders = new Set(files.flatMap(ancestorFolders));
	const encoded = (path: string) => path.split('/').map(encodeURIComponent).join('/');
	return (path) => {
		if (known.has(path)) return { url: `${addresses.file}${encoded(path)}`, repository: addresses.name };
		if (folders.has(path)) return { url: `${addresses.folder}${encoded(path)}`, repository: addresses.name };
		return null;
	};
}

// A file type's extension is a word ("md", "ipynb", "mp4"): a page served without one may have a dot in its name
// ("4.0-前言" for 4.0-前言.md, "lesson-1.2").
const hasExtension = (path: string) => /\.[a-z][a-z\d]*$/i.test(path);

/**
 * The plan file a link's path names, as GitHub would show it: the file itself (in any letter case), or the README or
 * index of the folder the path names ("01-intro/", "/lessons/01", a Hugo section's `_index.md`); or as a site built from the files would: the page
 * mdBook, GitBook or Jekyll makes of "ch02.md" is "ch02.html", and Docsify's or VitePress's is "ch02", which is how
 * books and docs sites link their pages (and Jupyter Book its notebooks', "ch02.ipynb", Quarto its "ch02.qmd").
 */
export function findPlanFile<T extends { path: string }>(files: readonly T[]): (path: string) => T | null {
	const byPath = new Map(files.map((f) => [f.path.toLowerCase(), f]));
	const exact = new Map(files.map((f) => [f.path, f]));
	const sources = (page: string) => [`${page}.md`, `${page}.mdx`, `${page}.qmd`, `${page}.Rmd`, `${page}.ipynb`];
	const lookUp = (path: string, elsewhere: boolean): T | null => {
		const built = /\.html?$/i.test(path) ? sources(path.replace(/\.html?$/i, '')) : path && !hasExtension(path) ? sources(path) : [];
		// A folder without a README may hold its page under its own name ("week-01-setup/week-01-setup.md").
		const named = path && !hasExtension(path) ? sources(`${path}/${path.split('/').at(-1)}`) : [];
		const candidates = [path, ...['README.md', 'index.md', 'index.mdx', 'index.qmd', '_index.md'].map((name) => (path ? `${path}/${name}` : name)), ...built, ...named];
		for (const candidate of candidates) {
			const found = exact.get(candidate) ?? byPath.get(candidate.toLowerCase());
			if (found) return found;
		}
		// (A page served elsewhere is its path exactly, not a folder renamed since.)
		if (!elsewhere) return null;
		const moved = renamedFolder(path);
		if (moved) return lookUp(moved, true);
		const served = servedElsewhere(path);
		return served ? (lookUp(served, false) ?? firstPageIn(served)) : null;
	};
	// A site serves a folder without an index at its first page (doc-builder's `/course/chapter1` at `chapter1/1`):
	// the folder's first page in the order of its names' numbers.
	const firstPageIn = (folder: string): T | null => {
		const prefix = `${folder.toLowerCase()}/`;
		const pages = files.filter((f) => f.path.toLowerCase().startsWith(prefix) && !f.path.slice(prefix.length).includes('/') && LESSON_FILE.test(f.path));
		return pages.toSorted((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))[0] ?? null;
	};
	const find = (path: string) => lookUp(path, true);
	// Sites serve some pages at an address that is not their path: Jekyll a collection's documents without the
	// underscore of its folder (`_2026/shell.md` at `/2026/shell/`), Hugging Face's doc-builder a course's or library's
	// pages under its name (`chapter1/3.mdx` at `/course/chapter1/3`). A first folder the plan lacks is read so.
	const planFolders = new Set(files.filter((f) => f.path.includes('/')).map((f) => f.path.slice(0, f.path.indexOf('/')).toLowerCase()));
	const servedElsewhere = (path: string) => {
		const [first = '', ...rest] = path.split('/');
		if (rest.length === 0 || /^(?:_|\.\.?$)/.test(first) || planFolders.has(first.toLowerCase())) return null;
		if (planFolders.has(`_${first.toLowerCase()}`)) return `_${first}/${rest.join('/')}`;
		// The name a site is served at comes before one of the plan's folders, or a page in one: a page at the plan's
		// root is no such page, since a link to a folder the plan lacks ("../week-02/README.md") would lead to the plan's own README.
		return planFolders.has(rest[0]!.toLowerCase()) ? rest.join('/') : null;
	};
	// A link to a folder renamed since it was written ("Semana_04_(1-5_Dic_2025)/" for "Semana_04_(01-05_Dic_2025)/")
	// leads to the one folder beside it that opens with the same word and number, when no other does.
	let folders: Map<string, string[]> | undefined;
	const renamedFolder = (path: string) => {
		const key = path && !/\.[^./]+$/.test(path) ? placeKey(path) : null;
		if (!key) return null;
		folders ??= Map.groupBy(new Set(files.flatMap((f) => ancestorFolders(f.path))), (folder) => placeKey(folder) ?? '');
		const same = folders.get(key) ?? [];
		return same.length === 1 && same[0] !== path ? same[0]! : null;
	};
	return find;
}

/** A folder's parent and the word and number its name opens with ("semana 4" for "x/Semana_04_(1-5_Dic)"), or null. */
function placeKey(folder: string): string | null {
	const parent = folder.slice(0, folder.lastIndexOf('/') + 1);
	const opening = /^(\p{L}*)[-_ ]?(\d{1,3})(?![\d\p{L}])/u.exec(folder.slice(parent.length));
	return opening ? `${parent}${opening[1]!.toLowerCase()} ${Number(opening[2])}` : null;
}

/**
 * Records the anchors GitHub gave every file's headings, and the anchors its HTML sets (`<span id="flex-axes">`,
 * `<a name="setup">`) and its figures have (`{#fig-plot}`), which the site does not keep: links to those lead to the heading of the section they sit in.
 * Call before transforms change the trees.
 */
export function sourceAnchors(files: readonly PlanFile[]): Map<string, Map<string, Heading>> {
	return new Map(
		files.map((file) => {
			const slugs = headingSlugs(file.tree);
			const anchors = new Map(slugs.map(({ node, slug }) => [slug, node]));
			// An anchor the heading sets itself (`## Building mesh {#construct-mesh}`, see removeSiteMarkup).
			for (const { node } of slugs) if (typeof node.data?.hProperties?.['id'] === 'string') anchors.set(node.data.hProperties['id'].toLowerCase(), node);
			// Jupyter anchors a notebook's headings by their text with hyphens for spaces, punctuation kept: its links
			// read "#Setup-(TFS)" where GitHub's would read "#setup-tfs".
			if (isNotebook(file.path)) for (const { node } of slugs) if (!anchors.has(jupyterAnchor(node))) anchors.set(jupyterAnchor(node), node);
			let section: Heading | undefined;
			visit(file.tree, (node) => {
				if (node.type === 'heading') section = node;
				else if (section) for (const id of droppedAnchors(node)) if (!anchors.has(id)) anchors.set(id, section);
			});
			return [file.path, anchors];
		}),
	);
}

/**
 * The anchors a node sets that its page does not keep: raw HTML's (`<span id>`, `<a name>`), a figure's (Quarto's
 * `{#fig-plot}` image, or chunk labelled `fig-plot`).
 */
function droppedAnchors(node: Nodes): string[] {
	if (node.type === 'html') return htmlAnchorIds(node.value);
	const id = node.type === 'image' || node.type === 'code' ? node.data?.hProperties?.['id'] : undefined;
	return typeof id === 'string' ? [id.toLowerCase()] : [];
}

const jupyterAnchor = (heading: Heading) => toString(heading).trim().replaceAll(' ', '-').toLowerCase();

/** The anchors (`id`, or `name` on `<a>`) that a piece of raw HTML sets, lower-cased as anchors are looked up. */
function htmlAnchorIds(html: string): string[] {
	const ids: string[] = [];
	const scanner = htmlScanner({
		startTag: (name, attributes) => {
			const id = attributes['id'] ?? (name === 'a' ? attributes['name'] : undefined);
			if (id) ids.push(id.toLowerCase());
		},
	});
	scanner.end(html);
	return ids;
}

/**
 * Gives every heading a link lands on its anchor explicitly (`## Lists {/* #lists *\/}`), so that rewording the heading
 * later keeps the links that rely on it; the build then guards it like a published URL.
 */
export function keepLinkedAnchors(linked: ReadonlySet<Heading>, targets: LinkTargets): void {
	// Headings of one slug on a page number each other ("missing-values", "missing-values-1"; "B-Trees" and "B+ Trees"
	// are "b-trees" and "b-trees-1"); the site numbers only those without an explicit anchor, so beside a linked one
	// the others keep theirs explicitly too.
	const slugKey = (heading: Heading, url: string | undefined) => `${url}\n${slug(toString(heading))}`;
	const linkedSlugs = new Set([...linked].map((heading) => slugKey(heading, targets.placed.get(heading)?.page.url)));
	for (const [heading, { page, anchor }] of targets.placed) {
		const kept = linked.has(heading) || linkedSlugs.has(slugKey(heading, page.url));
		if (kept && anchor && explicitIdOf(heading) === null) setExplicitId(heading, anchor);
	}
}

/**
 * A heading's own ID (`## Fill {#fill}`, read by the attribute-list pass) stays its anchor on the site, written as
 * the site writes one (`{/* #fill *\/}`): links to it from elsewhere keep working.
 */
export function keepOwnHeadingIds(tree: Root): void {
	visit(tree, 'heading', (heading: Heading) => {
		const id = ownHeadingId(heading);
		if (id !== null && explicitIdOf(heading) === null) setExplicitId(heading, id);
	});
}

const ownHeadingId = (heading: Heading) => {
	const id = heading.data?.hProperties?.['id'];
	return typeof id === 'string' ? id.toLowerCase() : null;
};

/** Records where each heading landed; call once the pages' trees have their final headings. */
export function placeHeadings(pages: readonly Page[]): LinkTargets['placed'] {
	const placed: LinkTargets['placed'] = new Map();
	for (const page of pages) {
		if (page.titleHeading) placed.set(page.titleHeading, { page, anchor: null });
		for (const { node, slug } of headingSlugs(page.tree)) placed.set(node, { page, anchor: ownHeadingId(node) ?? slug });
	}
	return placed;
}

/** A malformed escape stays as written. */
export const safeDecode = (text: string) => {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
};

/** "05_Day_Lists/05_lists.md#how-to" relative to `from` → the plan path and the anchor. */
export function resolvePlanPath(url: string, from: string): { path: string; anchor: string } {
	const hash = url.indexOf('#');
	const pathPart = (hash >= 0 ? url.slice(0, hash) : url).split('?')[0]!;
	// A browser reads a backslash in a path as a slash (".\\presentaciones\\01.pdf", written on Windows), so the link worked.
	const decoded = safeDecode(pathPart).replaceAll('\\', '/');
	const anchor = hash >= 0 ? url.slice(hash + 1) : '';
	// GitHub reads "/docs/x.md" from the repository's root, which the importer takes to be the plan's folder, and Zola
	// its internal links, "@/docs/x.md", from its content folder, which the plan's folder is when it is the site's.
	const rooted = /^@?\//.exec(decoded)?.[0];
	const joined = rooted ? decoded.slice(rooted.length) : posix.join(posix.dirname(from), decoded);
	// "/" and "./" name the plan's folder itself: its README.
	const path = decoded === '' ? from : posix.normalize(joined).replace(/^\.(?:\/|$)/, '').replace(/\/$/, '');
	return { path, anchor: safeDecode(anchor) };
}


/**
 * Where a docs site reads its `/…` links from: the plan's folder is `within` the site's source root ("guide" for
 * docs/guide, "" at the root), and images are also looked for in its `publicDir` ("public", VuePress's
 * ".vuepress/public", Docusaurus's "static", Hugo's "../static" beside its content), both relative to that root.
 */
export interface SiteRoot {
	within: string;
	publicDir?: string;
	/** The address its root is served at ("docs" for a Fumadocs site's content/docs, at /docs). */
	servedAt?: string;
	/** Its folders that add nothing to their pages' addresses (Next.js route groups, "(framework)"), relative to its root. */
	routeGroups?: readonly string[];
}

/** The source paths an address from the site's root may be, as served (see SiteRoot's servedAt and routeGroups). */
function sourcePaths(path: string, site: SiteRoot): string[] {
	const served = site.servedAt && path.startsWith(`${site.servedAt}/`) ? path.slice(site.servedAt.length + 1) : path;
	const grouped = (site.routeGroups ?? []).flatMap((group) => {
		const address = group.split('/').filter((name) => !ROUTE_GROUP.test(name)).join('/');
		if (address === '') return [`${group}/${served}`];
		return served.startsWith(`${address}/`) ? [`${group}/${served.slice(address.length + 1)}`] : [];
	});
	return [served, ...grouped];
}

/** A folder's name that Next.js leaves out of its pages' addresses. */
export const ROUTE_GROUP = /^\(.+\)$/;

/**
 * A docs site's link or image from its source root ("/guide/lesson-012" in docs/guide, "/shader.png" served from
 * docs/public), written from the plan's folder instead ("/lesson-012", "/../public/shader.png"), as the importer
 * reads `/…`. One that names a plan file from the plan's folder already (as GitHub reads it), or nothing from the
 * site's root either, stays as written; so rewriting twice changes nothing.
 */
export function fromSiteRoot(url: string, site: SiteRoot, isPlanPath: (path: string) => boolean, image: boolean): string {
	if (!url.startsWith('/') || url.startsWith('//')) return url;
	const { path } = resolvePlanPath(url, '');
	if (isPlanPath(path)) return url;
	const rest = /[?#].*$/.exec(url)?.[0] ?? '';
	// Under a stand-in root as deep as the path is long, so that a public folder above the source root (Hugo's
	// "../static", Starlight's "../../../public") stays outside it instead of ending at the file system's root.
	const fromFolder = (sitePath: string) => {
		const standIn = `/${sitePath.split('/').map(() => 'r').join('/')}`;
		return posix.relative(posix.join(standIn, site.within), posix.join(standIn, sitePath));
	};
	const candidates = [...sourcePaths(path, site).map(fromFolder), ...(image && site.publicDir ? [fromFolder(posix.join(site.publicDir, path))] : [])];
	const found = candidates.find(isPlanPath);
	return found === undefined ? url : `/${found.split('/').map(encodeURIComponent).join('/')}${rest}`;
}

/**
 * A relative link of a folder's index page as the site reads it: the page is served at its folder's address without
 * a trailing slash (Next.js serves curriculum/index.mdx at `/curriculum`), so a browser reads `./curriculum/week_1`
 * from the folder above. One that names no file from the page's folder, but one from there, is written from the plan's
 * folder ("/curriculum/week_1"); any other stays as written.
 */
function fromServedAddress(url: string, page: string, isPlanPath: (path: string) => boolean): string {
	if (!/^(?:readme|_?index)\.mdx?$/i.test(posix.basename(page)) || url.startsWith('/') || urlSafety(url) !== 'relative') return url;
	if (isPlanPath(resolvePlanPath(url, page).path)) return url;
	const { path } = resolvePlanPath(url, posix.dirname(page));
	if (path.startsWith('../') || !isPlanPath(path)) return url;
	const rest = /[?#].*$/.exec(url)?.[0] ?? '';
	return `/${path.split('/').map(encodeURIComponent).join('/')}${rest}`;
}

/** Every link, image and definition of a tree, from the docs site's root (see fromSiteRoot) and the address it serves `page` at. */
export function linksFromSiteRoot(tree: Root, page: string, site: SiteRoot, isPlanFile: (path: string) => boolean, isAsset: (path: string) => boolean): void {
	const isPlanPath = (path: string) => isPlanFile(path) || isAsset(path);
	visit(tree, (node) => {
		if (node.type === 'image') node.url = fromSiteRoot(node.url, site, isAsset, true);
		else if (node.type === 'link' || node.type === 'definition') node.url = fromServedAddress(fromSiteRoot(node.url, site, isPlanPath, false), page, isPlanPath);
	});
}

// A link without words (a MyST `{doc}` role, whose words were to be the page's title) is its original target alone.
const asText = (node: Link, original: string): PhrasingContent[] =>
	toString(node).trim() || node.children.some((child) => child.type === 'image') ? [...node.children, { type: 'text', value: ` (original link: ` }, { type: 'inlineCode', value: original }, { type: 'text', value: ')' }] : [{ type: 'inlineCode', value: original }];

/** An anchor's letters and digits alone, without accents, lower-cased: "5.5_responsive_design" → "55responsivedesign". */
const anchorWords = (anchor: string) =>
	anchor
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]+/gu, '')
		.toLowerCase();

/**
 * The heading an anchor not written as GitHub writes it names: other sites and editors slug headings their own way
 * (GitBook and MkDocs drop accents and turn punctuation into hyphens, "#pole-1-comprehension" for "Pôle 1 :
 * compréhension"; MDN writes underscores, "#5.5_responsive_design"; a table of contents leaves an emoji's trace out,
 * "#-roadmap-overview"), but they keep the heading's letters and digits. The one heading of the file whose anchor
 * has the same, if only one has.
 */
function headingOfWords(anchors: ReadonlyMap<string, Heading>, anchor: string): Heading | undefined {
	const words = anchorWords(anchor);
	if (!words) return undefined;
	const same = new Set([...anchors].filter(([slug]) => anchorWords(slug) === words).map(([, heading]) => heading));
	return same.size === 1 ? [...same][0] : undefined;
}

/**
 * Where a relative or `#anchor` link of `page` (whose text came from `file`) leads on the site, and the heading it
 * lands on; null for nowhere.
 */
function siteUrl(url: string, page: Page, file: PlanFile, targets: LinkTargets): { url: string; heading?: Heading; page?: Page } | null {
	const { path: written, anchor } = resolvePlanPath(url, file.path);
	const path = targets.fileAt(written)?.path ?? written;
	const anchors = targets.sourceAnchors.get(path);
	const heading = anchor ? (anchors?.get(anchor.toLowerCase()) ?? (anchors && headingOfWords(anchors, anchor))) : targets.fileOpenings.get(path);
	const place = heading && targets.placed.get(heading);
	if (!anchor && !place?.anchor) {
		const whole = targets.filePages.get(path);
		return whole ? { url: whole.url, page: whole } : null;
	}
	if (!place) return null;
	if (place.anchor === null) return { url: place.page.url };
	return { url: `${place.page === page ? '' : place.page.url}#${place.anchor}`, heading };
}

/**
 * Rewrites the relative and `#anchor` links of one page; those that lead nowhere on the site become text. Headings
 * that links land on are added to `linked`: their anchors must outlive a reworded heading.
 */
export function rewriteLinks(page: Page, file: PlanFile, targets: LinkTargets, notes: ImportNote[], linked: Set<Heading>): void {
	visit(page.tree, 'link', (node: Link, index, parent: Parents | undefined) => {
		const kind = urlSafety(node.url);
		if (kind !== 'anchor' && kind !== 'relative') return;
		const target = siteUrl(node.url, page, file, targets);
		if (target !== null) {
			node.url = target.url;
			if (target.heading) linked.add(target.heading);
			// A link whose words the original site filled in (Hugo's `[{{< page-title "x" >}}](…)`) names the page it leads to.
			if (target.page && !toString(node).trim() && !node.children.some((child) => child.type === 'image')) node.children = [{ type: 'text', value: target.page.title }];
			return;
		}
		// A plan's own file named by its GitHub address, which is not imported: the address still leads to it.
		if (node.data?.repositoryUrl) {
			node.url = node.data.repositoryUrl;
			return;
		}
		// A file the site does not publish (code, data, an exercise folder) is in the plan's repository.
		const { path, anchor } = kind === 'relative' ? resolvePlanPath(node.url, file.path) : { path: '', anchor: '' };
		const elsewhere = path ? targets.elsewhere?.(path) : null;
		if (elsewhere) {
			notes.push({ message: `the link to "${node.url}" leads to the file in ${elsewhere.repository}: the site does not publish it`, ...(node.position ? { line: node.position.start.line } : {}) });
			node.url = `${elsewhere.url}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
			return;
		}
		const carried = path ? targets.carried?.(path) : null;
		if (carried && 'url' in carried) {
			// (Its anchor is the viewer's, a PDF's "#page=3": as written.)
			node.url = `${carried.url}${/#.*$/.exec(node.url)?.[0] ?? ''}`;
			return;
		}
		if (parent === undefined || index === undefined) return;
		const why = carried?.refused ?? 'leads to nothing on the site';
		notes.push({ message: `the link to "${node.url}" ${why}, so it is now text naming it`, ...(node.position ? { line: node.position.start.line } : {}) });
		parent.children.splice(index, 1, ...(asText(node, node.url) as typeof parent.children));
		return [SKIP, index];
	});
}

/** A plan file copied with the roadmap: an image, or a file a link leads to (see carriedFiles). */
export interface CopiedImage {
	/** Path in the plan's folder. */
	from: string;
	/** Path relative to the roadmap's folder ("images/banner.png", "files/notes.pdf"). */
	to: string;
}

/**
 * Local images: copied into the roadmap's `images/` folder and referenced relatively, so Astro optimises them.
 * An image whose file is not in the plan, or is no image (a web page saved as `diagram.png`), keeps its alt text, with
 * a note.
 */
export function localImages(tree: Root, file: PlanFile, assets: { readable: ReadonlySet<string>; unreadable: ReadonlySet<string> }, copies: Map<string, CopiedImage>, notes: ImportNote[]): void {
	visit(tree, 'image', (node: Image, index, parent: Parents | undefined) => {
		if (urlSafety(node.url) !== 'relative') return;
		const { path } = resolvePlanPath(node.url, file.path);
		if (assets.readable.has(path)) {
			node.url = `./${copyOf(path, 'images', copies).to}`;
			return;
		}
		if (parent === undefined || index === undefined) return;
		const why = assets.unreadable.has(path) ? 'is not an image file (its contents are no PNG, JPEG, GIF, WebP, AVIF or SVG)' : "is not in the plan's folder";
		notes.push({ message: `the image "${node.url}" ${why}, so its alt text stands in for it`, ...(node.position ? { line: node.position.start.line } : {}) });
		const alt = node.alt?.trim() || toString(node) || posix.basename(node.url);
		parent.children.splice(index, 1, { type: 'text', value: alt } as (typeof parent.children)[number]);
		return [SKIP, index];
	});
}
