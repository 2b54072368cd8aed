/**
 * Collapsible sections written in HTML alone (`<details><summary>Week 1: Basics</summary><ul>…</ul></details>`, a
 * week after another without a blank line, as a Jekyll page's loop writes them) hold their content as HTML, where
 * the Markdown form holds Markdown between the lines that open and close each fold. A block of such folds whose
 * summaries are wanted (units) becomes that Markdown form before units are looked for, so that its folds are read as
 * the Markdown form's are (pseudo-headings.ts); its content is converted as GitHub shows it (raw-html.ts).
 */
import type { Html, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ImportNote } from './notes.ts';
import { rawHtmlToMarkdown } from './raw-html.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Replaces each block of HTML that is collapsible sections alone by their Markdown form, when `wanted` takes all their summaries. */
export function htmlFolds(tree: Root, notes: ImportNote[], wanted: (summaries: string[]) => boolean): void {
	tree.children = tree.children.flatMap((node) => {
		// (A fold's opening line alone is the Markdown form's, closed by a block of its own further on.)
		if (node.type !== 'html' || !/^<details[\s>][\s\S]*<\/details>$/i.test(node.value.trim())) return [node];
		const converted: Root = { type: 'root', children: [structuredClone(node)] };
		const found: ImportNote[] = [];
		rawHtmlToMarkdown(converted, found);
		const folds = converted.children.flatMap((fold) => (fold.type === 'mdxJsxFlowElement' && fold.name === 'details' ? [fold] : []));
		if (folds.length === 0 || folds.length < converted.children.length) return [node];
		// The converter gives each fold its summary's line first.
		const summaries = folds.map((fold) => toString(fold.children[0]!).replace(/\s+/g, ' ').trim());
		if (!wanted(summaries)) return [node];
		notes.push(...found);
		const place = node.position ? { position: node.position } : {};
		const html = (value: string): Html => ({ type: 'html', value, ...place });
		return folds.flatMap((fold, k): RootContent[] => [html(`<details>\n<summary>${escapeHtml(summaries[k]!)}</summary>`), ...(fold.children.slice(1) as RootContent[]), html('</details>')]);
	});
}
