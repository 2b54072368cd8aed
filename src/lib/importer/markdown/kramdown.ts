/**
 * kramdown, Jekyll's Markdown, gives a block its attributes on a line of their own next to it (`{: .no_toc }` under a
 * heading, `{: .note }` over a quote or paragraph). Just the Docs makes a block whose class names one of its callouts
 * (`callouts:` in `_config.yml`: `note`, `warning`, a course's `task`) a callout, which is a GitHub alert here; the
 * list a page writes for its table of contents (`1. TOC` over `{:toc}`), which kramdown replaces with the page's
 * headings, is left out, as the site shows the headings of a page itself; other attribute lines only style the site
 * and go, each with a note. The Carpentries' lesson template writes its boxes so too, a line under the quote
 * (`{: .challenge}`, `> {: .solution}` for the quote inside it): a challenge, a callout and the like are alerts, titled
 * by the heading they open with, and a solution a section the reader opens; `{: .language-bash}` under a code block
 * is its language.
 */
import type { Blockquote, Paragraph, Parents, Root, RootContent, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { ALERTS, headedBox, LESSON_BOXES } from './admonitions.ts';
import type { ImportNote } from './notes.ts';

// A block attribute list alone on its line: "{: .note }", "{:.label .label-red}", "{: #intro }".
const ATTRIBUTE_LINE = /^\{:[ \t]*([^{}\n]*?)[ \t]*\}[ \t]*(?:\n|$)/;
const TOC_MARKER = /\{:[ \t]*toc[ \t]*\}\s*$/;

/** A site's callouts by class: the alert each is (or `details`, a section to open), and its title when the alert's own does not say it. */
export type Callouts = ReadonlyMap<string, { kind: string; title: string | null }>;

const titleCase = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * The callouts of a Just the Docs site, from its configuration's `callouts` (`warning: { title: Advertencia }`), and
 * the alert kinds' own names (`note`, `warning`), which mean the same on any kramdown site.
 */
export function calloutsOf(config: Record<string, unknown> | undefined): Callouts {
	const callouts = new Map(Object.entries(ALERTS).map(([name, kind]) => [name, { kind, title: null as string | null }]));
	for (const [name, box] of Object.entries(LESSON_BOXES)) callouts.set(name, box);
	const configured = config?.['callouts'];
	if (!configured || typeof configured !== 'object' || Array.isArray(configured)) return callouts;
	for (const [name, value] of Object.entries(configured)) {
		if (callouts.has(name)) continue;
		const title = value && typeof value === 'object' && typeof (value as Record<string, unknown>)['title'] === 'string' ? ((value as Record<string, unknown>)['title'] as string).trim() : '';
		callouts.set(name, { kind: 'NOTE', title: title || titleCase(name) });
	}
	return callouts;
}

/** The attribute lines a paragraph opens with, taken out of its first text: as written, and their classes. */
function takeAttributeLines(paragraph: Paragraph): { written: string[]; classes: string[] } | null {
	const first = paragraph.children[0];
	if (first?.type !== 'text') return null;
	const classes: string[] = [];
	const written: string[] = [];
	let rest = first.value;
	for (let line = ATTRIBUTE_LINE.exec(rest); line; line = ATTRIBUTE_LINE.exec(rest)) {
		if (!/^(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|\S+))(?:\s+(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|\S+)))*$/.test(line[1]!)) break;
		classes.push(...line[1]!.split(/\s+/).filter((token) => token.startsWith('.')).map((token) => token.slice(1)));
		written.push(line[0].trim());
		rest = rest.slice(line[0].length);
	}
	if (rest === first.value) return null;
	if (rest) (first as Text).value = rest;
	else paragraph.children.shift();
	return { written, classes };
}

/**
 * A table's attribute line (`{: .table .table-striped }` right under it), which GFM reads as the table's last row:
 * taken out of the table, and returned as written.
 */
function tableAttributeLine(table: Table): string | null {
	const last = table.children.at(-1);
	if (table.children.length < 3 || !last) return null;
	const [first, ...others] = last.children.map((cell) => toString(cell).trim());
	if (!first || others.some((text) => text !== '') || !ATTRIBUTE_LINE.test(first)) return null;
	table.children.pop();
	return first;
}

/** Whether a block is kramdown's table-of-contents marker: a list of one item, "TOC" over "{:toc}", or "{:toc}" alone. */
const isTocMarker = (node: RootContent) =>
	((node.type === 'list' && node.children.length === 1) || (node.type === 'paragraph' && toString(node).trim() === '{:toc}')) && TOC_MARKER.test(toString(node));

/** The number of quote markers a line of the page opens with: how deep in quotes kramdown reads it. */
const quoteDepth = (line: string) => (/^(?:[ \t]*>)*/.exec(line)![0].match(/>/g) ?? []).length;

