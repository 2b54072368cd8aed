import type { PhaseData, RoadmapData } from '../../schemas/roadmap.ts';
import type { RoleData } from '../../schemas/role.ts';
import type { TopicData } from '../../schemas/topic.ts';
import type { TrackData } from '../../schemas/track.ts';
import { slug } from '../../schemas/common.ts';
import type { ContentProblem } from './friendly-errors.ts';
import { fieldPath, showValue } from './friendly-errors.ts';
import { groupMembers } from '../model/groups.ts';
import { closestMatch } from './suggest.ts';
import { PRINT_FOLDER } from '../urls.ts';

interface Located<T> {
	id: string;
	/** Path of the file, as shown to authors. */
	file: string;
	data: T;
	/** Position of a field in the file; line 1 when positions are unknown. */
	positionOf?: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** Phase IDs taken by the roadmap's own pages (/roadmaps/<id>/print/). */
export const RESERVED_PHASE_IDS = [PRINT_FOLDER];

export interface ContentSet {
	roadmaps: Array<Located<RoadmapData>>;
	/** Phase entries; `id` is the phase slug and `roadmap` the folder it lives in. */
	phases: Array<Located<PhaseData> & { roadmap: string }>;
	topics: Array<Located<TopicData>>;
	roles: Array<Located<RoleData>>;
	tracks: Array<Located<TrackData>>;
}

/** A file that parsed but failed its schema: its raw data, whose references can still be checked. */
export type InvalidEntry = Located<unknown>;

const locate = (entry: Located<unknown>, path: PropertyKey[], message: string, got: unknown, fix: string): ContentProblem => ({
	file: entry.file,
	...(entry.positionOf?.(path) ?? { line: 1, column: 1 }),
	field: fieldPath(path),
	message,
	got: showValue(got),
	fix,
});

/** Where a new entry with that ID would live: roadmaps are folders, topics and roles YAML files, phases "roadmap/phase". */
const NEW_FILE = {
	topic: (id: string) => `content/topics/${id}.yaml`,
	role: (id: string) => `content/roles/${id}.yaml`,
	track: (id: string) => `content/tracks/${id}.yaml`,
	roadmap: (id: string) => `content/roadmaps/${id}/index.mdx`,
	phase: (key: string) => `content/roadmaps/${key}.mdx`,
};

/**
 * The problem with a reference to an ID that is neither `known` nor a file that exists but is `broken`.
 * `newFile` is where the missing entry would go, when `value` alone does not say (a phase ID of the same roadmap).
 */
function unknownReference(
	entry: Located<unknown>,
	path: PropertyKey[],
	value: string,
	known: string[],
	broken: string[] | undefined,
	what: keyof typeof NEW_FILE,
	newFile = NEW_FILE[what](value),
): ContentProblem | null {
	if (known.includes(value) || broken?.includes(value)) return null;
	const suggestion = closestMatch(value, known);
	return locate(entry, path, `unknown ${what} "${value}"`, value, suggestion ? `did you mean "${suggestion}"?` : `use the ID of an existing ${what}, or add ${newFile}`);
}

/** Unknown topics in the `topics` list of files that failed their schema (when that list is a list of strings). */
export function invalidEntryTopicProblems(entries: InvalidEntry[], content: ContentSet, unloaded: UnloadedIds = {}): ContentProblem[] {
	const topicIds = content.topics.map((t) => t.id);
	return entries.flatMap((entry) => {
		const topics = (entry.data as { topics?: unknown } | null)?.topics;
		if (!Array.isArray(topics)) return [];
		// A value that is not even a slug already has its schema problem.
		return topics.flatMap((topic, i) =>
			typeof topic === 'string' && slug.safeParse(topic).success ? (unknownReference(entry, ['topics', i], topic, topicIds, unloaded.topics, 'topic') ?? []) : [],
		);
	});
}

/** IDs of files that exist but could not be read or validated. */
export interface UnloadedIds {
	roadmaps?: string[];
	/** As "roadmap/phase". */
	phases?: string[];
	topics?: string[];
	roles?: string[];
	tracks?: string[];
}

/**
 * Every reference between content files must resolve, and every ID and alias must be unambiguous,
 * because they become URLs. Returns all problems rather than stopping at the first.
 * References to `unloaded` files are not reported: the file's own problem already is, and
 * "add the file" would be wrong advice for a file that exists.
 */
export function crossReferenceProblems(content: ContentSet, unloaded: UnloadedIds = {}): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const report = (entry: Located<unknown>, path: PropertyKey[], message: string, got: unknown, fix: string) => problems.push(locate(entry, path, message, got, fix));

