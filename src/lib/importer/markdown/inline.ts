import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * A node's text in the inline Markdown that frontmatter strings keep (**bold**, *italic*, `code`): links, images
 * and any other markup give their text, so a value copied from the source shows no raw syntax.
 */
export function inlineMarkdownOf(node: Nodes): string {
	switch (node.type) {
		case 'strong':
			return `**${node.children.map(inlineMarkdownOf).join('')}**`;
		case 'emphasis':
			return `*${node.children.map(inlineMarkdownOf).join('')}*`;
		case 'inlineCode':
			return `\`${node.value}\``;
		case 'break':
			return '\n';
		default:
			return 'children' in node ? node.children.map((c) => inlineMarkdownOf(c as Nodes)).join('') : toString(node);
	}
}

/** The lines of running text in a tree (each paragraph's, wherever it stands: lists, quotes), as inline Markdown. */
export function textLines(tree: Root): string[] {
	const lines: string[] = [];
	visit(tree, 'paragraph', (paragraph) => {
		lines.push(...inlineMarkdownOf(paragraph).split('\n').map((line) => line.trim()).filter(Boolean));
	});
	return lines;
}
