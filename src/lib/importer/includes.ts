/**
 * Files that put other files' text into theirs. mdBook's include links (`{{#include ../listings/main.rs:anchor}}`, `{{#rustdoc_include …}}`, `{{#playground …}}`)
 * put the text of another file into a chapter before mdBook reads it as Markdown, mostly code listings kept beside
 * the book. Template include tags (`{% include "../exercises_intro.md" %}` of GitBook and Jinja, `{% include-markdown
 * "../_labcode/README.md" heading-offset=1 %}` of MkDocs' include-markdown plugin, Quarto's `{{< include _setup.qmd >}}`)
 * put a shared page's Markdown into another, as do Jekyll's `{% include_relative schedule.md %}`, MyST's ```` ```{include} ```` directive
 * and Docsify's embeds (`[filename](../README.md ':include')`). The importer does the same, so a chapter shows its listings and shared text instead of the directives.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Code, Paragraph, Root } from 'mdast';
import { decodeBytes } from './decode.ts';
import { visit } from 'unist-util-visit';
import type { ImportNote } from './markdown/notes.ts';
import { safeDecode } from './links.ts';
import { parseMarkdown } from './markdown/parse.ts';

const INCLUDE = /\{\{#(?:include|rustdoc_include|playground)\s+([^}\s]+)[^}]*\}\}/g;
const ANCHOR_LINE = /\bANCHOR(?:_END)?:\s*[\w-]+/;

/** Lines `from` through `to` (1-based, either may be left out), or those between `ANCHOR: name` and `ANCHOR_END: name`. */
function selectLines(text: string, selector: readonly string[]): string | null {
	const lines = text.replace(/\n$/, '').split('\n');
	if (selector.length === 0) return lines.filter((line) => !ANCHOR_LINE.test(line)).join('\n');
	if (selector.length === 1 && !/^\d*$/.test(selector[0]!)) {
		const name = selector[0]!;
		if (!/^[\w-]+$/.test(name)) return null;
		const start = lines.findIndex((line) => new RegExp(`\\bANCHOR:\\s*${name}\\b`).test(line));
		const end = lines.findIndex((line, i) => i > start && new RegExp(`\\bANCHOR_END:\\s*${name}\\b`).test(line));
		// mdBook puts nothing in for an anchor the file lacks (a listing renamed since).
		if (start < 0) return '';
		const taken = lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => !ANCHOR_LINE.test(line));
		// An anchor inside a function is indented as the function is: shown alone, it starts at the margin.
		const indent = Math.min(...taken.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)![0].length));
		return taken.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
	}
	const [from, to] = selector.map((n) => (n === '' ? undefined : Number(n)));
	return lines.slice((from ?? 1) - 1, to).join('\n');
}

/**
 * A chapter's text with its include links replaced by what they include. Only files inside `bookRoot` are read (the
 * book's folder, where mdBook looks too); a link to any other file, or to one that is missing, stays as written.
 */
export function expandIncludes(text: string, chapterPath: string, bookRoot: string): string {
	return text.replace(INCLUDE, (directive, spec: string) => {
		const [file, ...selector] = spec.split(':');
		const path = fileInside(resolve(dirname(chapterPath), file!), bookRoot);
		return path ? (selectLines(readFileSync(path, 'utf8'), selector) ?? directive) : directive;
	});
}

/** `path` when it is a file inside `root`; null for one outside it or missing. */
function fileInside(path: string, root: string): string | null {
	const inside = relative(root, path);
	if (inside.startsWith(`..${sep}`) || inside === '..' || !existsSync(path) || !statSync(path).isFile()) return null;
	return path;
}

