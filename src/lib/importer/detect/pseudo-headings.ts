/**
 * Plans often write their units as bold lines instead of headings ("**Week 1: HTML & CSS**" on a line of its own).
 * Such a line, when the same unit word repeats like unit headings do, becomes a heading one level below the section
 * it is in, so that the heading rules read it as what it is.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseUnitLabel, wordKey } from './label.ts';

/** A paragraph that is one bold span (blank text around it aside). */
function boldLine(node: Paragraph): boolean {
	const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
	return content.length === 1 && content[0]!.type === 'strong';
}

export function promotePseudoHeadings(tree: Root): void {
	const candidates = tree.children.flatMap((node, index) => {
		if (node.type !== 'paragraph' || !boldLine(node)) return [];
		const label = parseUnitLabel(toString(node));
		return label?.word ? [{ index, label }] : [];
	});
	const run = [...Map.groupBy(candidates, (c) => wordKey(c.label)).values()]
		.filter((r) => (r[0]!.label.kind ? r.length >= 2 : r.length >= 3))
		.sort((a, b) => b.length - a.length)[0];
	if (!run) return;
	// Depths from the headings the author wrote, before any bold line becomes one.
	const depths = run.map(({ index }) => Math.min(6, (tree.children.slice(0, index).findLast((n): n is Heading => n.type === 'heading')?.depth ?? 1) + 1));
	for (const [k, { index }] of run.entries()) {
		const paragraph = tree.children[index] as Paragraph;
		const strong = paragraph.children.find((c) => c.type === 'strong')!;
		const heading: Heading = { type: 'heading', depth: depths[k] as Heading['depth'], children: strong.type === 'strong' ? strong.children : [], ...(paragraph.position ? { position: paragraph.position } : {}) };
		tree.children[index] = heading;
	}
}
