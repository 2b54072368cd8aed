/**
 * Turns a Markdown learning plan (one document, or an index with one file per unit) into a roadmap folder:
 * index.mdx for the overview and one MDX file per phase, with the frontmatter the text supports and a list of
 * what the author still has to fill in. Parse to mdast, find the units, transform, serialize. Pure: the caller
 * reads and writes files (see run.ts).
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Duration, NumberRange } from '../../schemas/common.ts';
import { mdxProblems } from '../checks/mdx-check.ts';
import { urlSafety } from '../checks/url-safety.ts';
import { fixMojibake, type LegacyEncoding, mojibakeScore } from '../checks/mojibake.ts';
import { phaseUrl, roadmapUrl } from '../urls.ts';
import { detect } from './detect/index.ts';
import { calendarKind, datedLabelIn, dayParts, labelDuration, labelKind, parseUnitLabel, type UnitLabel, wordKey } from './detect/label.ts';
import type { ResolveLink } from './detect/linked-files.ts';
import { promoteFoldedSections, promotePseudoHeadings } from './detect/pseudo-headings.ts';
import { withoutPartDividers } from './sites/bookdown.ts';
import { isNotionFile } from './sites/notion.ts';
import { notionProperties } from './markdown/notion-properties.ts';
import { chainedLengths, type Commitment, parseCommitment, parseDuration } from './durations.ts';
import { toMdx } from './frontmatter.ts';
import { isEmptyish, stripEmoji, stripEmphasis, upperFirst } from './lines.ts';
import { ownRepositoryImages, ownRepositoryLinks } from './own-repository.ts';
import { wikiPageLinks } from './github-wiki.ts';
import { statedPrerequisites } from './detect/prerequisites.ts';
import { subheadingTitles } from './detect/subheading-titles.ts';
import { carriedFiles, type CopiedImage, findPlanFile, keepLinkedAnchors, keepOwnHeadingIds, linksFromSiteRoot, localImages, type Page, placeHeadings, repositoryFileUrl, resolvePlanPath, rewriteLinks, type SiteRoot, sourceAnchors } from './links.ts';
import { shiftHeadings } from './markdown/headings.ts';
import type { ImportNote } from './markdown/notes.ts';
import { mostlyLinks, proseOf, tableFieldLines, textLines } from './markdown/inline.ts';
import { mdxImages } from './markdown/mdx-images.ts';
import { jsxComponents } from './markdown/jsx-components.ts';
import { firstSvelteBranches } from './markdown/svelte-blocks.ts';
import { fillFrontmatterExpressions, frontmatterFields, frontmatterFirst, parseMarkdown, takeFrontmatter, takeModuleStatements } from './markdown/parse.ts';
import { codeLanguages } from './markdown/code-languages.ts';
import { underIndentedLists } from './markdown/under-indented-lists.ts';
import { drawnTrees } from './markdown/drawn-trees.ts';
import { fencelessFrontmatter } from './markdown/fenceless-frontmatter.ts';
import { slideDecks } from './markdown/slide-decks.ts';
import { withoutMdxComments } from './markdown/mdx-comments.ts';
import { separateComponentLines } from './markdown/mdx-blocks.ts';
import { mystDirectives, mystLabelLinks } from './markdown/myst.ts';
import { admonitionBlocks } from './markdown/admonitions.ts';
import { backtickedFenceInfo } from './markdown/fenced-boxes.ts';
import { unresolvedIncludes } from './includes.ts';
import { groupFileNames, unitFileName } from './group-names.ts';
import { preprocessorExpressions, type TableOfContents } from './markdown/preprocessor-expressions.ts';
import { removeSiteMarkup } from './markdown/attribute-lists.ts';
import { renderLiquid } from './markdown/liquid.ts';
import { calloutsOf, kramdownBlocks } from './markdown/kramdown.ts';
import { imagesFromPageFolder, layoutOf, linksFromDrawingPage } from './sites/jekyll.ts';
import { crossReferences, documentParams, executableChunks, inlineExpressions, letteredLists, shortcodes } from './markdown/quarto.ts';
import { withoutRawTex } from './markdown/raw-tex.ts';
import { pandocRawContent } from './markdown/pandoc-raw.ts';
import { hugoShortcodeText } from './markdown/shortcodes.ts';
import { rawHtmlToMarkdown } from './markdown/raw-html.ts';
import { componentLayout } from './markdown/component-layout.ts';
import { inlineReferences } from './markdown/references.ts';
import { remoteImagesToLinks } from './markdown/remote-images.ts';
import { nameWordlessLinks } from './markdown/wordless-links.ts';
import { resourceKinds } from './markdown/resource-kinds.ts';
import { safeUrls } from './markdown/safe-urls.ts';
import { toMdx as serialize } from './markdown/serialize.ts';
import { proposeTopics, type ProposedTopic } from './new-topics.ts';
import { extractFields, headedDuration, type LabelSpan, parseTitleLine, statedTotalDuration, type TitleLine } from './phase-fields.ts';
import { detectLanguage } from './language.ts';
import { SITE_LANGUAGE } from '../model/model.ts';
import { bannerTitle, type Group, openingTitle, isExecutableMarkdown, isFolderIndex, isNotebook, isTableOfContents, nameTitle, placeOf, type PlanFile, type Section, sectionsOf, spacedNames, titleSection, type Unit } from './plan.ts';
import { readNotebook } from './notebook/read.ts';
import type { RepositoryAddresses } from './repository.ts';
import { joinSlugs, longSlug, shortSlug, slugify, spellable, uniqueSlug } from './slugs.ts';
import { dropEmptyHeadings, dropTrailingBreaks, remaining, root, titleLeadFirst, tidyRules, withoutPositions } from './tidy.ts';
import { suggestTopics, type TopicName } from './topics.ts';

export { parseDuration, parseHoursPerDay, parseHoursPerWeek, parseCommitment } from './durations.ts';
export type { TopicName } from './topics.ts';
export { ImportError } from './plan.ts';

/** A plan as files: the document to start from, and the other files of its folder (Markdown and images). */
export interface PlanInput {
	/** The document: path relative to the plan's folder ("README.md") and its text. */
	index: { path: string; text: string };
	/** Other Markdown files of the plan's folder, by path relative to it. */
	files?: ReadonlyArray<{ path: string; text: string }>;
	/** Paths of the folder's images, relative to it. */
	assets?: readonly string[];
	/** Paths of its files named like images that are none the site can show (a web page saved as `diagram.png`). */
	unreadableAssets?: readonly string[];
	/** The plan's name where the site it was written for states it (MkDocs' `site_name`): the roadmap's title. */
	title?: string;
	/** The name the site it was written for gives it in its chrome (Docsify's `name`): the title when nothing else titles it. */
	siteName?: string;
	/**
	 * The repository the plan's folder is a clone of, and every file of the folder (code and data too): a link to a
	 * file the site does not publish leads to it there.
	 */
	repository?: { addresses: RepositoryAddresses; files: readonly string[] };
	/** Every file of the plan's folder (code and data too): links by GitHub address to them tell the plan's own repository. */
	folderFiles?: readonly string[];
	/** The sizes in bytes of the folder's files that are not Markdown, by path: one a link leads to and no page shows is copied with the roadmap (see carriedFiles). */
	fileSizes?: Readonly<Record<string, number>>;
	/** The docs site the plan's folder is in, whose `/…` links and images are read from its source root (see fromSiteRoot). */
	site?: SiteRoot;
	/** The home page a table of contents leaves out (a Notion export's top page): its text is the overview's, its title the roadmap's. */
	home?: string;
	/** Pages the site shows apart from its table of contents (see SiteNav): left out even where a page links them. */
	apart?: readonly string[];
	/** The document speaks for the folder as its README would, though named otherwise (see indexesFolder in plan.ts). */
	folderIndex?: true;
	/** That folder's name, which titles the plan when nothing in the document does: the file's own name ("-overview.md") says less. */
	folderTitle?: string;
	/** The configuration (`_config.yml`) of the Jekyll site the plan's folder is: its pages' Liquid is rendered (see markdown/liquid.ts). */
	jekyllConfig?: Record<string, unknown>;
	/** The Jekyll site's layouts (`_layouts/<name>.html`) by name: one that draws a page from its values is rendered around it. */
	jekyllLayouts?: Readonly<Record<string, string>>;
	/** The Jekyll site's includes (`_includes/<path>`) by path: those a page includes are rendered in it. */
	jekyllIncludes?: Readonly<Record<string, string>>;
	/** The page each collection document a page shows whole is drawn into, by the document's path (see sites/jekyll.ts). */
	jekyllDrawnBy?: Readonly<Record<string, string>>;
}

