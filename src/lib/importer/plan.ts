/**
 * What the detection rules find in a plan: its units (the future phases), the groups they sit in, and the
 * nodes they took from the document. The rest of the document becomes the roadmap's overview.
 */
import type { Heading, Image, Node, Paragraph, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Duration, NumberRange } from '../../schemas/common.ts';
import type { PhaseData } from '../../schemas/roadmap.ts';
import { letteredLabels, parseUnitLabel, type UnitLabel, wordKey } from './detect/label.ts';
import { boldLine } from './detect/pseudo-headings.ts';
import { upperFirst } from './lines.ts';
import type { ImportNote } from './markdown/notes.ts';
import type { NotebookCellStart } from './notebook/read.ts';
import { rawHtmlToMarkdown } from './markdown/raw-html.ts';
import { parseMarkdown } from './markdown/parse.ts';
import { toMdx } from './markdown/serialize.ts';

export class ImportError extends Error {}

/** The file a folder read without a README or index is given as its document. */
export const FOLDER_STAND_IN = '.waymark-index.md';

/** The document an MkDocs nav or a Jupyter Book's _toc.yml is written into, as a table of contents. */
export const NAV_STAND_IN = '.waymark-nav.md';

/**
 * The table of contents of an mdBook or GitBook book (SUMMARY.md), a Docsify site (_sidebar.md), or an MkDocs site or
 * Jupyter Book (their configuration's): its links are the pages in reading order. The tools require these exact
 * names, which a lesson called "summary.md" does not have.
 */
export const isTableOfContents = (path: string) => path === 'SUMMARY.md' || path === '_sidebar.md' || path === NAV_STAND_IN;

/**
 * A folder's README or index (a Hugo section's `_index.md`), its table of contents (or the stand-in) speaks for the folder, whose files it does not
 * link can be the plan's lessons; any other document is one plan among the files beside it, and takes only the
 * files it links.
 */
export const isFolderIndex = (path: string) => /^(?:readme|_?index)\.(?:md|markdown|mdx|qmd|ipynb)$/i.test(path) || isTableOfContents(path) || path === FOLDER_STAND_IN;

/**
 * Whether a plan's document speaks for its folder: a README or index by name, or the file a folder without one was
 * read from, its unit headings labelling the folder's numbered folders ("lehrplan.md" over "woche-1/", "woche-2/"…).
 */
export const indexesFolder = (file: PlanFile) => file.folderIndex === true || isFolderIndex(file.path);

