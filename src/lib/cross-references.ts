import type { PhaseData, RoadmapData } from '../schemas/roadmap.ts';
import type { RoleData } from '../schemas/role.ts';
import type { TopicData } from '../schemas/topic.ts';
import { slug } from '../schemas/common.ts';
import type { ContentProblem } from './friendly-errors.ts';
import { fieldPath, showValue } from './friendly-errors.ts';
import { closestMatch } from './suggest.ts';

interface Located<T> {
	id: string;
	/** Path of the file, as shown to authors. */
	file: string;
	data: T;
	/** Position of a field in the file; line 1 when positions are unknown. */
	positionOf?: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** Phase IDs taken by the roadmap's own pages (/roadmaps/<id>/print/). */
export const RESERVED_PHASE_IDS = ['print'];

export interface ContentSet {
	roadmaps: Array<Located<RoadmapData>>;
	/** Phase entries; `id` is the phase slug and `roadmap` the folder it lives in. */
	phases: Array<Located<PhaseData> & { roadmap: string }>;
	topics: Array<Located<TopicData>>;
	roles: Array<Located<RoleData>>;
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

/** Where a new entry with that ID would live: roadmaps are folders, topics and roles YAML files. */
const NEW_FILE = {
	topic: (id: string) => `content/topics/${id}.yaml`,
	role: (id: string) => `content/roles/${id}.yaml`,
	roadmap: (id: string) => `content/roadmaps/${id}/index.mdx`,
};

/** The problem with a reference to an ID that is neither `known` nor a file that exists but is `broken`. */
function unknownReference(entry: Located<unknown>, path: PropertyKey[], value: string, known: string[], broken: string[] | undefined, what: keyof typeof NEW_FILE): ContentProblem | null {
	if (known.includes(value) || broken?.includes(value)) return null;
	const suggestion = closestMatch(value, known);
	return locate(entry, path, `unknown ${what} "${value}"`, value, suggestion ? `did you mean "${suggestion}"?` : `use the ID of an existing ${what}, or add ${NEW_FILE[what](value)}`);
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
	topics?: string[];
	roles?: string[];
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
	return problems;
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
