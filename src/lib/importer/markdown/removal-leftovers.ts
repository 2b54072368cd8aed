/**
 * What inline HTML removed whole leaves around it (a link to "#" in "Lecture 17 (<a href="#">Recording 17</a>)", or
 * in "<a href="#">Slides</a> | <a href="#">Video</a>"): the brackets it stood in and the separators it stood beside,
 * which would show as "()" and a stray "|".
 */
import type { Nodes, Text } from 'mdast';

// A separator between the links or words of a line ("Slides | Video", "PDF · Code", "Notes / Quiz", "a, b").
const SEPARATOR = String.raw`[|·•/,–—-]`;
const TRAILING_SEPARATOR = new RegExp(String.raw`\s*${SEPARATOR}\s*$`, 'u');
const LEADING_SEPARATOR = new RegExp(String.raw`^\s*${SEPARATOR}`, 'u');
const CLOSING: Record<string, string> = { '(': ')', '[': ']' };

/**
 * Removes `gaps` (empty stand-ins for removed HTML, in `children`) with the brackets around one ("(" before and ")"
 * after), the separator beside one that then separates nothing (at either end of the text, or next to another), and
 * the space before one that punctuation follows.
 */
export function closeGaps(children: Nodes[], gaps: ReadonlySet<Nodes>): void {
	const isGap = (node: Nodes | undefined) => node !== undefined && gaps.has(node);
	const blank = (node: Nodes) => isGap(node) || (node.type === 'text' && node.value.trim() === '');
	const text = (node: Nodes | undefined): node is Text => node?.type === 'text' && !gaps.has(node);
	// From the last gap back, so that a gap's neighbours are already what the gaps after it leave.
	for (let i = children.length - 1; i >= 0; i--) {
		if (!isGap(children[i])) continue;
		const [before, after] = [children[i - 1], children[i + 1]];
		const opening = text(before) ? /([([])\s*$/u.exec(before.value)?.[1] : undefined;
		if (opening && text(before) && text(after) && after.value.trimStart().startsWith(CLOSING[opening]!)) {
			before.value = before.value.replace(/\s*[([]\s*$/u, '');
			after.value = after.value.trimStart().slice(1);
		} else if (children.slice(i + 1).every(blank) && text(before)) {
			before.value = before.value.replace(TRAILING_SEPARATOR, '').trimEnd();
		} else if (children.slice(0, i).every(blank) && text(after)) {
			after.value = after.value.replace(LEADING_SEPARATOR, '').trimStart();
		} else if (text(before) && TRAILING_SEPARATOR.test(before.value) && text(after) && LEADING_SEPARATOR.test(after.value)) {
			before.value = before.value.trimEnd();
			after.value = after.value.replace(LEADING_SEPARATOR, '');
		} else if (text(before) && text(after) && /^[,.;:!?]/u.test(after.value)) {
			// The space that stood before the removed words does not stand before the punctuation after them.
			before.value = before.value.replace(/ +$/u, '');
		}
		children.splice(i, 1);
	}
}
