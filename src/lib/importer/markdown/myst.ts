/**
 * MyST, the Markdown of Jupyter Book and Sphinx, writes directives as fences whose info string names them in braces
 * ("```{note}", "```{code-cell} ipython3", or with colons, ":::{note}") and targets as lines of their own ("(ar1_processes)="). GitHub shows
 * them as code, and roles as a name in braces before code ("{doc}`Intro <intro>`"); the site shows what they mean
 * where it can: code cells as code in their kernel's language, admonitions and lesson boxes as alerts, raw HTML as HTML
 * (converted like any other), roles as their words, figures as images, tabs as their labels over their text, dropdowns
 * as sections the reader opens (see layout()). Directives that only drive the book's build (an index entry, a table of
 * contents), or whose content it makes from other files (a bibliography), go, with a note; the others stay as written.
 */
import type { Code, Html, InlineCode, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent, Table, TableCell, Text } from 'mdast';
import { admonitionBlocks, ALERTS, alert, charsOfIndent, collapsible, headedBox, LESSON_BOXES, MYST_BUILD_ONLY, MYST_GENERATED, titleCase } from './admonitions.ts';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { ImportNote } from './notes.ts';
import { indentOf } from '../lines.ts';
import { parseMarkdown } from './parse.ts';
import { readYamlMap } from '../sites/site-nav.ts';
import { slug } from 'github-slugger';
import { withId } from './attribute-lists.ts';

// A directive's info string: its name in braces (with mystmd's inline options, "{note .simple}", which only style it),
// and its argument, written after a space or none ("{code}c").
const DIRECTIVE = /^\{([\w:-]+)(?:[ \t]+[^{}]*)?\}[ \t]*(.*)$/;
const TARGET = /^\(([\w.:-]+)\)=$/;
const TARGET_LINE = /^\(([\w.:-]+)\)=[ \t]*\n/;

const OPTION = /^:([\w-]+):[ \t]*(.*)$/;

/**
 * A directive's options and body: its options are `:key: value` lines, or a YAML block between `---` lines, at its
 * start (a flag, `:hidden:`, has the value "").
 */
export function directiveParts(value: string): { options: Record<string, string>; body: string } {
	const lines = value.split('\n');
	if (lines[0]?.trim() === '---') {
		const end = lines.indexOf('---', 1);
		const yaml = end < 0 ? {} : (readYamlMap(lines.slice(1, end).join('\n')) ?? {});
		const options = Object.fromEntries(Object.entries(yaml).map(([key, option]) => [key, option === null || option === undefined ? '' : String(option).trim()]));
		return { options, body: lines.slice(end < 0 ? 0 : end + 1).join('\n').trim() };
	}
	const options: Record<string, string> = {};
	let start = 0;
	for (let option = OPTION.exec(lines[0]?.trim() ?? ''); option; option = OPTION.exec(lines[++start]?.trim() ?? '')) options[option[1]!] = option[2]!.trim();
	return { options, body: dedent(lines.slice(start)).join('\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd() };
}

/** Lines without the indentation they all share: a nested directive's body is indented as its fence is. */
function dedent(lines: readonly string[]): string[] {
	const indents = lines.filter((line) => line.trim() !== '').map(indentOf);
	const shared = indents.length > 0 ? Math.min(...indents) : 0;
	return lines.map((line) => line.slice(charsOfIndent(line, shared)));
}

/** A directive's body without its options. */
const directiveBody = (value: string) => directiveParts(value).body;

/** "ipython3" → "python", "ir" → "r": the language of a Jupyter kernel's code. */
const kernelLanguage = (kernel: string) => kernel.toLowerCase().replace(/^i(?=python|r$|julia)/, '').replace(/\d+$/, '');

const TRAILING_FENCES = /(?:^|\n)(?:[ \t]*:{3,}[ \t]*(?:\n|$)|[ \t]*\n)*[ \t]*:{3,}[ \t]*\s*$/;

/**
 * A directive's body as the blocks it shows, its own directives (nested in longer fences, or colon fences) shown too;
 * what they leave out is noted at the directive's line.
 */
function directiveContent(written: string, line: number | undefined, notes: ImportNote[]): RootContent[] {
	// Colons alone on the body's last lines show nothing: they close its last directive, which its end closes too, or,
	// closing none, open one that holds nothing.
	const body = written.replace(TRAILING_FENCES, '');
	const tree = parseMarkdown(body, { frontmatter: false });
	const found: ImportNote[] = [];
	admonitionBlocks(tree, body, found);
	mystDirectives(tree, found);
	notes.push(...found.map(({ message }) => ({ message, ...(line ? { line } : {}) })));
	return tree.children;
}

const bold = (title: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: title }] }] });

