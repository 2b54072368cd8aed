/**
 * Groups: the labelled headings a plan puts above its units ("### Phase 1: … (Weeks 1-4)", "## 1. Common path"),
 * repeated at one level, whose sections hold units.
 */
import type { Group, PlanFile, Section } from '../plan.ts';

export interface FoundGroups {
	groups: Group[];
	sections: Section[];
	/** For each unit start (index in root.children), the group it falls in. */
	groupOf: (index: number) => number | undefined;
}

export function findLabelledGroups(file: PlanFile, sections: readonly Section[], title: Section | null, unitStarts: readonly number[], unitLevel: number): FoundGroups {
	const holders = sections.filter((s) => s !== title && s.label && s.level < unitLevel && !unitStarts.includes(s.index) && unitStarts.some((u) => u > s.index && u < s.end));
	const best = [...Map.groupBy(holders, (s) => s.level).entries()].filter(([, list]) => list.length >= 2).sort((a, b) => b[1].length - a[1].length || b[0] - a[0])[0]?.[1] ?? [];
	const groups: Group[] = best.map((s) => {
		const firstUnit = unitStarts.filter((u) => u > s.index).sort((a, b) => a - b)[0] ?? s.end;
		return { rawTitle: s.raw, label: s.label, heading: s.heading, intro: file.tree.children.slice(s.index + 1, Math.min(firstUnit, s.end)) };
	});
	return { groups, sections: best, groupOf: (index) => {
		const found = best.findIndex((s) => index > s.index && index < s.end);
		return found >= 0 ? found : undefined;
	} };
}
