/**
 * An MDX page hides what it writes between `{/*` and `*\/}`: a lesson struck from the calendar, a link not meant yet,
 * often over several lines and blocks. GitHub's Markdown reads no such comment and would show it as text, so the
 * comments MDX reads are taken out of the page's text before it is read as Markdown.
 */
import type { Program } from 'estree';
import { visit } from 'unist-util-visit';
import { mdxParser } from './mdx-images.ts';

/** An MDX page's text without the expressions that hold only comments; the text as it is when MDX cannot read it. */
export function withoutMdxComments(text: string): string {
	let tree;
	try {
		tree = mdxParser.parse(text);
	} catch {
		return text;
	}
	const ranges: [number, number][] = [];
	visit(tree, (node) => {
		if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
		const program = node.data?.estree as Program | null | undefined;
		const { start, end } = node.position ?? {};
		if (program?.body.length === 0 && start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset]);
	});
	// From the end, so that the offsets before stay true; its line breaks stay, so that notes name the page's lines.
	return ranges.reverse().reduce((page, [from, to]) => page.slice(0, from) + page.slice(from, to).replace(/[^\n]/g, '') + page.slice(to), text);
}
