/**
 * `npm run import -- <file.md> [--id <roadmap-id>] [--out <content dir>] [--force]`: reads a Markdown plan (or a notebook),
 * writes a roadmap folder, checks it and says what is left to fill in. Returns the exit code.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { slug } from '../../schemas/common.ts';
import { checkContent } from '../checks/content-check.ts';
import { formatProblem } from '../checks/friendly-errors.ts';
import { decodeBytes } from './decode.ts';
import { ImportError, importPlan, type ImportResult, type PlanInput } from './index.ts';
import { toYaml } from './frontmatter.ts';
import { slugify } from './slugs.ts';
import { parseMarkdown } from './markdown/parse.ts';
import { detectLanguage } from './language.ts';
import { isReadableImage } from '../checks/image-file.ts';
import { inTemplateFolder, obsidianTemplateFolders } from './sites/obsidian.ts';
import { testFixtures } from './test-fixtures.ts';
import { isBundledLibraryFile } from './bundled-libraries.ts';
import { isWikiChrome, WIKI_HOME, WIKI_SIDEBAR } from './github-wiki.ts';
import { ancestorFolders, FOLDER_STAND_IN, isFolderIndex, isLanguageFolder, isNotebook, isRepositoryFile, isTableOfContents, isTranslation, isTranslatorsFile, LESSON_FILE, nameTitle, NAV_STAND_IN } from './plan.ts';
import { docBuilderFolder, docBuilderNav } from './sites/doc-builder.ts';
import { drawingPages, jekyllCollectionsNav, jekyllNav, jekyllSiteRoot, withCollections } from './sites/jekyll.ts';
import { jekyllDataNav } from './sites/jekyll-data-nav.ts';
import { carpentriesLesson } from './sites/carpentries.ts';
import { sphinxSite } from './sites/sphinx.ts';
import { readBookdownBook } from './sites/bookdown.ts';
import { LOPPO_CHAPTERS, LOPPO_CONFIG, loppoPagesDir, loppoSite } from './sites/loppo.ts';
import { htmlText, readBookSource, readBookTitle, readGitbookStructure, readJupyterBookToc, readMkdocsConfig, readMystProject, readQuartoConfig, readYamlMap, readYamlValue, type SiteNav, toMarkdown, withoutPage } from './sites/site-nav.ts';
import { astroSiteOf, docsSiteOf, DOCUSAURUS_CONFIGS, inOtherLocale, linkedFiles, mkdocsPagesFolder, readFile, shallowestBelow, siteRootOf, sourceRootIn } from './sites/docs-site.ts';
import { defaultExport, field, text, windowGlobal } from './sites/js-literal.ts';
import { htmlScanner } from '../html/scan.ts';
import { pageCount, sidebarOf, siteTitleOf } from './sites/vitepress.ts';
import { headRef, originUrl, repositoryAddresses, type RepositoryAddresses } from './repository.ts';
import { CATEGORY_FILES, type Category, docsPathOf, docusaurusSidebar, readCategory, sidebarLabels, sidebarPathOf, type SidebarsFile } from './sites/docusaurus.ts';
import { expandIncludes, expandTemplateIncludes } from './includes.ts';
import { STARLIGHT_DOCS, starlightLocaleFolders, starlightSidebar, starlightTitle } from './sites/starlight.ts';
import { metaFileIn, nextraPagesIn, nextraSidebar } from './sites/nextra.ts';
import { MINTLIFY_CONFIGS, mintlifyNav } from './sites/mintlify.ts';
import { roadmapShEntries } from './sites/roadmap-sh.ts';
import { hugoMenu, hugoPagesDir, hugoSiteOf, inOtherLanguage } from './sites/hugo.ts';
import { isNotionFile, notionExport } from './sites/notion.ts';
import type { SiteRoot } from './links.ts';
import { NUMBERED_PATH } from './detect/name-labels.ts';
import { labelledFolders } from './detect/unit-folders.ts';
import { parseUnitLabel } from './detect/label.ts';

export const USAGE = 'usage: npm run import -- <file.md | file.ipynb | folder> [--id <roadmap-id>] [--track <track-id>] [--out <content dir>] [--topics] [--force]';

export interface Io {
	log: (line: string) => void;
	error: (line: string) => void;
}

// A plan with a badge on every page would bury the report under the same note thirty times: a file shows a few of
// each kind of change, and how many more of that kind there are.
const NOTES_PER_KIND = 3;
/** A note without its place and the values it quotes: "remote image "…" became a link "…"" for every image. */
const noteKind = (note: string) => note.replace(/^\([^)]*(?::\d+|, cell \d+(?:, line \d+)?)\) /, '').replace(/"[^"]*"|`[^`]*`|<[^>]*>|\d+/g, '…');
const ENCODING_NAMES = { cp1252: 'cp1252 (Windows Latin-1)', 'mac-roman': 'Mac Roman' } as const;