// sphinx-exercise names the exercise a solution solves by its label ("```{solution} ex-loops"); sphinx-lesson titles it.
const LABEL = /^[\w:.-]*[\d:._-][\w:.-]*$/;

/** A glossary's entries: each term on a line of its own, its definition indented under it. */
function glossaryEntries(body: string): Array<{ term: string; definition: string }> {
	const entries: Array<{ term: string; lines: string[] }> = [];
	for (const text of body.split('\n')) {
		if (text.trim() !== '' && indentOf(text) === 0) entries.push({ term: text.trim(), lines: [] });
		else entries.at(-1)?.lines.push(text);
	}
	return entries.map(({ term, lines }) => ({ term, definition: dedent(lines).join('\n') }));
}

/**
 * A list table's rows, a list of lists each of whose items is a cell, as the table the book shows (its first row the
 * header, as a Markdown table's is); null when a cell holds more than a paragraph, which a Markdown table cell cannot.
 */
function listTable(blocks: readonly RootContent[]): Table | null {
	const [list, ...others] = blocks;
	if (list?.type !== 'list' || others.length > 0) return null;
	const rows = list.children.map(({ children: [row, ...rest] }) => (row?.type === 'list' && rest.length === 0 ? row.children : null));
	if (rows.some((row) => row === null)) return null;
	const cells = rows.map((row) => row!.map(({ children }) => (children.length === 0 ? [] : children.length === 1 && children[0]!.type === 'paragraph' ? children[0].children : null)));
	if (cells.some((row) => row.some((cell) => cell === null))) return null;
	// A cell's text wraps over lines in the list, and a Markdown table's row is one line whose bars end cells, even in
	// math: there TeX's \vert draws the same bar.
	const inRow = (phrasing: PhrasingContent[]) =>
		phrasing.map((node) => (node.type === 'text' ? { ...node, value: node.value.replace(/\s*\n\s*/g, ' ') } : node.type === 'inlineMath' ? { ...node, value: node.value.replaceAll('|', '\\vert ') } : node));
	return { type: 'table', children: cells.map((row) => ({ type: 'tableRow', children: row.map((cell): TableCell => ({ type: 'tableCell', children: inRow(cell!) })) })) };
}

/**
 * What a directive that lays out its content shows: a figure its image over its caption, an embedded page a link to
 * it, code a code block of its language (its options dropped), a table its caption over it (a list table's list of
 * rows as a table), a glossary's terms, a tab or a card its label in bold over its text, a set of them, a grid or a div
 * their content, a dropdown or toggle a section the reader opens.
 */
function layout(name: string, argument: string, value: string, line: number | undefined, notes: ImportNote[]): RootContent[] | null {
	const { options, body } = directiveParts(value);
	const content = () => directiveContent(body, line, notes);
	switch (name) {
		case 'figure':
		case 'image': {
			const caption = name === 'figure' ? content() : [];
			const image: Paragraph = { type: 'paragraph', children: [{ type: 'image', url: argument, alt: options['alt'] ?? toString(caption[0] ?? '').trim() }] };
			return [image, ...caption];
		}
		case 'iframe': {
			const caption = content();
			return [{ type: 'paragraph', children: [{ type: 'link', url: argument, children: [{ type: 'text', value: toString(caption[0] ?? '').trim() || argument }] }] }, ...caption.slice(1)];
		}
		case 'code-block':
		case 'code':
		case 'sourcecode':
			return [{ type: 'code', lang: argument.split(/\s+/)[0] || null, meta: null, value: body }];
		case 'tab-item':
		case 'tab':
		case 'group-tab':
		case 'grid-item-card':
		case 'card':
			return argument ? [bold(argument), ...content()] : content();
		case 'toggle':
		case 'dropdown':
			return collapsible(argument || 'Details', content());
		case 'table':
		case 'list-table': {
			const blocks = content();
			const table = name === 'list-table' ? listTable(blocks) : null;
			return [...parseMarkdown(argument, { frontmatter: false }).children, ...(table ? [table] : blocks)];
		}
		case 'glossary':
			return glossaryEntries(body).flatMap(({ term, definition }) => [bold(term), ...directiveContent(definition, line, notes)]);
		case 'tab-set':
		case 'tabs':
		case 'grid':
		case 'grid-item':
		case 'div':
			return content();
		default:
			return null;
	}
}