export interface ImportOptions {
	/** Name of the file being imported ("003_x.txt"); the source copy is `<name without extension>.md`. */
	fileName: string;
	/** Roadmap ID; by default a slug of the title (or of the file name when the document has no title). */
	id?: string | undefined;
	/** The roadmap's `order` on the home page. */
	order: number;
	/** Topics of the taxonomy, for suggestions. */
	topics?: readonly TopicName[];
	/** ID of the track the roadmap joins (content/tracks/). */
	track: string;
}

export interface ImportedFile {
	/** Path relative to the content folder, e.g. "roadmaps/full-time/index.mdx". */
	path: string;
	text: string;
}

/** Something the importer could not take from the text, for the author to fill in or check. */
export interface ToFill {
	/** Path relative to the content folder. */
	file: string;
	field: string;
	note: string;
	/** Optional fields are worth considering; the others the author must fill in before publishing. */
	optional?: boolean;
	/** The field holds a `TODO` placeholder, which the build refuses. */
	placeholder?: boolean;
}

/** An image of the roadmap: a file of the plan's folder to copy, or a notebook's output or attachment to write. */
export type ImportedImage = { from: string; to: string } | { data: Uint8Array; to: string };

export interface ImportedPhase {
	id: string;
	data: Record<string, unknown>;
	body: string;
}

export interface ImportResult {
	roadmapId: string;
	/** Encoding whose mojibake was repaired, and how many telltale sequences the text had. */
	repaired: { encoding: LegacyEncoding; sequences: number } | null;
	/** The repaired document (a notebook's cells as Markdown), as copied to sources/. */
	text: string;
	sourceFile: string;
	/** How the phases were recognised. */
	pattern: string;
	roadmap: Record<string, unknown>;
	phases: ImportedPhase[];
	files: ImportedFile[];
	/** Images to write into the content folder. */
	images: ImportedImage[];
	toFill: ToFill[];
	/** The plan's Markdown files that became part of the roadmap (the index and the files its units came from). */
	filesUsed: string[];
	/** Topic IDs whose names appear in each phase's text (not written). */
	suggestions: Array<{ phase: string; topics: string[] }>;
	/** Terms the plan teaches that the taxonomy lacks, as topic files to write on request. */
	newTopics: ProposedTopic[];
	/** What the importer changed in the text: links turned into text, HTML converted, images replaced. */
	notes: string[];
}


const TITLE_TODO = 'TODO: the roadmap title (no # heading of the source titles the whole plan)';
const SOURCE_TITLE_TODO = 'TODO: how the original document is titled';

/**
 * A group's label: the one its heading was found by, else a known unit word and its number in its title, as a book's
 * or docs site's chapter names its weeks ("Week 1 - Intro", "1주차(1-6장)"). Any other word with a number there is a
 * name ("Python 3 Basics").
 */
function groupLabel(group: Group): UnitLabel | null {
	if (group.label) return group.label;
	const label = parseUnitLabel(group.rawTitle);
	return label?.kind ? label : null;
}

/**
 * A title that opens with a calendar label of another word than the unit's own ("Week 3-4, Class 6" for "Class 6"):
 * it says when the unit is held, not how long it lasts.
 */
function placedIn(unit: Unit): boolean {
	const opening = unit.label?.word ? parseUnitLabel(unit.rawTitle) : null;
	return Boolean(opening?.word && calendarKind(opening) && wordKey(opening) !== wordKey(unit.label!));
}

/** Where a label is in the title it was read from: before its rest ("Week 1 - Intro") or after it ("Intro | Week 1"). */
function labelSpan(rawTitle: string, label: UnitLabel): LabelSpan | undefined {
	const title = rawTitle.trim();
	if (!label.rest) return { start: 0, end: title.length };
	if (title.endsWith(label.rest)) return { start: 0, end: title.length - label.rest.length };
	if (title.startsWith(label.rest)) return { start: label.rest.length, end: title.length };
	return undefined;
}

const ASIDE = /^[(（].*[)）]$/;

/**
 * A group's title line, the words that name it (for its ID), and its calendar label. A group's title keeps its label
 * ("Phase 1: Backend Fundamentals"), unless the label counts the calendar and words follow it ("Week 1 - Intro",
 * "第1周：HTML基础"): then the label is the group's place and length, shown apart, and the words take the heading's
 * capital ("Week06 nlp" → "Nlp"). A calendar label followed by an aside alone ("1주차(1-6장)") stays: the aside names
 * nothing alone.
 */
function groupTitleLine(rawTitle: string, label: UnitLabel | null): { line: TitleLine; name: string; calendarLabel?: string } {
	if (!label) {
		const line = parseTitleLine(rawTitle);
		return { line, name: line.title };
	}
	const rest = parseTitleLine(label.rest);
	if (!label.word) return { line: rest, name: rest.title };
	if (calendarKind(label) && rest.title && !ASIDE.test(rest.title)) {
		const title = upperFirst(rest.title);
		return { line: { ...rest, title }, name: title, calendarLabel: label.text };
	}
	// A group named by its label alone ("### 1ª Etapa") takes its ID from the label.
	return { line: parseTitleLine(rawTitle, labelSpan(rawTitle, label)), name: rest.title || label.text };
}

