/**
 * Hugging Face's doc-builder writes a page's versions for each framework in Svelte blocks, on lines of their own:
 * `{#if fw === 'pt'}` … `{:else}` … `{/if}`, its site showing one branch at a time (the first by default, a switch at
 * the top of the page for the other). Markdown reads the block lines as text and both branches one after the other,
 * the same section twice. The page keeps the first branch of each block, the one its site opens with.
 */
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './parse.ts';

// (In a quote, after its `>` marks, as an alert holds a version for each framework.)
const BLOCK_LINE = /^(?:[ \t]*>)*\s*\{(#if|:else|\/if)\b[^{}]*\}\s*$/;
// A Svelte component given only the page's variables (`<FrameworkSwitchCourse {fw} />`, the switch between the
// branches): a control of its site, with no words of the page, and no MDX (JSX has no `{name}` attribute).
const CONTROL_LINE = /^\s*<\p{Lu}[\p{L}\p{N}_.]*(?:\s+\{[\p{L}_$][\p{L}\p{N}_$]*\})+\s*\/>\s*$/u;
const QUOTE_MARKS = /^(?:[ \t]*>)*/;

/**
 * The text with each block's first branch only and without its site's controls, the lines left out blank (so that
 * notes name the page's lines), and the line of each block and control.
 */
export function firstSvelteBranches(text: string): { text: string; blocks: number[]; controls: number[] } {
	const lines = text.split('\n');
	// Block lines are read where Markdown reads text (a paragraph, or HTML running on into one), never inside code.
	const candidates = new Set<number>();
	visit(parseMarkdown(text), (node) => {
		if ((node.type !== 'paragraph' && node.type !== 'html') || !node.position) return;
		for (let line = node.position.start.line; line <= node.position.end.line; line++) if (BLOCK_LINE.test(lines[line - 1]!) || CONTROL_LINE.test(lines[line - 1]!)) candidates.add(line - 1);
	});
	if (candidates.size === 0) return { text, blocks: [], controls: [] };
	// For each open block, whether its branch being read is its first.
	const open: boolean[] = [];
	const blocks: number[] = [];
	const controls = [...candidates].filter((index) => CONTROL_LINE.test(lines[index]!)).map((index) => index + 1);
	const kept = lines.map((line, index) => {
		if (controls.includes(index + 1)) return '';
		const keyword = candidates.has(index) ? BLOCK_LINE.exec(line)?.[1] : undefined;
		if (keyword === '#if') {
			if (open.length === 0) blocks.push(index + 1);
			open.push(true);
		} else if (keyword === ':else' && open.length > 0) open[open.length - 1] = false;
		else if (keyword === '/if' && open.length > 0) open.pop();
		// A line left out keeps the marks of the quote it is in, which goes on after it.
		return keyword !== undefined || open.includes(false) ? QUOTE_MARKS.exec(line)![0] : line;
	});
	// A block left open is no Svelte block the page's site read: the text stays as written.
	return open.length > 0 ? { text, blocks: [], controls: [] } : { text: kept.join('\n'), blocks, controls };
}
