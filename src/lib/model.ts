import type { NumberRange } from '../schemas/common.ts';
import type { PhaseData, RoadmapData } from '../schemas/roadmap.ts';
import { roleCategories, type RoleCategory, type RoleData } from '../schemas/role.ts';
import { topicCategories, type TopicData } from '../schemas/topic.ts';
import { sumWeeks, toWeeks, type WeekRange } from './durations.ts';
import { redirectsFor, type Redirect } from './redirects.ts';
import { phaseUrl, roadmapUrl, roleUrl, topicUrl } from './urls.ts';

export interface ModelInput {
	roadmaps: Array<{ id: string; data: RoadmapData }>;
	/** `id` is the phase slug (file name); `roadmap` the roadmap folder it lives in. */
	phases: Array<{ id: string; roadmap: string; data: PhaseData }>;
	topics: Array<{ id: string; data: TopicData }>;
	roles: Array<{ id: string; data: RoleData }>;
}

export interface Phase {
	id: string;
	roadmapId: string;
	/** Collection entry ID, for rendering the MDX body. */
	entryId: string;
	data: PhaseData;
	url: string;
	/** 1-based position in the roadmap. */
	number: number;
	weeks: WeekRange | null;
	/** Weeks elapsed before this phase starts on its path, if every earlier phase of the path has a known duration. */
	startWeek: WeekRange | null;
	/** First phase of a separate path (a group with `separatePath`): its schedule restarts at week 1. */
	startsPath: boolean;
	/** Study hours the phase takes at the source's pace (weeks × hours per week); null when the source lacks either. */
	effortHours: WeekRange | null;
	previous: Phase | null;
	next: Phase | null;
}

export interface Roadmap {
	id: string;
	data: RoadmapData;
	url: string;
	phases: Phase[];
	/** Phases under their group headings, in order; one untitled section when the roadmap has no groups. */
	sections: Array<{ group: RoadmapData['groups'][number] | null; phases: Phase[] }>;
	/**
	 * The schedules the phases follow: the main path first, then each separate path (its group), which starts
	 * at week 1 again. One main path with no phases when the roadmap has none.
	 */
	paths: Array<{ group: RoadmapData['groups'][number] | null; phases: Phase[] }>;
	/** The total the source declares, in weeks; null when it declares none. */
	declaredWeeks: WeekRange | null;
	/** Sum of the main path's phase durations (separate paths excluded); null when any has none. */
	phaseWeeks: WeekRange | null;
	/** What the site shows as the roadmap's length: the declared total, else the phases' sum. */
	totalWeeks: WeekRange | null;
	/** Study hours per week from the commitment (hours/day × days/week), null when the source lacks either. */
	hoursPerWeek: NumberRange | null;
	/** Total study hours (hours/week × weeks); null when any factor is unknown. */
	effortHours: WeekRange | null;
	projectCount: number;
	topicIds: string[];
	/** Job roles this roadmap's source lists, under the source's own headings and wording. */
	roleMentions: Array<{ heading: string; roles: Array<{ role: Role; title: string; definition: string }> }>;
}

export interface Topic {
	id: string;
	data: TopicData;
	url: string;
	/** Every phase that teaches the topic, in roadmap order then phase order. */
	phases: Phase[];
	roles: Role[];
}

export interface Role {
	id: string;
	data: RoleData;
	url: string;
	roadmaps: Roadmap[];
	/** Phases that teach a topic the role draws on. */
	preparingPhases: Phase[];
	related: Role[];
}