// Folders that hold a course's translations ("translations/README.es.md", Docusaurus's "i18n/fr/…").
const TRANSLATION_FOLDER = /^(?:translations?|translated|i18n|locales?)$/i;
// A language tag between a name and its extension: "README.es.md", "assignment.zh-cn.md", "lesson.pt_BR.ipynb".
const LANGUAGE_VARIANT = /^(?<stem>.+)\.[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?(?<extension>\.[^.]+)$/i;

/**
 * Whether a file of a plan folder is a translation of another: in a translations folder or a language's folder beside
 * the kept language's (see otherLanguageFolders), or named like a file beside it with a language tag added
 * ("README.es.md" beside "README.md", or "lessons_ar.md" beside "lessons.md", see taggedTranslations). A course
 * links its lessons in one language; its translations are other roadmaps (import their folder, or their README, on its
 * own).
 */
export function isTranslation(path: string, paths: ReadonlySet<string>, language?: (path: string) => string | null): boolean {
	const segments = path.split('/');
	if (segments.slice(0, -1).some((segment) => TRANSLATION_FOLDER.test(segment))) return true;
	const otherLanguages = otherLanguageFolders(paths, language);
	if (ancestorFolders(path).some((folder) => otherLanguages.has(folder))) return true;
	const variant = LANGUAGE_VARIANT.exec(segments.at(-1)!);
	if (variant !== null && paths.has([...segments.slice(0, -1), `${variant.groups!['stem']}${variant.groups!['extension']}`].join('/'))) return true;
	return taggedTranslations(paths).has(path);
}

// A language code joined to a name by "_" or "-": "lessons_ar.md", "setup-fr.md".
const TAGGED_NAME = /^(?<stem>.+)[-_](?<tag>[a-z]{2})(?<extension>\.[^.]+)$/i;
const taggedTranslationsOf = new WeakMap<ReadonlySet<string>, Set<string>>();

/**
 * Files named like a file beside them with a language code joined to the name ("lessons_ar.md" beside "lessons.md"),
 * when a folder has such a twin for each of its files, two or more: a course translated file by file (the language's
 * files in other folders too). A variant of some files only is not a translation ("example_ts.md", in TypeScript;
 * "notes_ml.md", machine learning).
 */
function taggedTranslations(paths: ReadonlySet<string>): Set<string> {
	const known = taggedTranslationsOf.get(paths);
	if (known) return known;
	const byFolderAndTag = new Map<string, { folder: string; extension: string; tag: string; tagged: string[] }>();
	for (const path of paths) {
		const slash = path.lastIndexOf('/') + 1;
		const named = TAGGED_NAME.exec(path.slice(slash))?.groups;
		const tag = named?.['tag']!.toLowerCase();
		if (!named || !tag || !LANGUAGE_NAMES.of(tag) || !paths.has(`${path.slice(0, slash)}${named['stem']}${named['extension']}`)) continue;
		const key = `${path.slice(0, slash)}\0${tag}\0${named['extension']}`;
		const entry = byFolderAndTag.get(key) ?? { folder: path.slice(0, slash), extension: named['extension']!, tag, tagged: [] };
		entry.tagged.push(path);
		byFolderAndTag.set(key, entry);
	}
	const whole = [...byFolderAndTag.values()].filter(({ folder, extension, tag, tagged }) => {
		const originals = [...paths].filter((path) => path.startsWith(folder) && !path.slice(folder.length).includes('/') && path.endsWith(extension) && !tagged.includes(path));
		return originals.every((path) => tagged.some((t) => t.toLowerCase() === `${path.slice(0, -extension.length)}_${tag}${extension}`.toLowerCase() || t.toLowerCase() === `${path.slice(0, -extension.length)}-${tag}${extension}`.toLowerCase()));
	});
	// A folder translated whole vouches for its language's other files, in folders translated in part.
	const languages = new Set(whole.filter(({ tagged }) => tagged.length >= 2).map(({ tag }) => tag));
	const found = new Set([...byFolderAndTag.values()].filter(({ tag }) => languages.has(tag)).flatMap(({ tagged }) => tagged));
	taggedTranslationsOf.set(paths, found.size >= 2 ? found : new Set());
	return taggedTranslationsOf.get(paths)!;
}

/**
 * Whether a file outside every language's folder is written in one of the left-out languages (`language` reads a
 * file's): the translators' notes in Chinese at the root of a course kept in English (Full Stack Open's Translate.md)
 * belong with that translation. A README or index stays, the repository's front page in whichever language.
 */
export function isTranslatorsFile(path: string, paths: ReadonlySet<string>, language: (path: string) => string | null): boolean {
	// (Beside the folders translating a folder's own files, its files are the original, untranslated pages and all.)
	const others = languageFolderShapes(paths).left;
	if (others.size === 0 || isFolderIndex(path.split('/').at(-1)!) || path.split('/').slice(0, -1).some(isLanguageFolder)) return false;
	const written = language(path);
	return written !== null && [...others].some((folder) => folderLanguage(folder) === written.split('-')[0]);
}

// The language a folder named by a language code holds ("pt-br/" Portuguese).
const folderLanguage = (folder: string) => LANGUAGE_CODE.exec(folder.split('/').at(-1)!)!.groups!['language']!.toLowerCase();

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// An ISO 639-1 code, with a region or script as sites write them: "pt-br", "zh_CN", "zh-hans", or joined, "ptbr".
const LANGUAGE_CODE = /^(?<language>[a-z]{2})(?:(?<separator>[-_]?)(?<region>[a-z]{2})|[-_](?:hans|hant))?$/i;

/**
 * Whether a folder is named by a language code that ICU knows ("fi", "pt-br"; not "js"). A code joined to its region
 * is taken only with the region the language is mostly written in ("ptbr", "zhcn"), so that "code" and "data" are not
 * Corsican and Danish.
 */
export function isLanguageFolder(name: string): boolean {
	const code = LANGUAGE_CODE.exec(name)?.groups;
	if (!code || !LANGUAGE_NAMES.of(code['language']!)) return false;
	const region = code['region']?.toUpperCase();
	if (!region) return true;
	return code['separator'] ? REGION_NAMES.of(region) !== undefined : new Intl.Locale(code['language']!).maximize().region === region;
}

// Computed once for a plan's set of paths, which every one of its files is checked against.
const languageFoldersOf = new WeakMap<ReadonlySet<string>, { left: Set<string>; mirrors: LanguageMirror[] }>();
const mirrorsReadOf = new WeakMap<ReadonlySet<string>, Set<string>>();

/** A folder named by a language code holding the same files as the folder it is in, outside its language folders. */
interface LanguageMirror {
	folder: string;
	/** Markdown files it shares with its parent's own, the three shallowest, to read. */
	samples: string[];
}

/**
 * The folders left out as translations among sibling folders named by language codes ("0/en/", "0/es/", "0/fi/"),
 * when two of them hold the same files (half of the smaller one's, two at least): the others, whose files may be named
 * in their own language ("fi/osa0.md" beside "en/part0.md"), are translations too. English is kept; without an English
 * folder, sibling folders alone leave nothing out, since topics abbreviated as codes are (`ml/`, `cv/`, `os/`: Malayalam, Chuvash and
 * Ossetian) and may well hold files of the same names. Then the original may be the parent folder's own files, with
 * each translation in a language folder beside them ("2022/Days/day01.md", "2022/es/Days/day01.md"): a language
 * folder holding the same files as its parent is a translation when `language` reads most of the three shallowest
 * Markdown files they share as written in the folder's language (an `ml/` of notes in English stays).
 */
function otherLanguageFolders(paths: ReadonlySet<string>, language?: (path: string) => string | null): Set<string> {
	const { left, mirrors } = languageFolderShapes(paths);
	if (!language || mirrors.length === 0) return left;
	const known = mirrorsReadOf.get(paths);
	if (known) return known;
	const translated = mirrors.filter(({ folder, samples }) => samples.filter((path) => language(path)?.split('-')[0] === folderLanguage(folder)).length * 2 > samples.length);
	const found = new Set([...left, ...translated.map(({ folder }) => folder)]);
	mirrorsReadOf.set(paths, found);
	return found;
}

function languageFolderShapes(paths: ReadonlySet<string>): { left: Set<string>; mirrors: LanguageMirror[] } {
	const known = languageFoldersOf.get(paths);
	if (known) return known;
	const siblings = new Map<string, Map<string, Set<string>>>();
	for (const path of paths) {
		const segments = path.split('/');
		segments.slice(0, -1).forEach((segment, i) => {
			if (!isLanguageFolder(segment)) return;
			const parent = segments.slice(0, i).join('/');
			const languages = siblings.get(parent) ?? siblings.set(parent, new Map()).get(parent)!;
			const files = languages.get(segment) ?? languages.set(segment, new Set()).get(segment)!;
			files.add(segments.slice(i + 1).join('/'));
		});
	}
	const shared = (a: Set<string>, b: Set<string>) => [...a].filter((file) => b.has(file));
	const shareFiles = (a: Set<string>, b: Set<string>) => {
		const count = shared(a, b).length;
		return count >= 2 && count * 2 >= Math.min(a.size, b.size);
	};
	const left = new Set<string>();
	const mirrors: LanguageMirror[] = [];
	for (const [parent, languages] of siblings) {
		const names = [...languages.keys()].sort();
		const inParent = (name: string) => (parent ? `${parent}/${name}` : name);
		const kept = names.find((name) => /^en(?:$|[-_])/i.test(name));
		if (kept !== undefined) {
			const translated = names.some((a, i) => names.slice(i + 1).some((b) => shareFiles(languages.get(a)!, languages.get(b)!)));
			if (translated) for (const name of names) if (name !== kept) left.add(inParent(name));
			continue;
		}
		const prefix = parent ? `${parent}/` : '';
		const own = new Set([...paths].filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length)).filter((path) => !languages.has(path.split('/')[0]!)));
		for (const name of names) {
			const files = languages.get(name)!;
			if (!shareFiles(files, own)) continue;
			// The shallowest first: a course's own pages, not the sample projects' READMEs copied untranslated.
			const depth = (file: string) => file.split('/').length;
			const markdown = shared(files, own).filter((file) => /\.mdx?$/i.test(file));
			const samples = markdown.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1)).slice(0, 3);
			if (samples.length > 0) mirrors.push({ folder: inParent(name), samples: samples.map((file) => `${inParent(name)}/${file}`) });
		}
	}
	languageFoldersOf.set(paths, { left, mirrors });
	return { left, mirrors };
}