/**
 * What an admonition shows: an alert of its kind (`{admonition}` of the kind its `:class:` names, else a note),
 * titled by its argument; one whose class makes it a dropdown or toggle, a section the reader opens.
 */
function admonitionOf(name: string, argument: string, value: string, line: number | undefined, notes: ImportNote[]): RootContent[] {
	const { options, body } = directiveParts(value);
	const classes = (options['class'] ?? '').toLowerCase().split(/[\s,]+/);
	const content = directiveContent(body, line, notes);
	// An admonition's or sidebar's own title ("```{admonition} Why AR(1)?") leads its text.
	const title = (name === 'admonition' || name === 'sidebar') && argument ? argument : null;
	if (classes.some((c) => c === 'dropdown' || c === 'toggle')) return collapsible(title ?? titleCase(name), content);
	const kind = name === 'admonition' ? (classes.map((c) => ALERTS[c]).find(Boolean) ?? ALERTS[name]!) : ALERTS[name]!;
	return [alert(kind, title, content)];
}

function replacement(node: Code, notes: ImportNote[]): RootContent[] | null {
	const directive = DIRECTIVE.exec([node.lang, node.meta].filter(Boolean).join(' ').trim());
	if (!directive) return null;
	const name = directive[1]!.toLowerCase();
	const argument = directive[2]!.trim();
	const line = node.position?.start.line;
	if (name === 'code-cell') return [{ ...node, lang: kernelLanguage(argument.split(/\s+/)[0] ?? '') || null, meta: null, value: directiveBody(node.value) }];
	if (name === 'raw' && /^html\b/i.test(argument)) return [{ type: 'html', value: node.value, ...(node.position ? { position: node.position } : {}) } satisfies Html];
	if (name === 'math') return [{ ...node, lang: 'latex', meta: null, value: directiveBody(node.value) }];
	if (MYST_BUILD_ONLY.has(name)) {
		notes.push({ message: `left out the MyST directive {${name}}: it drives the book's build and shows nothing itself`, ...(line ? { line } : {}) });
		return [];
	}
	if (MYST_GENERATED.has(name)) {
		notes.push({ message: `left out the MyST directive {${name}}: the book's build makes what it shows from other files`, ...(line ? { line } : {}) });
		return [];
	}
	if (ALERTS[name]) return admonitionOf(name, argument, node.value, line, notes);
	// A theorem, definition or proof of sphinx-proof: a note titled by its kind, and its own title ("Definition (RKHS)").
	if (name.startsWith('prf:')) return [alert('NOTE', `${titleCase(name.slice(4))}${argument ? ` (${argument})` : ''}`, directiveContent(directiveBody(node.value), line, notes))];
	const box = LESSON_BOXES[name];
	if (box) {
		const title = name === 'solution' && LABEL.test(argument) ? box.title : argument || box.title;
		return headedBox(box.kind, title, directiveContent(directiveBody(node.value), line, notes));
	}
	return layout(name, argument, node.value, line, notes);
}

const ROLE = /\{([\w:-]+)\}$/;

/**
 * A role ("{doc}`equalizing difference model <equalizing_difference>`", "{cite}`kuznets1939`") is its text: a
 * reference's words without its target, or the key it names; math stays code. A `{doc}` role links the page it
 * names (its path relative to the page, without its extension), in its words or the page's title, as the site's does.
 */
