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