/** "Time Estimate: 1-3 months" and "Key Topics: …" on consecutive lines were separate lines in the source. */
function separateFieldLines(lines: readonly string[]): string[] {
	const FIELD = /^[A-Z][\w ./&()'-]{0,40}:\s+\S/;
	const plainLine = (l: string) => !isEmptyish(l) && !/^\s*(?:[-*+]|\d{1,3}[.)])\s/.test(l) && !/^\s*(?:#|>|\||`{3}|~{3})/.test(l) && !/^\s/.test(l);
	const out: string[] = [];
	let fence: string | null = null;
	lines.forEach((line, i) => {
		const previous = lines[i - 1];
		// Code ("Host: example.org" in an HTTP example) and a line already ended by a hard break (`\`) stay as they are.
		const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker && (fence === null || marker.startsWith(fence))) fence = fence === null ? marker : null;
		const split = fence === null && !marker && previous !== undefined && !previous.endsWith('\\') && plainLine(previous) && plainLine(line) && FIELD.test(previous) && FIELD.test(line);
		if (split) out.push('');
		out.push(line);
	});
	return out;
}

function stripFileExtension(name: string): string {
	return name.replace(/\.[^./\\]+$/, '');
}

/** Plain text of a title: emphasis and emoji removed. */
const plainTitle = (raw: string) => stripEmoji(stripEmphasis(raw)) || stripEmphasis(raw);

