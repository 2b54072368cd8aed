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

export function findLabelledGroups(file: PlanFile, sections: readonly Section[], title: Section | null, unitStarts: readonly number[], unitLevel: number): FoundGroups {
	const holds = (s: Section, unit: number) => unit > s.index && unit < s.end;
	const holders = sections.filter((s) => s !== title && s.level < unitLevel && !unitStarts.includes(s.index) && unitStarts.some((u) => holds(s, u)));
	const labelled = mostRepeated(holders.filter((s) => s.label));
	const plain = mostRepeated(holders.filter((s) => !s.label));
	const best = labelled.length > 0 ? labelled : unitStarts.every((u) => plain.some((s) => holds(s, u))) ? plain : [];
	const groups: Group[] = best.map((s) => {
		const firstUnit = unitStarts.filter((u) => u > s.index).sort((a, b) => a - b)[0] ?? s.end;
		return { rawTitle: s.raw, label: s.label, heading: s.heading, intro: file.tree.children.slice(s.index + 1, Math.min(firstUnit, s.end)) };
	});
	return {
		groups,
		sections: best,
		groupOf: (index) => {
			const found = best.findIndex((s) => holds(s, index));
			return found >= 0 ? found : undefined;
		},
	};
}
