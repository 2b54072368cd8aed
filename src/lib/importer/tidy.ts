/** Tidying the trees that become pages, once units are cut out of the document. */
import type { List, Node, Root, RootContent, Table } from 'mdast';
import { visit } from 'unist-util-visit';

export const root = (children: RootContent[]): Root => ({ type: 'root', children });

/** The nodes of a document that no unit or group took: lists and tables lose the items and rows units took. */
export function remaining(children: readonly RootContent[], taken: ReadonlySet<Node>): RootContent[] {
	return children.flatMap((node): RootContent[] => {
		if (taken.has(node)) return [];
		if (node.type === 'list') {
			const items = node.children.filter((item) => !taken.has(item));
			return items.length === 0 ? [] : [{ ...node, children: items } as List];
		}
		if (node.type === 'table') {
			const [header, ...rows] = node.children;
			const kept = rows.filter((row) => !taken.has(row));
			return kept.length === 0 ? [] : [{ ...node, children: [header!, ...kept] } as Table];
		}
		return [node];
	});
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

/** Drops headings whose sections are empty (their content became phases), innermost first. */
export function dropEmptyHeadings(children: RootContent[]): RootContent[] {
	const out = [...children];
	for (let i = out.length - 1; i >= 0; i--) {
		const node = out[i]!;
		if (node.type !== 'heading') continue;
		let j = i + 1;
		// Rules and HTML comments show nothing: a heading over only those has lost its section.
		while (j < out.length && (out[j]!.type === 'thematicBreak' || isHtmlComment(out[j]!))) j++;
		const next = out[j];
		if (next === undefined || (next.type === 'heading' && next.depth <= node.depth)) out.splice(i, 1);
	}
	return out;
}

