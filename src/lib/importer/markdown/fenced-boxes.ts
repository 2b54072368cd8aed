/**
 * Some sites write their asides as fenced blocks named by the box's kind instead of a language, with the box's title
 * as an attribute ("```smart header=\"Title\"", "```warn", a quote's "```quote author=\"…\""), over Markdown text. On
 * GitHub and here they would show as code; their site shows a box, as GitHub-flavoured Markdown does with an alert.
 * A fence is such a box by its structure: its name is no language the site highlights, and its text reads as
 * Markdown prose, not code.
 * javascript.info's engine reads three more names as containers of Markdown (markdown-it-container's, fenced with
 * backticks): `online` holds what its site shows (its e-book leaves it out), so its text is shown as the page's;
 * `offline` what only its e-book shows, left out with a note; `compare` one list of merits (`+` items) and perhaps one of
 * demerits (`-`), shown as those lists, each under its `title-plus` / `title-minus` when there are two.
 */
import type { Code, Nodes, Parents, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { bundledLanguagesInfo } from 'shiki/langs';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { ALERTS, alert, parseLines } from './admonitions.ts';
import type { ImportNote } from './notes.ts';
import { parseMarkdown } from './parse.ts';

// What the site's highlighter reads as a language, and the names it takes for plain text.
const LANGUAGES = new Set([...bundledLanguagesInfo.flatMap((language) => [language.id, ...(language.aliases ?? [])]), 'text', 'txt', 'plaintext', 'plain', 'ansi']);

// `name="value"` (quotes escaped by a backslash inside), `name='value'` or `name=value`.
const ATTRIBUTE = /([\w-]+)=(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s"']+))/g;
const ATTRIBUTES = new RegExp(String.raw`^(?:\s*${ATTRIBUTE.source})*\s*$`);

/** The attributes of a fence's info string after its name, by name; null when it holds anything else. */
function attributesOf(meta: string | null | undefined): Map<string, string> | null {
	if (!meta) return new Map();
	if (!ATTRIBUTES.test(meta)) return null;
	return new Map([...meta.matchAll(ATTRIBUTE)].map(([, name, quoted, single, bare]) => [name!.toLowerCase(), quoted?.replaceAll('\\"', '"') ?? single ?? bare ?? '']));
}

// Markup only Markdown text has; code read as Markdown rarely does.
const MARKUP = new Set(['inlineCode', 'link', 'strong', 'emphasis', 'code']);
// The blocks prose is made of.
const PROSE_BLOCKS = new Set(['paragraph', 'list', 'blockquote', 'heading', 'code', 'html', 'thematicBreak']);
// A sentence's end (a colon before what it introduces), or a line break written in HTML.
const SENTENCE_END = /(?:[.!?…:。！？：]["'”’)*_]*|<br\s*\/?>)$/;

/**
 * Whether `text` reads as Markdown prose: blocks prose is made of, opening with a paragraph, most of its paragraphs
 * sentences, and either markup only Markdown has or (when the fence's info string names attributes, a title) none needed.
 */
function readsAsProse(text: string, attributed: boolean): boolean {
	const tree = parseMarkdown(text, { frontmatter: false });
	const lines = text.split('\n');
	// Code indented under a line is more code (a function's body); prose sets its examples in fences.
	const indentedCode = (node: RootContent) => node.type === 'code' && !/^\s*(`{3,}|~{3,})/.test(lines[node.position!.start.line - 1] ?? '');
	if (tree.children[0]?.type !== 'paragraph' || !tree.children.every((node) => PROSE_BLOCKS.has(node.type) && !indentedCode(node))) return false;
	let marked = false;
	let paragraphs = 0;
	let sentences = 0;
	visit(tree, (node: Nodes) => {
		if (MARKUP.has(node.type)) marked = true;
		if (node.type !== 'paragraph') return;
		paragraphs++;
		if (SENTENCE_END.test(toString(node).trim())) sentences++;
	});
	return sentences * 2 > paragraphs && (marked || attributed);
}

/** The box's title, inline Markdown in bold: its `header` or `title` attribute, or its only attribute (a quote's author). */
function titleOf(attributes: Map<string, string>): Paragraph | null {
	const title = attributes.get('header') ?? attributes.get('title') ?? (attributes.size === 1 ? [...attributes.values()][0] : undefined);
	if (!title?.trim()) return null;
	const read = parseMarkdown(title.trim(), { frontmatter: false }).children[0];
	const children: PhrasingContent[] = read?.type === 'paragraph' ? read.children : [{ type: 'text', value: title.trim() }];
	return { type: 'paragraph', children: [{ type: 'strong', children }] };
}

/** The attributes of a named fence's info string as written (Markdown takes its backslashes as escapes, which a title's code keeps). */
function fenceAttributes(node: Code, name: string, source: string): Map<string, string> | null {
	const opening = source.split('\n')[node.position!.start.line - 1] ?? '';
	const info = opening.slice(node.position!.start.column - 1).replace(/^(`{3,}|~{3,})[ \t]*/, '').slice(name.length).replaceAll('&#96;', '`');
	return attributesOf(info.trim());
}

/** The blocks of a fence's text, read as Markdown. */
function fenceBody(node: Code, source: string, notes: ImportNote[]): RootContent[] {
	const { start, end } = node.position!;
	// The text's lines: those between the fences (the closing one is missing when the fence runs to its container's end).
	const closed = end.line > start.line && /^\s*(`{3,}|~{3,})\s*$/.test(source.split('\n')[end.line - 1] ?? '');
	const last = closed ? end.line - 1 : end.line;
	return last > start.line ? parseLines(source, start.line + 1, last, start.column - 1, notes) : [];
}

/** The alert a fence named `name` shows as, when it is a box; null when it is code. */
function fencedBox(node: Code, source: string, notes: ImportNote[]): RootContent | null {
	const name = node.lang ?? '';
	if (!/^[A-Za-z][\w-]*$/.test(name) || LANGUAGES.has(name.toLowerCase()) || !node.position) return null;
	const attributes = fenceAttributes(node, name, source);
	if (!attributes || !readsAsProse(node.value, attributes.size > 0)) return null;
	const title = titleOf(attributes);
	return alert(ALERTS[name.toLowerCase()] ?? 'NOTE', null, [...(title ? [title] : []), ...fenceBody(node, source, notes)]);
}

const bold = (title: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: title }] }] });

/** What an engine container (`online`, `offline`, `compare`) shows on its site, as blocks; null when it is none. */
function fencedContainer(node: Code, source: string, notes: ImportNote[]): RootContent[] | null {
	const name = node.lang ?? '';
	if (!node.position || !['online', 'offline', 'compare'].includes(name) || !fenceAttributes(node, name, source)) return null;
	if (name === 'offline') {
		notes.push({ message: 'left out an `offline` block: its site shows it only in its e-book', line: node.position.start.line });
		return [];
	}
	const body = fenceBody(node, source, notes);
	if (name === 'online') return body;
	const lists = body.filter((block) => block.type === 'list' && !block.ordered);
	if (lists.length !== body.length || lists.length === 0 || lists.length > 2) return null;
	if (lists.length === 1) return lists;
	const attributes = fenceAttributes(node, name, source)!;
	const marker = (block: RootContent) => (source.split('\n')[block.position!.start.line - 1] ?? '').trim()[0];
	const [plus, minus] = [attributes.get('title-plus'), attributes.get('title-minus')];
	const pluses = lists.find((list) => marker(list) === '+');
	const minuses = lists.find((list) => marker(list) === '-');
	// Without its titles the engine writes its own, in the site's language.
	if (!plus || !minus || !pluses || !minuses) return null;
	return [bold(plus), pluses, bold(minus), minuses];
}

// A backtick fence's opening line whose info string holds backticks (a title with code in it), which CommonMark does
// not read as a fence: the fence, the name, and the rest.
const BACKTICKED_INFO = /^([ \t]*)(`{3,})([A-Za-z][\w-]*[ \t][^\n]*`[^\n]*)$/;

/**
 * `text` with the backticks of fences' info strings written as character references, which info strings may hold:
 * the sites that write such fences ("```warn header=\"`null` is an object\"") read them as fences, and so does this.
 * Only lines Markdown reads as paragraph text change, not code.
 */
export function backtickedFenceInfo(text: string): string {
	if (!new RegExp(BACKTICKED_INFO.source, 'm').test(text)) return text;
	const lines = text.split('\n');
	// A fence read as text makes its closing fence open one, which takes the text after it: read again until none is left.
	for (let changed = true; changed; ) {
		changed = false;
		visit(parseMarkdown(lines.join('\n'), { frontmatter: false }), 'paragraph', (node: Paragraph) => {
			for (let line = node.position!.start.line; line <= node.position!.end.line; line++) {
				const fence = BACKTICKED_INFO.exec(lines[line - 1]!);
				if (!fence) continue;
				lines[line - 1] = `${fence[1]}${fence[2]}${fence[3]!.replaceAll('`', '&#96;')}`;
				changed = true;
			}
		});
	}
	return lines.join('\n');
}

/** Converts the fenced boxes among `parent`'s children to the alerts their site shows. */
export function fencedBoxes(parent: Parents, source: string, notes: ImportNote[]): void {
	const children = parent.children as RootContent[];
	for (let i = children.length - 1; i >= 0; i--) {
		const node = children[i]!;
		if (node.type !== 'code') continue;
		const shown = fencedContainer(node, source, notes) ?? fencedBox(node, source, notes);
		if (shown) children.splice(i, 1, ...[shown].flat());
	}
}
