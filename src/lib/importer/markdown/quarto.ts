/**
 * Quarto and R Markdown pages (`.qmd`, `.Rmd`) are Pandoc Markdown whose code chunks run as the site is built
 * (```` ```{r} ````, ```` ```{python} ````, ```` ```{r label, echo=FALSE} ````), with their options in the braces or in
 * `#|` lines at the chunk's top. The site shows a chunk as code of its language, without its options; a chunk the
 * built page does not show (`echo: false`, `include: false`) goes, with a note, unless it only shows an image
 * (`knitr::include_graphics("diagrams/x.png")`), which it becomes. Shortcodes (`{{< video … >}}`) are what they show:
 * a video a link to it, an embedded notebook cell a link to the notebook, keys their names; the others, which the
 * site's configuration or theme fills in (`{{< var … >}}`, `{{< fa … >}}`), go with a note. Cross-references to a
 * heading (`@sec-intro`) link it, titled by it, and to a figure (`@fig-plot`) link it as "Figure 1". Pandoc's lettered lists (`a.`, `b.`) keep their items on lines of their own.
 * Inline expressions are their code, or the value of the document parameter they name.
 */
import type { Code, Image, Link, Nodes, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { slug } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { cardWords, shortcodeArguments } from './shortcodes.ts';
import { withId } from './attribute-lists.ts';
import type { ImportNote } from './notes.ts';

// "{r}", "{python}", "{r label, echo=FALSE}", "{.python}" (a Pandoc class, not run): the info string in braces.
const CHUNK = /^\{\.?([A-Za-z][\w+-]*)(?:[\s,]+([^}]*))?\}$/;
// "{{r}}": a chunk shown as written, fences and all, as Quarto's documentation shows its own.
const LITERAL_CHUNK = /^\{\{([A-Za-z][\w+-]*)\}\}$/;
// Option lines open a chunk, written after the language's comment sign: "#| echo: false", "//| label: x", "--| …".
const OPTION_LINE = /^(?:#|\/\/|--|%%)\|/;
const INCLUDE_GRAPHICS = /^knitr::include_graphics\(\s*["']([^"']+)["'][^)]*\)\s*$/;

/**
 * A chunk's options: the `key=value` pairs in its braces, and its `#|` lines' YAML, or their pairs as knitr also
 * reads them (`#| fig.cap = "Sale prices",`).
 */
function chunkOptions(inBraces: string, lines: readonly string[]): Record<string, unknown> {
	const options: Record<string, unknown> = {};
	const pairs = (text: string) => {
		for (const [, key, value] of text.matchAll(/([\w.-]+)\s*=\s*("[^"]*"|'[^']*'|[^,\n]+)/g)) options[key!] = value!.trim().replace(/^["']|["']$/g, '');
	};
	pairs(inBraces);
	const written = lines.map((line) => line.replace(OPTION_LINE, '').replace(/^ /, '')).join('\n');
	try {
		const yaml: unknown = parseYaml(written);
		if (yaml && typeof yaml === 'object') Object.assign(options, yaml);
		else pairs(written);
	} catch {
		pairs(written);
	}
	return options;
}

declare module 'mdast' {
	interface RootData {
		/** The figures of the code chunks a page leaves out (`echo: false`), which Quarto numbers all the same. */
		hiddenFigures?: Array<{ id: string; offset: number }>;
	}
}

/**
 * The figure a chunk makes, by its label (`#| label: fig-plot`, or first in its braces, `{r fig-plot, echo=FALSE}`):
 * Quarto's are labelled "fig-"; bookdown's are the chunks given a caption, which it labels "fig:" and their label.
 */
function figureOf(inBraces: string, options: Record<string, unknown>): string | undefined {
	const label = options['label'] ?? /^([\w.-]+)\s*(?:,|$)/.exec(inBraces.trim())?.[1];
	if (typeof label !== 'string') return undefined;
	return label.startsWith('fig-') ? label : options['fig.cap'] !== undefined ? `fig:${label}` : undefined;
}

