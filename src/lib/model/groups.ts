// How a roadmap's groups nest and what an elective group offers: one reading for the site model and the checker.
import type { RoadmapData } from '../../schemas/roadmap.ts';

export type Group = RoadmapData['groups'][number];

/** The groups nested under `id`, in declaration order. */
export const subGroups = (groups: readonly Group[], id: string): Group[] => groups.filter((g) => g.parent === id);

/**
 * IDs of what an elective group's `choose` counts: its sub-groups when it has any, else its phases (`phases`
 * being the roadmap's phases, in order).
 */
export function groupMembers(groups: readonly Group[], group: Group, phases: ReadonlyArray<{ id: string; data: { group?: string | undefined } }>): string[] {
	const nested = subGroups(groups, group.id);
	return nested.length > 0 ? nested.map((g) => g.id) : phases.filter((p) => p.data.group === group.id).map((p) => p.id);
}
