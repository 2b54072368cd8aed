import type { NumberRange } from '../../schemas/common.ts';
import type { PhaseData, RoadmapData } from '../../schemas/roadmap.ts';
import { roleCategories, type RoleCategory, type RoleData } from '../../schemas/role.ts';
import { type TopicCategory, topicCategories, topicCategoryLabels, type TopicData } from '../../schemas/topic.ts';
import type { TrackData } from '../../schemas/track.ts';
import { toWeeks, type WeekRange } from './durations.ts';
import { type Facet, type FacetKey, facetsOf, facetValues } from './facets.ts';
import { type Group, groupMembers, subGroups } from './groups.ts';
import { siteRedirects, type Redirect } from './redirects.ts';
import { roadmapRenderKey } from './render-keys.ts';
import { type ElectiveStep, type Layout, layOut } from './schedule.ts';
import { phaseUrl, roadmapUrl, roleUrl, topicUrl, trackCompareUrl, trackUrl } from '../urls.ts';

/** The language of the site's own words (navigation, labels, facts); roadmaps may be written in others. */
export const SITE_LANGUAGE = 'en';

export interface TextAttributes {
	lang?: string;
	dir?: 'rtl';
}

export function textAttributes(language: string): TextAttributes {
	if (language === SITE_LANGUAGE) return {};
	const locale = new Intl.Locale(language);
	return locale.getTextInfo().direction === 'rtl' ? { lang: language, dir: 'rtl' } : { lang: language };
}

/** Each entry may carry the content layer's digest of its file, which the roadmaps' render keys are made of. */
export interface ModelInput {
	roadmaps: Array<{ id: string; data: RoadmapData; digest?: string | number | undefined }>;
	/** `id` is the phase slug (file name); `roadmap` the roadmap folder it lives in. */
	phases: Array<{ id: string; roadmap: string; data: PhaseData; digest?: string | number | undefined }>;
	topics: Array<{ id: string; data: TopicData; digest?: string | number | undefined }>;
	roles: Array<{ id: string; data: RoleData; digest?: string | number | undefined }>;
	tracks: Array<{ id: string; data: TrackData; digest?: string | number | undefined }>;
	/** URLs the site has published (content/published-urls.txt): former pair comparisons among them keep redirecting. */
	publishedUrls: string[];
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
	/** Its length in weeks: the duration the source gives, else its study hours at the weekly hours it plans; null when unknown. */
	weeks: WeekRange | null;
	/**
	 * Weeks elapsed before this phase starts on its path, if every earlier phase of the path has a known duration.
	 * Alternatives of an elective group all start where the group starts; after it, the start is a range from its
	 * shortest to its longest alternatives.
	 */
	startWeek: WeekRange | null;
	/**
	 * The group whose stated length the phase's schedule falls back on: its own group's, else its parent's, unless
	 * that is an elective group (its length is the choice's).
	 */
	lengthGroup: { group: Group; weeks: WeekRange } | null;
	/**
	 * True when the phase has no length of its own and the schedule gives it its group's: the group's phases do not
	 * all state one, so they all start where the group starts and share its length ("Week 3" over three lessons).
	 */
	sharesGroupLength: boolean;
	/** First phase of a separate path (a group with `separatePath`): its schedule restarts at week 1. */
	startsPath: boolean;
	/** Study hours per week for this phase: its own hoursPerWeek, else its hoursPerDay × the roadmap's days, else the roadmap's. */
	hoursPerWeek: NumberRange | null;
	/** Study hours the phase takes: the source's own figure, else weeks × hours per week; null when the source gives neither. */
	effortHours: WeekRange | null;
	/** Elective choices the phase is an alternative in, outermost first, as the schedulers need them. */
	electives: ElectiveStep[];
	/** The same choices for display: the elective groups, outermost first. */
	choices: Choice[];
	/** Phases to finish first (`requires`), in the order the source lists them; possibly of other roadmaps. */
	requires: Phase[];
	/** Phases that require this one, of any roadmap, in site order. */
	unlocks: Phase[];
	/** The groups the phase is in, outermost first, each as its heading on the roadmap's page: the breadcrumb trail. */
	groupTrail: Array<{ title: string; url: string }>;
	previous: Phase | null;
	next: Phase | null;
}

/** An elective group: the reader takes `choose` of its `of` members (its sub-groups, else its phases). */
export interface Choice {
	group: Group;
	choose: number;
	of: number;
	/** What the reader chooses among. */
	among: 'sub-groups' | 'phases';
}