export function runImport(argv: readonly string[], cwd = process.cwd(), io: Io = { log: console.log, error: console.error }): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: { id: { type: 'string' }, track: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, topics: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
		});
	} catch (error) {
		io.error(`${(error as Error).message}\n${USAGE}`);
		return 1;
	}
	const { positionals, values } = parsed;
	if (values.help) {
		io.log(USAGE);
		return 0;
	}
	if (positionals.length !== 1) {
		io.error(USAGE);
		return 1;
	}
	const input = resolve(cwd, positionals[0]!);
	const out = resolve(cwd, values.out ?? 'content');
	// Paths as checkContent shows them (relative to cwd), and as people read them (absolute when outside cwd).
	const show = (path: string) => relative(cwd, path) || path;
	const pretty = (path: string) => (show(path).startsWith('..') ? path : show(path));
	if (!existsSync(input)) {
		io.error(`${pretty(input)} does not exist.\n${USAGE}`);
		return 1;
	}
	if (values.track !== undefined && !slug.safeParse(values.track).success) {
		io.error(`--track "${values.track}" is not a valid ID: use lower-case letters, digits and single hyphens (e.g. "backend").`);
		return 1;
	}
	if (values.id !== undefined && !slug.safeParse(values.id).success) {
		io.error(`--id "${values.id}" is not a valid ID: use lower-case letters, digits and single hyphens, at most 48 characters (e.g. "full-time").`);
		return 1;
	}

	let plan: ReadPlan;
	try {
		plan = readPlan(input);
	} catch (error) {
		io.error(`✖ ${pretty(input)}: ${(error as Error).message}. Nothing was written.`);
		return 1;
	}
	const decoded = plan.decoded;
	const existing = checkContent(out, cwd).content;
	const track = trackFor(values.track, existing.tracks);
	const orderOf = (id: string) => existing.roadmaps.find((r) => r.id === id)?.data.order;
	const nextOrder = Math.max(-1, ...existing.roadmaps.map((r) => r.data.order)) + 1;
	let result: ImportResult;
	try {
		const options = { fileName: plan.fileName, id: values.id, order: nextOrder, track: track.id, topics: existing.topics.map((t) => ({ id: t.id, name: t.data.name, aliases: t.data.aliases })) };
		result = importPlan(plan.input, options);
		// Replacing a roadmap keeps its place on the home page.
		const previousOrder = orderOf(result.roadmapId);
		if (values.force && previousOrder !== undefined && previousOrder !== nextOrder) result = importPlan(plan.input, { ...options, order: previousOrder });
		if (values.topics) result = withTopics(result, existing.topics.map((t) => t.id));
		result = withTrack(result, track);
	} catch (error) {
		if (!(error instanceof ImportError)) throw error;
		io.error(`✖ ${pretty(input)}: ${error.message}. Nothing was written.`);
		return 1;
	}

	const roadmapDir = join(out, 'roadmaps', result.roadmapId);
	const sourcePath = join(out, 'sources', result.sourceFile);
	if (!values.force) {
		if (existsSync(roadmapDir) && readdirSync(roadmapDir).length > 0) {
			io.error(`✖ ${pretty(roadmapDir)}/ already exists; nothing was written. Re-run with --force to replace its files, or choose another ID with --id <roadmap-id>.`);
			return 1;
		}
		if (existsSync(sourcePath) && readFileSync(sourcePath, 'utf8') !== result.text) {
			io.error(`✖ ${pretty(sourcePath)} already exists with different text; nothing was written. Re-run with --force to replace it.`);
			return 1;
		}
	}

	io.log(`Importing ${pretty(input)} as roadmap "${result.roadmapId}"`);
	if (decoded.decodedAs) io.log(`  Encoding: the file is not UTF-8; it was read as ${decoded.decodedAs}.`);
	if (result.repaired) {
		io.log(`  Mojibake repaired: the text was UTF-8 misread as ${ENCODING_NAMES[result.repaired.encoding]} (${result.repaired.sequences} garbled sequences fixed). The repaired text is what was copied to sources/.`);
	}
	io.log(`  ${result.phases.length} phases, split at ${result.pattern}`);
	for (const note of plan.navNotes ?? []) io.log(`  ${note}`);
	const unused = plan.input.files?.map((f) => f.path).filter((path) => !result.filesUsed.includes(path)) ?? [];
	if (plan.testFixtures.length > 0) io.log(`  Left out as inputs of the tests in folders beside code, not lessons: ${plan.testFixtures.length} files (${plan.testFixtures.slice(0, 4).join(', ')}${plan.testFixtures.length > 4 ? ', …' : ''})`);
	if (plan.bundledLibraryFiles.length > 0) io.log(`  Left out as documents of the libraries a web project bundles, not lessons: ${plan.bundledLibraryFiles.join(', ')}`);
	if (plan.repositoryFiles.length > 0) io.log(`  Left out as files about the repository or its notes' templates, not lessons: ${plan.repositoryFiles.join(', ')}`);
	if (plan.translations.length > 0) {
		const shown = plan.translations.slice(0, 4).join(', ');
		io.log(`  Translations left out: ${plan.translations.length} file${plan.translations.length === 1 ? '' : 's'} (${shown}${plan.translations.length > 4 ? ', …' : ''}); import a translation's folder or README on its own`);
	}
	if (unused.length > 0 && result.filesUsed.length > 1) {
		io.log(`  Not imported: ${unused.length} Markdown file${unused.length === 1 ? '' : 's'} or notebook${unused.length === 1 ? '' : 's'} of the folder that no unit links: ${unused.slice(0, 8).join(', ')}${unused.length > 8 ? ', …' : ''}`);
	}

	// Replacing: files of the previous import that this one does not write would linger as stray phases, and its
	// images and carried files would stay published at their addresses.
	if (values.force && existsSync(roadmapDir)) {
		for (const name of readdirSync(roadmapDir)) if (name.endsWith('.mdx')) rmSync(join(roadmapDir, name));
		for (const folder of ['images', 'files']) rmSync(join(roadmapDir, folder), { recursive: true, force: true });
	}
	io.log('\nFiles written:');
	const written = new Set<string>();
	for (const image of result.images) {
		const path = join(out, image.to);
		mkdirSync(dirname(path), { recursive: true });
		if ('data' in image) writeFileSync(path, image.data);
		else copyFileSync(join(plan.folder, image.from), path);
		io.log(`  ${pretty(path)} (${IMAGE.test(path) ? 'image' : 'file'})`);
	}
	for (const file of result.files) {
		const path = join(out, file.path);
		if (existsSync(path) && readFileSync(path, 'utf8') === file.text) {
			io.log(`  ${pretty(path)} (unchanged)`);
		} else {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, file.text);
			io.log(`  ${pretty(path)}`);
		}
		written.add(show(path));
	}

	const problems = checkContent(out, cwd).problems.filter((p) => written.has(p.file) || p.file === show(roadmapDir));
	io.log(problems.length === 0 ? '\n✔ The written files pass every content check.' : `\n✖ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the written files:`);
	for (const problem of problems) io.error(`  ${formatProblem(problem)}`);

	if (result.newTopics.length > 0 && !values.topics) {
		io.log('\nNew topics (the plan teaches them and content/topics/ lacks them; re-run with --topics to write them and tag the phases):');
		for (const t of result.newTopics) io.log(`  ${t.id}: "${t.name}" in ${t.phases.join(', ')}`);
	}
	const suggested = values.topics ? [] : result.suggestions.filter((s) => s.topics.length > 0);
	if (suggested.length > 0) {
		io.log('\nTopic suggestions (names found in the text; not written — copy the ones that fit into `topics:`):');
		for (const s of suggested) io.log(`  ${s.phase}: [${s.topics.join(', ')}]`);
	}
	const fileOf = (path: string) => pretty(join(out, path));
	const required = result.toFill.filter((t) => !t.optional);
	const optional = result.toFill.filter((t) => t.optional);
	io.log(required.some((t) => t.placeholder) ? '\nYou still need to fill in (the build refuses a TODO left in them):' : '\nYou still need to fill in:');
	for (const t of required) io.log(`  ${fileOf(t.file)}  ${t.field}: ${t.note}`);
	if (optional.length > 0) {
		io.log('\nWorth checking (optional):');
		for (const t of optional) io.log(`  ${fileOf(t.file)}  ${t.field}: ${t.note}`);
	}
	if (result.notes.length > 0) {
		io.log('\nWhat was changed to make the text safe and linkable (nothing was dropped without a note):');
		const byFile = Map.groupBy(result.notes, (note) => note.slice(0, note.indexOf(': ')));
		for (const [file, notes] of byFile) {
			io.log(`  ${fileOf(file)}`);
			const kinds = Map.groupBy(notes.map((note) => note.slice(file.length + 2)), noteKind);
			for (const [, alike] of kinds) {
				for (const note of alike.slice(0, NOTES_PER_KIND)) io.log(`    ${note}`);
				if (alike.length > NOTES_PER_KIND) io.log(`    … and ${alike.length - NOTES_PER_KIND} more like these`);
			}
		}
	}
	io.log(`\nAfter editing, check again with: ${values.out ? `WAYMARK_CONTENT_DIR=${pretty(out)} ` : ''}npm run check:content`);
	return problems.length === 0 ? 0 : 1;
}

interface ReadPlan {
	input: PlanInput;
	/** The folder's translations of its files, left out (see isTranslation). */
	translations: string[];
	/** Its files about the repository rather than lessons ("CONTRIBUTING.md", an Obsidian vault's templates), left out (see isRepositoryFile). */
	repositoryFiles: string[];
	/** Its Markdown files in test folders beside code, the tests' inputs rather than lessons, left out (see testFixtures). */
	testFixtures: string[];
	/** Its Markdown files among the libraries a web project bundles (`wwwroot/lib/…`), left out (see isBundledLibraryFile). */
	bundledLibraryFiles: string[];
	/** What reading its site's table of contents left out (a sidebars file's items that are not literals). */
	navNotes?: string[];
	/** The folder relative paths are resolved in. */
	folder: string;
	/** Name the source copy is named after. */
	fileName: string;
	decoded: ReturnType<typeof decodeBytes>;
}

const sourceName = (folder: string) => slugify(basename(folder)) || 'plan';
/** The files that can be lessons: Markdown (Quarto's and R Markdown's too), and Jupyter notebooks (read as their cells, see notebook/read.ts). */
const IMAGE = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;
// A plan folder's lesson files are read whole; these limits keep a mistaken path (a home directory) from reading a
// disk. Its images (a course's translations each hold a copy of them) are only opened for their first bytes, and count
// with other files (code, data) towards the second: a course repository holds many.
const MAX_READ_FILES = 5000;
const MAX_WALKED_FILES = 100_000;

/** A path's file or folder, through symbolic links; null for a link that leads nowhere (out of the clone, or to itself). */
function linkedStats(path: string): Stats | null {
	try {
		return statSync(path);
	} catch (error) {
		if (['ENOENT', 'ELOOP'].includes((error as NodeJS.ErrnoException).code ?? '')) return null;
		throw error;
	}
}

/**
 * The lesson and image files of a folder, relative and with `/` separators, skipping hidden folders and dependencies;
 * and all its files, which links may name.
 */
