/**
 * A bookdown book (R Markdown): its chapters are the files `_bookdown.yml`'s `rmd_files` lists (the HTML output's list
 * when it gives one per format), else the folder's `.Rmd` files in name order, `index.Rmd` first and those starting
 * with `_` left out, as bookdown merges them. `rmd_subdir` (`true`, or a list of folders) adds the `.Rmd` files of
 * the subfolders (of those folders), in path order after the folder's own, and after the listed ones when
 * `rmd_files` lists some. A chapter that opens with `# (PART) Basics {-}` starts a part, a group
 * of it and the chapters after it; `# (APPENDIX) Appendix {-}` starts the appendix. `index.Rmd` is the overview, and
 * the `title` of its YAML (after its `subtitle`, if any) the book's title.
 */
import { posix } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { frontmatterFields, parseMarkdown } from '../markdown/parse.ts';
import { readYamlMap, type NavEntry, type SiteNav, toMarkdown } from './site-nav.ts';

const RMD = /\.r(?:md|markdown)$/i;
// The heading bookdown reads as a part's or the appendix's title, not a chapter's; an unnumbered part's asterisk is
// often escaped for Markdown (`# (PART\*) Basics {-}`).
const DIVIDER = /^#[ \t]+\((PART\\?\*?|APPENDIX)\)[ \t]+(.+?)(?:[ \t]+\{[^}]*\})?[ \t]*$/m;

/** Takes out the headings that divide a book into parts: the navigation names its parts, the chapter is the page. */
export function withoutPartDividers(tree: Root): void {
	tree.children = tree.children.filter((node) => !(node.type === 'heading' && node.depth === 1 && /^\((?:PART\*?|APPENDIX)\)\s/.test(toString(node))));
}

/**
 * The chapters `rmd_files` names: a list, or a map by output format, of which the HTML one. Paths are the book
 * folder's, written as they come ("./chapters/01-intro.Rmd").
 */
function listedFiles(config: Record<string, unknown> | null): string[] | null {
	const files = config?.['rmd_files'];
	const list = Array.isArray(files) ? files : files && typeof files === 'object' ? (files as Record<string, unknown>)['html'] : null;
	return Array.isArray(list) ? list.filter((file): file is string => typeof file === 'string').map((file) => posix.normalize(file.trim())) : null;
}

/** The subfolders `rmd_subdir` has bookdown search: all of them (`true`), those it lists, or none. */
function chapterFolders(config: Record<string, unknown> | null): string[] | 'all' {
	const subdir = config?.['rmd_subdir'];
	if (subdir === true) return 'all';
	const folders = Array.isArray(subdir) ? subdir : typeof subdir === 'string' ? [subdir] : [];
	return folders.filter((folder): folder is string => typeof folder === 'string').map((folder) => `${posix.normalize(folder.trim()).replace(/\/$/, '')}/`);
}

/**
 * The book's navigation; null when the folder is no bookdown book (no `_bookdown.yml`, and no `index.Rmd` naming
 * bookdown as its site or renderer).
 */
export function readBookdownBook(configText: string | null, pages: readonly string[], read: (path: string) => string | null): SiteNav | null {
	const index = pages.find((path) => /^index\.r(?:md|markdown)$/i.test(path));
	const indexText = index ? read(index) : null;
	if (configText === null && !indexText?.match(/^(?:site|knit):.*bookdown/m)) return null;
	const config = configText === null ? null : readYamlMap(configText);
	const folders = chapterFolders(config);
	const inSubfolder = (path: string) => path.includes('/') && (folders === 'all' || folders.some((folder) => path.startsWith(folder)));
	const byName = (a: string, b: string) => a.localeCompare(b);
	const ownFiles = pages.filter((path) => RMD.test(path) && !path.includes('/')).sort(byName);
	const subfolderFiles = pages.filter((path) => RMD.test(path) && inSubfolder(path)).sort(byName);
	const listed = listedFiles(config);
	const searched = folders === 'all' || folders.length > 0;
	// As bookdown merges them: without `rmd_files`, the files it finds but those starting with `_`; with it, the
	// listed ones, then (`rmd_subdir` given) all it finds.
	const merged = !listed
		? [...ownFiles, ...subfolderFiles].filter((path) => !posix.basename(path).startsWith('_'))
		: searched
			? [...new Set([...listed, ...ownFiles, ...subfolderFiles])]
			: listed;
	const chapters = merged.filter((path) => pages.includes(path)).sort((a, b) => (a === index ? -1 : b === index ? 1 : 0));
	if (chapters.length === 0) return null;
	const entries: NavEntry[] = [];
	let part: NavEntry | null = null;
	for (const chapter of chapters) {
		if (chapter === index) continue;
		const divider = DIVIDER.exec(read(chapter) ?? '');
		if (divider) entries.push((part = { title: divider[2]!, children: [] }));
		(part ? part.children! : entries).push({ title: '', url: chapter });
	}
	const fields = indexText ? frontmatterFields(parseMarkdown(indexText)) : null;
	// A title is Markdown, which may put the cover over the words (`![](cover.png)` and "Data Science" under it).
	const words = (field: unknown) => (typeof field === 'string' ? toString(parseMarkdown(field, { frontmatter: false }), { includeImageAlt: false }).replace(/\s+/g, ' ').trim() : '');
	const [title, subtitle] = [words(fields?.['title']), words(fields?.['subtitle'])];
	// The book's cover prints its subtitle under the title: the two make its name ("Data Science: A First Introduction").
	const siteName = title && subtitle ? `${title}: ${subtitle}` : title;
	return {
		pagesDir: '.',
		...(siteName ? { siteName } : {}),
		tableOfContents: toMarkdown(entries),
		...(index ? { home: index } : {}),
	};
}