/**
 * Attribute lines that end a paragraph in quotes written with fewer quote markers than it (`> {: .solution}` under
 * `> > …`): Markdown continues the paragraph with them, kramdown gives them to the quote that ends there, the one at
 * their depth. Taken out of the paragraph (which goes when nothing is left), and each quote made its callout.
 */
function quoteAttributeLines(tree: Root, source: string, callouts: Callouts, notes: ImportNote[]): void {
	const lines = source.split('\n');
	const classed: Array<{ quote: Blockquote; parent: Parents; depth: number; classes: string[]; written: string; line: number }> = [];
	const walk = (parent: Parents, quotes: ReadonlyArray<{ quote: Blockquote; parent: Parents }>) => {
		for (const child of [...(parent.children as RootContent[])]) {
			if (child.type === 'blockquote') walk(child, [...quotes, { quote: child, parent }]);
			else if (child.type === 'paragraph' && quotes.length > 0) {
				const last = child.children.at(-1);
				const end = child.position?.end.line;
				if (last?.type !== 'text' || end === undefined) continue;
				const taken = last.value.split('\n');
				while (taken.length > 0) {
					const line = end - (last.value.split('\n').length - taken.length);
					const written = taken.at(-1)!.trim();
					const depth = quoteDepth(lines[line - 1] ?? '');
					const classes = /^\{:[ \t]*((?:\.[\w-]+[ \t]*)+)\}$/.exec(written)?.[1]!.split(/\s+/).filter(Boolean).map((token) => token.slice(1));
					if (!classes || depth >= quotes.length) break;
					classed.push({ ...quotes[depth]!, depth, classes, written, line });
					taken.pop();
				}
				if (taken.length === last.value.split('\n').length) continue;
				last.value = taken.join('\n').trimEnd();
				if (!last.value) child.children.pop();
				if (child.children.length === 0) parent.children.splice(parent.children.indexOf(child as never), 1);
			} else if ('children' in child && child.type !== 'paragraph') walk(child as Parents, quotes);
		}
	};
	walk(tree, []);
	// The innermost quotes first, so that a challenge holds its solution made a section.
	for (const { quote, parent, classes, written, line } of classed.sort((a, b) => b.depth - a.depth)) {
		const callout = classes.map((name) => callouts.get(name)).find((found) => found !== undefined);
		const at = parent.children.indexOf(quote as never);
		if (callout && at >= 0) parent.children.splice(at, 1, ...(headedBox(callout.kind, callout.title, quote.children) as never[]));
		else notes.push({ message: `removed the attribute list "${written}": it styles the site the plan was written for`, line });
	}
}

/** Makes kramdown's attribute lines of a parsed page callouts, or leaves them out, as above; notes each. */
export function kramdownBlocks(tree: Root, source: string, callouts: Callouts, notes: ImportNote[]): void {
	quoteAttributeLines(tree, source, callouts, notes);
	visit(tree, (node) => {
		if (!('children' in node) || node.type === 'paragraph') return;
		const children = (node as Parents).children as RootContent[];
		for (let i = 0; i < children.length; i++) {
			const child = children[i]!;
			const line = child.position?.start.line;
			const noted = (message: string) => notes.push({ message, ...(line ? { line } : {}) });
			if (isTocMarker(child)) {
				noted('left out the "{:toc}" list: the page\'s table of contents, which the site built from its headings');
				children.splice(i--, 1);
				continue;
			}
			if (child.type === 'table') {
				const written = tableAttributeLine(child);
				if (written) noted(`removed the attribute list "${written}": it styles the site the plan was written for`);
				continue;
			}
			if (child.type !== 'paragraph') continue;
			const taken = takeAttributeLines(child);
			if (!taken) continue;
			const alone = child.children.length === 0;
			// A line alone applies to the block right under it (a quote), else to the one right above it.
			const [previous, next] = [children[i - 1], children[i + 1]];
			const end = child.position?.end.line;
			const target = !alone
				? child
				: next?.position && end !== undefined && next.position.start.line === end + 1
					? next
					: previous?.position && line !== undefined && previous.position.end.line === line - 1
						? previous
						: undefined;
			const callout = taken.classes.map((name) => callouts.get(name)).find((found) => found !== undefined);
			// A code block's language, as kramdown reads it from its class (a Carpentries lesson's "{: .language-bash}").
			const language = taken.classes.find((name) => name.startsWith('language-'))?.slice('language-'.length);
			if (language && target?.type === 'code') target.lang ??= language;
			else if (callout && target) {
				const at = children.indexOf(target);
				const replaced = headedBox(callout.kind, callout.title, target.type === 'blockquote' ? target.children : [target]);
				children.splice(at, 1, ...replaced);
				if (at < i) i += replaced.length - 1;
			} else for (const written of taken.written) noted(`removed the attribute list "${written}": it styles the site the plan was written for`);
			if (alone) children.splice(i--, 1);
		}
	});
}