	const topicIds = content.topics.map((t) => t.id);
	const roadmapIds = content.roadmaps.map((r) => r.id);
	const roleIds = content.roles.map((r) => r.id);
	const trackIds = content.tracks.map((t) => t.id);
	const checkRef = (entry: Located<unknown>, path: PropertyKey[], value: string, known: string[], broken: string[] | undefined, what: keyof typeof NEW_FILE) => {
		const problem = unknownReference(entry, path, value, known, broken, what);
		if (problem) problems.push(problem);
	};

	const roadmapsById = new Map(content.roadmaps.map((r) => [r.id, r]));
	for (const phase of content.phases) {
		if (RESERVED_PHASE_IDS.includes(phase.id)) {
			report(phase, [], `phase ID "${phase.id}" is reserved for the roadmap's own page /roadmaps/${phase.roadmap}/${phase.id}/`, phase.id, 'rename the file');
		}
		const roadmap = roadmapsById.get(phase.roadmap);
		if (!roadmap && !unloaded.roadmaps?.includes(phase.roadmap)) {
			report(phase, [], `phase has no roadmap overview`, phase.roadmap, `add ${NEW_FILE.roadmap(phase.roadmap)}`);
		}
		phase.data.topics.forEach((topic, i) => checkRef(phase, ['topics', i], topic, topicIds, unloaded.topics, 'topic'));
		if (phase.data.group !== undefined && roadmap) {
			const groups = roadmap.data.groups.map((g) => g.id);
			if (!groups.includes(phase.data.group)) {
				const suggestion = closestMatch(phase.data.group, groups);
				report(
					phase,
					['group'],
					`unknown group "${phase.data.group}"`,
					phase.data.group,
					suggestion
						? `did you mean "${suggestion}"?`
						: groups.length
							? `use one of ${groups.map((g) => `"${g}"`).join(', ')} (declared in ${roadmap.file} under \`groups\`)`
							: `declare it under \`groups\` in ${roadmap.file}, or remove \`group\``,
				);
			}
		}
	}

	for (const roadmap of content.roadmaps) checkRef(roadmap, ['track'], roadmap.data.track, trackIds, unloaded.tracks, 'track');

	for (const role of content.roles) {
		role.data.topics.forEach((topic, i) => checkRef(role, ['topics', i], topic, topicIds, unloaded.topics, 'topic'));
		role.data.related.forEach((related, i) => checkRef(role, ['related', i], related, roleIds, unloaded.roles, 'role'));
		role.data.mentions.forEach((mention, i) =>
			checkRef(role, ['mentions', i, 'roadmap'], mention.roadmap, roadmapIds, unloaded.roadmaps, 'roadmap'),
		);
	}