function listFiles(folder: string): { found: string[]; all: string[] } {
	const found: string[] = [];
	const all: string[] = [];
	let walked = 0;
	let lessons = 0;
	const root = realpathSync(folder);
	const linkedFolders = new Set<string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const name = entry.name;
			if (name.startsWith('.') || name === 'node_modules') continue;
			const path = join(dir, name);
			const stats = entry.isSymbolicLink() ? linkedStats(path) : entry;
			if (!stats) continue;
			if (stats.isDirectory()) {
				// A folder linked from elsewhere in the plan is read where it is; one outside it, once, wherever it is linked.
				const linked = entry.isSymbolicLink() ? realpathSync(path) : null;
				if (linked && (!relative(root, linked).startsWith('..') || linkedFolders.has(linked))) continue;
				if (linked) linkedFolders.add(linked);
				walk(path);
				continue;
			}
			if (++walked > MAX_WALKED_FILES) throw new Error(`more than ${MAX_WALKED_FILES} files: point the importer at the plan's own folder`);
			all.push(relative(folder, path).split(sep).join('/'));
			if (!LESSON_FILE.test(name) && !IMAGE.test(name)) continue;
			found.push(all.at(-1)!);
			if (LESSON_FILE.test(name) && ++lessons > MAX_READ_FILES) throw new Error(`more than ${MAX_READ_FILES} Markdown and notebook files: point the importer at the plan's own folder`);
		}
	};
	walk(folder);
	return { found, all };
}

/**
 * The GitHub or GitLab repository a folder is in, as its clone names it (`.git/config`'s origin, `.git/HEAD`'s
 * branch), with the addresses of the folder's files there; null outside a clone of one.
 */
function repositoryOf(folder: string): RepositoryAddresses | null {
	const dir = cloneRoot(folder);
	if (dir === null) return null;
	const dotGit = join(dir, '.git');
	// A worktree's or submodule's .git is a file naming its git folder ("gitdir: …"), whose commondir holds the config.
	const gitDir = statSync(dotGit).isDirectory() ? dotGit : resolve(dir, (/^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1] ?? '').trim());
	const common = readFile(join(gitDir, 'commondir'));
	const config = readFile(join(common ? resolve(gitDir, common.trim()) : gitDir, 'config'));
	const head = readFile(join(gitDir, 'HEAD'));
	const remote = config && originUrl(config);
	const ref = head && headRef(head);
	return remote && ref ? repositoryAddresses(remote, ref, relative(dir, resolve(folder)).split(sep).join('/')) : null;
}

/** The folder of the git clone `folder` is in (the nearest holding `.git`), or null. */
function cloneRoot(folder: string): string | null {
	for (let dir = resolve(folder); ; dir = dirname(dir)) {
		if (existsSync(join(dir, '.git'))) return dir;
		if (dirname(dir) === dir) return null;
	}
}


/**
 * The docs site a folder is, or holds the pages of, when its tool keeps the table of contents in its configuration:
 * an MkDocs site (`mkdocs.yml` there, or beside the folder when it is the site's `docs_dir`), a Quarto book or website
 * (`_quarto.yml`), a Carpentries Workbench lesson (`config.yaml`), a Jupyter Book (`_toc.yml`, with `_config.yml`), a Hugging Face doc-builder site (`_toctree.yml`), a MyST project (`myst.yml`), a Loppo site (`chapters.yml`), a Sphinx site in MyST (`conf.py`) or a Jekyll site whose pages' frontmatter places them.
 */
function siteNavOf(folder: string): { nav: SiteNav; pages: string } | null {
	for (const config of [folder, dirname(folder)].flatMap((dir) => ['mkdocs.yml', 'mkdocs.yaml'].map((name) => join(dir, name)))) {
		const text = readFile(config);
		const site = text === null ? null : readMkdocsConfig(text);
		if (text === null || site === null) continue;
		const pages = mkdocsPagesFolder(dirname(config), site.pagesDir);
		if (!(pages === resolve(folder) || dirname(config) === resolve(folder))) continue;
		// Without a `nav`, MkDocs builds one from the docs folder's files (listed only for the site the plan is).
		const docs = () => ({ pages: listFiles(pages).found.filter((path) => LESSON_FILE.test(path)), pagesFileOf: (dir: string) => readYamlMap(readFile(join(pages, dir, '.pages')) ?? '') });
		return { nav: (site.tableOfContents === null ? readMkdocsConfig(text, docs) : null) ?? site, pages };
	}
	const quarto = readFile(join(folder, '_quarto.yml')) ?? readFile(join(folder, '_quarto.yaml'));
	const project = quarto === null ? null : readQuartoConfig(quarto, listFiles(folder).found.filter((path) => LESSON_FILE.test(path)));
	if (project?.tableOfContents) return { nav: project, pages: folder };
	const gitbook = gitbookStructureOf(folder);
	if (gitbook) return gitbook;
	const bookdown = readBookdownBook(readFile(join(folder, '_bookdown.yml')), listFiles(folder).found.filter((path) => LESSON_FILE.test(path)), (path) => readFile(join(folder, path)));
	if (bookdown) return { nav: bookdown, pages: folder };
	const lessonConfig = readFile(join(folder, 'config.yaml'));
	const lesson = lessonConfig === null ? null : carpentriesLesson(lessonConfig, listFiles(folder).found.filter((path) => LESSON_FILE.test(path)));
	if (lesson) return { nav: lesson, pages: folder };
	const book = jupyterBookOf(folder);
	if (book) return book;
	const docBuilder = docBuilderSiteOf(folder);
	if (docBuilder) return docBuilder;
	const mystConfig = readFile(join(folder, 'myst.yml'));
	const myst = mystConfig === null ? null : readMystProject(mystConfig, listFiles(folder).found.filter((path) => LESSON_FILE.test(path)));
	return myst ? { nav: myst, pages: folder } : (loppoSiteOf(folder) ?? sphinxSiteOf(folder) ?? jekyllSiteOf(folder) ?? hugoSiteNavOf(folder) ?? docusaurusSiteOf(folder) ?? starlightSiteOf(folder) ?? nextraSiteOf(folder) ?? mintlifySiteOf(folder) ?? notionExportOf(folder) ?? roadmapShOf(folder) ?? sidebarSiteOf(folder) ?? githubWikiOf(folder));
}

// How many folders down a repository's Jupyter Book is looked for (`lectures/`, `book/src/`).
const BOOK_DEPTH = 2;

/**
 * A Jupyter Book: its `_toc.yml` (with `_config.yml`) in the folder, else in the one folder a level or two down
 * holding both (a repository's `lectures/`), from which it is read. Two books at that depth are no one plan's.
 */
function jupyterBookOf(folder: string): { nav: SiteNav; pages: string } | null {
	const holdsBook = (dir: string) => existsSync(join(dir, '_toc.yml')) && existsSync(join(dir, '_config.yml'));
	const below = existsSync(join(folder, '_toc.yml')) ? [] : shallowestBelow(folder, BOOK_DEPTH, holdsBook);
	const pages = below.length === 1 ? below[0]! : folder;
	const toc = readFile(join(pages, '_toc.yml'));
	const book = toc === null ? null : readJupyterBookToc(toc, readFile(join(pages, '_config.yml')));
	return book ? { nav: book, pages } : null;
}

/**
 * A GitHub wiki (its `Home.md` beside `_Sidebar.md`): the pages its sidebar lists, `Home.md` the overview. GitHub titles
 * a wiki by its repository: so does the import when the home page's `#` headings are its sections, several of them.
 */
function githubWikiOf(folder: string): { nav: SiteNav; pages: string } | null {
	const sidebar = readFile(join(folder, WIKI_SIDEBAR));
	const home = readFile(join(folder, WIKI_HOME));
	if (sidebar === null || home === null) return null;
	const sections = parseMarkdown(home).children.filter((node) => node.type === 'heading' && node.depth === 1).length;
	const repository = repositoryOf(folder)?.name.split('/').at(-1)?.replace(/\.wiki$/i, '');
	return { nav: { pagesDir: '.', tableOfContents: sidebar, home: WIKI_HOME, ...(sections >= 2 && repository ? { siteName: nameTitle(repository) } : {}) }, pages: folder };
}

/**
 * A Loppo site, given its folder (with `loppo.yml` and `chapters.yml`) or its pages' folder: its pages in the order
 * `chapters.yml` lists them (see sites/loppo.ts), read from the site's folder, whose README is its home page.
 */
