/**
 * An HTML table whose cells hold blocks, a README's "Bad | Good" pair of code blocks side by side: a Markdown table
 * cell holds one line, so such a table is read row by row, each cell's blocks under its column's header in bold
 * ("**Bad**", its code, "**Good**", its code), the order a narrow screen shows them in.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const BLOCKS = new Set(['pre', 'ul', 'ol', 'blockquote', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'details']);
const isElement = (node: RootContent | ElementContent | undefined, ...names: string[]): node is Element => node?.type === 'element' && names.includes(node.tagName);
const textOf = (node: RootContent | ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

const rowsOf = (table: Element): Element[] =>
	table.children.flatMap((child): Element[] => {
		if (child.type !== 'element') return [];
		if (child.tagName === 'tr') return [child];
		return ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? child.children.filter((row): row is Element => isElement(row, 'tr')) : [];
	});
const cellsOf = (row: Element): Element[] => row.children.filter((cell): cell is Element => isElement(cell, 'td', 'th'));

/**
 * Replaces, in `tree`, each table that has a cell holding a block (an element of BLOCKS, or a paragraph that
 * `isBlock` says stands for one: the Markdown between the HTML's tags) by its cells' content, row by row.
 */
export function linearBlockTables(tree: Root, isBlock: (paragraph: Element) => boolean): void {
	visit(tree, 'element', (table, index, parent) => {
		if (table.tagName !== 'table' || !parent || index === undefined) return undefined;
		const rows = rowsOf(table);
		const holdsBlock = rows.some((row) => cellsOf(row).some((cell) => cell.children.some((child) => isElement(child, ...BLOCKS) || (isElement(child, 'p') && isBlock(child)))));
		if (!holdsBlock) return undefined;
		const [first, ...rest] = rows;
		const header = first && cellsOf(first).every((cell) => cell.tagName === 'th') ? cellsOf(first).map((cell) => textOf(cell).trim()) : null;
		const content = (header ? rest : rows).flatMap((row) =>
			cellsOf(row).flatMap((cell, i): ElementContent[] => {
				const name = header?.[i];
				const heading: ElementContent[] = name ? [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: name }] }] }] : [];
				return [...heading, ...cell.children];
			}),
		);
		// Its caption titles it still (the sanitizer leaves a caption's text in the table, without its tag).
		const caption: ElementContent[] = table.children.flatMap((child): ElementContent[] => {
			if (child.type === 'text') return child.value.trim() ? [{ type: 'element', tagName: 'p', properties: {}, children: [child] }] : [];
			return isElement(child, 'caption') ? [{ type: 'element', tagName: 'p', properties: {}, children: child.children }] : [];
		});
		parent.children.splice(index, 1, ...caption, ...content);
		return [SKIP, index + caption.length + content.length];
	});
}
