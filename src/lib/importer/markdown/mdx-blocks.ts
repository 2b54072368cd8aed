/**
 * MDX reads a line holding only a component's tag (`<Tabs>`, `<Tab title="Python">`, `</CodeGroup>`, `<>`) as a
 * block of its own, and the lines after it as Markdown; CommonMark reads them into the tag's HTML block, up to the
 * next blank line, fenced code and all (a Mintlify or Docusaurus page's `<CodeGroup>` right over its code blocks, a
 * `<Tab title="Node">` right over its first sentence). An MDX page gets a blank line after each such tag that HTML
 * holds on (or a paragraph, where a closing tag follows its last line), so that it reads as its site shows it, its components then shown as raw-html.ts shows them.
 */
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './parse.ts';

// A component's opening, closing or self-closing tag, or a fragment's, alone on its line (attributes without `<` or `>`).
const COMPONENT_TAG_LINE = /^\s*<\/?(?:\p{Lu}[\w.]*(?:\s[^<>]*)?)?\/?>\s*$/u;
// Each pass opens the HTML blocks a swallowed code block hid; pages nest components a few levels deep.
const MAX_PASSES = 20;

/**
 * The text of an MDX page, each component tag line that an HTML block or a paragraph runs on from or into, from or
 * into Markdown, set off from it by a blank line.
 */
export function separateComponentLines(text: string): string {
	let lines = text.split('\n');
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		// The lines (1-based) to put a blank line before.
		const before = new Set<number>();
		visit(parseMarkdown(lines.join('\n')), (node) => {
			if ((node.type !== 'html' && node.type !== 'paragraph') || !node.position) return;
			const { start, end } = node.position;
			for (let line = start.line; line <= end.line; line++) {
				if (!COMPONENT_TAG_LINE.test(lines[line - 1]!)) continue;
				// Between tags, HTML reads as MDX does: a tag over several lines (`<Card\n  title="…"\n>`) stays whole.
				if (line > start.line && !/>\s*$/.test(lines[line - 2]!)) before.add(line);
				if (line < end.line && !/^\s*</.test(lines[line]!)) before.add(line + 1);
			}
		});
		if (before.size === 0) break;
		lines = lines.flatMap((line, i) => (before.has(i + 1) ? ['', line] : [line]));
	}
	return lines.join('\n');
}
