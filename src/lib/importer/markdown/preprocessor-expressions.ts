/**
 * The expressions of mdBook's preprocessors, alone in a paragraph: `{{#include …}}` naming no file of the book,
 * `{{#quiz quizzes/ch1.toml}}`, a course's `{{%segment outline}}`. The book's build puts there what they stand for,
 * made from other files; the page cannot show it, so they are left out with a note instead of shown as written.
 * Hugo's `{{% notice %}}` (which ends in `%}}`) is a shortcode: markdown/shortcodes.ts reads it.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ImportNote } from './notes.ts';

const EXPRESSION = /^\{\{[#%][\w-]+(?:\s[^{}]*)?(?<![%>])\}\}$/;

export function preprocessorExpressions(tree: Root, text: string, notes: ImportNote[]): void {
	visit(tree, 'paragraph', (node, index, parent) => {
		const { start, end } = node.position ?? {};
		if (!parent || index === undefined || start?.offset === undefined || end?.offset === undefined) return;
		const written = text.slice(start.offset, end.offset).trim();
		if (!EXPRESSION.test(written)) return;
		notes.push({ message: `left out "${written}": the book's build puts there what it stands for, made from other files`, line: start.line });
		parent.children.splice(index, 1);
		return index;
	});
}