export interface SiteModel {
	roadmaps: Roadmap[];
	topics: Topic[];
	roles: Role[];
	roadmap(id: string): Roadmap;
	topic(id: string): Topic;
	role(id: string): Role;
	topicsByCategory: Array<{ category: (typeof topicCategories)[number]; topics: Topic[] }>;
	rolesByCategory: Array<{ category: RoleCategory; label: string; roles: Role[] }>;
	/** Former URLs (from `aliases`) and where they now lead. */
	redirects: Redirect[];
	/** Roles under the first letter of their title, A–Z, for the glossary's jump list. */
	rolesByLetter: Array<{ letter: string; roles: Role[] }>;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

function buildPhases(roadmapId: string, roadmap: RoadmapData, input: ModelInput['phases']): Phase[] {
	const sorted = input.filter((p) => p.roadmap === roadmapId).sort((a, b) => a.data.order - b.data.order);
	const phases: Phase[] = [];
	let elapsed: WeekRange | null = { min: 0, max: 0 };
	const separate = new Set(roadmap.groups.filter((g) => g.separatePath).map((g) => g.id));
	for (const [index, entry] of sorted.entries()) {
		const weeks = entry.data.duration ? toWeeks(entry.data.duration) : null;
		const startsPath = entry.data.group !== undefined && separate.has(entry.data.group) && sorted[index - 1]?.data.group !== entry.data.group;
		if (startsPath) elapsed = { min: 0, max: 0 };
		const hours = weeklyHours(entry.data.hoursPerDay ?? roadmap.commitment.hoursPerDay, roadmap.commitment.daysPerWeek);
		phases.push({
			id: entry.id,
			roadmapId,
			entryId: `${roadmapId}/${entry.id}`,
			data: entry.data,
			url: phaseUrl(roadmapId, entry.id),
			number: index + 1,
			weeks,
			startWeek: elapsed,
			startsPath,
			effortHours: scaleWeeks(weeks, hours),
			previous: null,
			next: null,
		});
		elapsed = elapsed && sumWeeks([elapsed, weeks]);
	}
	phases.forEach((phase, i) => {
		phase.previous = phases[i - 1] ?? null;
		phase.next = phases[i + 1] ?? null;
	});
	return phases;
}

function phaseSections(data: RoadmapData, phases: Phase[]): Roadmap['sections'] {
	const ungrouped = phases.filter((p) => p.data.group === undefined);
	const grouped = data.groups.map((group) => ({ group, phases: phases.filter((p) => p.data.group === group.id) }));
	return [...(ungrouped.length > 0 ? [{ group: null, phases: ungrouped }] : []), ...grouped.filter((s) => s.phases.length > 0)];
}

function phasePaths(data: RoadmapData, phases: Phase[]): Roadmap['paths'] {
	const paths: Roadmap['paths'] = [{ group: null, phases: [] }];
	for (const phase of phases) {
		if (phase.startsPath) paths.push({ group: data.groups.find((g) => g.id === phase.data.group) ?? null, phases: [] });
		paths.at(-1)!.phases.push(phase);
	}
	return paths[0]!.phases.length === 0 && paths.length > 1 ? paths.slice(1) : paths;
}

function weeklyHours(hoursPerDay: NumberRange | undefined, daysPerWeek: NumberRange | undefined): NumberRange | null {
	if (!hoursPerDay || !daysPerWeek) return null;
	return { min: hoursPerDay.min * daysPerWeek.min, max: hoursPerDay.max * daysPerWeek.max };
}

/** Hours over a span of weeks at a weekly rate; null when either is unknown. */
function scaleWeeks(weeks: WeekRange | null, perWeek: NumberRange | null): WeekRange | null {
	if (!weeks || !perWeek) return null;
	return { min: weeks.min * perWeek.min, max: weeks.max === null ? null : weeks.max * perWeek.max };
}

/**
 * Builds everything pages show from validated content, once per build. Pages only render what this returns.
 */
export function buildSiteModel(input: ModelInput): SiteModel {
	const roadmaps: Roadmap[] = [...input.roadmaps]
		.sort((a, b) => a.data.order - b.data.order || byName(a.id, b.id))
		.map(({ id, data }) => {
			const phases = buildPhases(id, data, input.phases);
			const declaredWeeks = data.duration ? toWeeks(data.duration) : null;
			const paths = phasePaths(data, phases);
			const mainPath = paths[0]!.group === null ? paths[0]!.phases : [];
			const phaseWeeks = mainPath.length ? sumWeeks(mainPath.map((p) => p.weeks)) : null;
			const totalWeeks = declaredWeeks ?? phaseWeeks;
			const hoursPerWeek = weeklyHours(data.commitment.hoursPerDay, data.commitment.daysPerWeek);
			return {
				id,
				data,
				url: roadmapUrl(id),
				phases,
				sections: phaseSections(data, phases),
				paths,
				declaredWeeks,
				phaseWeeks,
				totalWeeks,
				hoursPerWeek,
				effortHours: scaleWeeks(totalWeeks, hoursPerWeek),
				projectCount: phases.reduce((n, p) => n + p.data.projects.length, 0),
				topicIds: [...new Set(phases.flatMap((p) => p.data.topics))],
				roleMentions: [],
			};
		});
	const allPhases = roadmaps.flatMap((r) => r.phases);

	const topics: Topic[] = input.topics
		.map(({ id, data }) => ({ id, data, url: topicUrl(id), phases: allPhases.filter((p) => p.data.topics.includes(id)), roles: [] as Role[] }))
		.sort((a, b) => byName(a.data.name, b.data.name));
	const topicById = new Map(topics.map((t) => [t.id, t]));

	const roles: Role[] = input.roles
		.map(({ id, data }) => ({
			id,
			data,
			url: roleUrl(id),
			roadmaps: roadmaps.filter((r) => data.mentions.some((m) => m.roadmap === r.id)),
			preparingPhases: allPhases.filter((p) => p.data.topics.some((t) => data.topics.includes(t))),
			related: [] as Role[],
		}))
		.sort((a, b) => byName(a.data.title, b.data.title));
	const roleById = new Map(roles.map((r) => [r.id, r]));
	for (const role of roles) {
		// Relations are symmetric even when only one side declares them.
		const declared = new Set(role.data.related);
		for (const other of roles) if (other.data.related.includes(role.id)) declared.add(other.id);
		role.related = [...declared].flatMap((id) => roleById.get(id) ?? []).sort((a, b) => byName(a.data.title, b.data.title));
		for (const topicId of role.data.topics) topicById.get(topicId)?.roles.push(role);
	}

	const categoryOrder = Object.keys(roleCategories);
	const rolesInSourceOrder = [...roles].sort(
		(a, b) => categoryOrder.indexOf(a.data.category) - categoryOrder.indexOf(b.data.category) || byName(a.data.title, b.data.title),
	);
	for (const roadmap of roadmaps) {
		for (const role of rolesInSourceOrder) {
			for (const mention of role.data.mentions.filter((m) => m.roadmap === roadmap.id)) {
				let group = roadmap.roleMentions.find((g) => g.heading === mention.heading);
				if (!group) roadmap.roleMentions.push((group = { heading: mention.heading, roles: [] }));
				group.roles.push({ role, title: mention.title, definition: mention.definition });
			}
		}
	}

	const lookup = <T>(map: Map<string, T>, what: string) => (id: string) => {
		const found = map.get(id);
		if (!found) throw new Error(`Unknown ${what} "${id}"`);
		return found;
	};

	return {
		roadmaps,
		topics,
		roles,
		roadmap: lookup(new Map(roadmaps.map((r) => [r.id, r])), 'roadmap'),
		topic: lookup(topicById, 'topic'),
		role: lookup(roleById, 'role'),
		topicsByCategory: topicCategories
			.map((category) => ({ category, topics: topics.filter((t) => t.data.category === category) }))
			.filter((group) => group.topics.length > 0),
		redirects: redirectsFor(input.roadmaps, input.phases),
		rolesByLetter: [...new Set(roles.map((r) => r.data.title.charAt(0).toUpperCase()))]
			.sort()
			.map((letter) => ({ letter, roles: roles.filter((r) => r.data.title.charAt(0).toUpperCase() === letter) })),
		rolesByCategory: (Object.keys(roleCategories) as RoleCategory[])
			.map((category) => ({ category, label: roleCategories[category], roles: roles.filter((r) => r.data.category === category) }))
			.filter((group) => group.roles.length > 0),
	};
}