	// Order and IDs within each roadmap: phases are listed and numbered by `order`, and reached by ID or alias.
	for (const roadmap of content.roadmaps) {
		const phases = content.phases.filter((p) => p.roadmap === roadmap.id);
		const byOrder = new Map<number, string>();
		for (const phase of phases) {
			const other = byOrder.get(phase.data.order);
			if (other !== undefined) {
				report(phase, ['order'], `order ${phase.data.order} is also used by phase "${other}"`, phase.data.order, 'give each phase of a roadmap a different `order`');
			} else {
				byOrder.set(phase.data.order, phase.id);
			}
		}
		checkSlugClaims(
			phases.map((p) => ({ entry: p, slugs: [p.id, ...p.data.aliases] })),
			report,
			`a phase of ${roadmap.id}`,
		);
	}
	checkSlugClaims(content.roadmaps.map((r) => ({ entry: r, slugs: [r.id, ...r.data.aliases] })), report, 'a roadmap');
	problems.push(...groupProblems(content, unloaded), ...prerequisiteProblems(content, unloaded));
	return problems;
}

type LocatedPhase = ContentSet['phases'][number];
const phaseKey = (phase: LocatedPhase) => `${phase.roadmap}/${phase.id}`;
/** "roadmap/phase" of a `requires` entry, which may name a phase of the same roadmap by its ID alone. */
const requiredKey = (phase: LocatedPhase, ref: string) => (ref.includes('/') ? ref : `${phase.roadmap}/${ref}`);

/**
 * A group's `parent` is another group of the roadmap that is not itself nested (groups nest one level), and an
 * elective group cannot ask for more members than it has.
 */
function groupProblems(content: ContentSet, unloaded: UnloadedIds): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const roadmap of content.roadmaps) {
		const { groups } = roadmap.data;
		const phases = content.phases.filter((p) => p.roadmap === roadmap.id);
		// A phase that failed its schema may belong to any group: counting members without it would be wrong.
		const phasesComplete = !unloaded.phases?.some((key) => key.startsWith(`${roadmap.id}/`));
		groups.forEach((group, i) => {
			const report = (field: string, message: string, got: unknown, fix: string) => problems.push(locate(roadmap, ['groups', i, field], message, got, fix));
			if (group.parent === group.id) {
				report('parent', 'a group cannot be its own parent', group.parent, 'name the group it sits under, or remove `parent`');
			} else if (group.parent !== undefined) {
				const parent = groups.find((g) => g.id === group.parent);
				const others = groups.filter((g) => g !== group).map((g) => g.id);
				if (!parent) {
					const suggestion = closestMatch(group.parent, others);
					report(
						'parent',
						`unknown group "${group.parent}"`,
						group.parent,
						suggestion ? `did you mean "${suggestion}"?` : others.length ? `use one of ${others.map((g) => `"${g}"`).join(', ')}` : 'declare the parent group under `groups`, or remove `parent`',
					);
				} else if (parent.parent !== undefined) {
					report('parent', `group "${parent.id}" is itself under "${parent.parent}", and groups nest only one level`, group.parent, `put "${group.id}" under "${parent.parent}", or remove \`parent\` from "${parent.id}"`);
				}
			}
			if (group.choose !== undefined && phasesComplete) {
				const members = groupMembers(groups, group, phases);
				const nested = groups.some((g) => g.parent === group.id);
				if (group.choose > members.length) {
					const what = nested ? 'sub-group' : 'phase';
					report(
						'choose',
						`choose ${group.choose} is more than the group's ${members.length} ${what}${members.length === 1 ? '' : 's'}${members.length ? ` (${members.map((m) => `"${m}"`).join(', ')})` : ''}`,
						group.choose,
						`${members.length ? `choose at most ${members.length}, or add ${what}s` : `add ${what}s`} with \`${nested ? 'parent' : 'group'}: ${group.id}\``,
					);
				}
			}
		});
	}
	return problems;
}

/**
 * Every `requires` entry names an existing phase other than the requiring one, and requirements do not go round
 * in a cycle (no phase could be started first).
 */
