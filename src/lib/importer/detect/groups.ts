/**
 * Groups: the headings a plan puts above its units, repeated at one level, whose sections hold units. Labelled ones
 * ("### Phase 1: … (Weeks 1-4)", "## 1. Common path") wherever they are; else plain ones ("## Frontend",
 * "## Backend") when every unit sits under one of them.
 */
import type { Group, PlanFile, Section } from '../plan.ts';

export interface FoundGroups {
	groups: Group[];
	sections: Section[];
	/** For each unit start (index in root.children), the group it falls in. */
	groupOf: (index: number) => number | undefined;
}

/** The level with the most holders (at least two), the deeper on a tie. */
function mostRepeated(holders: readonly Section[]): Section[] {
	return [...Map.groupBy(holders, (s) => s.level).values()].filter((list) => list.length >= 2).sort((a, b) => b.length - a.length || b[0]!.level - a[0]!.level)[0] ?? [];
}

/**
 * `nested`: headings between the groups and the units that hold some of a group's units ("### HTML and CSS" between
 * "## Phase 1: Frontend" and its "#### Week 1") are sub-groups of the group they sit in, at the one level most of
 * them share; otherwise nothing would show them.
 */
export function findLabelledGroups(file: PlanFile, sections: readonly Section[], title: Section | null, unitStarts: readonly number[], unitLevel: number, { nested = false } = {}): FoundGroups {
	const holds = (s: Section, unit: number) => unit > s.index && unit < s.end;
	const holders = sections.filter((s) => s !== title && s.level < unitLevel && !unitStarts.includes(s.index) && unitStarts.some((u) => holds(s, u)));
	const labelled = mostRepeated(holders.filter((s) => s.label));
	const plain = mostRepeated(holders.filter((s) => !s.label));
	const best = labelled.length > 0 ? labelled : unitStarts.every((u) => plain.some((s) => holds(s, u))) ? plain : [];
	// One holding every unit of its group divides nothing: it says something of the group ("### 🎯 Goal: …").
	const dividesGroup = (s: Section) => best.some((g) => holds(g, s.index) && unitStarts.some((u) => holds(g, u) && !holds(s, u)));
	const within = nested ? holders.filter((s) => best.length > 0 && s.level > best[0]!.level && dividesGroup(s)) : [];
	const innerLevel = [...Map.groupBy(within, (s) => s.level).values()].sort((a, b) => b.length - a.length || a[0]!.level - b[0]!.level)[0]?.[0]?.level;
	const inner = within.filter((s) => s.level === innerLevel);
	const all = [...best, ...inner];
	const groups: Group[] = all.map((s) => {
		const firstInside = [...unitStarts, ...inner.map((i) => i.index)].filter((u) => u > s.index).sort((a, b) => a - b)[0] ?? s.end;
		const parent = inner.includes(s) ? best.findIndex((g) => holds(g, s.index)) : -1;
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