/** A heading of the overview's phase list with the phases directly under it. */
export interface Section {
	/** Null for the phases outside every group. */
	group: Group | null;
	/** 0 for a top-level group, 1 for a sub-group (it follows its parent's section). */
	depth: 0 | 1;
	/** The group's phases that come after one of its sub-groups: shown where they stand, without its heading again. */
	continued?: true;
	/** Set when the group is elective. */
	choice: Choice | null;
	phases: Phase[];
}

export interface Roadmap {
	id: string;
	data: RoadmapData;
	url: string;
	/**
	 * The `lang` and `dir` of elements showing the roadmap's own text (its titles, summary and bodies): empty when it is
	 * the site's language, English; `dir` only for a script written right to left (Arabic, Hebrew…), so such a
	 * roadmap reads from the right inside the site's English pages.
	 */
	textAttributes: TextAttributes;
	track: Track;
	/** Its option in each filter of the home and track pages (the track, level, length and hours-per-week buckets). */
	facets: Record<FacetKey, string>;
	phases: Phase[];
	/**
	 * Phases under their group headings, in order: the ungrouped phases first (untitled), then each top-level group
	 * followed by its sub-groups. Groups with no phases, directly or in a sub-group, are left out.
	 */
	sections: Section[];
	/**
	 * The schedules the phases follow: the main path first, then each separate path (its group), which starts
	 * at week 1 again. One main path with no phases when the roadmap has none.
	 */
	paths: Array<{ group: Group | null; phases: Phase[] }>;
	/** The total the source declares, in weeks; null when it declares none. */
	declaredWeeks: WeekRange | null;
	/**
	 * Length of the main path (separate paths excluded), a range when it has elective groups; null when any phase has
	 * none and no group it is in states one.
	 */
	phaseWeeks: WeekRange | null;
	/** What the site shows as the roadmap's length: the declared total, else the phases' sum. */
	totalWeeks: WeekRange | null;
	/**
	 * Whether any phase has a known length, its own or its group's: without one there is no schedule to show, nor to
	 * plan at the reader's pace.
	 */
	timed: boolean;
	/**
	 * Some phase's length is known only as study hours and the source plans no weekly hours: the schedule waits for
	 * the reader's pace.
	 */
	pacedByReader: boolean;
	/**
	 * Study hours per week: the commitment's hoursPerWeek, else its hours/day × days/week, else the range over the
	 * phases when every phase gives its own; null otherwise.
	 */
	hoursPerWeek: NumberRange | null;
	/**
	 * Total study hours: the declared total × the commitment's weekly hours when the source gives both, else the
	 * main path's phase efforts summed (elective groups as ranges), else weeks × hours per week; null when unknown.
	 */
	effortHours: WeekRange | null;
	projectCount: number;
	topicIds: string[];
	/** Job roles this roadmap's source lists, under the source's own headings and wording. */
	roleMentions: Array<{ heading: string; roles: Array<{ role: Role; title: string; definition: string }> }>;
	/** Changes whenever anything its overview, printable and phase pages show changes (see render-keys.ts). */
	renderKey: string;
}

