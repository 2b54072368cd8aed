/**
 * Docs sites write asides and collapsible sections in syntax of their own that GitHub shows as text: MyST's colon
 * fences (":::{note}"), the containers of VitePress, VuePress and Docusaurus ("::: tip Title" … ":::"), and
 * Python-Markdown's blocks as MkDocs Material writes them: admonitions ("!!! note \"Title\"" over an indented body),
 * collapsible ones ("??? tip \"Solution\"") and content tabs ("=== \"Linux\""). The site shows what they mean, as
 * GitHub-flavoured Markdown does: an admonition is a GitHub alert, a collapsible block a `<details>` section, a tab
 * its label in bold over its text.
 */
import type { Blockquote, Code, Definition, Html, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'mdast-util-to-string';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { indentOf } from '../lines.ts';
import type { ImportNote } from './notes.ts';
import { obsidianCallouts } from './callouts.ts';
import { fencedBoxes } from './fenced-boxes.ts';
import { pairedTagBlocks } from './shortcodes.ts';
import { parseMarkdown } from './parse.ts';

// Admonition kinds of MyST, MkDocs Material, VitePress and Docusaurus (and Obsidian's callouts), by the GitHub alert that says the same.
export const ALERTS: Record<string, string> = {
	note: 'NOTE',
	seealso: 'NOTE',
	admonition: 'NOTE',
	info: 'NOTE',
	todo: 'NOTE',
	abstract: 'NOTE',
	summary: 'NOTE',
	tldr: 'NOTE',
	tip: 'TIP',
	hint: 'TIP',
	success: 'TIP',
	check: 'TIP',
	done: 'TIP',
	important: 'IMPORTANT',
	warning: 'WARNING',
	// Fumadocs' `<Callout type="warn">`.
	warn: 'WARNING',
	attention: 'WARNING',
	caution: 'CAUTION',
	danger: 'CAUTION',
	error: 'CAUTION',
	failure: 'CAUTION',
	fail: 'CAUTION',
	missing: 'CAUTION',
	bug: 'CAUTION',
	// MyST's asides, set beside the text (in the margin, or as a titled sidebar): a note here, where there is no margin.
	margin: 'NOTE',
	sidebar: 'NOTE',
};

// A title as written, its own bold dropped: it is bold as a whole.
const bold = (title: string | readonly PhrasingContent[]): Paragraph => ({
	type: 'paragraph',
	children: [{ type: 'strong', children: typeof title === 'string' ? [{ type: 'text', value: title }] : title.flatMap((node) => (node.type === 'strong' ? node.children : [node])) }],
});

/** A GitHub alert ("> [!NOTE]" opening a quote) of `kind`, its title (text, or Markdown as written) in bold leading its text. */
export function alert(kind: string, title: string | readonly PhrasingContent[] | null, body: readonly RootContent[]): Blockquote {
	const children = [...(title ? [bold(title)] : []), ...body] as Blockquote['children'];
	const first = children[0];
	const marker: Text = { type: 'text', value: `[!${kind}]\n` };
	if (first?.type === 'paragraph') first.children.unshift(marker);
	else children.unshift({ type: 'paragraph', children: [{ ...marker, value: `[!${kind}]` }] });
	return { type: 'blockquote', children };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// A title's Markdown as HTML: a summary is HTML, and its bold or code (`> [!faq]- **Why** \`git\``) shows there too.
function summaryHtml(title: string | readonly PhrasingContent[]): string {
	if (typeof title === 'string') return escapeHtml(title);
	const [line] = unified().use(remarkRehype).runSync({ type: 'root', children: [{ type: 'paragraph', children: [...title] }] }).children;
	return line?.type === 'element' ? toHtml(line.children) : '';
}

/**
 * A section the reader opens, titled by text or by Markdown as written, written as GitHub readers write one; the
 * importer's HTML step makes it the site's.
 */
export function collapsible(title: string | readonly PhrasingContent[], body: readonly RootContent[]): RootContent[] {
	const html = (value: string): Html => ({ type: 'html', value });
	return [html(`<details>\n<summary>${summaryHtml(title)}</summary>`), ...body, html('</details>')];
}

export const titleCase = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1);

/** A title's text, without its Markdown. */
export const titleText = (title: string | readonly PhrasingContent[] | null) => (typeof title === 'string' || title === null ? title : toString({ type: 'paragraph', children: [...title] }));

/**
 * What an admonition of `kind` shows: an alert, titled by `title` (a kind no alert names, "example", by its own name,
 * as the docs site titles it), or for "details" a section the reader opens.
 */
export function admonition(kind: string, title: string | readonly PhrasingContent[] | null, body: readonly RootContent[]): RootContent[] {
	const name = kind.toLowerCase();
	if (name === 'details') return collapsible(titleText(title) || 'Details', body);
	const known = ALERTS[name];
	return [alert(known ?? 'NOTE', title ?? (known ? null : titleCase(name)), body)];
}

/** The lines of `source`, each with the offset it starts at. */
function linesOf(source: string): Array<{ text: string; start: number }> {
	let start = 0;
	return source.split('\n').map((text) => {
		const line = { text, start };
		start += text.length + 1;
		return line;
	});
}

// By document: its blocks are read in turn, each looking its definitions up.
const definitionsRead = new Map<string, string>();

/** The link reference definitions of `source`, as written. */
function definitionsOf(source: string): string {
	let definitions = definitionsRead.get(source);
	if (definitions === undefined) {
		const lines: string[] = [];
		visit(parseMarkdown(source), 'definition', ({ position }: Definition) => {
			if (position?.start.offset !== undefined && position.end.offset !== undefined) lines.push(source.slice(position.start.offset, position.end.offset).replace(/^[ \t>]+/gm, ''));
		});
		definitions = lines.join('\n');
		// A few documents' worth: a block's blocks are read from its own lines.
		if (definitionsRead.size > 8) definitionsRead.clear();
		definitionsRead.set(source, definitions);
	}
	return definitions;
}

/** How many characters of `line` make up its first `columns` columns of whitespace. */
export function charsOfIndent(line: string, columns: number): number {
	let chars = 0;
	let reached = 0;
	while (chars < line.length && reached < columns && (line[chars] === ' ' || line[chars] === '\t')) {
		reached += line[chars] === '\t' ? 4 - (reached % 4) : 1;
		chars++;
	}
	return chars;
}

/**
 * Lines `from` to `to` (1-based) of `source` without their first `indent` columns, read as Markdown with the blocks of
 * this module converted; every node keeps its place in `source`, so headings, titles and notes name what the author
 * wrote, where.
 */
export function parseLines(source: string, from: number, to: number, indent: number, notes: ImportNote[]): RootContent[] {
	const lines = linesOf(source);
	const taken = lines.slice(from - 1, to);
	const cut = taken.map((line) => charsOfIndent(line.text, indent));
	const text = taken.map((line, i) => line.text.slice(cut[i])).join('\n');
	// Markdown reads "[the guide][guide]" as a link only where "[guide]: …" is defined, which is mostly at the
	// document's end: the lines are read with the document's definitions after them, then those are dropped.
	let read = `${text}\n\n${definitionsOf(source)}`;
	let tree = parseMarkdown(read, { frontmatter: false });
	tree.children = tree.children.filter((node) => (node.position?.start.line ?? 0) <= taken.length);
	// (Unless they would be read into the lines' last block: a code fence the lines leave open.)
	if (tree.children.some((node) => (node.position?.end.line ?? 0) > taken.length)) {
		read = text;
		tree = parseMarkdown(read, { frontmatter: false });
	}
	const found: ImportNote[] = [];
	// (Lines read apart may be part of a container, whose end is not theirs.)
	admonitionBlocks(tree, read, found, false);
	const place = (point: Point): Point => {
		const line = lines[point.line + from - 2]!;
		const column = point.column + (cut[point.line - 1] ?? 0);
		return { line: point.line + from - 1, column, offset: line.start + column - 1 };
	};
	for (const child of tree.children) {
		visit(child, (node) => {
			if (node.position) node.position = { start: place(node.position.start), end: place(node.position.end) };
		});
	}
	notes.push(...found.map((note) => (note.line === undefined ? note : { ...note, line: note.line + from - 1 })));
	return tree.children;
}

// "!!! note", "??? tip \"Solution\"", "???+ example inline end \"Title\"": a kind, classes, and a title in quotes.
const PYTHON_MARKDOWN_BLOCK = /^(!!!|\?\?\?\+?)[ \t]+([\w-]+)(?:[ \t]+[\w-]+)*(?:[ \t]+"(.*)")?[ \t]*$/;
// A content tab: "=== \"Linux\"", "===+ \"Linux\"" (open first), "===! \"Linux\"" (a new set of tabs).
const CONTENT_TAB = /^===[+!]{0,2}[ \t]+"(.*)"[ \t]*$/;

/**
 * Python-Markdown's blocks (an admonition, a collapsible admonition, a content tab) in `children`, as what the site
 * shows: the block's body is the lines after its opening one indented four columns more than it, which remark reads
 * as the opening paragraph's continuation or as indented code; a line indented less ends it.
 */
function pythonMarkdownBlocks(parent: Parents, source: string, notes: ImportNote[]): void {
	const children = parent.children as RootContent[];
	const lines = linesOf(source);
	for (let i = 0; i < children.length; i++) {
		const opening = children[i]!;
		if (opening.type !== 'paragraph' || !opening.position) continue;
		const { line: first, column } = opening.position.start;
		const firstLine = lines[first - 1]!.text.slice(column - 1);
		const block = PYTHON_MARKDOWN_BLOCK.exec(firstLine.trimEnd());
		const tab = block ? null : CONTENT_TAB.exec(firstLine.trimEnd());
		if (!block && !tab) continue;
		const indent = column - 1 + 4;
		// The body: the lines after the opening one, up to the first one indented less, blank lines at its end left out.
		const last = Math.min(parent.position?.end.line ?? lines.length, lines.length);
		let end = first;
		for (let line = first + 1; line <= last; line++) {
			const text = lines[line - 1]!.text;
			if (text.trim() === '') continue;
			if (indentOf(text) < indent) break;
			end = line;
		}
		// The nodes the block takes: those starting within it; the lines of the last one after its end stay text of their own.
		let taken = i + 1;
		while (taken < children.length && children[taken]!.position && children[taken]!.position!.start.line <= end) taken++;
		const lastTaken = children[taken - 1]!.position!.end.line;
		const body = end > first ? parseLines(source, first + 1, end, indent, notes) : [];
		const rest = lastTaken > end ? parseLines(source, end + 1, lastTaken, column - 1, notes) : [];
		let shown: RootContent[];
		if (tab) shown = [bold(tab[1]!), ...body];
		else {
			const [, marker, kind, title] = block!;
			// "???" is collapsible; "!!!" always open. A title written as "" asks for none.
			shown = marker === '!!!' ? admonition(kind!, title ?? null, body) : collapsible(title || titleCase(kind!), body);
		}
		children.splice(i, taken - i, ...shown, ...rest);
		i += shown.length - 1;
	}
}

// ":::{note} …" (MyST, its inline options, ":::{note .simple icon=false}", dropped), "::: {.callout-tip title=\"Title\"}" (Quarto's and Pandoc's divs), "::: tip Title",
// ":::tip[Title]", ":::details Title" (VitePress, Docusaurus).
const PANDOC_ATTRIBUTE = String.raw`(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|\S+))`;
const COLON_FENCE = new RegExp(
	String.raw`^(:{3,})[ \t]*(?:\{([\w:-]+)(?:[ \t]+[^{}]*)?\}[ \t]*(.*)|\{[ \t]*(${PANDOC_ATTRIBUTE}(?:[ \t]+${PANDOC_ATTRIBUTE})*)[ \t]*\}|([A-Za-z][\w-]*)[ \t]*(?:\[(.*)\])?[ \t]*(.*))$`,
);
// MyST directives that only drive a book's build; they show nothing.
export const MYST_BUILD_ONLY = new Set(['index', 'contents', 'tableofcontents', 'toctree']);
// MyST directives whose content the book's build makes from elsewhere (its .bib files, its exercises).
export const MYST_GENERATED = new Set(['bibliography', 'exerciselist']);

// A colon fence that closes a container: colons alone on their line. Pandoc closes the innermost open one with any
// such line, whatever its length (The Carpentries' lessons close a 40-colon `challenge` with 50 colons).
const CLOSING_FENCE = /^:{3,}[ \t]*$/;

// The blocks a fence line can end up in: a paragraph, a list it continues lazily, HTML it follows (`<fieldset>` …).
const FENCE_HOLDERS = new Set(['paragraph', 'list', 'html']);

/**
 * Where the container that `children[opening]` opens closes, fences nesting as Pandoc reads them (each opening fence
 * met on the way waits for a closing one of its own), or, for a MyST directive, as MyST reads them, like a code fence
 * (the first fence at least as long as its opening one closes it: a longer one holds shorter ones; none, the end of
 * its container, when `children` are the whole of it): the index of the node holding the closing line, and that line's number; null when none closes it.
 */
function closingFence(children: readonly RootContent[], opening: number, raw: (node: RootContent) => string, myst: boolean, whole: boolean): { end: number; line: number } | null {
	let depth = 0;
	let length = 0;
	for (let j = opening; j < children.length; j++) {
		const node = children[j]!;
		if (!FENCE_HOLDERS.has(node.type) || !node.position) continue;
		// Fences indented into a list item's text are read there too, as remark reads them into it.
		for (const [k, line] of raw(node).split('\n').entries()) {
			const fence = line.trim();
			if (COLON_FENCE.test(fence)) {
				length ||= /^:+/.exec(fence)![0].length;
				if (!myst || depth === 0) depth++;
			} else if (CLOSING_FENCE.test(fence) && (!myst || fence.length >= length) && --depth === 0) return { end: j, line: node.position.start.line + k };
		}
	}
	// MyST closes a directive left open where its container ends: the line after the container's last block.
	const last = children.at(-1)?.position;
	return myst && whole && last ? { end: children.length - 1, line: last.end.line + 1 } : null;
}

/**
 * The boxes of The Carpentries' lessons (the Workbench's `::::: challenge`, `::: solution`; the older template's
 * `{: .challenge}`), as its pages show them (see `headedBox`): an alert titled by its kind, or a section the reader
 * opens (a solution, a hint).
 */
export const LESSON_BOXES: Record<string, { kind: string; title: string }> = {
	challenge: { kind: 'NOTE', title: 'Challenge' },
	callout: { kind: 'NOTE', title: 'Callout' },
	discussion: { kind: 'NOTE', title: 'Discussion' },
	checklist: { kind: 'NOTE', title: 'Checklist' },
	testimonial: { kind: 'NOTE', title: 'Testimonial' },
	instructor: { kind: 'NOTE', title: 'Instructor Note' },
	objectives: { kind: 'NOTE', title: 'Objectives' },
	questions: { kind: 'NOTE', title: 'Questions' },
	keypoints: { kind: 'IMPORTANT', title: 'Key Points' },
	prereq: { kind: 'IMPORTANT', title: 'Prerequisite' },
	solution: { kind: 'details', title: 'Solution' },
	hint: { kind: 'details', title: 'Hint' },
	spoiler: { kind: 'details', title: 'Details' },
	// sphinx-lesson's and sphinx-exercise's boxes (CodeRefinery, Jupyter Book courses), beside the ones above.
	exercise: { kind: 'NOTE', title: 'Exercise' },
	'instructor-note': { kind: 'NOTE', title: 'Instructor Note' },
	'type-along': { kind: 'NOTE', title: 'Type-along' },
	demo: { kind: 'NOTE', title: 'Demo' },
	homework: { kind: 'NOTE', title: 'Homework' },
};

// MyST directives that lay their content out (figures, code, tabs, cards, sections the reader opens).
export const MYST_LAYOUT = new Set(['figure', 'image', 'iframe', 'code-block', 'code', 'sourcecode', 'table', 'glossary', 'tab-set', 'tabs', 'tab-item', 'tab', 'group-tab', 'grid', 'grid-item', 'grid-item-card', 'card', 'toggle', 'dropdown']);
// MyST directives the site shows as something else than their text; the others stay the paragraphs they read as.
const MYST_SHOWN = new Set([...Object.keys(ALERTS), ...Object.keys(LESSON_BOXES), ...MYST_LAYOUT, ...MYST_BUILD_ONLY, ...MYST_GENERATED, 'code-cell', 'raw', 'math']);
// sphinx-proof's statements ("{prf:theorem}", "{prf:proof}") are shown too.
const mystShown = (name: string) => MYST_SHOWN.has(name) || name.startsWith('prf:');

/**
 * A site's box: an alert of `kind`, or for "details" a section the reader opens, titled by the heading its body opens
 * with (a lesson's "## Exercise 1"), else by `title`.
 */
export function headedBox(kind: string, title: string | null, body: readonly RootContent[]): RootContent[] {
	const [first, ...rest] = body;
	const heading = first?.type === 'heading' ? toString(first).trim() : '';
	const shown = heading ? rest : body;
	const titled = heading || title;
	return kind === 'details' ? collapsible(titled || 'Details', shown) : [alert(kind, titled || null, shown)];
}

/**
 * Colon fences, which remark reads as paragraphs around the fenced text: MyST's directives become the fenced code a
 * directive is otherwise written as, from the source between the fences (mystDirectives() shows them); a docs site's
 * containers become what they show, an admonition or a section the reader opens. A container the site has no
 * equivalent for (VitePress's "::: code-group") is its text, with a note.
 */
function colonFences(parent: Parents, source: string, notes: ImportNote[], whole: boolean): void {
	const children = parent.children as RootContent[];
	const raw = (node: RootContent) => source.slice(node.position!.start.offset, node.position!.end.offset);
	const lines = linesOf(source);
	for (let i = 0; i < children.length; i++) {
		const opening = children[i]!;
		if (opening.type !== 'paragraph' || !opening.position) continue;
		const [firstLine, ...later] = raw(opening).split('\n');
		// MyST opens a directive on the line after a paragraph's text, which Markdown reads into the paragraph: the text
		// is read apart, and the lines from the fence on are a paragraph of their own, which the fence opens.
		const interrupting = later.findIndex((text) => mystShown(COLON_FENCE.exec(text.trim())?.[2]?.toLowerCase() ?? ''));
		if (interrupting >= 0) {
			const { line, column } = opening.position.start;
			const fence = lines[line + interrupting]!;
			const indent = fence.text.length - fence.text.trimStart().length;
			const start = { line: line + interrupting + 1, column: indent + 1, offset: fence.start + indent };
			const fenced: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: source.slice(start.offset, opening.position.end.offset) }], position: { start, end: opening.position.end } };
			children.splice(i, 1, ...parseLines(source, line, start.line - 1, column - 1, notes), fenced);
			i--;
			continue;
		}
		const fence = COLON_FENCE.exec(firstLine!.trimEnd());
		if (!fence) continue;
		const [, , directive, meta, attributes, named, bracketed, after] = fence;
		// A Quarto callout names its kind by class, and may title itself by attribute.
		const container = attributes ? (/\.callout-([\w-]+)/.exec(attributes)?.[1] ?? `{${attributes}}`) : named;
		if (directive && !mystShown(directive.toLowerCase())) continue;
		const closing = closingFence(children, i, raw, directive !== undefined, whole);
		if (!closing) continue;
		const { line, column } = opening.position.start;
		const closingLine = lines[closing.line - 1] ?? { text: '', start: source.length };
		const lastLine = children[closing.end]!.position!.end.line;
		// The lines after the closing fence that remark read into its paragraph (`</TabItem>`) are blocks of their own.
		const rest = lastLine > closing.line ? parseLines(source, closing.line + 1, lastLine, column - 1, notes) : [];
		let shown: RootContent[];
		if (directive) {
			const from = opening.position.start.offset! + firstLine!.length + 1;
			const to = closingLine.start;
			const end = { line: closing.line, column: closingLine.text.length + 1, offset: closingLine.start + closingLine.text.length };
			shown = [{ type: 'code', lang: `{${directive}}`, meta: meta || null, value: from < to ? source.slice(from, to).replace(/^(?:[ \t]*\n)+/, '').trimEnd() : '', position: { start: opening.position.start, end } } satisfies Code];
		} else {
			const body = closing.line - 1 > line ? parseLines(source, line + 1, closing.line - 1, column - 1, notes) : [];
			const title = (attributes ? /\btitle="([^"]*)"/.exec(attributes)?.[1] : (bracketed ?? after))?.trim() || null;
			const box = LESSON_BOXES[container!.toLowerCase()];
			const known = ALERTS[container!.toLowerCase()] !== undefined || container!.toLowerCase() === 'details';
			if (!box && !known) notes.push({ message: `left out the fences of the "${container}" container: the site shows its content as text`, line });
			shown = box ? headedBox(box.kind, box.title, body) : known ? admonition(container!, title, body) : body;
		}
		children.splice(i, closing.end - i + 1, ...shown, ...rest);
		i += shown.length - 1;
	}
}

/**
 * Converts a parsed file's admonitions, collapsible sections and content tabs (of MyST, MkDocs, VitePress,
 * Docusaurus, Hugo's shortcodes, GitBook's blocks, fences named by a box's kind) at the top level and in list items, noting the containers it cannot show;
 * `whole` when the tree is the whole of its container (a document, a directive's body), where MyST closes the
 * directives left open.
 */
export function admonitionBlocks(tree: Root, source: string, notes: ImportNote[], whole = true): void {
	const parents: Parents[] = [];
	visit(tree, (node: Nodes) => {
		if (node.type === 'root' || node.type === 'listItem') parents.push(node);
	});
	// The innermost first: a list item's blocks are converted before the root's splices move its siblings.
	for (const parent of parents.reverse()) {
		pythonMarkdownBlocks(parent, source, notes);
		colonFences(parent, source, notes, whole);
		pairedTagBlocks(parent, source, notes);
		fencedBoxes(parent, source, notes);
	}
	obsidianCallouts(tree);
}