function loppoSiteOf(folder: string): { nav: SiteNav; pages: string } | null {
	for (const site of [folder, dirname(folder)]) {
		const config = readFile(join(site, LOPPO_CONFIG));
		const chapters = readFile(join(site, LOPPO_CHAPTERS));
		if (config === null || chapters === null || (site !== folder && resolve(site, loppoPagesDir(config)) !== resolve(folder))) continue;
		const nav = loppoSite(config, chapters, listFiles(site).found.filter((path) => LESSON_FILE.test(path)));
		return nav ? { nav, pages: site } : null;
	}
	return null;
}

/**
 * A Hugging Face doc-builder site, given its language folder or the repository above it (see sites/doc-builder.ts):
 * its `_toctree.yml`'s pages, named by the `#` title of the README of the folder given, else of the repository's (the
 * nearest above it, up to the repository's root), which the toctree lacks.
 */
function docBuilderSiteOf(folder: string): { nav: SiteNav; pages: string } | null {
	const pages = docBuilderFolder(folder);
	const nav = pages === null ? null : docBuilderNav(readFile(join(pages, '_toctree.yml')) ?? '');
	if (pages === null || nav === null) return null;
	const readme = readmeUp(folder);
	const heading = readme === null ? undefined : parseMarkdown(readme).children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
	const siteName = heading ? toString(heading).trim() : '';
	return { nav: { ...nav, ...(siteName ? { siteName } : {}) }, pages };
}

/** The README of a folder, else of the nearest folder above it inside its repository (none outside one). */
function readmeUp(folder: string): string | null {
	const clone = cloneRoot(folder);
	const dirs = [resolve(folder)];
	while (clone !== null && dirs.at(-1) !== clone) dirs.push(dirname(dirs.at(-1)!));
	return dirs.map((dir) => readFile(join(dir, 'README.md'))).find((readme) => readme !== null) ?? null;
}

/**
 * A GitBook's configuration: `.gitbook.yaml`, or the `book.json` of GitBook's command-line tool and its fork HonKit,
 * which name `root` and `structure` alike (JSON is YAML).
 */
const gitbookConfig = (folder: string) => readFile(join(folder, '.gitbook.yaml')) ?? readFile(join(folder, 'book.json'));

/**
 * A GitBook whose `.gitbook.yaml` (or `book.json`) names a table of contents of its own (`structure.summary: toc.md`, or a SUMMARY.md
 * in a folder of its root): the pages it lists, from its folder, and the first page `structure.readme` names, the
 * overview. One naming no file is read as GitBook's default, the root's SUMMARY.md (see bookSourceOf).
 */
function gitbookStructureOf(folder: string): { nav: SiteNav; pages: string } | null {
	const config = gitbookConfig(folder);
	if (config === null) return null;
	const { root, summary, readme } = readGitbookStructure(config);
	const tableOfContents = summary === join(root, 'SUMMARY.md') ? null : readFile(join(folder, summary));
	if (tableOfContents === null) return null;
	const pages = join(folder, dirname(summary));
	const home = relative(pages, join(folder, readme)).split(sep).join('/');
	return { nav: { pagesDir: '.', tableOfContents, ...(existsSync(join(pages, home)) && !home.startsWith('..') ? { home } : {}) }, pages };
}

/**
 * A Sphinx site written in MyST Markdown, given its source folder (with `conf.py`) or the folder that holds it as its
 * one subfolder with a `conf.py` (a repository's `docs/`): its pages in its toctrees' order (see sites/sphinx.ts).
 */
function sphinxSiteOf(folder: string): { nav: SiteNav; pages: string } | null {
	const hasConf = (dir: string) => existsSync(join(dir, 'conf.py'));
	const inside = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && hasConf(join(folder, entry.name)));
	const source = hasConf(folder) ? folder : inside.length === 1 ? join(folder, inside[0]!.name) : null;
	if (source === null) return null;
	const { all } = listFiles(source);
	const nav = sphinxSite(readFile(join(source, 'conf.py'))!, all, (path) => readFile(join(source, path)));
	return nav ? { nav, pages: source } : null;
}

/**
 * A Notion export's folder, or its top page (`top`, relative to the folder): its pages in the order their parent pages
 * link them (see sites/notion.ts), the top page the overview.
 */
function notionExportOf(folder: string, top?: string): { nav: SiteNav; pages: string } | null {
	const { found, all } = listFiles(folder);
	const read = (path: string) => ({ path, text: decodeBytes(readFileSync(join(folder, path)), path).text });
	const pages = found.filter((path) => /\.md$/i.test(path) && isNotionFile(path)).map(read);
	const databases = all.filter((path) => /\.csv$/i.test(path) && isNotionFile(path)).map(read);
	const notion = pages.length > 0 ? notionExport(pages, databases, top) : null;
	if (!notion || notion.entries.length === 0) return null;
	return { nav: { pagesDir: '.', tableOfContents: toMarkdown(notion.entries), ...(notion.home ? { home: notion.home } : {}) }, pages: folder };
}

/**
 * A roadmap of roadmap.sh (`src/data/roadmaps/<name>/`, or its `content/` folder): its lessons in the order its
 * drawing, `<name>.json`, places them (see sites/roadmap-sh.ts); `<name>.md`, whose frontmatter titles the roadmap, is the overview.
 */
function roadmapShOf(folder: string): { nav: SiteNav; pages: string } | null {
	const roadmap = [folder, dirname(folder)].find((dir) => existsSync(join(dir, 'content')) && existsSync(join(dir, `${basename(dir)}.json`)));
	if (roadmap === undefined) return null;
	const drawing = roadmapShEntries(parseJson(readFile(join(roadmap, `${basename(roadmap)}.json`))!), listFiles(roadmap).found);
	if (!drawing) return null;
	const page = `${basename(roadmap)}.md`;
	const unshown = drawing.unshown.length;
	// (The report lists them with the files no unit links.)
	const notes = unshown > 0 ? [`Left out: ${unshown} content file${unshown === 1 ? '' : 's'} that ${basename(roadmap)}.json draws no node for (roadmap.sh does not show ${unshown === 1 ? 'it' : 'them'})`] : [];
	const home = existsSync(join(roadmap, page)) ? { home: page } : {};
	return { nav: { pagesDir: '.', tableOfContents: toMarkdown(drawing.entries), ...(notes.length > 0 ? { notes } : {}), ...home }, pages: roadmap };
}

/**
 * The configuration of the Jekyll site a folder is (its `_config.yml`, which a Jupyter Book's `_toc.yml` does not sit
 * beside), with the site's data files as its `data` (`site.data`); null for other folders.
 */
function jekyllConfigOf(folder: string): Record<string, unknown> | null {
	if (existsSync(join(folder, '_toc.yml'))) return null;
	const text = readFile(join(folder, '_config.yml')) ?? readFile(join(folder, '_config.yaml'));
	const config = text === null ? null : readYamlMap(text);
	return config && { ...config, data: jekyllData(join(folder, '_data')) };
}

/**
 * A Jekyll site's `_data/` folder as Liquid sees it: each YAML or JSON file's contents under its name (a course's
 * `schedule.yml` is `site.data.schedule`), each folder's files under the folder's name.
 */
function jekyllData(folder: string): Record<string, unknown> {
	const data: Record<string, unknown> = {};
	const entries = existsSync(folder) ? readdirSync(folder, { withFileTypes: true }) : [];
	for (const entry of entries) {
		const path = join(folder, entry.name);
		const name = entry.name.replace(/\.(?:ya?ml|json)$/i, '');
		if (entry.isDirectory()) data[entry.name] = jekyllData(path);
		else if (name !== entry.name) data[name] = readYamlValue(readFile(path) ?? '');
	}
	return data;
}

/** A Jekyll site's includes, `_includes/<path>`, by their path there (`schedule.html`, `functions/weeks.html`). */
function jekyllIncludesOf(folder: string): Record<string, string> {
	const includes = join(folder, '_includes');
	const files = existsSync(includes) ? listFiles(includes).all : [];
	return Object.fromEntries(files.map((path) => [path, readFile(join(includes, path)) ?? '']));
}

/** A Jekyll site's layouts, `_layouts/<name>.html`, by name. */
function jekyllLayoutsOf(folder: string): Record<string, string> {
	const layouts = join(folder, '_layouts');
	const files = existsSync(layouts) ? readdirSync(layouts).filter((name) => /\.html?$/i.test(name)) : [];
	return Object.fromEntries(files.map((name) => [name.replace(/\.html?$/i, ''), readFile(join(layouts, name)) ?? '']));
}