export function importPlan(input: PlanInput, options: ImportOptions): ImportResult {
	const repairedText = fixMojibake(input.index.text);
	const sequences = mojibakeScore(input.index.text);
	// The images of notebooks' outputs and attachments, by the plan path their pages name them with.
	const notebookImages = new Map<string, Uint8Array>();
	// The files wiki links may name ("[[Week 1]]", "![[diagram.png]]").
	const planPaths = [input.index.path, ...(input.files ?? []).map((file) => file.path), ...(input.assets ?? [])];
	const planPathAt = findPlanFile(planPaths.map((path) => ({ path })));
	const assetPaths = new Set(input.assets ?? []);
	const isLinkedFile = (path: string) => planPathAt(path) !== null || Object.hasOwn(input.fileSizes ?? {}, path);
	const siteRootLinks = (tree: Root, path: string) => input.site && linksFromSiteRoot(tree, path, input.site, isLinkedFile, (path) => assetPaths.has(path));
	const callouts = calloutsOf(input.jekyllConfig);
	// A bookdown book renders its chapters with its index.Rmd's YAML: their inline expressions name its `params`.
	const bookIndex = [input.index, ...(input.files ?? [])].find((file) => /^index\.r(?:md|markdown)$/i.test(file.path));
	const bookParams = bookIndex ? documentParams(frontmatterFields(parseMarkdown(bookIndex.text))) : {};
	const prepare = (path: string, text: string, contents?: TableOfContents): PlanFile => {
		const repaired = frontmatterFirst(fixMojibake(text).text.replace(/^\uFEFF/, ''));
		const notebook = isNotebook(path) ? readNotebook(path, repaired) : null;
		for (const [imagePath, bytes] of notebook?.images ?? []) notebookImages.set(imagePath, bytes);
		// A Hugo page names the pages it links by reference (`{{< ref "/guide/setup" >}}`): their paths, read like any.
		// (Its multi-line shortcodes are put on one line, so that Markdown does not read them apart.) An MDX page's
		// comments are dropped and its component tag lines set off from the Markdown beside them, as MDX reads them.
		const lines = repaired.replace(/\r\n?/g, '\n');
		const svelte = /\.mdx$/i.test(path) ? firstSvelteBranches(lines) : null;
		const written = notebook?.text ?? hugoShortcodeText(svelte ? separateComponentLines(withoutMdxComments(svelte.text)) : lines);
		const fields = input.jekyllConfig && !notebook ? (frontmatterFields(parseMarkdown(written)) ?? {}) : null;
		const layout = input.jekyllConfig && fields ? input.jekyllLayouts?.[layoutOf(input.jekyllConfig, path, fields) ?? ''] : undefined;
		const liquid = input.jekyllConfig && fields ? renderLiquid(written, input.jekyllConfig, fields, layout, input.jekyllIncludes) : null;
		const clean = backtickedFenceInfo(liquid?.text ?? written);
		const tree = notebook?.tree ?? parseMarkdown(clean, { wikiLinkFiles: planPaths });
		const notes: ImportNote[] = [...(notebook?.notes ?? []), ...(liquid?.notes ?? [])];
		if (!notebook) {
			fencelessFrontmatter(tree, clean, notes);
			slideDecks(tree, clean, notes);
		}
		notes.push(...(svelte?.blocks ?? []).map((line) => ({ message: 'kept the first branch of a Svelte {#if} block, the one its site shows first; the {:else} branches are left out', line })));
		notes.push(...(svelte?.controls ?? []).map((line) => ({ message: "removed a Svelte component given only the page's variables: a control of the site the plan was written for", line })));
		// First, as the blocks' bodies are read again from the text: what follows applies to them too.
		admonitionBlocks(tree, clean, notes);
		inlineReferences(tree);
		// (A notebook's tree is read from its cells, not from this text.)
		if (!notebook) {
			mdxImages(tree, clean);
			jsxComponents(tree, clean);
		}
		siteRootLinks(tree, path);
		const pageFields = frontmatterFields(tree);
		fillFrontmatterExpressions(tree, pageFields);
		const { title, summary, description, position, effortHours } = takeFrontmatter(tree);
		notes.push(...takeModuleStatements(tree, clean).map((line) => ({ message: 'removed an MDX import or export: it names code of the site the plan was written for', line })));
		componentLayout(tree, clean, notes);
		unresolvedIncludes(tree, clean, notes);
		preprocessorExpressions(tree, clean, notes, contents && { path, contents });
		kramdownBlocks(tree, clean, callouts, notes);
		if (input.jekyllConfig) imagesFromPageFolder(tree, path, (asset) => assetPaths.has(asset));
		removeSiteMarkup(tree, notes);
		shortcodes(tree, notes);
		if (isExecutableMarkdown(path)) {
			withoutPartDividers(tree);
			pandocRawContent(tree, notes);
			executableChunks(tree, notes);
			inlineExpressions(tree, { ...bookParams, ...documentParams(pageFields) }, notes);
			withoutRawTex(tree, clean);
			letteredLists(tree);
		}
		if (isNotionFile(path)) notionProperties(tree);
		mystDirectives(tree, notes);
		underIndentedLists(tree);
		drawnTrees(tree);
		codeLanguages(tree);
		return {
			path,
			text: clean,
			tree,
			...(title ? { frontmatterTitle: title } : {}),
			...(summary ? { frontmatterSummary: summary } : {}),
			...(description ? { frontmatterDescription: description } : {}),
			...(position !== undefined ? { frontmatterPosition: position } : {}),
			...(effortHours ? { frontmatterEffort: effortHours } : {}),
			...(notes.length > 0 ? { notes } : {}),
			...(notebook ? { cells: notebook.cells } : {}),
		};
	};
	const index = { ...prepare(input.index.path, input.index.text), ...(input.folderIndex ? { folderIndex: input.folderIndex } : {}) };
	// A notebook's copy in sources/ is what its author wrote, its cells, not its JSON (with every output in base64).
	const sourceText = isNotebook(index.path) ? index.text : repairedText.text;
	// A book's pages may stand for the pages under them in its table of contents (an outline), so they are read after it.
	// (A course's outline reads its pages' front matter, parsed when first asked for.)
	const texts = new Map((input.files ?? []).map((file) => [file.path, file.text]));
	const fields = new Map<string, Record<string, unknown> | null>();
	const fieldsOf = (path: string) => {
		if (!fields.has(path)) fields.set(path, texts.has(path) ? frontmatterFields(parseMarkdown(texts.get(path)!)) : null);
		return fields.get(path)!;
	};
	const contents = isTableOfContents(index.path) ? { tree: index.tree, path: index.path, fields: fieldsOf } : undefined;
	const others = (input.files ?? []).filter((f) => f.path !== input.index.path).map((f) => prepare(f.path, f.text, contents));
	crossReferences([index, ...others]);
	const fileAt = findPlanFile([index, ...others]);
	const folderFiles = new Set(input.folderFiles);
	const ownRepository = ownRepositoryLinks([index, ...others], fileAt, (path) => assetPaths.has(path) || folderFiles.has(path));
	if (ownRepository && ownRepository.prefix.length === 0 && isFolderIndex(index.path)) index.repositoryName = ownRepository.name;
	wikiPageLinks([index, ...others], fileAt);
	// A link without a destination ("| 16 | … | [lesson]() |") stands for a lesson not written yet, not for its own page.
	const resolve: ResolveLink = (url, from) => (url.trim() !== '' && urlSafety(url) === 'relative' ? fileAt(resolvePlanPath(url, from.path).path) : null);
	mystLabelLinks([index, ...others], (url, from) => resolve(url, from) !== null);
	// Anchors as GitHub gave them, before any transform touches the trees.
	const anchors = sourceAnchors([index, ...others]);

	promoteFoldedSections(index.tree, (index.notes ??= []));
	promotePseudoHeadings(index.tree);
	// A book's table of contents is headed "Summary" more often than by the book's title, which its README has: as a
	// page the book lists (GitBook's introduction), or as the home page it leaves out (Docsify's), then the overview.
	// Of a README and an index, the one it lists is the home page (a Quarto book's index.qmd; the README is the
	// repository's front page).
	const homes = isTableOfContents(index.path) ? others.filter((file) => (input.home === undefined ? isFolderIndex(file.path) : file.path === input.home)) : [];
	const detection = detect(index, others, resolve, [...homes, ...others.filter((file) => input.apart?.includes(file.path))]);
	const { units, groups } = detection;
	subheadingTitles(units, (unit) => !parseTitleLine(spacedNames(unit.rawTitle)).title);
	statedPrerequisites(units);
	const sourceFile = `${stripFileExtension(options.fileName)}.md`;
	const notes: string[] = [];
	const toFill: ToFill[] = [];

	const listed = new Set<PlanFile | null>();
	if (homes.length > 1) visit(index.tree, 'link', (link) => void listed.add(resolve(link.url, index)));
	const home = homes.find((file) => listed.has(file)) ?? homes[0];
	const unlistedHome = home && !units.some((unit) => unit.file === home) ? home : undefined;
	const titleFile = home ?? index;
	const titleHeading = titleSection(titleFile, sectionsOf(titleFile));
	const banner = titleHeading ? null : bannerTitle(titleFile);
	const opening = titleHeading || banner !== null || titleFile.frontmatterTitle !== undefined ? null : openingTitle(titleFile);
	const heading = input.title ?? (titleHeading ? stripEmphasis(titleHeading.raw) : (banner ?? titleFile.frontmatterTitle ?? opening?.title ?? input.siteName ?? null));
	// Nothing in it titles a plan whose file is named for it ("python学习路线.md"): that name does, for the author to check.
	// A README's or an index's name says nothing of the plan, nor does a digest or an ID ("bcc1a57cc4ae6b9.txt").
	const byFolder = titleFile === index && input.folderTitle !== undefined;
	const named = byFolder ? input.folderTitle! : nameTitle(stripFileExtension(titleFile.path.split('/').at(-1)!));
	const fileTitle = heading || isFolderIndex(titleFile.path) || isTableOfContents(titleFile.path) || !/\p{L}/u.test(named) || /^(?=.*\d)[\da-f]{8,}$/i.test(named) ? null : named;
	// A README nothing titles is the front page of the repository its links to its files name: GitHub titles it so.
	const repositoryTitle = ownRepository && ownRepository.prefix.length === 0 && isFolderIndex(titleFile.path) ? nameTitle(ownRepository.name) : null;
	// A title heading that links the course's site (`# [The Course](https://…)`, `# <a href="…">The Course</a>`) is titled by its words.
	const headingText = heading && (titleLinks(heading)?.text || heading);
	const title = headingText ? stripEmoji(headingText) || headingText : (fileTitle ?? repositoryTitle ?? TITLE_TODO);
	// (Read before the IDs: how a language writes its words decides where an ID may stop and how it spells its letters.)
	const language = detectLanguage([index.tree, ...new Set(units.map((u) => u.file.tree))]);
	for (const unit of units) if (unit.label?.dated) unit.label = datedLabelIn(unit.label, language);
	const roadmapId = options.id ?? (slugify(heading ? title : stripFileExtension(options.fileName), language) || 'imported-roadmap');
	const dir = `roadmaps/${roadmapId}`;
	const indexFile = `${dir}/index.mdx`;

	// Groups: IDs, summaries (their goal line) and durations.
	const groupIds = new Set<string>();
	const groupDayParts = dayParts(groups.map(groupLabel), groups.map((group) => group.parent));
	const groupData = groups.map((group, i) => {
		const label = groupLabel(group);
		const { line: parsed, name, calendarLabel } = groupTitleLine(group.rawTitle, label);
		// A heading over the group's units may state its goal ("### 🎯 Goal: Master the basics"): read as a line, or its
		// text, whose section the units take, would be dropped with the empty heading.
		const introLines = group.intro.map((node): RootContent => (node.type === 'heading' ? { type: 'paragraph', children: node.children } : node));
		const introText = introLines.length ? serialize(root(structuredClone(introLines))) : '';
		const fields = extractFields(introText.split('\n'));
		const duration = parsed.duration ?? labelDuration(label, groupDayParts[i]) ?? introText.split('\n').map((l) => parseTitleLine(l).duration).find((d) => d !== null) ?? undefined;
		// A title a slug cannot spell leaves the group's files to name it (see group-names.ts), before its place.
		const fileNames = groupFileNames(i, groups, units).join(' ');
		const fileName = spellable(fileNames) ? slugify(fileNames, language) : '';
		const id = uniqueSlug([shortSlug(name, language), longSlug(name, language)], groupIds, (label && slugify(label.text, language)) || fileName || `group-${i + 1}`);
		// A heading alone over the group's units says what the group is about, as a goal line does ("### 🎯 Odak:
		// Derinleştirme, projeler"): its section is the units', so the overview would drop it with its empty section.
		const intro = group.intro.filter((node) => node.type !== 'thematicBreak');
		const about = fields.goal ?? (intro.length === 1 && intro[0]!.type === 'heading' ? stripEmoji(toString(intro[0]!)).trim() || undefined : undefined);
		// A group whose intro is only its goal has nothing left to say on the overview.
		if (about !== undefined && (fields.goal === undefined || fields.body.every(isEmptyish))) for (const node of group.intro) detection.taken.add(node);
		return {
			id,
			// An open-ended position ("(Weeks 21+)") states no duration that would say when the group runs: the title keeps it.
			title: `${spacedNames(stripEmoji(titleLinks(parsed.title)?.text ?? parsed.title) || parsed.title || plainTitle(group.rawTitle))}${parsed.duration ? '' : (parsed.labelSuffix ?? '')}`,
			...(calendarLabel ? { label: calendarLabel } : {}),
			...(about ? { summary: about } : {}),
			...(duration ? { duration } : {}),
			...(group.elective ? { choose: 1 } : {}),
		};
	});
	groups.forEach((group, i) => {
		if (group.parent !== undefined) Object.assign(groupData[i]!, { parent: groupData[group.parent]!.id });
		if (group.elective) toFill.push({ file: indexFile, field: `groups[${i}].choose`, note: `the text of "${groupData[i]!.title}" reads as electives, so it was set to 1: check how many of its members a reader takes`, optional: true });
	});
	groupData.forEach((group, i) => {
		if (!group.summary) toFill.push({ file: indexFile, field: `groups[${i}].summary`, note: `the text introducing "${group.title}"`, optional: true });
	});

	// Phase IDs, so that links between units can be written.
	const taken = new Set(['index', 'print', 'images']);
	const withTitles = units.map((unit) => {
		const line = parseTitleLine(spacedNames(unit.rawTitle));
		const linked = titleLinks(line.title);
		// A title is shown as plain text: its links keep their place as the body's first line.
		if (linked?.paragraph) unit.body.unshift(linked.paragraph);
		// Emoji around a title decorate the source's heading; the site's lists, tabs and preview cards show words.
		const written = linked?.text ?? line.title;
		return { unit, line, phaseTitle: stripEmoji(written) || written || unit.label?.text || plainTitle(unit.rawTitle) || 'Untitled' };
	});
	// Units titled only by labels that several parts count again ("Semana 1-2" in "M01" and in "M02") take their part's
	// ID ("m02-semana-1-2"), all of them: numbered "semana-1-2-2", a link would say nothing of where it leads.
	const labelOnly = withTitles.filter(({ unit, phaseTitle }) => unit.group !== undefined && phaseTitle === unit.label?.text);
	const countedAgain = [...Map.groupBy(labelOnly, ({ unit }) => unit.label!.text).values()].some((alike) => new Set(alike.map(({ unit }) => unit.group)).size > 1);
	const titled = withTitles.map(({ unit, line, phaseTitle }, position) => {
		// A title in a script slugs cannot spell ("列表") leaves the file's name ("05_lists.md" → "lists"; a README or
		// index, its folder's) to name the page, if a slug can spell that ("08.常用数据结构之列表-1.md" would leave "1");
		// else the label ("day-8").
		const baseName = unitFileName(unit);
		const fileName = spellable(baseName) ? slugify(baseName, language) : '';
		// Else the label, when a slug can spell it ("Day 62 · 1" → "day-62-1"), else the kind and number.
		const labelName = unit.label && spellable(unit.label.text) && /[a-z]/i.test(unit.label.text) ? slugify(unit.label.text, language) : '';
		// A part named as the unit is ("Week 2", the page "Week 2" with its extensions under it) says the label again:
		// the part above it tells where the link leads ("material-week-2", not "week-2-week-2").
		const above = unit.group === undefined ? undefined : groups[unit.group]!.parent;
		const partId = unit.group === undefined ? undefined : above !== undefined && groupData[unit.group]!.id === slugify(phaseTitle, language) ? groupData[above]!.id : groupData[unit.group]!.id;
		const inPart = countedAgain && partId !== undefined && phaseTitle === unit.label?.text ? partId : '';
		const id = uniqueSlug([shortSlug(phaseTitle, language), longSlug(phaseTitle, language), fileName].map((base) => base && (inPart ? joinSlugs(inPart, base) : base)), taken, labelName || `${unit.kind}-${unit.label?.number ?? position + 1}`);
		return { unit, line, phaseTitle, id };
	});

	// Pages: transform each body (HTML, unsafe URLs, remote images, headings from ##), then rewrite links.
	const homeText = unlistedHome ? unlistedHome.tree.children.filter((node) => node !== titleHeading?.heading) : [];
	const overview: Page = { url: roadmapUrl(roadmapId), title, tree: root(dropEmptyHeadings([...homeText, ...remaining(titleLeadFirst(index.tree.children, titleFile === index ? titleHeading?.heading : undefined), detection.taken)], [...homeText, ...index.tree.children])) };
	// The overview's HTML reads as Markdown before its summary is proposed (a centred `<p>` is a paragraph), and a
	// banner's heading that titles the roadmap leaves it, as a `#` title does: the page shows the title as its h1.
	const overviewNotes: ImportNote[] = [];
	rawHtmlToMarkdown(overview.tree, overviewNotes);
	// Shortcodes inside HTML (a Hugo home page's `<div>` around its hero) are text only now.
	shortcodes(overview.tree, overviewNotes);
	// A bold line that titles the roadmap leaves it, as a `#` title does.
	if (opening?.line && input.title === undefined) overview.tree.children = overview.tree.children.filter((n) => n !== opening.line);
	withoutBannerHeading(overview.tree, banner);
	// A home page's tagline is the site's own summary.
	// What a README writes above its title (a notice, a banner's tagline) is no summary when the text under it has one.
	const titleAt = titleFile === index && homeText.length === 0 ? titleHeading?.heading.position?.start.offset : undefined;
	const summary: ReturnType<typeof proposedSummary> = titleFile.frontmatterSummary ? { text: titleFile.frontmatterSummary } : proposedSummary(overview.tree, titleAt);
	// The overview shows the summary as its lede: a paragraph used whole for it would stand there twice, unless it is
	// all its section says (under "## Overview"), which would stand empty.
	if (summary?.paragraph && !soleTextOfSection(overview.tree, summary.paragraph)) overview.tree.children = overview.tree.children.filter((n) => n !== summary.paragraph);
	const pages: Array<{ page: Page; file: PlanFile; path: string; companions: readonly PlanFile[] }> = [
		{ page: overview, file: index, path: indexFile, companions: [] },
		...titled.map(({ unit, id, phaseTitle }) => ({
			page: { url: phaseUrl(roadmapId, id), title: phaseTitle, tree: root([...unit.body]), ...(unit.heading ? { titleHeading: unit.heading } : {}) },
			file: unit.file,
			path: `${dir}/${id}.mdx`,
			companions: unit.companions ?? [],
		})),
	];
	const overviewFiles = [index, ...(unlistedHome ? [unlistedHome] : []), ...(detection.contentsPage ? [detection.contentsPage] : [])];
	const filePages = new Map<string, Page>(overviewFiles.map((file) => [file.path, overview]));
	const fileOpenings = new Map<string, Heading>();
	titled.forEach(({ unit }, i) => {
		if (unit.ownsFile) filePages.set(unit.file.path, pages[i + 1]!.page);
		for (const companion of unit.companions ?? []) {
			filePages.set(companion.path, pages[i + 1]!.page);
			const opening = companion.tree.children[0];
			if (opening?.type === 'heading') fileOpenings.set(companion.path, opening);
		}
	});
	const assets = { readable: new Set([...(input.assets ?? []), ...notebookImages.keys()]), unreadable: new Set(input.unreadableAssets ?? []) };
	const copies = new Map<string, CopiedImage>();
	const pageNotes = new Map<string, ImportNote[]>();
	const noted = new Set<PlanFile>();
	for (const { page, file, path, companions } of pages) {
		// What left a file before detection is noted on the first page showing that file; a companion's line is placed
		// in its own file, as the page's notes place theirs in the page's.
		const found: ImportNote[] = [];
		if (!noted.has(file)) {
			noted.add(file);
			found.push(...(file.notes ?? []));
		}
		for (const companion of companions.filter((other) => !noted.has(other) && noted.add(other))) {
			found.push(...(companion.notes ?? []).map((note) => ({ message: `${note.line ? `(${placeOf(companion, note.line)}) ` : ''}${note.message}` })));
		}
		if (page === overview) found.push(...overviewNotes);
		else {
			rawHtmlToMarkdown(page.tree, found);
			// So does a lesson's, its only title an HTML heading (`<div class="intro"><h1>…</h1>`).
			withoutBannerHeading(page.tree, bannerTitle(file) === page.title ? page.title : null);
			shortcodes(page.tree, found);
		}
		resourceKinds(page.tree);
		// Links and images that were HTML until now.
		siteRootLinks(page.tree, file.path);
		const drawnInto = input.jekyllDrawnBy?.[file.path];
		if (drawnInto !== undefined) linksFromDrawingPage(page.tree, drawnInto);
		safeUrls(page.tree, found);
		if (ownRepository) ownRepositoryImages(page.tree, ownRepository, assets.readable, found);
		remoteImagesToLinks(page.tree, found);
		localImages(page.tree, file, assets, copies, found);
		shiftHeadings(page.tree, 2);
		page.tree.children = tidyRules(page.tree.children);
		dropTrailingBreaks(page.tree);
		pageNotes.set(path, found);
	}
	const placed = placeHeadings(pages.map((p) => p.page));
	// A group's heading that left the overview lives on as the group's heading in its phase list, anchored by its ID.
	groups.forEach((group, i) => {
		if (group.heading && !placed.has(group.heading)) placed.set(group.heading, { page: overview, anchor: groupData[i]!.id });
	});
	const targets = {
		sourceAnchors: anchors,
		placed,
		filePages,
		fileOpenings,
		fileAt,
		...(input.repository ? { elsewhere: repositoryFileUrl(input.repository) } : {}),
		...(input.fileSizes ? { carried: carriedFiles(input.fileSizes, overview.url, copies) } : {}),
	};
	const linked = new Set<Heading>();
	for (const { page, file, path } of pages) {
		rewriteLinks(page, file, targets, pageNotes.get(path)!, linked);
		nameWordlessLinks(page.tree);
	}
	keepLinkedAnchors(linked, targets);
	for (const { page } of pages) keepOwnHeadingIds(page.tree);
	const bodies = new Map<string, string>();
	for (const { page, file, path } of pages) {
		for (const note of pageNotes.get(path)!) notes.push(`${path}: ${note.line ? `(${placeOf(file, note.line)}) ` : ''}${note.message}`);
		bodies.set(path, serialize(page.tree));
	}
	const ids = titled.map((t) => t.id);

	// Phases.
	const topics = options.topics ?? [];
	const suggestions: ImportResult['suggestions'] = [];
	const phaseTexts: Array<{ id: string; text: string }> = [];
	const chained = chainedLengths(units.map((unit) => unit.rawTitle));
	const unitDayParts = dayParts(units.map((unit) => unit.label), units.map((unit) => unit.group));
	const phases: ImportedPhase[] = titled.map(({ unit, line, phaseTitle, id }, i) => {
		const file = `${dir}/${id}.mdx`;
		const fields = extractFields([...(line.leftover ? [line.leftover, ''] : []), ...bodies.get(file)!.split('\n')]);
		const body = checkedBody(separateFieldLines(fields.body).join('\n').trim(), file, notes);
		const duration = chained[i] !== undefined ? chained[i] : (unit.stated.duration ?? (placedIn(unit) ? null : line.duration) ?? fields.duration ?? labelDuration(unit.label, unitDayParts[i]));
		const projects = fields.projects.filter((p) => p.title).map((p) => (p.details?.length ? p : { title: p.title }));
		// The source's own words for the length go with a label ("Phase 1 (2 недели)"); alone, they label nothing.
		const label = unit.label ? `${unit.label.text}${line.labelSuffix ?? ''}`.trim() : '';
		const hoursPerDay: NumberRange | undefined = unit.stated.hoursPerDay ?? fields.hoursPerDay;
		// Beside a calendar length ("day1 | … | 1hour"), study time is the effort within it.
		const effortHours = unit.stated.effortHours ?? line.effortHours ?? fields.effortHours;
		const data: Record<string, unknown> = {
			title: phaseTitle,
			...(label ? { label } : {}),
			order: i + 1,
			kind: unit.label ? labelKind(unit.label, unit.kind) : unit.kind,
			...(unit.group !== undefined ? { group: groupData[unit.group]!.id } : {}),
			duration,
			...(effortHours ? { effortHours } : {}),
			...(hoursPerDay ? { hoursPerDay } : {}),
			...(unit.stated.hoursPerWeek ? { hoursPerWeek: unit.stated.hoursPerWeek } : {}),
			...(fields.priority ? { priority: fields.priority } : {}),
			...(fields.priorityNote ? { priorityNote: fields.priorityNote } : {}),
			...((line.status ?? fields.status) ? { status: line.status ?? fields.status } : {}),
			...(fields.goal ? { goal: fields.goal } : {}),
			...(unit.requires.length ? { requires: unit.requires.map((r) => ids[r]!) } : {}),
			topics: [],
			...(projects.length ? { projects } : {}),
			...(fields.outcomes.length ? { outcomes: fields.outcomes.filter(Boolean) } : {}),
			...(fields.resources.length ? { resources: fields.resources.filter(Boolean) } : {}),
		};
		if (!line.title && !unit.label) toFill.push({ file, field: 'title', note: 'the source gives no title for this unit' });
		else if (!line.title) toFill.push({ file, field: 'title', note: `the source gives only "${unit.label!.text}"` });
		if (duration === null && !effortHours) toFill.push({ file, field: 'duration', note: 'the source states no duration for this phase (null is shown as "unknown")', optional: true });
		toFill.push({ file, field: 'topics', note: 'IDs from content/topics/ that this phase teaches' });
		for (const note of line.notes) toFill.push({ file, field: 'status', note, optional: true });
		// Addresses are no words of the text: "https://…" would name HTTPS on every page that links anywhere.
		const text = [phaseTitle, fields.goal ?? '', body, ...projects.map((p) => p.title), ...fields.outcomes, ...fields.resources].join('\n').replace(URL_IN_TEXT, ' ');
		suggestions.push({ phase: id, topics: suggestTopics(text, topics) });
		phaseTexts.push({ id, text });
		return { id, data, body };
	});

	// The overview.
	const indexBody = checkedBody(bodies.get(indexFile)!, indexFile, notes);
	// The summary's paragraph left the body, but what it says about time is still the plan's commitment.
	const commitment: Commitment = parseCommitment([...(summary?.text ? [summary.text] : []), ...textLines(overview.tree)]);
	// Declared for the whole: in the title, in the heading that holds every unit, or on a "Duration:" line (or a table's
	// "Duration" row) or under a "Duration" heading of the overview.
	const declared =
		(heading ? parseDuration(heading) : null) ??
		containerDuration(index, units, titleHeading) ??
		statedTotalDuration([...textLines(overview.tree), ...tableFieldLines(overview.tree)]) ??
		headedDuration(overview.tree) ??
		null;
	// In the order the roadmap takes them: a table of contents' parts are listed before the chapters beside them.
	const startOf = (i: number) => units.findIndex((unit) => unit.group !== undefined && (unit.group === i || groups[unit.group]!.parent === i));
	const topGroups = groupData.flatMap((group, i) => (groups[i]!.parent === undefined ? [{ group, start: startOf(i) }] : [])).sort((a, b) => a.start - b.start).map(({ group }) => group);
	// Parts titled alike ("Week 1 タスクリスト", "Week 2 タスクリスト") say less than their phases.
	const partTitles = [...new Set(topGroups.map((group) => String(group['title'])))];
	const summaryText = summary?.text ?? listedSummary(partTitles.length >= 2 ? partTitles : [...new Set(phases.map((p) => String(p.data['title'])))], language ?? SITE_LANGUAGE);
	const roadmap: Record<string, unknown> = {
		title,
		summary: summaryText,
		order: options.order,
		track: options.track,
		source: { file: sourceFile, title: headingText || (fileTitle ? (titleFile.path.split('/').at(-1) ?? fileTitle) : SOURCE_TITLE_TODO) },
		...(language && language !== SITE_LANGUAGE ? { language } : {}),
		...(Object.keys(commitment).length > 0 ? { commitment } : {}),
		duration: declared,
		...(groupData.length > 0 ? { groups: groupData } : {}),
	};
	if (fileTitle) toFill.push({ file: indexFile, field: 'title', note: `taken from the ${byFolder ? 'folder' : 'file'}'s name, as no heading of the source titles the whole plan: check it`, optional: true });
	else if (!heading) {
		toFill.push({ file: indexFile, field: 'title', note: 'no # heading of the source titles the whole plan: give the roadmap a short faithful title', placeholder: true });
		toFill.push({ file: indexFile, field: 'source.title', note: 'how the original document is referred to', placeholder: true });
	}
	toFill.unshift({ file: indexFile, field: 'summary', note: 'one or two sentences for cards, search results and link previews (proposed from the first paragraph of the overview: check it)' });
	if (detection.unordered) toFill.push({ file: indexFile, field: 'phases\' order', note: "nothing in the folder states the lessons' order (no index links them, no file or folder is numbered): they are in name order, which is not the course's; set each phase's order as the course has it" });
	if (!declared) toFill.push({ file: indexFile, field: 'duration', note: 'the source declares no total duration; null makes the site sum the phases', optional: true });
	toFill.push({ file: indexFile, field: 'stacks', note: 'languages, frameworks and stacks the roadmap uses', optional: true });
	toFill.push({ file: indexFile, field: 'level / audience', note: 'only if the source says who it is for', optional: true });
	if (language === null) {
		toFill.push({ file: indexFile, field: 'language', note: 'the language the text is written in, as a BCP 47 tag ("es", "pt-BR"), unless it is English', optional: true });
	} else if (language !== SITE_LANGUAGE) {
		toFill.push({ file: indexFile, field: 'language', note: `"${language}", read from the text: check it`, optional: true });
	}

	// The overview's items first, then each phase's, in phase order.
	const rank = new Map([indexFile, ...phases.map((p) => `${dir}/${p.id}.mdx`)].map((file, i) => [file, i]));
	toFill.sort((a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0));

	const images = [...copies.values()].map((c): ImportedImage => {
		const data = notebookImages.get(c.from);
		return data ? { data, to: `${dir}/${c.to}` } : { from: c.from, to: `${dir}/${c.to}` };
	});
	const files: ImportedFile[] = [
		{ path: `sources/${sourceFile}`, text: sourceText },
		{ path: indexFile, text: toMdx(roadmap, indexBody) },
		...phases.map((phase) => ({ path: `${dir}/${phase.id}.mdx`, text: toMdx(phase.data, phase.body) })),
	];
	return {
		roadmapId,
		repaired: repairedText.encoding ? { encoding: repairedText.encoding, sequences } : null,
		text: sourceText,
		sourceFile,
		pattern: detection.pattern,
		roadmap,
		phases,
		files,
		images,
		toFill,
		suggestions,
		filesUsed: [...overviewFiles.map((file) => file.path), ...new Set(units.flatMap((u) => [u.file.path, ...(u.companions ?? []).map((c) => c.path)]))],
		newTopics: proposeTopics(phaseTexts, pages.slice(1).map((p) => p.page.tree), topics),
		notes,
	};
}