// bookdown's label of a table or an equation, in its caption ("Table: (\#tab:types) Data types", `kable(caption = …)`).
const BOOKDOWN_LABEL = /\(\\?#((?:tab|eq):[\w.-]+)\)\s*/g;

const isFalse = (value: unknown) => value === false || (typeof value === 'string' && /^(?:false|F)$/i.test(value.trim()));
const textOf = (value: unknown) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '');

/**
 * What a chunk shows on the built page: its code, the image it includes, or nothing; a figure's ID goes with the
 * image or code, or, when nothing shows, to the page's hidden figures.
 */
function chunkReplacement(node: Code, notes: ImportNote[], tree: Root): RootContent[] | null {
	const info = [node.lang, node.meta].filter(Boolean).join(' ');
	const literal = LITERAL_CHUNK.exec(info);
	if (literal) return [{ ...node, lang: 'markdown', meta: null, value: `\`\`\`{${literal[1]}}\n${node.value}\n\`\`\`` }];
	const chunk = CHUNK.exec(info);
	if (!chunk) return null;
	const lines = node.value.split('\n');
	const optionCount = lines.findIndex((line) => !OPTION_LINE.test(line));
	const options = chunkOptions(chunk[2] ?? '', lines.slice(0, optionCount < 0 ? lines.length : optionCount));
	const code = lines.slice(optionCount < 0 ? lines.length : optionCount).join('\n').trim();
	const image = INCLUDE_GRAPHICS.exec(code);
	const figureId = figureOf(chunk[2] ?? '', options);
	const shown = <T extends Nodes>(shows: T): T => {
		if (figureId) withId(shows, figureId);
		return shows;
	};
	if (image) {
		const caption = textOf(options['fig-cap'] ?? options['fig.cap']);
		const figure: Image = shown({ type: 'image', url: image[1]!, alt: textOf(options['fig-alt'] ?? options['fig.alt']) || caption, ...(node.position ? { position: node.position } : {}) });
		return [{ type: 'paragraph', children: [figure] }, ...(caption ? [{ type: 'paragraph' as const, children: [{ type: 'emphasis' as const, children: [{ type: 'text' as const, value: caption }] }] }] : [])];
	}
	const hidden = ['include', 'echo'].find((option) => isFalse(options[option]));
	if (hidden) {
		const line = node.position?.start.line;
		notes.push({ message: `left out a {${chunk[1]}} chunk with ${hidden}: false: its page shows only what it outputs, which the importer does not run`, ...(line ? { line } : {}) });
		// A table the chunk prints is numbered all the same: its caption's label, or the one kable() is given
		// (`kable(caption = …, label = "types")`, bookdown's "tab:types"), once however many branches print it.
		const tables = [...code.matchAll(BOOKDOWN_LABEL)].map((label) => label[1]!);
		const kableLabels = /\bkable\(/.test(code) ? [...code.matchAll(/\blabel\s*=\s*["']([\w.-]+)["']/g)].map((label) => `tab:${label[1]}`) : [];
		const ids = [...new Set([figureId, ...tables, ...kableLabels].filter((id) => id !== undefined))];
		const offset = node.position?.start.offset ?? 0;
		if (ids.length > 0) tree.data = { ...tree.data, hiddenFigures: [...(tree.data?.hiddenFigures ?? []), ...ids.map((id) => ({ id, offset }))] };
		return [];
	}
	return [shown({ ...node, lang: chunk[1]!.toLowerCase(), meta: null, value: code })];
}

/** Rewrites a Quarto or R Markdown page's code chunks as the code (or image) its built page shows. */
export function executableChunks(tree: Root, notes: ImportNote[]): void {
	visit(tree, 'code', (node: Code, index, parent: Parents | undefined) => {
		const replaced = parent && index !== undefined ? chunkReplacement(node, notes, tree) : null;
		if (!replaced) return;
		(parent!.children as RootContent[]).splice(index!, 1, ...replaced);
		return [SKIP, index! + replaced.length];
	});
}

// "`r nrow(cars)`", Quarto's "`{r} nrow(cars)`", "`{python} len(x)`": an expression the page shows the result of.
const INLINE_EXPRESSION = /^(?:r|\{[A-Za-z][\w+-]*\})[ \t]+(?=\S)/;
// A parameter of the document, in R: "params$heading", "params[["heading"]]".
const PARAMETER = /^params(?:\$([\w.]+)|\[\[\s*(?:"([^"]+)"|'([^']+)')\s*\]\])$/;

/**
 * The values of a document's `params` (its YAML's; a parameter may be a map with its `value`), which its inline
 * expressions name; only text and numbers, as a page shows them.
 */
export function documentParams(fields: Record<string, unknown> | null): Record<string, string> {
	const params = fields?.['params'];
	if (!params || typeof params !== 'object' || Array.isArray(params)) return {};
	return Object.fromEntries(
		Object.entries(params).flatMap(([name, given]) => {
			const value = given && typeof given === 'object' && 'value' in given ? (given as { value: unknown }).value : given;
			return typeof value === 'string' || typeof value === 'number' ? [[name, String(value)]] : [];
		}),
	);
}

/**
 * Shows an inline expression as its code, without the language that marks it to be run: the importer runs nothing,
 * and "r " before the code is not part of it. One that names a parameter the document gives (`params$heading`) is its
 * value, as the page shows it. A `#` heading that is only an expression is a title the site computes: it is left out,
 * with a note, and the page is titled as if it had none.
 */
export function inlineExpressions(tree: Root, params: Readonly<Record<string, string>>, notes: ImportNote[]): void {
	const unevaluated = new Set<Nodes>();
	visit(tree, 'inlineCode', (node, index, parent) => {
		if (!INLINE_EXPRESSION.test(node.value)) return undefined;
		node.value = node.value.replace(INLINE_EXPRESSION, '');
		const found = PARAMETER.exec(node.value.trim());
		const value = found ? params[(found[1] ?? found[2] ?? found[3])!] : undefined;
		if (value === undefined || !parent || index === undefined) unevaluated.add(node);
		else parent.children[index] = { type: 'text', value };
		return undefined;
	});
	tree.children = tree.children.filter((node) => {
		const computed = node.type === 'heading' && node.depth === 1 && node.children.some((child) => unevaluated.has(child)) && node.children.every((child) => unevaluated.has(child) || (child.type === 'text' && !child.value.trim()));
		if (computed) notes.push({ message: `removed the heading \`${toString(node).trim()}\`: its title is code the site runs when it builds, which the import does not; the page is titled as if it had none`, line: node.position?.start.line });
		return !computed;
	});
}

// Pandoc's list markers beyond CommonMark's, which read as text there: a letter or a roman numeral, then "." or ")",
// or in parentheses ("a.", "B)", "(c)", "iv."). A capital letter and a full stop take two spaces after them, as Pandoc
// requires, since with one they are an initial ("B. Russell").
const FANCY_MARKER = /^(?<open>\(?)(?<value>[a-zA-Z]|[ivxIVX]+)(?<close>[.)])(?<space>[ \t]+)(?=\S)/;
const ROMAN_ONES = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
const romanOf = (n: number) => 'x'.repeat(Math.floor(n / 10)) + ROMAN_ONES[n % 10];
const ROMANS = Array.from({ length: 39 }, (_, i) => romanOf(i + 1));

type FancyMarker = { open: string; value: string; close: string };

/** The list marker a line opens with, if any. */
function markerOf(line: string): FancyMarker | undefined {
	const { open, value, close, space } = FANCY_MARKER.exec(line)?.groups ?? {};
	if (value === undefined) return undefined;
	const initial = /^[A-Z]$/.test(value) && !open && close === '.' && space === ' ';
	return initial ? undefined : { open: open!, value, close: close! };
}

/**
 * Whether markers count on by one in one style, as a Pandoc list does: letters ("a.", "b.", "c.") or roman numerals
 * ("i.", "ii.", "iii."), all in one case and with one delimiter. "I. Newton and J. Smith" do not.
 */
function countsOn(markers: readonly FancyMarker[]): boolean {
	const style = (m: FancyMarker) => `${m.open}${m.close}${m.value === m.value.toLowerCase()}`;
	if (new Set(markers.map(style)).size > 1) return false;
	const values = markers.map((m) => m.value.toLowerCase());
	const letters = values.every((v, i) => v.length === 1 && (i === 0 || v.charCodeAt(0) === values[i - 1]!.charCodeAt(0) + 1));
	const first = ROMANS.indexOf(values[0]!);
	return letters || (first >= 0 && values.every((v, i) => v === ROMANS[first + i]));
}

/**
 * Puts each item of a Pandoc lettered or roman-numbered list on a line of its own. CommonMark reads "a. Read the
 * data" / "b. Clean it" as one paragraph, whose lines run together on the page; the items keep their letters, as
 * written, each after a line break. A paragraph is such a list when it opens with a marker and two lines or more
 * start with markers counting on by one; lines without one continue their item.
 */
export function letteredLists(tree: Root): void {
	visit(tree, 'paragraph', (paragraph) => {
		// Where each line starts: the paragraph's start, and after each line ending inside its text.
		const lines: Array<{ node: Text; at: number; marker: FancyMarker | undefined }> = [];
		for (const child of paragraph.children) {
			if (child.type !== 'text') continue;
			const starts = [...child.value.matchAll(/\n/g)].map((m) => m.index + 1);
			if (child === paragraph.children[0]) starts.unshift(0);
			for (const at of starts) lines.push({ node: child, at, marker: markerOf(child.value.slice(at)) });
		}
		const items = lines.filter((line) => line.marker);
		if (lines[0]?.at !== 0 || !lines[0].marker || items.length < 2 || !countsOn(items.map((line) => line.marker!))) return;
		paragraph.children = paragraph.children.flatMap((child): PhrasingContent[] => {
			const breaks = items.filter((line) => line.node === child && line.at > 0).map((line) => line.at);
			if (breaks.length === 0) return [child];
			const value = (child as Text).value;
			const pieces = [0, ...breaks].map((start, i) => value.slice(start, i < breaks.length ? breaks[i]! - 1 : undefined));
			return pieces.flatMap((piece, i): PhrasingContent[] => [...(i > 0 ? [{ type: 'break' as const }] : []), ...(piece ? [{ type: 'text' as const, value: piece }] : [])]);
		});
	});
}

// "{{< video https://youtu.be/x title="Intro" >}}", "{{< kbd Shift-Ctrl-P >}}", Hugo's "{{% youtube id %}}", a
// theme's "{{< hextra/feature-card … >}}": a name, then its arguments. A pair's tags that opened inside a paragraph
// ("{{< hint >}}", "{{< /hint >}}") are two of them.
const SHORTCODE = /\{\{([<%])-?\s*(\/?[\w][\w/.-]*)((?:\s+[^]*?)?)\s*-?\/?([>%])\}\}/;

/**
 * What a shortcode shows on the page: a link to the video or notebook it embeds (Quarto's `video` and `embed`, Hugo's
 * `youtube` and `vimeo`), the keys it names, the image of a `figure` with its caption, a card its title linked, a
 * reference to a page a link to it; else nothing.
 */
function shortcodeReplacement(name: string, args: string): PhrasingContent[] | null {
	const parsed = shortcodeArguments(args);
	const target = parsed.positional[0] ?? '';
	const title = parsed.named['title'];
	const link = (url: string, words: string): PhrasingContent[] => [{ type: 'link', url, children: [{ type: 'text', value: words }] } satisfies Link];
	switch (name.split('/').at(-1)!.toLowerCase()) {
		case 'video':
		case 'embed':
			return target ? link(target, title ?? target) : null;
		case 'kbd':
			return target ? [{ type: 'inlineCode', value: args.trim() }] : null;
		case 'youtube': {
			const id = parsed.named['id'] ?? target;
			return id ? link(`https://www.youtube.com/watch?v=${encodeURIComponent(id)}`, title ?? `YouTube: ${id}`) : null;
		}
		case 'vimeo': {
			const id = parsed.named['id'] ?? target;
			return id ? link(`https://vimeo.com/${encodeURIComponent(id)}`, title ?? `Vimeo: ${id}`) : null;
		}
		case 'figure': {
			const src = parsed.named['src'];
			if (!src) return null;
			const caption = (parsed.named['caption'] ?? title)?.replace(/<[^>]+>/g, '').trim();
			const image: Image = { type: 'image', url: src, alt: parsed.named['alt'] ?? caption ?? '' };
			return [image, ...(caption ? [{ type: 'break' as const }, { type: 'emphasis' as const, children: [{ type: 'text' as const, value: caption }] }] : [])];
		}
		case 'card':
		case 'feature-card':
			return cardWords(parsed);
		case 'ref':
		case 'relref':
			return target ? link(target, target) : null;
		default:
			return null;
	}
}

/**
 * Replaces the shortcodes in a parsed page's text (not in code, where a page about Quarto shows them) with what they
 * show, noting those it leaves out. A shortcode's address may have been read as a link of its own (GFM autolinks).
 */
export function shortcodes(tree: Root, notes: ImportNote[]): void {
	visit(tree, (node: Nodes) => {
		if (!('children' in node)) return;
		const children = (node as Parents).children as PhrasingContent[];
		for (let i = 0; i < children.length; i++) {
			const start = children[i]!;
			const open = start.type === 'text' ? start.value.search(/\{\{[<%]/) : -1;
			if (open < 0) continue;
			// The shortcode's text, through the sibling whose text closes it.
			let written = (start as Text).value.slice(open);
			let end = i;
			while (!SHORTCODE.test(written) && end + 1 < children.length) written += toString(children[++end]!);
			const found = SHORTCODE.exec(written);
			if (!found || found.index !== 0 || children[end]!.type !== 'text' || found[1] !== (found[4] === '>' ? '<' : '%')) continue;
			const last = children[end] as Text;
			const after = last.value.slice(last.value.length - (written.length - found[0].length));
			const shown = shortcodeReplacement(found[2]!, found[3]!);
			if (!shown) {
				const line = start.position?.start.line;
				notes.push({ message: `left out the shortcode "${found[0]}": the site the plan was written for fills it in`, ...(line ? { line } : {}) });
			}
			const before = (start as Text).value.slice(0, open);
			const replaced: PhrasingContent[] = [...(before ? [{ type: 'text' as const, value: before }] : []), ...(shown ?? []), ...(after ? [{ type: 'text' as const, value: after }] : [])];
			children.splice(i, end - i + 1, ...replaced);
			i += replaced.length - 1 - (after ? 1 : 0);
		}
	});
	// A paragraph that opened or closed with a shortcode left out starts and ends with its words.
	visit(tree, 'paragraph', (node) => {
		const [first, last] = [node.children[0], node.children.at(-1)];
		if (first?.type === 'text') first.value = first.value.trimStart();
		if (last?.type === 'text') last.value = last.value.trimEnd();
	});
	// A paragraph that held only a shortcode left out is gone with it.
	visit(tree, 'paragraph', (node, index, parent) => {
		if (!parent || index === undefined || node.children.some((child) => child.type !== 'text' || child.value.trim())) return;
		parent.children.splice(index, 1);
		return index;
	});
}

// "@sec-intro", "@fig-scatter": Quarto's cross-references to a heading ("## Introduction {#sec-intro}") or a figure
// ("![Scatter](scatter.png){#fig-scatter}"); not an address ("a@sec-x.org"). "\@ref(intro)", "\@ref(fig:scatter)":
// bookdown's, to a heading by its ID, or to a figure, a table or an equation by its label, even against a word
// ("Figure\@ref(fig:x)", which bookdown prints "Figure1.1").
const CROSS_REFERENCE = /(?<![\w@.])@((?:sec|fig)-[\w-]*\w)|@ref\(([\w:.-]+)\)/g;
// What a figure's, a table's or an equation's ID says it is; its number counts among those of its kind.
const NUMBERED = /^(fig|tab|eq)[-:]/;

const idOf = (node: Nodes) => node.data?.hProperties?.['id'];
/** The ID Pandoc gives a heading: its letters, digits, `_`, `-` and `.` from the first letter on, spaces as hyphens. */
const pandocId = (words: string) =>
	words
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_.-]/gu, '')
		.trim()
		.replace(/\s+/g, '-')
		.replace(/^[^\p{L}]+/u, '');

/**
 * Links each cross-reference to a section (`@sec-data-import`, `\@ref(data-import)`) or a figure (`@fig-scatter`,
 * `\@ref(fig:scatter)`) to the heading or image whose ID it names, in any of the plan's files: a section titled by the
 * heading's words (the site numbers no sections to name it by), a figure "Figure 2" as Quarto numbers a page's figures
 * (`{#fig-plot}` images and `fig-` labelled chunks), in their order; bookdown's print the number alone, after the
 * author's "Figure", and count its tables (`(\#tab:types)` in their captions, which lose it, unlinked) apart. A Quarto
 * reference naming neither stays text; a bookdown one is "??", as bookdown prints a label it does not know.
 */
export function crossReferences(files: ReadonlyArray<{ path: string; tree: Root }>): void {
	// A figure left out of its page (see executableChunks) has its number, but nothing to link.
	type Target = { path?: string; words: string; number?: number; anchor?: string };
	const targets = new Map<string, Target>();
	// bookdown names a heading without an ID of its own by the one Pandoc gives it ("Primitive functions" is
	// "primitive-functions"); the site's anchor for it is GitHub's.
	const pandocIds = new Map<string, Target>();
	const add = (id: string, words: string, path?: string) => targets.has(id) || targets.set(id, { words, ...(path ? { path } : {}) });
	for (const file of files) {
		const numbered = (file.tree.data?.hiddenFigures ?? []).map((figure) => ({ ...figure, shown: false }));
		visit(file.tree, (node, _, parent) => {
			if (node.type === 'text' && parent && parent.type !== 'heading') {
				// (A caption is no anchor the site links to.)
				for (const label of node.value.matchAll(BOOKDOWN_LABEL)) numbered.push({ id: label[1]!, offset: node.position?.start.offset ?? 0, shown: false });
				node.value = node.value.replace(BOOKDOWN_LABEL, '');
			}
			const id = idOf(node);
			if (node.type === 'heading' && id === undefined) {
				const words = toString(node).trim();
				if (!pandocIds.has(pandocId(words))) pandocIds.set(pandocId(words), { path: file.path, words, anchor: slug(words) });
			}
			if (typeof id !== 'string') return;
			if (node.type === 'heading') add(id, toString(node).trim(), file.path);
			else if (NUMBERED.test(id) && !numbered.some((item) => item.id === id)) numbered.push({ id, offset: node.position?.start.offset ?? 0, shown: true });
		});
		const counts = new Map<string, number>();
		for (const { id, shown } of numbered.sort((a, b) => a.offset - b.offset)) {
			const kind = NUMBERED.exec(id)![1]!;
			const number = (counts.get(kind) ?? 0) + 1;
			counts.set(kind, number);
			if (!targets.has(id)) targets.set(id, { words: `Figure ${number}`, number, ...(shown ? { path: file.path } : {}) });
		}
	}
	for (const file of files) {
		visit(file.tree, 'text', (node, index, parent) => {
			if (!parent || index === undefined || parent.type === 'link' || parent.type === 'heading') return;
			const parts: PhrasingContent[] = [];
			let at = 0;
			for (const match of node.value.matchAll(CROSS_REFERENCE)) {
				const [, quarto, bookdown] = match;
				const target = quarto ? targets.get(quarto) : (targets.get(bookdown!) ?? pandocIds.get(bookdown!));
				if (!target && quarto) continue;
				if (match.index > at) parts.push({ type: 'text', value: node.value.slice(at, match.index) });
				const words: Text = { type: 'text', value: !target ? '??' : bookdown && target.number ? String(target.number) : target.words };
				parts.push(target?.path ? { type: 'link', url: `/${encodeURI(target.path)}#${target.anchor ?? quarto ?? bookdown}`, children: [words] } : words);
				at = match.index + match[0].length;
			}
			if (parts.length === 0) return;
			if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
			(parent.children as PhrasingContent[]).splice(index, 1, ...parts);
			return [SKIP, index + parts.length];
		});
	}
}
