/**
 * An HTML table among a page's blocks (a course page's schedule, `<table>` … `</table>` without a blank line in it) is
 * a Markdown table from the start, as GitHub shows it, so that its rows are read as units the way a Markdown table's
 * are. One whose cells hold blocks (lists, headings) stays HTML, to be read row by row later (block-tables.ts).
 */
import type { Root } from 'mdast';
import type { ImportNote } from './notes.ts';
import { rawHtmlToMarkdown } from './raw-html.ts';

const WHOLE_TABLE = /^<table[\s>][\s\S]*<\/table>$/i;

/** Replaces each block of HTML that is tables alone (one a week, with comments between them) by those tables. */
export function htmlTables(tree: Root, notes: ImportNote[]): void {
	tree.children = tree.children.flatMap((node) => {
		if (node.type !== 'html' || !WHOLE_TABLE.test(node.value.trim())) return [node];
		const converted: Root = { type: 'root', children: [structuredClone(node)] };
		const found: ImportNote[] = [];
		rawHtmlToMarkdown(converted, found);
		if (converted.children.length === 0 || converted.children.some((n) => n.type !== 'table')) return [node];
		notes.push(...found);
		return converted.children.map((table) => ({ ...table, ...(node.position ? { position: node.position } : {}) }));
	});
}