// Words and sentences as ICU finds them, so that text in scripts written without spaces between words (Chinese,
// Japanese, Thai) is measured and cut like any other.
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const wordCount = (text: string) =>
	text
		.split(/\s+/)
		.filter(Boolean)
		.reduce((count, token) => count + (UNSPACED_SCRIPT.test(token) ? [...words.segment(token)].filter((s) => s.isWordLike).length : 1), 0);

/** The longest start of `text` made of whole segments that fits in `length` characters. */
function fittingStart(text: string, segmenter: Intl.Segmenter, length: number): string {
	let start = '';
	for (const { segment } of segmenter.segment(text)) {
		if ((start + segment).trimEnd().length > length) break;
		start += segment;
	}
	return start.trimEnd();
}


const URL_IN_TEXT = /\b[a-z][a-z\d+.-]*:\/\/[^\s)>\]]*/giu;


// A heading that ends with a full stop is a statement set large (a tagline under the title), not a section's name;
// one ending with a question mark ("Why learn Rust?") names the section that answers it.
const SENTENCE_END = /[.!。！]$/u;

/**
 * The overview's first paragraph of some length (or heading written as a sentence) under its title, else above it,
 * cut at a sentence end: a faithful start for the summary that cards and link previews show. Null when it has none.
 */
function proposedSummary(overview: Root, titleAt?: number): { text: string; paragraph?: RootContent } | null {
	const candidates = overview.children.filter(
		(n): n is Paragraph | Heading =>
			(n.type === 'paragraph' && wordCount(proseOf(n)) >= 8 && !isFieldList(n) && !mostlyLinks(n) && !introducesNext(n) && !isLabelledNote(n)) ||
			(n.type === 'heading' && wordCount(proseOf(n)) >= 8 && SENTENCE_END.test(proseOf(n))),
	);
	const underTitle = (n: RootContent) => titleAt !== undefined && (n.position?.start.offset ?? Infinity) > titleAt;
	const paragraph = candidates.find(underTitle) ?? candidates[0];
	if (!paragraph) return null;
	const text = proseOf(paragraph);
	// Only a paragraph of plain text can stand for itself: links and emphasis would be lost in the summary.
	const plain = paragraph.children.every((c) => c.type === 'text');
	if (text.length <= 240) return plain ? { text, paragraph } : { text };
	const whole = fittingStart(text, sentences, 240);
	return { text: whole.length > 60 ? whole : `${fittingStart(text, words, 239)}…` };
}