export interface Track {
	id: string;
	data: TrackData;
	url: string;
	/** The track's comparison page: its roadmaps side by side, their timeline and topic coverage. */
	compareUrl: string;
	/** The track's roadmaps, in site order. */
	roadmaps: Roadmap[];
	/** Filters over the track's roadmaps, for its page: level, length and hours per week. */
	facets: Array<Facet<Roadmap>>;
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
	/** Every track in order (`order`, then name), including any without roadmaps yet. */
	tracks: Track[];
	/** Filters over all roadmaps, for the home page: track, level, length and hours per week. */
	facets: Array<Facet<Roadmap>>;
	topics: Topic[];
	roles: Role[];
	roadmap(id: string): Roadmap;
	track(id: string): Track;
	topic(id: string): Topic;
	role(id: string): Role;
	topicsByCategory: Array<{ category: TopicCategory; label: string; topics: Topic[] }>;
	rolesByCategory: Array<{ category: RoleCategory; label: string; roles: Role[] }>;
	/** Former URLs (from `aliases`, and published pair comparisons) and where they now lead. */
	redirects: Redirect[];
	/** Roles under the first letter of their title, A–Z, for the glossary's jump list. */
	rolesByLetter: Array<{ letter: string; roles: Role[] }>;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

type Commitment = RoadmapData['commitment'];

function weeklyHours(hoursPerDay: NumberRange | undefined, daysPerWeek: NumberRange | undefined): NumberRange | null {
	if (!hoursPerDay || !daysPerWeek) return null;
	return { min: hoursPerDay.min * daysPerWeek.min, max: hoursPerDay.max * daysPerWeek.max };
}

const commitmentHours = (commitment: Commitment) => commitment.hoursPerWeek ?? weeklyHours(commitment.hoursPerDay, commitment.daysPerWeek);

/** A phase's own weekly hours win; a phase that states only daily hours needs the roadmap's days per week. */
function phaseHours(data: PhaseData, commitment: Commitment): NumberRange | null {
	if (data.hoursPerWeek) return data.hoursPerWeek;
	if (data.hoursPerDay) return weeklyHours(data.hoursPerDay, commitment.daysPerWeek);
	return commitmentHours(commitment);
}

/** Hours over a span of weeks at a weekly rate; null when either is unknown. */
function scaleWeeks(weeks: WeekRange | null, perWeek: NumberRange | null): WeekRange | null {
	if (!weeks || !perWeek) return null;
	return { min: weeks.min * perWeek.min, max: weeks.max === null ? null : weeks.max * perWeek.max };
}

/** Weeks that study hours take at a weekly rate: the fewest hours at the most a week, to the most at the fewest. */
function weeksOfEffort(hours: NumberRange | null, perWeek: NumberRange | null): WeekRange | null {
	if (!hours || !perWeek || perWeek.min <= 0) return null;
	return { min: hours.min / perWeek.max, max: hours.max / perWeek.min };
}

/** The phase's group and that group's parent, when it has them. */
function groupsOf(groups: readonly Group[], data: PhaseData): { group: Group | undefined; parent: Group | undefined } {
	const group = groups.find((g) => g.id === data.group);
	return { group, parent: groups.find((g) => g.id === group?.parent) };
}

/** A separate path is a group with `separatePath`, or a sub-group of one. */
function pathGroupOf(groups: readonly Group[], data: PhaseData): Group | undefined {
	const { group, parent } = groupsOf(groups, data);
	return [group, parent].find((g) => g?.separatePath);
}

function choiceOf(groups: readonly Group[], group: Group, phases: ReadonlyArray<{ id: string; data: PhaseData }>): Choice | null {
	if (group.choose === undefined) return null;
	return { group, choose: group.choose, of: groupMembers(groups, group, phases).length, among: subGroups(groups, group.id).length > 0 ? 'sub-groups' : 'phases' };
}

function buildPhases(roadmapId: string, roadmap: RoadmapData, input: ModelInput['phases']): Phase[] {
	const sorted = input.filter((p) => p.roadmap === roadmapId).sort((a, b) => a.data.order - b.data.order);
	const { groups } = roadmap;
	const phases = sorted.map((entry, index): Phase => {
		const { group, parent } = groupsOf(groups, entry.data);
		// Outermost first: the parent offers its sub-groups; a group without sub-groups offers its phases.
		const electives: Array<{ step: ElectiveStep; group: Group }> = [];
		if (group && parent?.choose) electives.push({ step: { id: parent.id, alternative: group.id, choose: parent.choose }, group: parent });
		if (group?.choose && subGroups(groups, group.id).length === 0) {
			electives.push({ step: { id: group.id, alternative: entry.id, choose: group.choose }, group });
		}
		const hoursPerWeek = phaseHours(entry.data, roadmap.commitment);
		const statedEffort = entry.data.effortHours ?? null;
		const weeks = entry.data.duration ? toWeeks(entry.data.duration) : weeksOfEffort(statedEffort, hoursPerWeek);
		const timedGroup = [group, parent].find((g) => g?.duration);
		// An elective group's length is the choice's, not one its phases share.
		const lengthGroup = timedGroup?.choose === undefined ? timedGroup : undefined;
		return {
			id: entry.id,
			roadmapId,
			entryId: `${roadmapId}/${entry.id}`,
			data: entry.data,
			url: phaseUrl(roadmapId, entry.id),
			number: index + 1,
			weeks,
			startWeek: null,
			lengthGroup: lengthGroup ? { group: lengthGroup, weeks: toWeeks(lengthGroup.duration!) } : null,
			sharesGroupLength: false,
			startsPath: false,
			hoursPerWeek,
			effortHours: statedEffort ?? scaleWeeks(weeks, hoursPerWeek),
			electives: electives.map((e) => e.step),
			choices: electives.map((e) => choiceOf(groups, e.group, sorted)!),
			requires: [],
			unlocks: [],
			groupTrail: [parent, group].flatMap((g) => (g ? [{ title: g.label ? `${g.label} · ${g.title}` : g.title, url: `${roadmapUrl(roadmapId)}#${g.id}` }] : [])),
			previous: null,
			next: null,
		};
	});
	const pathGroups = phases.map((phase) => pathGroupOf(groups, phase.data));
	phases.forEach((phase, i) => {
		phase.startsPath = pathGroups[i] !== undefined && pathGroups[i] !== pathGroups[i - 1];
		phase.previous = phases[i - 1] ?? null;
		phase.next = phases[i + 1] ?? null;
	});
	return phases;
}

/** Lays the phases out by `span` (weeks, or effort hours), with their paths and elective groups. */
const layOutPhases = (phases: readonly Phase[], span: (phase: Phase) => WeekRange | null, byGroupLength: boolean): Layout =>
	layOut(
		phases.map((p) => ({
			span: span(p),
			startsPath: p.startsPath,
			electives: p.electives,
			block: byGroupLength && p.lengthGroup ? { id: p.lengthGroup.group.id, span: p.lengthGroup.weeks } : undefined,
		})),
	);

function phaseSections(data: RoadmapData, phases: Phase[]): Section[] {
	const section = (group: Group | null, depth: 0 | 1): Section => ({
		group,
		depth,
		choice: group && choiceOf(data.groups, group, phases),
		phases: phases.filter((p) => p.data.group === (group?.id ?? undefined)),
	});
	// A top-level group and its sub-groups make one block; phases outside any group make blocks of their own, one per
	// run, so that every block stands where its first phase is in the roadmap.
	const blocks: Section[][] = [];
	for (const group of data.groups.filter((g) => g.parent === undefined)) {
		const nested = subGroups(data.groups, group.id).map((g) => section(g, 1)).filter((s) => s.phases.length > 0);
		const own = section(group, 0);
		if (own.phases.length > 0 || nested.length > 0) blocks.push(inPhaseOrder(own, nested));
	}
	for (const phase of phases.filter((p) => p.data.group === undefined)) {
		const last = blocks.find((b) => b[0]!.group === null && b[0]!.phases.at(-1)!.number === phase.number - 1);
		if (last) last[0]!.phases.push(phase);
		else blocks.push([{ group: null, depth: 0, choice: null, phases: [phase] }]);
	}
	const first = (block: Section[]) => Math.min(...block.flatMap((s) => s.phases.map((p) => p.number)));
	return blocks.sort((a, b) => first(a) - first(b)).flat();
}

/**
 * A group's section, then its sub-groups' in the order of their phases; the group's own phases that come after a
 * sub-group's ("Installations", its guides, then its last lessons) continue after it, so the numbers run in order.
 */
function inPhaseOrder(own: Section, nested: Section[]): Section[] {
	const first = (section: Section) => section.phases[0]!.number;
	const sorted = [...nested].sort((a, b) => first(a) - first(b));
	const before = sorted.length > 0 ? own.phases.filter((p) => p.number < first(sorted[0]!)) : own.phases;
	const out: Section[] = [{ ...own, phases: before }];
	sorted.forEach((sub, i) => {
		out.push(sub);
		const next = sorted[i + 1];
		const after = own.phases.filter((p) => p.number > first(sub) && (!next || p.number < first(next)));
		if (after.length > 0) out.push({ ...own, choice: null, continued: true, phases: after });
	});
	return out;
}

function phasePaths(data: RoadmapData, phases: Phase[]): Roadmap['paths'] {
	const paths: Roadmap['paths'] = [{ group: null, phases: [] }];
	for (const phase of phases) {
		if (phase.startsPath) paths.push({ group: pathGroupOf(data.groups, phase.data) ?? null, phases: [] });
		paths.at(-1)!.phases.push(phase);
	}
	return paths[0]!.phases.length === 0 && paths.length > 1 ? paths.slice(1) : paths;
}

/** Resolves every phase's `requires` ("id" in its roadmap, or "roadmap/id") and fills in the reverse `unlocks`. */
function linkPrerequisites(phases: Phase[]): void {
	const byKey = new Map(phases.map((p) => [p.entryId, p]));
	for (const phase of phases) {
		phase.requires = phase.data.requires.map((ref) => {
			const required = byKey.get(ref.includes('/') ? ref : `${phase.roadmapId}/${ref}`);
			// The content check reports unknown phases with their file and line before the model is built.
			if (!required) throw new Error(`Phase "${phase.entryId}" requires unknown phase "${ref}"`);
			required.unlocks.push(phase);
			return required;
		});
	}
}

/**
 * Builds everything pages show from validated content, once per build. Pages only render what this returns.
 */
export function buildSiteModel(input: ModelInput): SiteModel {
	const tracks: Track[] = [...input.tracks]
		.sort((a, b) => a.data.order - b.data.order || byName(a.data.name, b.data.name))
		.map(({ id, data }) => ({ id, data, url: trackUrl(id), compareUrl: trackCompareUrl(id), roadmaps: [], facets: [] }));
	const trackById = new Map(tracks.map((t) => [t.id, t]));
	const roadmaps: Roadmap[] = [...input.roadmaps]
		.sort((a, b) => a.data.order - b.data.order || byName(a.id, b.id))
		.map(({ id, data }) => {
			const phases = buildPhases(id, data, input.phases);
			const schedule = layOutPhases(phases, (p) => p.weeks, true);
			phases.forEach((phase, i) => {
				phase.startWeek = schedule.starts[i]!;
				phase.sharesGroupLength = schedule.withinBlock[i]!;
			});
			const declaredWeeks = data.duration ? toWeeks(data.duration) : null;
			const paths = phasePaths(data, phases);
			// The main path is the first unless the roadmap opens with a separate one.
			const mainPath = (layout: Layout) => (paths[0]!.group === null ? (layout.paths[0] ?? null) : null);
			const phaseWeeks = mainPath(schedule);
			// Groups state lengths, not effort.
			const phaseEffort = mainPath(layOutPhases(phases, (p) => p.effortHours, false));
			const totalWeeks = declaredWeeks ?? phaseWeeks;
			const committed = commitmentHours(data.commitment);
			const hoursPerWeek =
				committed ??
				(phases.length > 0 && phases.every((p) => p.hoursPerWeek)
					? { min: Math.min(...phases.map((p) => p.hoursPerWeek!.min)), max: Math.max(...phases.map((p) => p.hoursPerWeek!.max)) }
					: null);
			const track = trackById.get(data.track);
			// The content check reports unknown tracks with their file and line before the model is built.
			if (!track) throw new Error(`Roadmap "${id}" is in unknown track "${data.track}"`);
			return {
				id,
				data,
				url: roadmapUrl(id),
				textAttributes: textAttributes(data.language),
				track,
				facets: facetValues({ track, data, totalWeeks, hoursPerWeek }),
				phases,
				sections: phaseSections(data, phases),
				paths,
				declaredWeeks,
				phaseWeeks,
				totalWeeks,
				timed: phases.some((phase) => phase.weeks !== null || phase.lengthGroup !== null || phase.effortHours !== null),
				pacedByReader: hoursPerWeek === null && phases.some((phase) => phase.weeks === null && phase.data.effortHours !== undefined),
				hoursPerWeek,
				effortHours: (declaredWeeks && committed ? scaleWeeks(declaredWeeks, committed) : null) ?? phaseEffort ?? scaleWeeks(totalWeeks, hoursPerWeek),
				projectCount: phases.reduce((n, p) => n + p.data.projects.length, 0),
				topicIds: [...new Set(phases.flatMap((p) => p.data.topics))],
				roleMentions: [],
				renderKey: '',
			};
		});
	for (const roadmap of roadmaps) roadmap.track.roadmaps.push(roadmap);
	for (const track of tracks) track.facets = facetsOf(track.roadmaps, ['level', 'length', 'hours'], tracks);
	const allPhases = roadmaps.flatMap((r) => r.phases);
	linkPrerequisites(allPhases);
	const renderKey = roadmapRenderKey(input);
	for (const roadmap of roadmaps) roadmap.renderKey = renderKey(roadmap);

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
		tracks,
		facets: facetsOf(roadmaps, ['track', 'level', 'length', 'hours'], tracks),
		topics,
		roles,
		roadmap: lookup(new Map(roadmaps.map((r) => [r.id, r])), 'roadmap'),
		track: lookup(trackById, 'track'),
		topic: lookup(topicById, 'topic'),
		role: lookup(roleById, 'role'),
		topicsByCategory: topicCategories
			.map((category) => ({ category, label: topicCategoryLabels[category], topics: topics.filter((t) => t.data.category === category) }))
			.filter((group) => group.topics.length > 0),
		redirects: siteRedirects(input.roadmaps, input.phases, input.publishedUrls),
		rolesByLetter: [...new Set(roles.map((r) => r.data.title.charAt(0).toUpperCase()))]
			.sort()
			.map((letter) => ({ letter, roles: roles.filter((r) => r.data.title.charAt(0).toUpperCase() === letter) })),
		rolesByCategory: (Object.keys(roleCategories) as RoleCategory[])
			.map((category) => ({ category, label: roleCategories[category], roles: roles.filter((r) => r.data.category === category) }))
			.filter((group) => group.roles.length > 0),
	};
}