/** A Jekyll site (its `_config.yml` there) whose pages place themselves in its navigation, as Just the Docs reads them (see sites/jekyll.ts). */
function jekyllSiteOf(folder: string): { nav: SiteNav; pages: string } | null {
	const config = jekyllConfigOf(folder);
	if (config === null) return null;
	const pages = listFiles(folder).found.filter((path) => LESSON_FILE.test(path) && !isNotebook(path));
	const files = pages.map((path) => ({ path, text: decodeBytes(readFileSync(join(folder, path)), path).text }));
	const nav = jekyllNav(config, files) ?? jekyllDataNav(config, files) ?? jekyllCollectionsNav(config, files);
	return nav ? { nav, pages: folder } : null;
}

/**
 * A Hugo site, its content folder or a section of it: its pages in the order of the menu Hugo builds from the content
 * folder (see sites/hugo.ts), in the site's default language (translations, `_index.vi.md`, are left out as elsewhere).
 */
function hugoSiteNavOf(folder: string): { nav: SiteNav; pages: string } | null {
	const site = hugoSiteOf(folder);
	if (!site) return null;
	const pages = hugoPagesDir(site, folder);
	const found = listFiles(pages).found.filter((path) => /\.(?:md|markdown)$/i.test(path));
	const all = new Set(found);
	const localePages = found.filter((path) => inOtherLanguage(site, path));
	const files = found.filter((path) => !isTranslation(path, all) && !localePages.includes(path)).map((path) => ({ path, text: decodeBytes(readFileSync(join(pages, path)), path).text }));
	const { entries, hidden } = hugoMenu(files, { atContentRoot: pages === site.contentDir, zola: site.zola });
	const notes = hidden.length > 0 ? [`Left out as drafts or pages the site's menu hides: ${hidden.slice(0, 4).join(', ')}${hidden.length > 4 ? `, … (${hidden.length})` : ''}`] : [];
	const localeDirs = site.otherLanguages.flatMap(({ code, contentDir }) => (contentDir ? [`${code}: ${relative(site.root, contentDir).split(sep).join('/')}/`] : []));
	if (localeDirs.length > 0) notes.push(`Translations left out: the site's other languages' content folders (${localeDirs.join(', ')}); import one on its own`);
	const locales = localePages.length > 0 ? { localePages } : {};
	return { nav: { pagesDir: '.', ...(site.title ? { siteName: site.title } : {}), tableOfContents: toMarkdown(entries), ...(notes.length > 0 ? { notes } : {}), ...locales }, pages };
}

/**
 * An Astro Starlight site (its `astro.config.*` there) or its docs folder (`src/content/docs/`): its pages in its
 * sidebar's order (see sites/starlight.ts), titled by its `title`.
 */
function starlightSiteOf(folder: string): { nav: SiteNav; pages: string } | null {
	const site = astroSiteOf(folder);
	if (!site) return null;
	const pages = join(site.dir, STARLIGHT_DOCS);
	const docs = listFiles(pages).found.filter((path) => LESSON_FILE.test(path) && !isNotebook(path));
	const { entries, notes } = starlightSidebar(site.options, docs.map((path) => ({ path, text: decodeBytes(readFileSync(join(pages, path)), path).text })));
	if (entries.length === 0) return null;
	const siteName = starlightTitle(site.options);
	const navNotes = notes.map((note) => `${site.config}: ${note}`);
	const localeFolders = starlightLocaleFolders(site.options);
	const locales = localeFolders.length > 0 ? { localeFolders } : {};
	return { nav: { pagesDir: '.', ...(siteName ? { siteName } : {}), tableOfContents: toMarkdown(entries), ...(navNotes.length > 0 ? { notes: navNotes } : {}), ...locales }, pages };
}

/**
 * A VitePress or VuePress site (its pages in its `srcDir`), or a folder of one, that its configuration's sidebar
 * covers: its pages in the sidebar's order (its sidebars' in the order its home page links them). The folder's home
 * page is its plan instead when it links more of the folder's pages than the sidebars list (a roadmap over the site's
 * sections, beside a sidebar for its first steps).
 */
function sidebarSiteOf(given: string): { nav: SiteNav; pages: string } | null {
	const folder = sourceRootIn(given) ?? given;
	const site = docsSiteOf(folder);
	if (site?.config === undefined) return null;
	const root = siteRootOf(site, folder);
	const pages = listFiles(folder).found.filter((path) => LESSON_FILE.test(path));
	const homeLinks = pages.filter(isFolderIndex).map((home) => [...linkedFiles(readFileSync(join(folder, home), 'utf8'), home, pages, root)]);
	const sidebar = sidebarOf(site.config, root.within, (path) => existsSync(join(site.root, path)), homeLinks.flat(), pages);
	if (!sidebar) return null;
	const listed = pageCount(sidebar.entries);
	if (homeLinks.some((links) => links.length > listed)) return null;
	const siteName = siteTitleOf(site.config, root.within);
	const notes = sidebar.notes.length > 0 ? { notes: sidebar.notes } : {};
	return { nav: { pagesDir: '.', ...(siteName ? { siteName } : {}), tableOfContents: toMarkdown(sidebar.entries), ...notes }, pages: folder };
}

/**
 * A Nextra site or its pages folder (`pages/` or `content/`, maybe in `src/`; the one whose root has a `_meta` file):
 * its pages in the order its `_meta` files give them (see sites/nextra.ts).
 */
function nextraSiteOf(folder: string): { nav: SiteNav; pages: string } | null {
	const isFile = (path: string) => readFile(path) !== null;
	const pages = nextraPagesIn(folder, isFile);
	if (pages === undefined) return null;
	const files = listFiles(pages).found.filter((path) => /\.mdx?$/i.test(path));
	const metaOf = (dir: string) => {
		const path = metaFileIn(join(pages, dir), isFile);
		return path === undefined ? undefined : path.endsWith('.json') ? parseJson(readFile(path)!) : defaultExport(path, readFile);
	};
	const { entries, hidden } = nextraSidebar(files, metaOf);
	// The site opens at its index page, wherever its sidebar places it (under a separator): it is the overview.
	const home = files.find((path) => /^index\.mdx?$/i.test(path));
	const listed = home ? withoutPage(entries, home) : entries;
	if (listed.length === 0) return null;
	const notes = hidden.length > 0 ? [`Left out as hidden from the sidebar (display: 'hidden' in _meta): ${hidden.join(', ')}`] : [];
	return { nav: { pagesDir: '.', tableOfContents: toMarkdown(listed), ...(home ? { home } : {}), ...(notes.length > 0 ? { notes } : {}) }, pages };
}

/**
 * A Mintlify site (its `docs.json` or `mint.json` there, or in its `docs/` folder): its pages in its navigation's order
 * (see sites/mintlify.ts), the page it opens at the overview.
 */
function mintlifySiteOf(folder: string): { nav: SiteNav; pages: string } | null {
	for (const pages of [folder, join(folder, 'docs')]) {
		const config = MINTLIFY_CONFIGS.map((name) => readFile(join(pages, name))).find((found) => found !== null);
		if (config === undefined) continue;
		const files = listFiles(pages).found.filter((path) => /\.mdx?$/i.test(path));
		const nav = mintlifyNav(parseJson(config), files);
		if (!nav || nav.entries.length === 0) continue;
		const count = nav.leftOut.length;
		const notes = count > 0 ? [`Left out as hidden, or named by the navigation without a page here (an API endpoint): ${nav.leftOut.slice(0, 4).join(', ')}${count > 4 ? `, … (${count})` : ''}`] : [];
		const locales = nav.localeFolders.length > 0 ? { localeFolders: nav.localeFolders } : {};
		return { nav: { pagesDir: '.', ...(nav.siteName ? { siteName: nav.siteName } : {}), tableOfContents: toMarkdown(nav.entries), home: nav.home, ...locales, ...(notes.length > 0 ? { notes } : {}) }, pages };
	}
	return null;
}

const SIDEBARS_FILES = ['sidebars.js', 'sidebars.ts', 'sidebars.json', 'sidebars.mjs', 'sidebars.cjs', 'sidebars.mts'];