/** The heading of an HTML banner that titles the page leaves it, as a `#` title does: the page shows its title as h1. */
function withoutBannerHeading(tree: Root, banner: string | null): void {
	const heading = banner === null ? undefined : tree.children.find((n) => n.type === 'heading');
	if (heading && toString(heading).trim() === banner) tree.children = tree.children.filter((n) => n !== heading);
}

/**
 * Without a paragraph to propose, a summary in the roadmap's own words and language: what it covers (its parts' or
 * its phases' titles), listed as its language lists things ("A, B, and C", "A、B和C"), as many as fit 240 characters.
 */
function listedSummary(titles: readonly string[], language: string): string {
	const list = new Intl.ListFormat(language, { type: 'conjunction' });
	for (let shown = titles.length; shown >= 1; shown--) {
		const text = list.format(shown === titles.length ? titles : [...titles.slice(0, shown), '…']);
		if (text.length <= 240) return text;
	}
	return `${fittingStart(titles[0]!, words, 239)}…`;
}

/**
 * A title with code, links or inline HTML in it ("[HTML](https://…) basics", `<span style="color:red">Red Team</span>`):
 * its text, and when it links somewhere its Markdown as a paragraph without source positions (they would point into
 * the heading's line, not the body). Null for a plain title.
 */
function titleLinks(title: string): { text: string; paragraph?: Paragraph } | null {
	const tree = parseMarkdown(title);
	const hasHtml = tree.children[0]?.type === 'paragraph' && tree.children[0].children.some((n) => n.type === 'html');
	// Read as GitHub shows it: a <span> is its text, and `Rc<T>` (no HTML element) stays as written.
	if (hasHtml) rawHtmlToMarkdown(tree, []);
	const [first] = tree.children;
	if (first?.type !== 'paragraph' || !(hasHtml || first.children.some((n) => n.type === 'link' || n.type === 'inlineCode' || n.type === 'image'))) return null;
	// An image beside the words (a logo, a badge) is decoration: a title that is only an image is titled by its
	// description before it gets here (headingRaw).
	const text = toString(first, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
	// A link to nowhere ("## [Setup]()", a placeholder for a page to come) leads a reader nowhere: only its words stay.
	if (!first.children.some((n) => n.type === 'link' && n.url.trim() !== '')) return { text };
	return { text, paragraph: withoutPositions([first])[0]! };
}

/** A paragraph ending in a colon introduces what follows ("By the end you will be able to:"): it says nothing alone. */
const introducesNext = (paragraph: Paragraph) => /[:：]$/u.test(proseOf(paragraph));

/** A note set apart by its bold label ("**Note:** …", "**Warning**: …"): an aside, not what the plan is. */
function isLabelledNote(paragraph: Paragraph): boolean {
	const [first, second] = paragraph.children;
	if (first?.type !== 'strong') return false;
	return /[:：]$/u.test(toString(first).trim()) || (second?.type === 'text' && /^\s*[:：]/u.test(second.value));
}

/** Whether a paragraph is all that the heading before it holds, up to the next heading or rule. */
function soleTextOfSection(tree: Root, paragraph: RootContent): boolean {
	const at = tree.children.indexOf(paragraph);
	const [before, after] = [tree.children[at - 1], tree.children[at + 1]];
	return before?.type === 'heading' && (after === undefined || after.type === 'heading' || after.type === 'thematicBreak');
}

/** Lines that each name a field ("**Duration**: 20 weeks", "Level: beginner"): facts about the plan, not a summary. */
function isFieldList(paragraph: RootContent): boolean {
	const lines = toString(paragraph).split('\n').filter((line) => line.trim());
	return lines.length >= 2 && lines.every((line) => /^\s*[^\s:：][^:：]{0,40}[:：]\s*\S/u.test(line) && line.split(/[:：]/)[0]!.trim().split(/\s+/).length <= 4);
}

/**
 * The duration in the heading whose section holds every unit and that is none of theirs ("## 12-Week Backend
 * Training Plan"): what the plan declares for the whole.
 */
function containerDuration(index: PlanFile, units: readonly Unit[], title: Section | null): Duration | null {
	const positions = units.flatMap((u) => [u.heading, u.body[0], u.body.at(-1)]).map((n) => index.tree.children.indexOf(n as RootContent)).filter((i) => i >= 0);
	if (positions.length === 0) return null;
	const first = Math.min(...positions);
	const last = Math.max(...positions);
	const holder = sectionsOf(index).filter((s) => s !== title && s.index < first && s.end > last && !units.some((u) => u.heading === s.heading)).at(-1);
	return holder ? parseDuration(holder.raw) : null;
}

/** The serializer writes valid MDX; should anything slip through, the body is reported rather than written broken. */
function checkedBody(body: string, file: string, notes: string[]): string {
	const problems = mdxProblems(body, file, 1);
	if (problems.length === 0) return body;
	notes.push(`${file}: the text could not be made valid MDX (${problems[0]!.message}); check it before publishing`);
	return body;
}

/** One Markdown document; see importPlan for a folder. */
export function importMarkdown(text: string, options: ImportOptions): ImportResult {
	return importPlan({ index: { path: options.fileName, text } }, options);
}

