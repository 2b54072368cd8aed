/**
 * Units headed by a label alone ("## Day 3") whose text opens with a heading of its own ("### Functions") are titled by
 * it, as if the author had written "## Day 3: Functions". Only when most such units open so and those headings differ
 * from unit to unit: a log's template repeats its sections' headings under every day ("### Today's progress"), and a
 * day or two that happen to have one section ("### Notes") say nothing of the others.
 */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { comparableWords } from '../lines.ts';
import { inlineMarkdownOf } from '../markdown/inline.ts';
import type { Unit } from '../plan.ts';

/** The heading a unit's text starts with, when no other heading of that text is as high: the text's own title. */
function openingHeading(body: readonly RootContent[]): Heading | undefined {
	const [first] = body;
	if (first?.type !== 'heading') return undefined;
	return body.every((node) => node === first || node.type !== 'heading' || node.depth > first.depth) ? first : undefined;
}

/** Titles the units `untitled` says have none by the heading their text opens with, and takes it from their text. */
export function subheadingTitles(units: readonly Unit[], untitled: (unit: Unit) => boolean): void {
	const labelledOnly = units.filter((unit) => unit.label && untitled(unit));
	const openings = labelledOnly.flatMap((unit) => {
		const heading = openingHeading(unit.body);
		return heading && /\p{L}/u.test(toString(heading)) ? [{ unit, heading }] : [];
	});
	if (openings.length < 2 || openings.length * 2 < labelledOnly.length) return;
	if (new Set(openings.map(({ heading }) => comparableWords(toString(heading)))).size < openings.length) return;
	for (const { unit, heading } of openings) {
		unit.rawTitle = [inlineMarkdownOf(heading), unit.rawTitle.trim()].filter(Boolean).join(' ');
		unit.body = unit.body.filter((node) => node !== heading);
	}
}