// GitHub's community files, named in capitals by convention ("CONTRIBUTING.md", "CHANGELOG.md", "CODE_OF_CONDUCT.md",
// "CONTRIBUTING_CN.md"): about the repository, not lessons; "security.md" in lower case is a lesson on security.
const REPOSITORY_FILE = /^(?:CODE_OF_CONDUCT|CONTRIBUTING|CONTRIBUTORS|AUTHORS|MAINTAINERS|GOVERNANCE|SECURITY|SUPPORT|CHANGELOG|CHANGES|LICEN[CS]E|PULL_REQUEST_TEMPLATE)(?:[-_.][A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?)?\.(?:md|markdown)$/;

/** Whether a file of a plan folder is about its repository (how to contribute, what changed) rather than a lesson. */
export const isRepositoryFile = (path: string) => REPOSITORY_FILE.test(path.split('/').at(-1)!);

/** The folders a plan path sits in, outermost first ("a/b/c.md" → "a", "a/b"). */
export const ancestorFolders = (path: string) => path.split('/').slice(0, -1).map((_, i, segments) => segments.slice(0, i + 1).join('/'));

/** A Jupyter notebook, read as a lesson file like a Markdown one (see notebook/read.ts). */
export const isNotebook = (path: string) => /\.ipynb$/i.test(path);

/** A Quarto or R Markdown page: Pandoc Markdown whose code chunks (```` ```{r} ````) run as the site is built. */
/** A file a plan's lessons are written in: Markdown, MDX, Quarto and R Markdown, or a notebook. */
export const LESSON_FILE = /\.(?:md|markdown|mdx|qmd|rmd|rmarkdown|ipynb)$/i;
export const isExecutableMarkdown = (path: string) => /\.(?:qmd|rmd|rmarkdown)$/i.test(path);

/** One Markdown file or notebook of the plan: the document itself, or a file its index links to. */
export interface PlanFile {
	/** Path relative to the plan's folder, with `/` separators ("05_Day_Lists/05_lists.md"). */
	path: string;
	text: string;
	tree: Root;
	/** The title its frontmatter gives, if any. */
	frontmatterTitle?: string;
	/** The summary its frontmatter gives (a home page's tagline), if any. */
	frontmatterSummary?: string;
	/** The description its frontmatter gives, if any: GitBook shows it under the page's title. */
	frontmatterDescription?: string;
	/** Its place among the files of its folder, as its frontmatter gives it (`sidebar_position: 3`), if it does. */
	frontmatterPosition?: number;
	/** The study time its frontmatter gives (a Carpentries episode's `teaching` and `exercises` minutes, `time: 45 min`), if any. */
	frontmatterEffort?: NumberRange;
	/** Set on a plan's document that speaks for its folder though not named as an index does (see indexesFolder). */
	folderIndex?: true;
	/** The name of the repository whose front page it is, when its links to its own files by GitHub address name one. */
	repositoryName?: string;
	/** What was changed in it as it was read (MDX imports and MyST directives left out), for the first page showing it. */
	notes?: ImportNote[];
	/** A notebook's cells: each one's number in the notebook and its first line in `text`, to name the cell in notes. */
	cells?: readonly NotebookCellStart[];
}

/**
 * Where a line of a file is, as its author finds it: "lesson.md:12", or in a notebook, whose text is its cells one
 * after another, the cell ("lesson.ipynb, cell 12", "lesson.ipynb, cell 12, line 3"): editors number a notebook's
 * cells' lines, not the file's.
 */
export function placeOf(file: PlanFile, line: number): string {
	const cell = file.cells?.findLast((c) => c.line <= line);
	if (!cell) return `${file.path}:${line}`;
	const inCell = line - cell.line + 1;
	return `${file.path}, cell ${cell.number}${inCell > 1 ? `, line ${inCell}` : ''}`;
}

export interface Unit {
	label: UnitLabel | null;
	kind: PhaseData['kind'];
	/** The title as Markdown, possibly with a duration or status still in it ("**Programming** =4 - 6 Months"). */
	rawTitle: string;
	/** The unit's own content. */
	body: RootContent[];
	/** The file whose relative links and anchors the body's are. */
	file: PlanFile;
	/** Index into the detection's groups. */
	group?: number;
	/** What the structure itself states (table columns), beyond what the title and body say. */
	stated: { duration?: Duration; effortHours?: NumberRange; hoursPerWeek?: NumberRange; hoursPerDay?: NumberRange };
	/** Indexes of units this one requires (from a prerequisites column). */
	requires: number[];
	/** The unit's whole file is its body (index + files), so the file's links and anchors lead to it. */
	ownsFile?: boolean;
	/** Other files whose whole text follows the unit's on its page (the exercises an index row links beside it). */
	companions?: PlanFile[];
	/** The heading the unit was written as: it becomes the page title, and links to it lead to the page. */
	heading?: Heading;
	/** That heading is its file's one `#` heading: the file's title, not the first of its top sections. */
	titlesFile?: boolean;
}

export interface Group {
	/** The group heading's Markdown, label included ("Phase 1: Backend Fundamentals (Weeks 1-4)"). */
	rawTitle: string;
	label: UnitLabel | null;
	/** The group's own text before its first unit. */
	intro: RootContent[];
	/** The heading it was written as: links to it lead to the group on the overview's phase list. */
	heading?: Heading;
	/** Index of the group it sits under. */
	parent?: number;
	/** The text suggests its members are electives. */
	elective?: boolean;
}

export interface Detection {
	units: Unit[];
	groups: Group[];
	/** How the units were recognised, for the report. */
	pattern: string;
	/** Nodes of the index document that units or groups took: they leave the overview. */
	taken: Set<Node>;
	/** The page the index sends its reader to for the lessons: its list is the overview's, where links to it lead. */
	contentsPage?: PlanFile;
	/** Nothing states the units' order (files in name order, none numbered): the author must give it. */
	unordered?: true;
}

/** A heading of a document's top level, with the extent of its section. */
export interface Section {
	heading: Heading;
	/** Index in root.children. */
	index: number;
	/** End of its section (exclusive): the next heading at the same or a shallower level. */
	end: number;
	level: number;
	/** The heading's content as Markdown. */
	raw: string;
	label: UnitLabel | null;
}

/** The Markdown source of a node, exactly as written. */
export function rawOf(node: Node, source: string): string {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	return start === undefined || end === undefined ? toString(node) : source.slice(start, end);
}

/**
 * The Markdown of a heading's content (without the `#`s). Emphasis or strikethrough around all of it
 * ("### ~~一、基础阶段(2-4周)~~", a step struck through when done) is the heading's look, not its title's; a heading
 * that is only an image, linked or not (`# ![Backend - Course 2017][banner]`, a course's banner), is titled by its
 * description, which is what a reader without the picture is given.
 */
export function headingRaw(heading: Heading, source: string): string {
	let content: Parent = heading;
	while (content.children.length === 1 && ['strong', 'emphasis', 'delete'].includes(content.children[0]!.type)) content = content.children[0] as Parent;
	let linked = content;
	while (linked.children.length === 1 && ['link', 'linkReference'].includes(linked.children[0]!.type)) linked = linked.children[0] as Parent;
	const only = linked.children.length === 1 ? linked.children[0] : undefined;
	if ((only?.type === 'image' || only?.type === 'imageReference') && only.alt?.trim()) return only.alt.trim();
	const first = content.children[0];
	const last = content.children.at(-1);
	if (!first?.position || !last?.position) return toString(heading);
	return source.slice(first.position.start.offset, last.position.end.offset).trim();
}

export function sectionsOf(file: PlanFile): Section[] {
	const { children } = file.tree;
	const found = children.flatMap((node, index) => (node.type === 'heading' ? [{ heading: node, index }] : []));
	const sections: Section[] = [];
	for (const [k, { heading, index }] of found.entries()) {
		const next = found.slice(k + 1).find((o) => o.heading.depth <= heading.depth);
		// A heading promoted from a fold ends where the fold closed, and so do the headings inside it.
		const foldEnd = heading.data?.foldEnd;
		const closed = foldEnd === undefined ? -1 : children.findIndex((n, i) => i > index && (n.position?.start.offset ?? -1) >= foldEnd);
		const enclosing = enclosingSection(sections, { level: heading.depth, index });
		const end = Math.min(next ? next.index : children.length, closed < 0 ? children.length : closed, enclosing?.end ?? children.length);
		const { raw, label } = headingTitle(heading, file.text);
		sections.push({ heading, index, end, level: heading.depth, raw, label });
	}
	// Headings numbered "I.", "II." or "A.", "B." are numbered ones where all of their level count so.
	for (const atLevel of Map.groupBy(sections, (s) => s.level).values()) {
		const runs = [...Map.groupBy(atLevel, (s) => enclosingSection(sections, s)).values()];
		const labels = letteredLabels(runs.map((run) => run.map((s) => s.raw)));
		if (labels) runs.forEach((run, r) => run.forEach((s, k) => void (s.label = labels[r]![k]!)));
	}
	return sections;
}

/**
 * A heading's title as Markdown and the unit label it starts with. Inline HTML in it (`## <a name="week-1"></a>Week 1:
 * Basics`, `# <a href="…">The Course</a>`) is read as the page will show it, converted as the rest of the plan is, and
 * so is a heading the plan's reading changed (a site's markup removed: "# Welcome! {-}"), so that its label and title
 * are those of the text a reader sees, not of the tags around it.
 */
function headingTitle(heading: Heading, source: string): { raw: string; label: UnitLabel | null } {
	const converted = heading.children.some((child) => child.type === 'html') || changedFromSource(heading, source) ? readHeading(heading) : null;
	const read = converted ?? { heading, source };
	const raw = headingRaw(read.heading, read.source);
	return { raw, label: leadingLabel(read.heading, raw, read.source) };
}

/**
 * A heading as the page will show it, converted as the rest of the plan is (`<a href="…">` a link), with the Markdown
 * it is read from (its positions are in that); null when the conversion leaves no heading.
 */
export function readHeading(heading: Heading): { heading: Heading; source: string } | null {
	const converted: Root = { type: 'root', children: [structuredClone(heading)] };
	rawHtmlToMarkdown(converted, []);
	// A tag that went from its end (`## Part 1 <a id="part-1"></a>`) leaves no space behind in the title.
	const [first, last] = [(converted.children[0] as Heading).children[0], (converted.children[0] as Heading).children.at(-1)];
	if (first?.type === 'text') first.value = first.value.trimStart();
	if (last?.type === 'text') last.value = last.value.trimEnd();
	const markdown = toMdx(converted);
	const [reparsed] = parseMarkdown(markdown, { frontmatter: false }).children;
	return reparsed?.type === 'heading' ? { heading: reparsed, source: markdown } : null;
}

/** Whether the heading's text is no longer what its source line reads as. */
function changedFromSource(heading: Heading, source: string): boolean {
	const start = heading.children[0]?.position?.start.offset;
	const end = heading.children.at(-1)?.position?.end.offset;
	if (start === undefined || end === undefined) return false;
	return toString(parseMarkdown(`${'#'.repeat(heading.depth)} ${source.slice(start, end)}`, { frontmatter: false })) !== toString(heading);
}

/** The innermost section that holds `section` (its heading's parent), if any. */
export const enclosingSection = (sections: readonly Section[], section: Pick<Section, 'level' | 'index'>): Section | undefined =>
	sections.findLast((s) => s.level < section.level && s.index < section.index && s.end > section.index);

/**
 * The unit label a heading or paragraph starts with (`raw` is its Markdown). One that starts with a link around label
 * and title ("### [Module 1: Streaming](07-streaming/)", "- [Lección 2 - Hola Mundo](https://…)") is labelled by the
 * link's text, and its title keeps the link and what follows it.
 */
export function leadingLabel(node: Heading | Paragraph, raw: string, text: string): UnitLabel | null {
	const [first] = node.children;
	const start = first?.type === 'link' ? first.children[0]?.position?.start.offset : undefined;
	const end = first?.type === 'link' ? first.children.at(-1)?.position?.end.offset : undefined;
	if (first?.type !== 'link' || start === undefined || end === undefined) return parseUnitLabel(raw);
	// The label is in the link's text ("[ROB 101: Linear Algebra](…) ([Videos](…))"): the link keeps the rest of its
	// text, and what follows it stays.
	const label = parseUnitLabel(text.slice(start, end));
	const url = /[\s()<>]/.test(first.url) ? `<${first.url}>` : first.url;
	const after = text.slice(first.position!.end.offset, node.position!.end.offset);
	return label && { ...label, rest: `${label.rest && `[${label.rest}](${url})`}${after}`.trim() };
}

/**
 * The document's title: its first heading when that is a `#` heading, else its one `#` heading. A README that opens
 * with an HTML banner heading has that for a title, and its `#` headings are sections ("# Contents", "# Summary").
 */
export function titleSection(file: PlanFile, sections: readonly Section[]): Section | null {
	if (bannerTitle(file)) return null;
	// "# Week 1: Basics" is a unit, not the title, when another "#" heading has that unit word ("# Week 2: …"); nor is
	// "# 1. Ruby" when "# 2. Go" follows: numbered parts. "# Week 1 タスクリスト" over "### Day 1" is the title.
	const numbered = sections.filter((s) => s.level === 1 && s.label && !s.label.word);
	// So is "# Block 1" alone when "# Block 2" follows: the document's parts.
	const unitWords = sections.filter((s) => s.level === 1 && s.label?.word).map((s) => wordKey(s.label!));
	const isUnit = (s: Section) => Boolean(s.label?.word) && unitWords.filter((w) => w === wordKey(s.label!)).length >= 2;
	const h1s = sections.filter((s) => s.level === 1 && !isUnit(s) && !(numbered.length >= 2 && numbered.includes(s)));
	// Of several, the first is the title unless the frontmatter names another: then they are the document's parts
	// ("title: Week 1 plan" over "# Monday 1 September", "# Tuesday 2 September"…).
	const titledElsewhere = h1s.length > 1 && file.frontmatterTitle !== undefined && file.frontmatterTitle.trim() !== h1s[0]!.raw.trim();
	// Nor is any when each holds a list alone (a vault's map of content, "# Lectures", "# Labs" over their notes' links).
	if (h1s.length > 1 && h1s.every((s) => file.tree.children.slice(s.index + 1, s.end).every((node) => node.type === 'list'))) return null;
	// A repository's front page may open with a notice above its own heading ("# Important Note" before "# T81 558:
	// Applications of Deep Neural Networks"): the heading that names the repository titles it, when the first does not.
	const naming = file.repositoryName === undefined ? [] : h1s.map((s) => sharedWords(s.raw, file.repositoryName!));
	const named = naming.findIndex((shared, _, all) => shared * 2 >= words(file.repositoryName!).length && shared > 0 && all[0] === 0);
	if (named > 0 && !titledElsewhere) return h1s[named]!;
	if ((sections[0] === h1s[0] && !titledElsewhere) || h1s.length === 1) return h1s[0] ?? null;
	// No "#" at all: a heading that opens the document, alone at its level above all the others ("## Python - 100天…"
	// over "###" parts and "####" days), is the title too.
	const first = sections[0];
	const alone = first && first.index === 0 && !first.label?.word && sections.slice(1).every((s) => s.level > first.level);
	return h1s.length === 0 && alone ? first : null;
}

/** A README's centred HTML banner ("<h3>Open Source Society University</h3>") above its first Markdown heading. */
export function bannerTitle(index: PlanFile): string | null {
	const firstHeading = index.tree.children.findIndex((n) => n.type === 'heading');
	const banner = index.tree.children.slice(0, firstHeading < 0 ? undefined : firstHeading).filter((n) => n.type === 'html');
	if (banner.length === 0) return null;
	const tree: Root = { type: 'root', children: structuredClone(banner) };
	rawHtmlToMarkdown(tree, []);
	const heading = tree.children.find((n) => n.type === 'heading');
	return heading ? toString(heading).trim() || null : null;
}

/**
 * Without a heading to title it, what a README opens with in its place: a bold line of its own ("**GDBTutorial**"), or
 * the description of the banner image it opens with (`<img src="img/banner.png" alt="LLM Course">`), when that says
 * more than the image's file name ("Banner" for new-banner.png is no title).
 */
export function openingTitle(file: PlanFile): { title: string; line?: Paragraph } | null {
	const [first] = file.tree.children;
	if (first?.type === 'paragraph' && boldLine(first) && titleLike(toString(first).trim())) return { title: toString(first).trim(), line: first };
	if (first?.type !== 'html' && first?.type !== 'paragraph') return null;
	const tree: Root = { type: 'root', children: [structuredClone(first)] };
	rawHtmlToMarkdown(tree, []);
	let image: Image | undefined;
	visit(tree, 'image', (node) => {
		image ??= node;
	});
	const alt = image?.alt?.trim() ?? '';
	const nameWords = new Set(words(image?.url.split(/[?#]/)[0]!.split('/').at(-1) ?? ''));
	return titleLike(alt) && !words(alt).every((word) => nameWords.has(word)) ? { title: alt } : null;
}

/** A text's words, lower-cased: runs of letters and digits. */
export const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const sharedWords = (text: string, name: string) => new Set(words(name)).intersection(new Set(words(text))).size;
const titleLike = (text: string) => text.length > 0 && text.length <= 80 && /\p{L}/u.test(text) && !text.includes('\n') && !/[.。!?！？:：]$/.test(text);

/**
 * A title from a file or folder name, as MkDocs makes one: "03_the_box_model.md" → "The box model", "Day-04/README.md"
 * → "Day 04", "01b-Git-y-GitHub/" → "Git y GitHub" (its letter is part of its number), "dns@SiYUdtYMDImRPmV2_XPkH.md" →
 * "Dns" (without the ID it is tagged with). For files that name themselves
 * nowhere else.
 */
export function nameTitle(path: string): string {
	const segments = path.split('/');
	// A node ID tagged on after an @ ("learn-the-basics@wQSjQqwKHfn5RGPk34BWI.md", roadmap.sh's) is no word of the title.
	const name = (isFolderIndex(segments.at(-1)!) && segments.length > 1 ? segments.at(-2)! : segments.at(-1)!).replace(LESSON_FILE, '').replace(/@[\w-]{8,}$/, '');
	const rest = name.replace(/^[\d_\-. ]+(?:(?<=\d)\p{L}[-_. ]+)?(?=\p{L})/u, '') || name;
	// Underscores for spaces leave a hyphen its own meaning where it joins numbers ("Semana_16_(09-13_Mar_2026)", a
	// range of days) or stands alone ("_-_", a dash); elsewhere it joins words as they do ("vgg16-large_model").
	const kept = (at: number) => (/\d/.test(rest[at - 1] ?? '') && /\d/.test(rest[at + 1] ?? '')) || (rest[at - 1] === '_' && rest[at + 1] === '_');
	const spaced = rest.includes('_') ? rest.replace(/-/g, (hyphen, at: number) => (kept(at) ? hyphen : ' ')).replace(/_+/g, ' ') : rest.replace(/-+/g, ' ');
	const words = spaced.replace(/\s+/g, ' ').trim();
	return upperFirst(words);
}

// A name written for a file system: words joined by underscores, one of them capitalised ("Semana_04_(1-5_Dic_2025)",
// "Módulo_1._Capacidades_de_la_IA"); "snake_case" and "MAX_SIZE" are code, which keeps them.
const SPELLED_NAME = /(?<![\p{L}\p{N}_])[^\s_]+(?:_+[^\s_]+)+/gu;

// Where a Markdown link in a title leads ("[Tools](./tools_and_workflow)"): an address, which keeps its spelling.
const LINK_DESTINATION = /(\]\([^)]*\))/;

/** A title that spells names as a file system does ("Seguimiento - Semana_04_(1-5_Dic_2025)") in words, as a reader writes them. */
export const spacedNames = (title: string) =>
	title
		.split(LINK_DESTINATION)
		.map((part, i) => (i % 2 === 1 ? part : part.replace(SPELLED_NAME, (name) => (name.split(/_+/).some((word) => /^[^\p{L}]*\p{Lu}\p{Ll}/u.test(word)) ? name.replace(/_+/g, ' ') : name))))
		.join('');

/**
 * How the prose of `trees` writes the words it spells with a capital inside (an acronym, "CSS"; a name, "JavaScript"),
 * by the word in lower case: the form written most, when written at least twice and more often than in lower case.
 * File names spell every word in lower case ("intro_to_css.md"); the lessons do not.
 */
export function writtenForms(trees: readonly Root[]): Map<string, string> {
	const counts = new Map<string, Map<string, number>>();
	for (const tree of trees) {
		visit(tree, 'text', (node) => {
			for (const [form] of node.value.matchAll(/\p{L}[\p{L}\p{N}]*/gu)) {
				const forms = counts.get(form.toLowerCase()) ?? new Map<string, number>();
				forms.set(form, (forms.get(form) ?? 0) + 1);
				counts.set(form.toLowerCase(), forms);
			}
		});
	}
	const written = new Map<string, string>();
	for (const [word, forms] of counts) {
		const [form, count] = [...forms].reduce((most, entry) => (entry[1] > most[1] ? entry : most));
		if (count >= 2 && /\p{Lu}/u.test(form.slice(1)) && count > (forms.get(word) ?? 0)) written.set(word, form);
	}
	return written;
}

/** A title made from a name, its words written as the plan writes them (see `writtenForms`): "Intro to css" → "Intro to CSS". */
export const casedAsWritten = (title: string, forms: ReadonlyMap<string, string>) =>
	title.replace(/\p{L}[\p{L}\p{N}]*/gu, (word) => (word === word.toLowerCase() || word === upperFirst(word.toLowerCase()) ? (forms.get(word.toLowerCase()) ?? word) : word));

/** Line of a node in its file, for notes. */
export const lineOf = (node: Node) => node.position?.start.line;