/**
 * A Docusaurus site (its configuration there, its pages in `docs/`), its docs folder (the configuration beside it),
 * or a docs folder whose folders' `_category_.json` files show it is one: its pages in its sidebar's order (see
 * docusaurus.ts), the first of its sidebars file's when it has one.
 */
function docusaurusSiteOf(folder: string): { nav: SiteNav; pages: string } | null {
	const config = [folder, dirname(folder)].flatMap((dir) => DOCUSAURUS_CONFIGS.map((name) => join(dir, name))).find((path) => existsSync(path));
	// The configuration, read without running it, names the site, its docs folder and its sidebars file.
	const configuration = config ? defaultExport(config, readFile) : undefined;
	const pages = config && dirname(config) === resolve(folder) ? resolve(folder, docsPathOf(configuration)) : folder;
	if (!existsSync(pages) || !statSync(pages).isDirectory()) return null;
	const docs = listFiles(pages).found.filter((path) => LESSON_FILE.test(path) && !isNotebook(path));
	const folders = new Set(docs.flatMap(ancestorFolders));
	const categories = new Map<string, Category>();
	for (const dir of folders) {
		const text = CATEGORY_FILES.map((name) => readFile(join(pages, dir, name))).find((found) => found !== null);
		if (text) categories.set(dir, readCategory(text));
	}
	if (!config && categories.size === 0) return null;
	const siteName = text(field(configuration, 'title'));
	const sidebars = config ? sidebarsFileOf(config, configuration) : undefined;
	const { tableOfContents, notes } = docusaurusSidebar(docs.map((path) => ({ path, text: decodeBytes(readFileSync(join(pages, path)), path).text })), categories, sidebars);
	return { nav: { pagesDir: '.', ...(siteName ? { siteName } : {}), tableOfContents, ...(notes.length > 0 ? { notes } : {}) }, pages };
}

/**
 * A Docusaurus site's sidebars file, its value read without running it: the one its configuration's `sidebarPath`
 * names, else `sidebars.js` (or `.ts`, `.json`) beside the configuration; undefined when there is none.
 */
function sidebarsFileOf(config: string, configuration: unknown): SidebarsFile | undefined {
	const site = dirname(config);
	const named = sidebarPathOf(configuration);
	const path = named === undefined ? SIDEBARS_FILES.map((name) => join(site, name)).find((candidate) => readFile(candidate) !== null) : resolve(site, named);
	const text = path === undefined ? null : readFile(path);
	if (path === undefined || text === null) return undefined;
	return { name: relative(site, path).split(sep).join('/'), value: path.endsWith('.json') ? parseJson(text) : defaultExport(path, readFile), labels: sidebarLabels(configuration) };
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		// A file that does not parse lists nothing; the report says so.
		return undefined;
	}
}

// Characters of a file read to tell the language it is written in.
const LANGUAGE_SAMPLE_LENGTH = 16_384;

/**
 * A file is read with the other Markdown files and images of its folder (an index links them); a folder is read
 * from its table of contents (an MkDocs nav, a Quarto project's _quarto.yml, a Jupyter Book's _toc.yml, SUMMARY.md, _sidebar.md), README or index
 * file, or, lacking one, as its Markdown files in name order.
 */
function readPlan(input: string): ReadPlan {
	const isFolder = statSync(input).isDirectory();
	const site = isFolder ? siteNavOf(input) : isNotionFile(input) ? notionExportOf(dirname(input), basename(input)) : null;
	const folder = site ? site.pages : isFolder ? (bookSourceOf(input) ?? input) : dirname(input);
	const { found: listed, all: everyFile } = listFiles(folder);
	const addresses = repositoryOf(folder);
	// (A Docsify home may embed the repository's README by its address: read from the clone.)
	const cloneAt = addresses && cloneRoot(folder);
	const clone = addresses && cloneAt ? { root: cloneAt, name: addresses.name } : undefined;
	const docsSite = docsSiteOf(folder);
	const jekyllConfig = jekyllConfigOf(folder);
	const siteRoot = docsSite ? siteRootOf(docsSite, folder) : jekyllConfig && jekyllSiteRoot(jekyllConfig);
	const siteFiles = jekyllConfig ? listed.filter((path) => LESSON_FILE.test(path) && !isNotebook(path)).map((path) => ({ path, text: decodeBytes(readFileSync(join(folder, path)), path).text })) : [];
	const [jekyllLayouts, jekyllIncludes] = jekyllConfig ? [jekyllLayoutsOf(folder), jekyllIncludesOf(folder)] : [{}, {}];
	const jekyll = jekyllConfig
		? { jekyllConfig: withCollections(jekyllConfig, siteFiles, jekyllLayouts, jekyllIncludes), jekyllLayouts, jekyllIncludes, jekyllDrawnBy: drawingPages(jekyllConfig, siteFiles) }
		: {};
	// (A notebook no page shows is carried as the file it is, to open in Jupyter; a Markdown file is only a page.)
	const fileSizes = Object.fromEntries(everyFile.filter((path) => !LESSON_FILE.test(path) || isNotebook(path)).map((path) => [path, statSync(join(folder, path)).size]));
	const context = { folderFiles: everyFile, fileSizes, ...(addresses ? { repository: { addresses, files: everyFile } } : {}), ...(siteRoot ? { site: siteRoot } : {}), ...jekyll };
	// A docs site serves its public folder's images at its root, and an Astro site's pages import those of its assets
	// folder: those outside the plan's folder are its images too.
	for (const dir of [docsSite?.publicDir, docsSite?.assetsDir]) {
		const imageFolder = docsSite && dir ? join(docsSite.root, dir) : null;
		if (!imageFolder || !existsSync(imageFolder) || !relative(folder, imageFolder).startsWith('..')) continue;
		listed.push(...listFiles(imageFolder).found.filter((path) => IMAGE.test(path)).map((path) => relative(folder, join(imageFolder, path)).split(sep).join('/')));
	}
	const all = new Set(listed);
	const otherLocale = docsSite && siteRoot ? inOtherLocale(docsSite, siteRoot) : () => false;
	// (A site whose navigation names its languages' folders, a Mintlify site's, is read from its pages' folder.)
	const navLocale = (path: string) => (site?.nav.localeFolders ?? []).some((locale) => path.startsWith(`${locale}/`)) || (site?.nav.localePages ?? []).includes(path);
	// An mdBook (its book.toml here or a folder up) puts the files its include links name into its chapters; a file's
	// include tags put in files of the plan's folder.
	const bookRoot = [folder, dirname(folder)].find((dir) => existsSync(join(dir, 'book.toml')));
	const read = (path: string) => {
		const decoded = decodeBytes(readFileSync(join(folder, path)), path);
		if (isNotebook(path)) return decoded;
		const text = expandTemplateIncludes(decoded.text, join(folder, path), folder, clone);
		return { ...decoded, text: bookRoot ? expandIncludes(text, join(folder, path), bookRoot) : text };
	};
	// A file's first pages tell its language: a changelog of megabytes took seconds to parse whole.
	const writtenIn = (path: string) => detectLanguage([parseMarkdown(read(path).text.slice(0, LANGUAGE_SAMPLE_LENGTH))]);
	const translated = (path: string) => isTranslation(path, all, writtenIn) || (LESSON_FILE.test(path) && (otherLocale(path) || navLocale(path) || (!isNotebook(path) && isTranslatorsFile(path, all, writtenIn))));
	const translations = listed.filter(translated);
	const files = listed.filter((f) => !translations.includes(f));
	// A site's home page is the overview, whether or not it links the pages (a Sphinx site's lists them in toctrees).
	const frontPage = isFolder && !site?.nav.home ? stubIndex(files.filter((f) => LESSON_FILE.test(f)), read, siteRoot) : undefined;
	const templateFolders = obsidianTemplateFolders((path) => readFile(join(folder, path)));
	const bundledLibraryFiles = files.filter((f) => LESSON_FILE.test(f) && isBundledLibraryFile(f));
	const repositoryFiles = files.filter((f) => LESSON_FILE.test(f) && !bundledLibraryFiles.includes(f) && (isRepositoryFile(f) || isWikiChrome(f) || f === frontPage || inTemplateFolder(f, templateFolders)));
	const fixtures = testFixtures(files.filter((f) => LESSON_FILE.test(f) && !repositoryFiles.includes(f) && !bundledLibraryFiles.includes(f)), everyFile);
	const lessons = files.filter((f) => LESSON_FILE.test(f) && !repositoryFiles.includes(f) && !fixtures.includes(f) && !bundledLibraryFiles.includes(f));
	// What the plan's files hold besides lessons, which the report lists.
	const setAside = { translations, repositoryFiles, testFixtures: fixtures, bundledLibraryFiles };
	const others = (except: string) => lessons.filter((f) => f !== except).map((path) => ({ path, text: read(path).text }));
	const images = Map.groupBy(files.filter((f) => IMAGE.test(f)), (f) => isReadableImage(join(folder, f)));
	const assets = images.get(true) ?? [];
	const unreadableAssets = images.get(false) ?? [];
	if (!isFolder && !site) {
		const path = relative(folder, input).split(sep).join('/');
		const decoded = read(path);
		// A README or index is named after its folder: every plan has one, and their copies must not collide in sources/.
		const fileName = isFolderIndex(path) ? `${sourceName(folder)}.md` : basename(input);
		return { input: { index: { path, text: decoded.text }, files: others(path), assets, unreadableAssets, ...context }, ...setAside, folder, fileName, decoded };
	}
	const bookTitle = bookRoot ? readBookTitle({ toml: readFile(join(bookRoot, 'book.toml')) }) : readBookTitle({ json: readFile(join(folder, 'book.json')) });
	const statedTitle = site?.nav.siteName ?? bookTitle;
	const docsifyName = docsifySiteName(folder);
	const title = { ...(statedTitle ? { title: statedTitle } : {}), ...(docsifyName ? { siteName: docsifyName } : {}) };
	if (site?.nav.tableOfContents) {
		const text = site.nav.tableOfContents;
		const navNotes = site.nav.notes ? { navNotes: site.nav.notes } : {};
		const home = site.nav.home ? { home: site.nav.home } : {};
		const apart = site.nav.apart ? { apart: site.nav.apart } : {};
		return { input: { index: { path: NAV_STAND_IN, text }, files: others(''), assets, unreadableAssets, ...context, ...title, ...home, ...apart }, ...setAside, ...navNotes, folder, fileName: `${sourceName(isFolder ? input : folder)}.md`, decoded: { text, decodedAs: null } };
	}
	// A book's table of contents orders its pages; the README beside it is one of them (GitBook's introduction). A
	// course of notebooks is opened in Jupyter at its index notebook, which links them; a README beside it is the
	// repository's front page (how to install and run the notebooks).
	const readme = lessons.find(isTableOfContents) ?? lessons.find((f) => isFolderIndex(f) && isNotebook(f)) ?? lessons.find(isFolderIndex);
	const named = readme && !isTableOfContents(readme) ? (linkedLog(readme, lessons, read, siteRoot) ?? mapOfContent(readme, lessons, read, siteRoot) ?? readme) : readme;
	const index = named ?? unitFoldersIndex(lessons, read) ?? folderMapOfContent(lessons, read, siteRoot);
	if (index) {
		const decoded = read(index);
		const folderIndex = named ? {} : { folderIndex: true as const, folderTitle: nameTitle(basename(input)) };
		return { input: { index: { path: index, text: decoded.text }, files: others(index), assets, unreadableAssets, ...context, ...title, ...folderIndex }, ...setAside, folder, fileName: `${sourceName(input)}.md`, decoded };
	}
	if (lessons.length === 0) throw new Error('the folder holds no Markdown files or notebooks');
	// No index: the files, in name order, are the units; the overview has only the folder's name for a title, unless
	// the one file beside the lesson folders that links them, an index in all but name, has one.
	const text = isLanguageFolder(basename(folder)) ? '' : `# ${nameTitle(basename(folder))}\n`;
	const indexTitle = statedTitle ? null : (soleTopFileTitle(lessons, read, siteRoot) ?? translatedTitle(folder));
	return { input: { index: { path: FOLDER_STAND_IN, text }, files: others(''), assets, unreadableAssets, ...context, ...title, ...(indexTitle ? { title: indexTitle } : {}) }, ...setAside, folder, fileName: `${sourceName(folder)}.md`, decoded: { text, decodedAs: null } };
}

