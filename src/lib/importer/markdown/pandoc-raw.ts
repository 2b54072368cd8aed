/**
 * Pandoc's raw content (R Markdown, Quarto): a block ```` ```{=latex} ```` or a span `` `\newpage`{=latex} `` is
 * passed as written to that output format and left out of the others. A web page is the HTML output: `{=html}` is
 * its HTML, read as the page's own; any other format's (`{=tex}`, `{=openxml}`) is not on it, and goes with a note.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { ImportNote } from './notes.ts';

const RAW_FORMAT = /^\{=([\w-]+)\}$/;
// The attribute right after a code span ("`<br>`{=html} and more").
const RAW_SPAN_FORMAT = /^\{=([\w-]+)\}/;

export function pandocRawContent(tree: Root, notes: ImportNote[]): void {
	const leftOut = (format: string, kind: string, node: Nodes) => notes.push({ message: `left out a raw {=${format}} ${kind}: Pandoc puts it only in the ${format} output, not on the web page`, line: node.position?.start.line });
	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		if (!parent || index === undefined) return undefined;
		const children = parent.children as Nodes[];
		if (node.type === 'code') {
			const format = RAW_FORMAT.exec(`${node.lang ?? ''}${node.meta ? ` ${node.meta}` : ''}`.trim())?.[1];
			if (format === undefined) return undefined;
			if (format.toLowerCase() === 'html') children[index] = { type: 'html', value: node.value, ...(node.position ? { position: node.position } : {}) };
			else {
				leftOut(format, 'block', node);
				children.splice(index, 1);
				return [SKIP, index];
			}
			return SKIP;
		}
		const next = children[index + 1];
		if (node.type !== 'inlineCode' || next?.type !== 'text') return undefined;
		const format = RAW_SPAN_FORMAT.exec(next.value)?.[1];
		if (format === undefined) return undefined;
		next.value = next.value.slice(format.length + 3);
		if (format.toLowerCase() === 'html') {
			children[index] = { type: 'html', value: node.value, ...(node.position ? { position: node.position } : {}) };
			return SKIP;
		}
		leftOut(format, 'span', node);
		children.splice(index, 1);
		return [SKIP, index];
	});
}
