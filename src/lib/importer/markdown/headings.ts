import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Shifts every heading by the same amount so that the shallowest becomes level `top` (a phase page's own h1 is
 * its title, so bodies start at 2); levels past 6 stay at 6, as HTML has no deeper heading.
 */
export function shiftHeadings(tree: Root, top: number): void {
	let shallowest = Infinity;
	visit(tree, 'heading', (node) => {
		shallowest = Math.min(shallowest, node.depth);
	});
	if (shallowest === Infinity) return;
	const shift = top - shallowest;
	visit(tree, 'heading', (node) => {
		node.depth = Math.min(6, Math.max(1, node.depth + shift)) as 1 | 2 | 3 | 4 | 5 | 6;
	});
}

// `## Building mesh {#construct-mesh}`: an anchor written after a heading's text.
const ATTRIBUTE_ID = /\s*\{#([\w-]+)\}\s*$/;

/**
 * Takes out the anchors that VitePress, Docusaurus, Pandoc and kramdown let a heading set at its end
 * (`## Building mesh {#construct-mesh}`), which GitHub shows as text, and keeps each as the heading's `id`: links to
 * `#construct-mesh` find the heading by it.
 */
export function takeHeadingIds(tree: Root): void {
	visit(tree, 'heading', (heading) => {
		const last = heading.children.at(-1);
		const id = last?.type === 'text' ? ATTRIBUTE_ID.exec(last.value) : null;
		if (!last || last.type !== 'text' || !id) return;
		last.value = last.value.slice(0, id.index);
		if (last.value === '') heading.children.pop();
		heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: id[1]! } };
	});
}