/**
 * The pages' folder of a book given by its repository (mdBook's `book.toml` beside `src/SUMMARY.md`, GitBook's
 * `.gitbook.yaml` or `book.json` naming `root: ./docs/`, the one subfolder that is a Docsify site with a sidebar): the book is read
 * from there, as its tool builds it, not from the repository's README. Null for any other folder.
 */
function bookSourceOf(folder: string): string | null {
	if (existsSync(join(folder, 'SUMMARY.md')) || existsSync(join(folder, '_sidebar.md'))) return null;
	const toml = readFile(join(folder, 'book.toml'));
	const gitbook = gitbookConfig(folder);
	if (toml === null && gitbook === null) return docsifySiteIn(folder);
	const source = join(folder, readBookSource(gitbook !== null ? { gitbook } : { toml: toml! }));
	return existsSync(join(source, 'SUMMARY.md')) ? source : null;
}

/**
 * The one subfolder of a repository that is a Docsify site (`docsify init ./docs`): its index.html loads Docsify, and
 * its `_sidebar.md` is the table of contents the site shows.
 */
function docsifySiteIn(folder: string): string | null {
	const sites = readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
		.map((entry) => join(folder, entry.name))
		.filter((dir) => existsSync(join(dir, '_sidebar.md')) && /\bdocsify\b/i.test(readFile(join(dir, 'index.html')) ?? ''));
	return sites.length === 1 ? sites[0]! : null;
}

/**
 * The name a Docsify site shows atop its sidebar (`window.$docsify = { name: '…' }` in its index.html, plain text of
 * what may be HTML), or null.
 */
function docsifySiteName(folder: string): string | null {
	const page = readFile(join(folder, 'index.html'));
	if (page === null || !/\bdocsify\b/i.test(page)) return null;
	// Its inline scripts' text, as a browser reads them.
	const scripts: string[] = [];
	let inScript = false;
	htmlScanner({
		startTag: (name, attributes) => {
			inScript = name === 'script' && attributes['src'] === undefined;
			if (inScript) scripts.push('');
		},
		endTag: () => void (inScript = false),
		text: (piece) => void (inScript && (scripts[scripts.length - 1] += piece)),
	}).end(page);
	const name = scripts.map((script) => text(field(windowGlobal(script, '$docsify'), 'name'))).find(Boolean);
	return name ? htmlText(name) || null : null;
}

/**
 * The `#` title of the README (or index) over a folder named by a language's code ("docs/languages/ar"): one of a
 * plan's translations, which the code does not title. It is the nearest folder's above it that has one, past folders
 * that hold only translations ("languages/"), within the repository.
 */
function translatedTitle(folder: string): string | null {
	if (!isLanguageFolder(basename(folder))) return null;
	for (let dir = dirname(resolve(folder)); dirname(dir) !== dir; dir = dirname(dir)) {
		const entries = readdirSync(dir, { withFileTypes: true });
		const index = entries.find((entry) => entry.isFile() && isFolderIndex(entry.name));
		const heading = index && parseMarkdown(readFile(join(dir, index.name)) ?? '').children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
		if (heading) return toString(heading).trim() || null;
		const translations = entries.every((entry) => !entry.isDirectory() || isLanguageFolder(entry.name));
		if (index || !translations || existsSync(join(dir, '.git'))) return null;
	}
	return null;
}

/**
 * The `#` title of a folder's one file beside its lesson folders ("00_INDICE_GENERAL.md" over "Semana_02/",
 * "Semana_03/"…), when that file links two of their lessons or more: it titles the folder as a README would.
 */
function soleTopFileTitle(lessons: readonly string[], read: (path: string) => { text: string }, site: SiteRoot | null): string | null {
	const top = lessons.filter((path) => !path.includes('/'));
	if (top.length !== 1) return null;
	const { text } = read(top[0]!);
	if (linkedFiles(text, top[0]!, lessons, site).size < 2) return null;
	const heading = parseMarkdown(text).children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
	return heading ? toString(heading).trim() || null : null;
}