// `{% include "file" %}`, `{%- include-markdown "file" heading-offset=1 -%}`; the quotes may be typographic
// (“…”, ”…”), as a word processor or a translation types them. Quarto's shortcode, `{{< include _setup.qmd >}}`,
// names its file with or without quotes.
const TEMPLATE_INCLUDE = /^\{%-?\s*include(?:-markdown)?\s+["'“”„‘’«]([^"'“”„‘’«»]+)["'“”‘’»]((?:\s+[\w-]+=\S+)*)\s*-?%\}$/;
const SHORTCODE_INCLUDE = /^\{\{<\s*include\s+["']?([^"'\s>]+)["']?()\s*>\}\}$/;
// Jekyll's `{% include_relative setup.md %}`, a file beside the page (its `{% include x.html %}` names a template of
// the site's `_includes/`, which the importer leaves out).
const RELATIVE_INCLUDE = /^\{%-?\s*include_relative\s+["']?([^"'\s%]+)["']?()\s*-?%\}$/;
const ANY_INCLUDE = /\{%-?\s*include|\{\{<\s*include|\{include\}|:include/;
// Docsify's embed of a Markdown file: a link titled `:include` (its `:type=code` and others embed what is no page).
const DOCSIFY_EMBED = /^:include(?:\s+:type=markdown)?$/;
// A file of a GitHub repository by its address: "raw.githubusercontent.com/owner/name/<ref>/path", "github.com/owner/name/blob/<ref>/path".
const REPOSITORY_FILE = /^https?:\/\/(?:raw\.githubusercontent\.com\/(?<raw>[^/]+\/[^/]+)|(?:www\.)?github\.com\/(?<page>[^/]+\/[^/]+)\/(?:blob|raw))\/(?<rest>[^?#]+)/i;

// Nested includes end here: a file that includes itself, through others or not, is not read again.
const MAX_INCLUDE_DEPTH = 8;

/** The clone a plan's folder is in: its root and its repository's name as its addresses give it ("github.com/owner/name"). */
export interface Clone {
	root: string;
	name: string;
}

interface IncludeTag {
	node: Paragraph | Code;
	file: string;
	headingOffset: number;
	/** A Docsify embed, which is a link: one that names no file of the plan stays as it is. */
	embed?: true;
}

/**
 * The paragraphs of a parsed text that are only an include tag (or a Docsify embed), and MyST's include directives (```` ```{include}
 * README.md ````, of a Sphinx site), with the file each names and its options.
 */
function includeTags(tree: Root, text: string): IncludeTag[] {
	const found: IncludeTag[] = [];
	visit(tree, 'code', (node) => {
		if (node.lang?.trim().toLowerCase() === '{include}' && node.meta?.trim()) found.push({ node, file: node.meta.trim(), headingOffset: 0 });
	});
	visit(tree, 'paragraph', (node) => {
		const { start, end } = node.position ?? {};
		const written = start?.offset === undefined || end?.offset === undefined ? '' : text.slice(start.offset, end.offset).trim();
		const tag = TEMPLATE_INCLUDE.exec(written) ?? RELATIVE_INCLUDE.exec(written) ?? SHORTCODE_INCLUDE.exec(written);
		const [only] = node.children;
		if (!tag && node.children.length === 1 && only?.type === 'link' && DOCSIFY_EMBED.test(only.title?.trim() ?? '') && /\.md$/i.test(only.url.replace(/[?#].*$/, ''))) {
			found.push({ node, file: only.url, headingOffset: 0, embed: true });
			return;
		}
		if (!tag) return;
		const offset = /heading-offset=["']?(-?\d+)/.exec(tag[2]!)?.[1];
		found.push({ node, file: tag[1]!.trim(), headingOffset: offset ? Number(offset) : 0 });
	});
	return found;
}

/** Markdown with its headings `by` levels deeper (shallower when negative), between 1 and 6, as include-markdown writes them. */
function shiftHeadingLevels(text: string, by: number): string {
	if (by === 0) return text;
	const edits: Array<{ from: number; to: number; value: string }> = [];
	visit(parseMarkdown(text), 'heading', (heading) => {
		const { start, end } = heading.position!;
		const depth = Math.min(6, Math.max(1, heading.depth + by));
		const written = text.slice(start.offset, end.offset);
		// An ATX heading ("## Setup") is written anew with its text; a setext one ("Setup" over "===") becomes one.
		const words = /^#/.test(written) ? written.replace(/^#+[ \t]*/, '') : written.replace(/\n[ \t]*[=-]+[ \t]*$/, '').replace(/\s*\n\s*/g, ' ');
		edits.push({ from: start.offset!, to: end.offset!, value: `${'#'.repeat(depth)} ${words}` });
	});
	return edits.reduceRight((shifted, { from, to, value }) => shifted.slice(0, from) + value + shifted.slice(to), text);
}

/**
 * A file's text with its template include tags that stand alone in a paragraph (not in code, where a Jinja lesson
 * shows one) replaced by the Markdown of the file they name, read relative to the file and only inside `root`, the
 * plan's folder; its headings shifted by the tag's `heading-offset`, its lines indented as the tag is. A tag naming
 * no such file stays, for unresolvedIncludes() to leave out with a note; a Docsify embed of none (see embeddedFile)
 * stays the link it is.
 */
export function expandTemplateIncludes(text: string, filePath: string, root: string, clone?: Clone, depth = 0): string {
	if (depth >= MAX_INCLUDE_DEPTH || !ANY_INCLUDE.test(text)) return text;
	const tags = includeTags(parseMarkdown(text), text);
	// From the end of the text back: each replacement leaves the places of those before it as they were.
	tags.sort((a, b) => a.node.position!.start.offset! - b.node.position!.start.offset!);
	return tags.reduceRight((expanded, { node, file, headingOffset, embed }) => {
		// Quarto reads "/_setup.qmd" from the project's folder, the plan's.
		const path = embed ? embeddedFile(file, filePath, root, clone) : fileInside(file.startsWith('/') ? resolve(root, `.${file}`) : resolve(dirname(filePath), file), root);
		if (!path) return expanded;
		const { start, end } = node.position!;
		const included = shiftHeadingLevels(expandTemplateIncludes(decodeBytes(readFileSync(path)).text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), path, root, clone, depth + 1), headingOffset).trimEnd();
		const indent = expanded.slice(expanded.lastIndexOf('\n', start.offset! - 1) + 1, start.offset).replace(/\S/g, ' ');
		return expanded.slice(0, start.offset) + included.replace(/\n(?=.)/g, `\n${indent}`) + expanded.slice(end.offset);
	}, text);
}

/**
 * The file a Docsify embed names: a path from the page (or from the site's folder, "/…"), or an address of a file of the
 * plan's own repository (a docs folder's home embedding the repository's README by its raw address), read inside the
 * clone; null for any other.
 */
function embeddedFile(url: string, filePath: string, root: string, clone: Clone | undefined): string | null {
	const address = REPOSITORY_FILE.exec(url)?.groups;
	if (!address) {
		if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) return null;
		const path = url.startsWith('/') ? resolve(root, `.${url}`) : resolve(dirname(filePath), url);
		return fileInside(path, clone?.root ?? root);
	}
	if (!clone || `github.com/${address['raw'] ?? address['page']}`.toLowerCase() !== clone.name.toLowerCase()) return null;
	// The address names the branch before the path, and a branch may hold slashes ("refs/heads/master/README.md"):
	// the longest path after it that is a file of the clone.
	const segments = address['rest']!.split('/').map(safeDecode);
	for (let at = 1; at < segments.length; at++) {
		const path = fileInside(resolve(clone.root, ...segments.slice(at)), clone.root);
		if (path) return path;
	}
	return null;
}

/** Leaves out the include tags whose file the importer could not read, with a note each (a Docsify embed stays a link). */
export function unresolvedIncludes(tree: Root, text: string, notes: ImportNote[]): void {
	const tags = new Map(includeTags(tree, text).filter((tag) => !tag.embed).map((tag) => [tag.node, tag]));
	if (tags.size === 0) return;
	visit(tree, (node, index, parent) => {
		const tag = node.type === 'paragraph' || node.type === 'code' ? tags.get(node) : undefined;
		if (!tag || !parent || index === undefined) return;
		notes.push({ message: `left out the include of "${tag.file}": it names no file of the plan's folder`, ...(node.position ? { line: node.position.start.line } : {}) });
		parent.children.splice(index, 1);
		return index;
	});
}