function prerequisiteProblems(content: ContentSet, unloaded: UnloadedIds): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const keys = content.phases.map(phaseKey);
	for (const phase of content.phases) {
		phase.data.requires.forEach((ref, i) => {
			const key = requiredKey(phase, ref);
			if (key === phaseKey(phase)) {
				problems.push(locate(phase, ['requires', i], 'a phase cannot require itself', ref, 'remove it from `requires`'));
				return;
			}
			// Written as "roadmap/phase", it is looked for among all phases; as an ID alone, among its own roadmap's.
			const problem = ref.includes('/')
				? unknownReference(phase, ['requires', i], ref, keys, unloaded.phases, 'phase')
				: unknownReference(
						phase,
						['requires', i],
						ref,
						content.phases.filter((p) => p.roadmap === phase.roadmap).map((p) => p.id),
						unloaded.phases?.filter((k) => k.startsWith(`${phase.roadmap}/`)).map((k) => k.slice(phase.roadmap.length + 1)),
						'phase',
						NEW_FILE.phase(key),
					);
			if (problem) problems.push(problem);
		});
	}
	return [...problems, ...cycleProblems(content.phases)];
}

/** One problem per requires cycle, at the requirement leaving the cycle's first phase (by "roadmap/phase"). */
function cycleProblems(phases: readonly LocatedPhase[]): ContentProblem[] {
	const byKey = new Map(phases.map((p) => [phaseKey(p), p]));
	const edges = (phase: LocatedPhase) =>
		phase.data.requires
			.map((ref, index) => ({ to: requiredKey(phase, ref), index }))
			.filter(({ to }) => to !== phaseKey(phase) && byKey.has(to));
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const cycles = new Map<string, string[]>();
	const visit = (key: string) => {
		state.set(key, 'open');
		stack.push(key);
		for (const { to } of edges(byKey.get(key)!)) {
			if (state.get(to) === 'open') {
				const cycle = stack.slice(stack.indexOf(to));
				const first = cycle.indexOf([...cycle].sort()[0]!);
				const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
				cycles.set(rotated.join(' '), rotated);
			} else if (!state.has(to)) visit(to);
		}
		stack.pop();
		state.set(key, 'done');
	};
	for (const key of [...byKey.keys()].sort()) if (!state.has(key)) visit(key);
	return [...cycles.values()].map((cycle) => {
		const phase = byKey.get(cycle[0]!)!;
		const next = cycle[1] ?? cycle[0]!;
		const { index } = edges(phase).find((e) => e.to === next)!;
		// Within one roadmap, the IDs alone read as the author wrote them.
		const sameRoadmap = cycle.every((key) => byKey.get(key)!.roadmap === phase.roadmap);
		const names = [...cycle, cycle[0]!].map((key) => (sameRoadmap ? byKey.get(key)!.id : key));
		return locate(phase, ['requires', index], `requires cycle: ${names.join(' → ')}`, phase.data.requires[index], 'no phase of a cycle can be started first: remove one of these requirements');
	});
}

/** An alias may not equal a live ID or another alias: one URL must lead to one place. */
function checkSlugClaims(
	claims: Array<{ entry: Located<{ aliases: string[] }>; slugs: string[] }>,
	report: (entry: Located<unknown>, path: PropertyKey[], message: string, got: unknown, fix: string) => void,
	what: string,
) {
	const owner = new Map<string, string>();
	for (const { entry } of claims) owner.set(entry.id, entry.id);
	for (const { entry } of claims) {
		entry.data.aliases.forEach((alias, i) => {
			const claimedBy = owner.get(alias);
			if (claimedBy !== undefined && claimedBy !== entry.id) {
				report(
					entry,
					['aliases', i],
					`alias "${alias}" is already the ${claimedBy === alias ? 'ID' : 'alias'} of ${what} "${claimedBy}"`,
					alias,
					'remove this alias, or the other claim to it: one URL can lead to only one page',
				);
			} else if (claimedBy === entry.id && alias === entry.id) {
				report(entry, ['aliases', i], 'alias equals the entry\'s own ID', alias, 'remove it');
			} else {
				owner.set(alias, entry.id);
			}
		});
	}
}