// A log kept for a week of days or more: fewer entries are a template's examples ("### Day 0: February 30").
const MIN_LOGGED_UNITS = 7;

/**
 * The file beside a README that the README links, whose headings label the units, day by day, where the README's
 * label none: an author's log ("log.md" of a #100DaysOfCode repository, "### Day 12: January 15" after "### Day 11",
 * under the challenge's README and rules as its template writes them). The log is the plan; the README introduces it.
 */
function linkedLog(readme: string, lessons: readonly string[], read: (path: string) => { text: string }, site: SiteRoot | null): string | undefined {
	const labelled = (path: string) => new Set(parseMarkdown(read(path).text).children.flatMap((node) => (node.type === 'heading' ? [parseUnitLabel(toString(node))] : [])).flatMap((label) => (label?.kind ? [`${label.kind} ${label.number}`] : []))).size;
	if (labelled(readme) > 0) return undefined;
	const folder = readme.slice(0, readme.lastIndexOf('/') + 1);
	const beside = [...linkedFiles(read(readme).text, readme, lessons, site)].filter((path) => path !== readme && !isNotebook(path) && !path.slice(folder.length).includes('/'));
	const logs = beside.filter((path) => labelled(path) >= MIN_LOGGED_UNITS);
	return logs.length === 1 ? logs[0] : undefined;
}

/**
 * A vault's map of content: beside a README that links none of the folder's files (it tells how to open the vault),
 * the one unnumbered file that links every numbered one ("DevOps Experts — MOC.md" linking "00 - Start Here.md",
 * "Class 01 - Docker.md" … by wiki links, in its table of every note). It is the plan's index in all but name.
 */
function mapOfContent(readme: string, lessons: readonly string[], read: (path: string) => { text: string }, site: SiteRoot | null): string | undefined {
	const links = (path: string) => linkedFiles(read(path).text, path, lessons, site, { wikiLinks: true });
	if (readme.includes('/') || links(readme).size > 0) return undefined;
	const beside = lessons.filter((path) => path !== readme && !path.includes('/') && !isNotebook(path));
	const numbered = beside.filter((path) => NUMBERED_PATH.test(path));
	if (numbered.length < 2) return undefined;
	const maps = beside.filter((path) => {
		if (NUMBERED_PATH.test(path)) return false;
		const linked = links(path);
		return numbered.every((lesson) => linked.has(lesson));
	});
	return maps.length === 1 ? maps[0] : undefined;
}

/**
 * A vault's map of content in a folder without README or index: the one note that links every other note beside it,
 * by Markdown or wiki links ("-overview.md" listing a subject's lectures, seminars and labs under its headings). It is
 * the plan's index in all but name; without it the notes would be read in name order.
 */
function folderMapOfContent(lessons: readonly string[], read: (path: string) => { text: string }, site: SiteRoot | null): string | undefined {
	const beside = lessons.filter((path) => !path.includes('/') && !isNotebook(path));
	if (beside.length < 3) return undefined;
	const maps = beside.filter((path) => {
		const linked = linkedFiles(read(path).text, path, lessons, site, { wikiLinks: true });
		return beside.every((note) => note === path || linked.has(note));
	});
	return maps.length === 1 ? maps[0] : undefined;
}

/**
 * The one file beside a folder's numbered folders, in a folder without README or index, whose unit headings label most
 * of them ("lehrplan.md" with "## Woche 1 – Grundlagen" … over "woche-1/" … "woche-12/"): the course's index in all but
 * name, which the weeks' lessons are read under as a README's.
 */
function unitFoldersIndex(lessons: readonly string[], read: (path: string) => { text: string }): string | undefined {
	const folders = [...new Set(lessons.filter((path) => path.includes('/')).map((path) => path.slice(0, path.indexOf('/'))))];
	const indexes = lessons.filter((path) => {
		if (path.includes('/') || isNotebook(path)) return false;
		const { labelled, numbered } = labelledFolders(parseMarkdown(read(path).text), folders);
		return labelled >= 2 && labelled * 2 >= numbered;
	});
	return indexes.length === 1 ? indexes[0] : undefined;
}

/**
 * A folder's README that links none of its files, beside an index that does: a stub ("see the website") that is the
 * repository's front page, beside a docs site's home page. Not a lesson, nor the plan.
 */
function stubIndex(lessons: readonly string[], read: (path: string) => { text: string }, site: SiteRoot | null): string | undefined {
	const indexes = lessons.filter((path) => isFolderIndex(path) && !isTableOfContents(path));
	if (indexes.length < 2) return undefined;
	const linking = indexes.filter((path) => linkedFiles(read(path).text, path, lessons, site).size > 0);
	return linking.length > 0 ? indexes.find((path) => !linking.includes(path)) : undefined;
}

interface TrackChoice {
	id: string;
	/** A track file to write when the track does not exist yet. */
	file?: { path: string; text: string };
	/** Why this track, for the author to check. */
	note: string;
	optional: boolean;
}

/**
 * The track the roadmap joins: --track (written as a new track file when there is none by that ID), else the only
 * track there is, else the first one, else a new "imported" track. Only --track is the author's own choice.
 */
function trackFor(requested: string | undefined, tracks: ReadonlyArray<{ id: string; data: { order: number } }>): TrackChoice {
	const newTrack = (id: string, note: string, optional: boolean): TrackChoice => {
		const name = id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
		const order = Math.max(-1, ...tracks.map((t) => t.data.order)) + 1;
		const text = `${toYaml({ name, summary: `Roadmaps of the ${name} track.`, order })}\n`;
		return { id, file: { path: `tracks/${id}.yaml`, text }, note, optional };
	};
	if (requested !== undefined) {
		if (tracks.some((t) => t.id === requested)) return { id: requested, note: '', optional: true };
		return newTrack(requested, `the track "${requested}" is new: give it a name and summary`, false);
	}
	const sorted = [...tracks].sort((a, b) => a.data.order - b.data.order);
	if (sorted.length === 1) return { id: sorted[0]!.id, note: `set to "${sorted[0]!.id}", the only track; pass --track <id> for another`, optional: true };
	if (sorted.length > 1) return { id: sorted[0]!.id, note: `set to "${sorted[0]!.id}", the first track: choose the one this roadmap belongs to (${sorted.map((t) => t.id).join(', ')})`, optional: false };
	return newTrack('imported', 'there were no tracks, so an "imported" track was made: rename it, or pass --track <id>', false);
}

function withTrack(result: ImportResult, track: TrackChoice): ImportResult {
	const indexFile = `roadmaps/${result.roadmapId}/index.mdx`;
	const toFill = track.note ? [...result.toFill, { file: track.file?.path ?? indexFile, field: 'track', note: track.note, optional: track.optional }] : result.toFill;
	return { ...result, files: track.file ? [...result.files, track.file] : result.files, toFill };
}

/** With --topics: the proposed topics become files, and every phase lists the topics its text names. */
function withTopics(result: ImportResult, known: readonly string[]): ImportResult {
	const fresh = result.newTopics.filter((t) => !known.includes(t.id));
	const topicFiles = fresh.map((t) => ({ path: `topics/${t.id}.yaml`, text: `${toYaml({ name: t.name, aliases: [], category: 'tooling' })}\n` }));
	const tagged = new Map(result.phases.map((p) => [p.id, [...(result.suggestions.find((s) => s.phase === p.id)?.topics ?? []), ...result.newTopics.filter((t) => t.phases.includes(p.id)).map((t) => t.id)]]));
	const files = result.files.map((file) => {
		const phase = result.phases.find((p) => file.path.endsWith(`/${p.id}.mdx`));
		const topics = phase ? tagged.get(phase.id) ?? [] : [];
		return phase && topics.length ? { ...file, text: file.text.replace(/^topics: \[\]$/m, `topics: [ ${[...new Set(topics)].join(', ')} ]`) } : file;
	});
	const toFill = [
		...result.toFill.filter((t) => !(t.field === 'topics' && tagged.get(t.file.replace(/^.*\/|\.mdx$/g, ''))?.length)),
		...fresh.map((t) => ({ file: `topics/${t.id}.yaml`, field: 'category', note: `"tooling" was set for "${t.name}": choose the category it belongs to`, optional: false })),
	];
	return { ...result, files: [...files, ...topicFiles], toFill };
}
