/** Tidying the trees that become pages, once units are cut out of the document. */
import type { Heading, List, ListItem, Node, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export const root = (children: RootContent[]): Root => ({ type: 'root', children });

/** An item left with one line, its title, once its lists became units: like an empty group heading, nothing to read. */
const isTitleOnly = (children: ListItem['children']) => children.length === 1 && children[0]!.type === 'paragraph' && !toString(children[0]).includes('\n');

/** The nodes of a document that no unit or group took: lists and tables lose the items and rows units took. */
export function remaining(children: readonly RootContent[], taken: ReadonlySet<Node>): RootContent[] {
	return children.flatMap((node): RootContent[] => {
		if (taken.has(node)) return [];
		if (node.type === 'list') {
			// Units may be listed under the items of a list that stays ("- Month 1: Basics" over its weeks, a table of
			// contents' parts over their pages).
			const items = node.children.filter((item) => !taken.has(item)).flatMap((item) => {
				const children = remaining(item.children, taken) as ListItem['children'];
				return children.length < item.children.length && isTitleOnly(children) ? [] : [{ ...item, children }];
			});
			return items.length === 0 ? [] : [{ ...node, children: items } as List];
		}
		if (node.type === 'table') {
			const [header, ...rows] = node.children;
			const kept = rows.filter((row) => !taken.has(row));
			// A table of a header row only is the author's (names over a row of pictures); one whose rows all became units is gone.
			return rows.length > 0 && kept.length === 0 ? [] : [{ ...node, children: [header!, ...kept] } as Table];
		}
		return [node];
	});
}

/**
 * The text under a document's title heading, when a section comes before that heading (a notice, "# Important Note",
 * above the course's own "# T81 558: …"): it opens the page under the title rather than run on in that section once
 * the title heading leaves it.
 */
export function titleLeadFirst(children: readonly RootContent[], title: Heading | undefined): RootContent[] {
	const at = title ? children.indexOf(title) : -1;
	const firstHeading = children.findIndex((node) => node.type === 'heading');
	if (at < 0 || firstHeading < 0 || firstHeading >= at) return [...children];
	const end = children.findIndex((node, i) => i > at && node.type === 'heading');
	const lead = children.slice(at + 1, end < 0 ? undefined : end);
	const rest = children.filter((node) => !lead.includes(node));
	return [...rest.slice(0, firstHeading), ...lead, ...rest.slice(firstHeading)];
}

/** A line break that ends a paragraph or heading (`<br>` before `</p>`) breaks nothing, and MDX would show its `\`. */
export function dropTrailingBreaks(tree: Root): void {
	visit(tree, (node) => {
		if (node.type !== 'paragraph' && node.type !== 'heading') return;
		for (let last = node.children.at(-1); last?.type === 'break' || (last?.type === 'text' && last.value.trim() === ''); last = node.children.at(-1)) node.children.pop();
	});
}

/** Rules (---) at either end of a body, or right after another, separate nothing once units are cut out. */
export function tidyRules(children: RootContent[]): RootContent[] {
	const kept = children.filter((node, i) => node.type !== 'thematicBreak' || children[i - 1]?.type !== 'thematicBreak');
	while (kept[0]?.type === 'thematicBreak') kept.shift();
	while (kept.at(-1)?.type === 'thematicBreak') kept.pop();
	return kept;
}

const isHtmlComment = (node: RootContent) => node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value);

/**
 * Drops headings whose sections are empty now that their content became phases, innermost first. A heading that
 * had nothing under it in `source` as well is the author's (a tagline, a line of text set as a heading) and stays.
 */
export function dropEmptyHeadings(children: RootContent[], source: readonly RootContent[]): RootContent[] {
	const emptyInSource = new Set(source.filter((node, i) => node.type === 'heading' && sectionIsEmpty(source, i)));
	const out = [...children];
	for (let i = out.length - 1; i >= 0; i--) {
		if (out[i]!.type === 'heading' && !emptyInSource.has(out[i]!) && sectionIsEmpty(out, i)) out.splice(i, 1);
	}
	return out;
}

/** Whether the heading at `i` has nothing under it before the next heading of its level or above. */
function sectionIsEmpty(nodes: readonly RootContent[], i: number): boolean {
	const heading = nodes[i] as Heading;
	let j = i + 1;
	// Rules and HTML comments show nothing: a heading over only those has lost its section.
	while (j < nodes.length && (nodes[j]!.type === 'thematicBreak' || isHtmlComment(nodes[j]!))) j++;
	const next = nodes[j];
	return next === undefined || (next.type === 'heading' && next.depth <= heading.depth);
}

/** Nodes whose source positions would name the wrong place in another page's notes (the lines are another file's). */
export function withoutPositions<T extends Node>(nodes: T[]): T[] {
	for (const node of nodes) visit(node, (n) => void delete n.position);
	return nodes;
}
