/**
 * An HTML table's cells that span rows (`<td rowspan="9">Theory (240h)</td>` over nine courses) repeated in each row
 * they span: a Markdown table has no spans, and an empty cell there would say the row has no part, teacher or week,
 * where the table says each of them has that one.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isCell = (node: unknown): node is Element => (node as Element).type === 'element' && ((node as Element).tagName === 'td' || (node as Element).tagName === 'th');
const span = (cell: Element, name: 'rowSpan' | 'colSpan') => Math.max(1, Number(cell.properties[name]) || 1);

/** The rows of a table, head, bodies and foot in order; not those of tables inside its cells. */
function rowsOf(table: Element): Element[] {
	return table.children.flatMap((child) => (child.type !== 'element' ? [] : child.tagName === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? child.children.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr') : []));
}

export function fillRowSpans(tree: Root): void {
	visit(tree, 'element', (table: Element) => {
		if (table.tagName !== 'table') return;
		// The cells still spanning down, by the column they start at, with how many rows they have left.
		let spanning = new Map<number, { cell: Element; rows: number }>();
		for (const row of rowsOf(table)) {
			const next = new Map<number, { cell: Element; rows: number }>();
			const cells: Element[] = [];
			let column = 0;
			const spanned = () => {
				for (let above = spanning.get(column); above; above = spanning.get(column)) {
					cells.push(structuredClone(above.cell));
					if (above.rows > 1) next.set(column, { cell: above.cell, rows: above.rows - 1 });
					spanning.delete(column);
					column += span(above.cell, 'colSpan');
				}
			};
			for (const cell of row.children.filter(isCell)) {
				spanned();
				const rows = span(cell, 'rowSpan');
				if (rows > 1) {
					cell.properties.rowSpan = 1;
					next.set(column, { cell, rows: rows - 1 });
				}
				cells.push(cell);
				column += span(cell, 'colSpan');
			}
			spanned();
			row.children = cells;
			spanning = next;
		}
	});
}
