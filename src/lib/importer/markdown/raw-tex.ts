/**
 * Pandoc Markdown (R Markdown, Quarto) lets a page hold LaTeX commands for its PDF (`\index{bindings}`, `\newpage`,
 * `\mainmatter`); an HTML page leaves them out, as Pandoc does. Environments (`\begin{…}`) are math or blocks the
 * page may show, and stay; so does what math and code hold.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

// A command and its bracketed and braced arguments, two levels of braces deep ("\index{x|see {y}}"); one deeper
// ("\index{x|see {\texttt{y}}}") goes once what it holds has gone.
const ARGUMENT = String.raw`(?:\[[^\]\n]*\]|\{(?:[^{}]|\{[^{}]*\})*\})`;
const COMMAND = new RegExp(String.raw`\\(?!begin\b|end\b)[A-Za-z]+\*?(?:[ \t]*${ARGUMENT})+`, 'g');
// Without arguments, a command is taken only alone on its line ("\newpage"): a backslash before a letter elsewhere is
// text, as in "sep = \"\t\"", which the page shows.
const LINE_OF_COMMANDS = /^(?:[ \t]*\\[A-Za-z]+\*?)+[ \t]*$/;

function withoutCommands(line: string, wholeLine: boolean): string {
	for (let kept = line; ; ) {
		const next = kept.replace(COMMAND, '');
		if (next === kept) return wholeLine && LINE_OF_COMMANDS.test(kept) && !/\\(?:begin|end)\b/.test(kept) ? '' : kept;
		kept = next;
	}
}

/**
 * Takes the LaTeX commands out of a Pandoc page's text; a paragraph that held only them goes with them. Text holding
 * math in the page's `source` (`\[…\]`, `\(…\)`, a line of it, or dollars Markdown did not read as math) keeps its
 * commands: Markdown read those as text.
 */
export function withoutRawTex(tree: Root, source: string): void {
	visit(tree, 'text', (node) => {
		const { start, end } = node.position ?? {};
		if (start?.offset === undefined || end?.offset === undefined || /\\[[\]()]|\$/.test(source.slice(start.offset, end.offset))) return;
		// A text node's first and last lines may share their line with other inline content ("**x** \lambda").
		const lineEnd = source.indexOf('\n', end.offset);
		const opensLine = !source.slice(source.lastIndexOf('\n', start.offset - 1) + 1, start.offset).trim();
		const closesLine = !source.slice(end.offset, lineEnd === -1 ? undefined : lineEnd).trim();
		const split = node.value.split('\n');
		// A line that held only commands goes; one with words keeps them.
		const lines = split.flatMap((line, i) => {
			const kept = withoutCommands(line, (i > 0 || opensLine) && (i < split.length - 1 || closesLine));
			return kept === line ? [line] : kept.trim() ? [kept.replace(/([^ \t])[ \t]{2,}/g, '$1 ')] : [];
		});
		node.value = lines.join('\n');
	});
	visit(tree, 'paragraph', (node, index, parent) => {
		if (!parent || index === undefined || node.children.some((child) => child.type !== 'text' || child.value.trim())) return;
		parent.children.splice(index, 1);
		return index;
	});
}