function roleReplacement(text: Text, code: InlineCode): PhrasingContent[] | null {
	const role = ROLE.exec(text.value);
	if (!role) return null;
	const before: PhrasingContent[] = text.value.length > role[0].length ? [{ ...text, value: text.value.slice(0, -role[0].length) }] : [];
	if (role[1] === 'math') return [...before, code];
	const target = /^(?:(.*?)\s*)?<([^>]*)>$/s.exec(code.value);
	const shown = target?.[1] || code.value;
	const page = role[1] === 'doc' ? (target?.[2] ?? code.value).trim() : '';
	// Without words of its own, the site shows the page's title: a link without words is named by the page it leads to.
	if (page && !page.startsWith('/')) return [...before, { type: 'link', url: page, children: target?.[1] ? [{ type: 'text', value: target[1] }] : [] }];
	return [...before, { type: 'text', value: role[1] === 'cite' ? `[${shown}]` : shown }];
}

/** Rewrites MyST directives and roles and drops MyST targets in a parsed file, noting what it leaves out. */
/**
 * Links to a MyST target by its label (`[Schedule](page_Course_Schedule)`, as MyST resolves a link naming no file): to
 * the heading the target stands before, in any of the book's pages, which mystDirectives() anchored by the label;
 * a link to a file of that name stays one.
 */
// The headings a target labels, with their label: their anchor is the label as a heading ID may be written
// (`heavy-tail:application` → `heavy-tailapplication`), apart from those that set an anchor themselves.
const headingLabels = new WeakMap<Nodes, string>();

export function mystLabelLinks<F extends { path: string; tree: Root }>(files: readonly F[], isFile: (url: string, from: F) => boolean): void {
	const labelled = new Map<string, { path: string; id: string; words: string }>();
	for (const file of files) {
		visit(file.tree, 'heading', (heading) => {
			const id = heading.data?.hProperties?.['id'];
			const label = headingLabels.get(heading);
			if (typeof id !== 'string' || label === undefined) return;
			const first = labelled.get(label);
			// A file included in another (or twice) has its labelled headings twice: the first names the target, as
			// Sphinx takes it, and a copy on the same page as it would give the page one anchor twice.
			if (first?.words === toString(heading)) delete heading.data!.hProperties!['id'];
			if (!first) labelled.set(label, { path: file.path, id, words: toString(heading) });
		});
	}
	if (labelled.size === 0) return;
	for (const file of files) {
		visit(file.tree, 'link', (link) => {
			const target = labelled.get(link.url);
			if (target && !isFile(link.url, file)) link.url = `/${encodeURI(target.path)}#${target.id}`;
		});
	}
}

export function mystDirectives(tree: Root, notes: ImportNote[]): void {
	const labelHeading = (heading: Nodes, label: string) => {
		if (heading.data?.hProperties?.['id'] !== undefined || slug(label) === '') return;
		withId(heading, slug(label));
		headingLabels.set(heading, label);
	};
	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		if (parent === undefined || index === undefined) return;
		const next = parent.children[index + 1];
		if (node.type === 'text' && next?.type === 'inlineCode') {
			const roled = roleReplacement(node, next);
			if (roled) {
				(parent.children as PhrasingContent[]).splice(index, 2, ...roled);
				return [SKIP, index + roled.length];
			}
		}
		// A target on the line over a setext heading's text is read into the heading ("(setup)=\nSetup\n====="): it goes.
		// A target before a heading is that heading's anchor, which the book's links name (see mystLabelLinks).
		if (node.type === 'heading' && node.children[0]?.type === 'text') {
			const label = TARGET_LINE.exec(node.children[0].value)?.[1];
			node.children[0].value = node.children[0].value.replace(TARGET_LINE, '');
			if (label) labelHeading(node, label);
		}
		const target = node.type === 'paragraph' ? TARGET.exec(toString(node).trim()) : null;
		if (target && next?.type === 'heading') labelHeading(next, target[1]!);
		const replaced = node.type === 'code' ? replacement(node, notes) : target ? [] : null;
		if (replaced === null) return;
		(parent.children as RootContent[]).splice(index, 1, ...replaced);
		return [SKIP, index + replaced.length];
	});
}
