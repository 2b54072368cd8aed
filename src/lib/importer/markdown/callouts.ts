/**
 * Obsidian's callouts, which GitHub-flavoured tools copied: a quote opening with "[!kind]", of any kind in any case,
 * then maybe a title on its line ("> [!tip] Before you start"), or a fold mark for one the reader opens ("> [!faq]-",
 * closed, "> [!faq]+", open). GitHub reads five kinds, alone on their line, and shows the others as text; the site
 * shows what Obsidian shows: a kind as the GitHub alert that says the same, titled by the author's title, a foldable
 * one a section the reader opens (see admonitions.ts, which shows the docs sites' admonitions so).
 */
import type { Blockquote, Parents, PhrasingContent, RootContent } from 'mdast';
import { admonition, collapsible, titleCase } from './admonitions.ts';

const CALLOUT = /^\[!([\p{L}\p{N}_-]+)\]([+-]?)[ \t]*/u;

/** `phrasing` split at its first line's end (a line break, hard or soft): that line's text, and the lines after it. */
function firstLine(phrasing: readonly PhrasingContent[]): { line: PhrasingContent[]; after: PhrasingContent[] } {
	for (const [i, node] of phrasing.entries()) {
		if (node.type === 'break') return { line: phrasing.slice(0, i), after: phrasing.slice(i + 1) };
		const end = node.type === 'text' ? node.value.indexOf('\n') : -1;
		if (node.type !== 'text' || end < 0) continue;
		const before = node.value.slice(0, end);
		const rest = node.value.slice(end + 1);
		return { line: [...phrasing.slice(0, i), ...(before ? [{ type: 'text' as const, value: before }] : [])], after: [...(rest ? [{ type: 'text' as const, value: rest }] : []), ...phrasing.slice(i + 1)] };
	}
	return { line: [...phrasing], after: [] };
}

/** What the callout `quote` shows, or null when it is a quote. */
function callout(quote: Blockquote): RootContent[] | null {
	const [opening, ...rest] = quote.children;
	const head = opening?.type === 'paragraph' ? opening.children[0] : undefined;
	const marker = head?.type === 'text' ? CALLOUT.exec(head.value) : null;
	if (!opening || opening.type !== 'paragraph' || head?.type !== 'text' || !marker) return null;
	const [, kind, fold] = marker;
	const { line, after } = firstLine([{ ...head, value: head.value.slice(marker[0].length) }, ...opening.children.slice(1)]);
	const last = line.at(-1);
	if (last?.type === 'text') line[line.length - 1] = { ...last, value: last.value.trimEnd() };
	const title = line.filter((node) => node.type !== 'text' || node.value !== '');
	const body: RootContent[] = [...(after.length > 0 ? [{ type: 'paragraph' as const, children: after }] : []), ...rest];
	if (fold) return collapsible(title.length > 0 ? title : titleCase(kind!), body);
	const shown = admonition(kind!, title.length > 0 ? title : null, body);
	return shown.length === 1 && quote.position ? [{ ...shown[0]!, position: quote.position }] : shown;
}

/** Shows the callouts under `parent` (nested ones too) as Obsidian does. */
export function obsidianCallouts(parent: Parents): void {
	const children = parent.children as RootContent[];
	for (let i = 0; i < children.length; i++) {
		const child = children[i]!;
		if ('children' in child) obsidianCallouts(child);
		const shown = child.type === 'blockquote' ? callout(child) : null;
		if (!shown) continue;
		children.splice(i, 1, ...shown);
		i += shown.length - 1;
	}
}
