import type { Heading, Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

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

/**
 * The rows of a tree's two-column tables as labelled lines ("| **Duration** | 4 Months |" → "**Duration**: 4 Months"): a
 * table of a plan's details says what its "Duration:" line would.
 */
export function tableFieldLines(tree: Root): string[] {
	const lines: string[] = [];
	visit(tree, 'table', (table) => {
		if (!table.children.every((row) => row.children.length === 2)) return;
		for (const row of table.children) {
			const [label, value] = row.children.map((cell) => inlineMarkdownOf(cell).replace(/\s+/g, ' ').trim());
			if (label && value) lines.push(`${label}: ${value}`);
		}
	});
	return lines;
}

/** The lines of running text in a tree (each paragraph's, wherever it stands: lists, quotes), as inline Markdown. */
export function textLines(tree: Root): string[] {
	const lines: string[] = [];
	visit(tree, 'paragraph', (paragraph) => {
		lines.push(...inlineMarkdownOf(paragraph).split('\n').map((line) => line.trim()).filter(Boolean));
	});
	return lines;
}

/**
 * The words of a paragraph or heading: a line break is a space between them, which toString would drop ("Jane Doe  \nProfessor"
 * → "Jane DoeProfessor"); inline HTML (`<a href="…"><img …></a>` before the first sentence) is markup, and images'
 * alt text is no sentence (a row of badges, "GitHub stars Downloads").
 */
export function proseOf(block: Paragraph | Heading): string {
	const children = block.children.flatMap((c) => (c.type === 'break' ? [{ type: 'text' as const, value: ' ' }] : c.type === 'html' ? [] : [c]));
	return toString({ ...block, children }, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}

/** A row of links ("Follow me on X • Hugging Face • Blog"): the words of a paragraph that are mostly link text. */
export function mostlyLinks(paragraph: Paragraph): boolean {
	let linked = 0;
	visit(paragraph, 'link', (link) => {
		linked += toString(link).length;
		return SKIP;
	});
	return linked * 2 > proseOf(paragraph).length;
}
