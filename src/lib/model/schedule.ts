// Lays phases out in time, with separate paths and elective groups. Shared by the site model (the source's own
// schedule, and effort hours summed the same way) and the pace planner in the browser (the reader's schedule).
import { sumWeeks, type WeekRange } from './durations.ts';

/** One elective choice a phase takes part in: the group offering it, which alternative the phase is in, how many to take. */
export interface ElectiveStep {
	/** ID of the elective group. */
	id: string;
	/** ID of the alternative: a sub-group of the elective group, or the phase itself when the group's members are phases. */
	alternative: string;
	choose: number;
}

export interface ScheduleItem {
	/** The phase's extent: weeks for a schedule, hours for an effort total; null when unknown. */
	span: WeekRange | null;
	/** Starts a separate path: laid out from 0 again, and not part of the path before it. */
	startsPath?: boolean;
	/** Elective choices the phase is an alternative in, outermost first. */
	electives?: readonly ElectiveStep[];
	/** The group whose stated length the phase falls within (a week of lessons), for when its phases do not all state one. */
	block?: { id: string; span: WeekRange } | undefined;
}

export interface Layout {
	/** Where each item starts, in input order; null once something before it on its path is unknown. */
	starts: Array<WeekRange | null>;
	/** The extent of each path, in the order the paths first appear; null when any part of it is unknown. */
	paths: Array<WeekRange | null>;
	/** True for an item without a span of its own that lies within its block: it takes the block's whole span. */
	withinBlock: boolean[];
}

interface Item {
	kind: 'item';
	index: number;
	span: WeekRange | null;
}
type Step = Item | Choice | Block;
interface Choice {
	kind: 'choice';
	id: string;
	choose: number;
	alternatives: Map<string, Step[]>;
}
/** Consecutive items of one group with a stated length. */
interface Block {
	kind: 'block';
	id: string;
	span: WeekRange;
	items: Item[];
}

/** A block's own items give its extent when they all have one; else the group's stated length does. */
const usesBlockSpan = (block: Block) => block.items.some((item) => item.span === null);

function sequenceSpan(steps: readonly Step[]): WeekRange | null {
	return sumWeeks(steps.map(stepSpan));
}

/**
 * The reader takes `choose` alternatives: at least the shortest ones, at most the longest. Open-ended (null max)
 * counts as longest.
 */
function stepSpan(step: Step): WeekRange | null {
	if (step.kind === 'item') return step.span;
	if (step.kind === 'block') return usesBlockSpan(step) ? step.span : sequenceSpan(step.items);
	const spans = [...step.alternatives.values()].map(sequenceSpan);
	if (spans.some((s) => s === null)) return null;
	const known = spans as WeekRange[];
	const taken = Math.min(step.choose, known.length);
	const shortest = [...known].sort((a, b) => a.min - b.min).slice(0, taken);
	const longest = [...known].sort((a, b) => (b.max ?? Infinity) - (a.max ?? Infinity)).slice(0, taken);
	return {
		min: shortest.reduce((n, s) => n + s.min, 0),
		max: longest.some((s) => s.max === null) ? null : longest.reduce((n, s) => n + s.max!, 0),
	};
}

/**
 * Places a sequence from `start`: each step after the one before; every alternative of a choice at the choice's
 * start. The items of a block measured by its group's length all start where it starts, since the source does not
 * say how they divide it.
 */
function place(steps: readonly Step[], start: WeekRange | null, layout: Layout): void {
	let elapsed = start;
	for (const step of steps) {
		if (step.kind === 'item') layout.starts[step.index] = elapsed;
		else if (step.kind === 'choice') for (const alternative of step.alternatives.values()) place(alternative, elapsed, layout);
		else if (!usesBlockSpan(step)) place(step.items, elapsed, layout);
		else
			for (const item of step.items) {
				layout.starts[item.index] = elapsed;
				layout.withinBlock[item.index] = item.span === null;
			}
		elapsed = elapsed && sumWeeks([elapsed, stepSpan(step)]);
	}
}

/**
 * Lays items end to end in input order. A separate path restarts at 0. The alternatives of an elective group
 * all start where the group starts, and the group spans from its `choose` shortest to its `choose` longest
 * alternatives, so whatever follows starts within that range. A block spans its group's stated length unless
 * every item in it has its own.
 */
export function layOut(items: readonly ScheduleItem[]): Layout {
	const paths: Step[][] = [];
	items.forEach((item, index) => {
		if (item.startsPath || paths.length === 0) paths.push([]);
		let sequence = paths.at(-1)!;
		for (const elective of item.electives ?? []) {
			let choice = sequence.find((s): s is Choice => s.kind === 'choice' && s.id === elective.id);
			if (!choice) sequence.push((choice = { kind: 'choice', id: elective.id, choose: elective.choose, alternatives: new Map() }));
			let alternative = choice.alternatives.get(elective.alternative);
			if (!alternative) choice.alternatives.set(elective.alternative, (alternative = []));
			sequence = alternative;
		}
		const step: Item = { kind: 'item', index, span: item.span };
		if (!item.block) return void sequence.push(step);
		const last = sequence.at(-1);
		if (last?.kind === 'block' && last.id === item.block.id) last.items.push(step);
		else sequence.push({ kind: 'block', ...item.block, items: [step] });
	});
	const layout: Layout = { starts: items.map(() => null), paths: [], withinBlock: items.map(() => false) };
	for (const path of paths) place(path, { min: 0, max: 0 }, layout);
	layout.paths = paths.map(sequenceSpan);
	return layout;
}

/** Elective steps in an HTML attribute ("track/analytics/1 …"): IDs are slugs, so "/" and spaces cannot occur in them. */
export function encodeElectives(steps: readonly ElectiveStep[]): string | undefined {
	return steps.length ? steps.map((s) => `${s.id}/${s.alternative}/${s.choose}`).join(' ') : undefined;
}

export function decodeElectives(text: string | undefined): ElectiveStep[] {
	if (!text) return [];
	return text.split(' ').map((part) => {
		const [id, alternative, choose] = part.split('/') as [string, string, string];
		return { id, alternative, choose: Number(choose) };
	});
}
