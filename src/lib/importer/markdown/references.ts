import type { Image, Link, Nodes, Parents, Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { visit } from 'unist-util-visit';

/**
 * Reference links and images (`[rand][]` … `[rand]: ch02.html#random`) become links and images with their URL, and
 * the definitions go. A plan is cut into pages: the definitions, often at the end of a file, would land on one page
 * and the links that use them on others. After this, every link and image of a page carries its own URL, for the
 * link rewriting and URL checks to see.
 */
export function inlineReferences(tree: Root): void {
	const definitionOf = definitions(tree);
	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		if ((node.type !== 'linkReference' && node.type !== 'imageReference') || parent === undefined || index === undefined) return;
		const definition = definitionOf(node.identifier);
		if (!definition) return;
		const shared = { url: definition.url, title: definition.title ?? null, ...(node.position ? { position: node.position } : {}) };
		const inlined: Link | Image = node.type === 'linkReference' ? { type: 'link', ...shared, children: node.children } : { type: 'image', ...shared, alt: node.alt ?? null };
		(parent.children as Nodes[])[index] = inlined;
	});
	visit(tree, 'definition', (_, index, parent) => {
		if (parent === undefined || index === undefined) return;
		parent.children.splice(index, 1);
		return index;
	});
}
