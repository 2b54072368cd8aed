/**
 * kramdown, Jekyll's Markdown, gives a block its attributes on a line of their own next to it (`{: .no_toc }` under a
 * heading, `{: .note }` over a quote or paragraph). Just the Docs makes a block whose class names one of its callouts
 * (`callouts:` in `_config.yml`: `note`, `warning`, a course's `task`) a callout, which is a GitHub alert here; the
 * list a page writes for its table of contents (`1. TOC` over `{:toc}`), which kramdown replaces with the page's
 * headings, is left out, as the site shows the headings of a page itself; other attribute lines only style the site
 * and go, each with a note.
 */
import type { Paragraph, Parents, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { alert, ALERTS } from './admonitions.ts';
import type { ImportNote } from './notes.ts';

// A block attribute list alone on its line: "{: .note }", "{:.label .label-red}", "{: #intro }".
const ATTRIBUTE_LINE = /^\{:[ \t]*([^{}\n]*?)[ \t]*\}[ \t]*(?:\n|$)/;
const TOC_MARKER = /\{:[ \t]*toc[ \t]*\}\s*$/;

/** A site's callouts by class: the alert each is, and its title when the alert's own does not say it. */
export type Callouts = ReadonlyMap<string, { kind: string; title: string | null }>;

/**
 * The callouts of a Just the Docs site, from its configuration's `callouts` (`warning: { title: Advertencia }`), and
 * the alert kinds' own names (`note`, `warning`), which mean the same on any kramdown site.
 */
export function calloutsOf(config: Record<string, unknown> | undefined): Callouts {
	const callouts = new Map(Object.entries(ALERTS).map(([name, kind]) => [name, { kind, title: null as string | null }]));
	const configured = config?.['callouts'];
	if (!configured || typeof configured !== 'object' || Array.isArray(configured)) return callouts;
	for (const [name, value] of Object.entries(configured)) {
		if (callouts.has(name)) continue;
		const title = value && typeof value === 'object' && typeof (value as Record<string, unknown>)['title'] === 'string' ? ((value as Record<string, unknown>)['title'] as string).trim() : '';
		callouts.set(name, { kind: 'NOTE', title: title || name.charAt(0).toUpperCase() + name.slice(1) });
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

/** Whether a block is kramdown's table-of-contents marker: a list of one item, "TOC" over "{:toc}", or "{:toc}" alone. */
const isTocMarker = (node: RootContent) =>
	((node.type === 'list' && node.children.length === 1) || (node.type === 'paragraph' && toString(node).trim() === '{:toc}')) && TOC_MARKER.test(toString(node));

/** Makes kramdown's attribute lines of a parsed page callouts, or leaves them out, as above; notes each. */
export function kramdownBlocks(tree: Root, callouts: Callouts, notes: ImportNote[]): void {
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
			if (child.type !== 'paragraph') continue;
			const taken = takeAttributeLines(child);
			if (!taken) continue;
			const alone = child.children.length === 0;
			// A line alone applies to the block right under it (a quote), else to the one above, which keeps its look.
			const next = children[i + 1];
			const target = alone ? (next && next.position && line !== undefined && next.position.start.line === line + 1 ? next : undefined) : child;
			const callout = taken.classes.map((name) => callouts.get(name)).find((found) => found !== undefined);
			if (callout && target) {
				const body = target.type === 'blockquote' ? target.children : [target];
				children.splice(children.indexOf(target), 1, alert(callout.kind, callout.title, body));
			} else for (const written of taken.written) noted(`removed the attribute list "${written}": it styles the site the plan was written for`);
			if (alone) children.splice(i--, 1);
		}
	});
}
