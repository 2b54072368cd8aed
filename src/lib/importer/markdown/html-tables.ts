/**
 * An HTML table among a page's blocks (a course page's schedule, `<table>` … `</table>` without a blank line in it)
 * whose rows are units is a Markdown table before units are looked for, as GitHub shows it, so that they are read the
 * way a Markdown table's are. Other HTML is converted later, with the page (raw-html.ts); one whose cells hold blocks
 * (lists, headings) is read row by row then (block-tables.ts).
 */
import type { Root, Table } from 'mdast';
import type { ImportNote } from './notes.ts';
import { rawHtmlToMarkdown } from './raw-html.ts';

const WHOLE_TABLE = /^<table[\s>][\s\S]*<\/table>$/i;

/**
 * Replaces each block of HTML that is tables alone (one a week, with comments or captions between them) by those tables, when
 * `wanted` says their rows are units.
 */
export function htmlTables(tree: Root, notes: ImportNote[], wanted: (table: Table) => boolean): void {
	tree.children = tree.children.flatMap((node) => {
		if (node.type !== 'html' || !WHOLE_TABLE.test(node.value.trim())) return [node];
		const converted: Root = { type: 'root', children: [structuredClone(node)] };
		const found: ImportNote[] = [];
		rawHtmlToMarkdown(converted, found);
		const tables = converted.children.filter((n) => n.type === 'table');
		// Besides the tables, only their captions, as paragraphs.
		const alone = converted.children.every((n) => n.type === 'table' || n.type === 'paragraph');
		if (tables.length === 0 || !alone || !tables.every(wanted)) return [node];
		notes.push(...found);
		return converted.children.map((block) => ({ ...block, ...(node.position ? { position: node.position } : {}) }));
	});
}
