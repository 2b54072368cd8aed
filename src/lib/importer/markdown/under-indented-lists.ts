/**
 * Lists indented under a numbered item by less than its text ("1) MODULO 1 — Basi" over "  - Variabili", where
 * CommonMark wants three spaces): the parser ends the numbered list there and reads the indented one beside it, but its
 * author wrote it under the item, as the indentation shows.
 */
import type { List, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Moves into the last item of each list the list that starts, indented further than it, on the very next line; a
 * numbered list that then continues its numbering ("2) MODULO 2" after "1) MODULO 1") joins it again.
 */
export function underIndentedLists(tree: Root): void {
	visit(tree, (node) => {
		if (!('children' in node)) return;
		const children = (node as Parent).children;
		for (let i = 0; i + 1 < children.length; i++) {
			const list = children[i]!;
			const next = children[i + 1]!;
			if (list.type !== 'list' || next.type !== 'list') continue;
			if (indentedUnder(list, next)) {
				list.children.at(-1)!.children.push(next);
				list.position!.end = next.position!.end;
				children.splice(i + 1, 1);
				i--;
			} else if (continues(list, next)) {
				// Items a blank line sets apart make the list a loose one, as one written so is.
				list.spread = list.spread || next.spread || next.position!.start.line > list.position!.end.line + 1;
				list.children.push(...next.children);
				list.position!.end = next.position!.end;
				children.splice(i + 1, 1);
				i--;
			}
		}
	});
}

/** Whether `next` starts on the line after `list` ends, its marker right of `list`'s. */
function indentedUnder(list: List, next: List): boolean {
	const [end, start] = [list.position?.end, next.position?.start];
	return end !== undefined && start !== undefined && start.line === end.line + 1 && start.column > list.position!.start.column;
}

/** Whether `next` is numbered on from `list` ("2)" after a list of one "1)", whose item a nested list ends), in its column. */
function continues(list: List, next: List): boolean {
	const nested = list.children.at(-1)?.children.at(-1)?.type === 'list';
	const [begin, start] = [list.position?.start, next.position?.start];
	return nested && list.ordered === true && next.ordered === true && begin !== undefined && start?.column === begin.column && next.start === (list.start ?? 1) + list.children.length;
}
