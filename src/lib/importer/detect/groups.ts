/**
 * Groups: the headings a plan puts above its units, repeated at one level, whose sections hold units. Labelled ones
 * ("### Phase 1: … (Weeks 1-4)", "## 1. Common path") wherever they are; else plain ones ("## Frontend",
 * "## Backend") when every unit sits under one of them (but an opening before the first), or under which the units'
 * numbering starts again.
 */
import type { Group, PlanFile, Section } from '../plan.ts';

export interface FoundGroups {
	groups: Group[];
	sections: Section[];
	/** For each unit start (index in root.children), the group it falls in. */
	groupOf: (index: number) => number | undefined;
}

/** The sections at the level with the most of them (at least `least`), the deeper on a tie unless `shallower`. */
function mostRepeated(sections: readonly Section[], { least = 2, shallower = false } = {}): Section[] {
	const onTie = shallower ? -1 : 1;
	return [...Map.groupBy(sections, (s) => s.level).values()].filter((list) => list.length >= least).sort((a, b) => b.length - a.length || onTie * (b[0]!.level - a[0]!.level))[0] ?? [];
}

/**
 * `contents`: the file is a table of contents (a book's SUMMARY.md), whose headings are its parts.
 * `nested`: headings that divide the groups' units or the groups themselves are another level of groups, since nothing
 * else would show them: "### HTML and CSS" between "## Phase 1: Frontend" and its "#### Week 1" is a sub-group of
 * its phase, and "## Frontend" over "### HTML" and "### CSS" (and not over "### Node.js") the group they sit in.
 */
export function findLabelledGroups(file: PlanFile, sections: readonly Section[], title: Section | null, unitStarts: readonly number[], unitLevel: number, { nested = false, contents = false } = {}): FoundGroups {
	const holds = (s: Section, unit: number) => unit > s.index && unit < s.end;
	const holders = sections.filter((s) => s !== title && s.level < unitLevel && !unitStarts.includes(s.index) && unitStarts.some((u) => holds(s, u)));
	const labelled = mostRepeated(holders.filter((s) => s.label));
	const plain = mostRepeated(holders.filter((s) => !s.label));
	// A heading under which the units' numbering starts again ("# Continued Learning" over "Module 1" … "Module 8", after
	// "Module 1" … "Module 5") sets the units it holds apart from those before it: two "Module 1" are in two groups.
	const numberAt = (at: number | undefined) => sections.find((s) => s.index === at)?.label?.number;
	const restarts = (s: Section) => {
		const first = numberAt(unitStarts.find((u) => holds(s, u)));
		const before = numberAt(unitStarts.findLast((u) => u < s.index));
		return first !== undefined && before !== undefined && first <= before;
	};
	const restarting = mostRepeated(holders.filter((s) => !s.label && restarts(s)), { least: 1, shallower: true });
	// Units before the first plain heading, no more than one of them holds, open the plan outside its groups
	// ("- 1 > [Introduction](…)" under "## Progress", then "### Linux" over days 2-6, "### Git" over days 7-13).
	const outside = unitStarts.filter((u) => !plain.some((s) => holds(s, u)));
	const opening = plain.length > 0 && outside.every((u) => plain.every((s) => u < s.index)) && plain.every((s) => unitStarts.filter((u) => holds(s, u)).length >= outside.length);
	// A heading alone over a range of the units' numbers ("## HAFTA 5–8" over "#### HAFTA 5" … "#### HAFTA 8") groups them.
	const numbersHeld = (s: Section) => unitStarts.filter((u) => holds(s, u)).map(numberAt);
	const spans = (s: Section) => s.label?.numberTo !== undefined && numbersHeld(s).join() === Array.from({ length: s.label.numberTo - s.label.number + 1 }, (_, i) => s.label!.number + i).join();
	const spanning = holders.filter(spans);
	// A table of contents' headings over its pages are the book's parts, labelled or not ("## Тема 1. …" beside "## Лабораторные работы").
	const parts = contents ? mostRepeated(holders) : [];
	const best = labelled.length > 0 ? labelled : spanning.length > 0 ? spanning : opening ? plain : parts.length > 0 ? parts : restarting;
	// Dividing means holding some of them and not all: one holding every unit of its group says something of the
	// group ("### 🎯 Goal: …"), one holding every group is the plan's ("## Roadmap").
	const divides = (s: Section, parts: readonly number[]) => parts.some((p) => holds(s, p)) && parts.some((p) => !holds(s, p));
	const atOneLevel = (found: readonly Section[]) => mostRepeated(found, { least: 1, shallower: true });
	const level = best[0]?.level;
	const deeper = nested && level !== undefined ? atOneLevel(holders.filter((s) => s.level > level && best.some((g) => holds(g, s.index) && divides(s, unitStarts.filter((u) => holds(g, u)))))) : [];
	const shallower = nested && level !== undefined && deeper.length === 0 ? atOneLevel(holders.filter((s) => s.level < level && divides(s, best.map((g) => g.index)))) : [];
	const [outer, inner] = shallower.length > 0 ? [shallower, best] : [best, deeper];
	const all = [...outer, ...inner];
	const groups: Group[] = all.map((s) => {
		const firstInside = [...unitStarts, ...inner.map((i) => i.index)].filter((u) => u > s.index).sort((a, b) => a - b)[0] ?? s.end;
		const parent = inner.includes(s) ? outer.findIndex((g) => holds(g, s.index)) : -1;
		return { rawTitle: s.raw, label: s.label, heading: s.heading, intro: file.tree.children.slice(s.index + 1, Math.min(firstInside, s.end)), ...(parent >= 0 ? { parent } : {}) };
	});
	return {
		groups,
		sections: best,
		groupOf: (index) => {
			const innermost = all.findLastIndex((s) => holds(s, index));
			return innermost >= 0 ? innermost : undefined;
		},
	};
}
