import type { WeekRange } from './durations.ts';
import { type ElectiveStep, layOut } from './schedule.ts';

/** A phase as the pace planner sees it: typical length in weeks and typical effort in hours (null = unknown). */
export interface PacedPhase {
	weeks: number | null;
	effortHours: number | null;
	/** Starts a separate path, scheduled from the start date rather than after the phase before it. */
	startsPath?: boolean;
	/** Elective choices the phase is an alternative in (see schedule.ts). */
	electives?: readonly ElectiveStep[];
	/** The group with a stated length the phase is in (see `Phase.lengthGroup`): its ID and typical weeks. */
	group?: { id: string; weeks: number } | undefined;
}

export interface ScheduledPhase {
	/** Weeks from the start, a range after an elective group whose alternatives differ in length; null once an earlier phase has no known length. */
	startWeek: WeekRange | null;
	weeks: number | null;
	/** True when the length follows the reader's pace; false when it is the source's own. */
	atReaderPace: boolean;
	/** True when the phase has no length of its own and takes its group's, shared with the group's other phases. */
	sharesGroupLength: boolean;
}

export interface PacedSchedule {
	phases: ScheduledPhase[];
	/** Length of the main (first) path in weeks; null when unknown. */
	total: WeekRange | null;
}

/** Midpoint of a range, the minimum of an open-ended one: the single figure a calendar needs. */
export function typical(range: { min: number; max: number | null } | null): number | null {
	if (range === null) return null;
	return range.max === null ? range.min : (range.min + range.max) / 2;
}

/**
 * Lays phases end to end, alternatives of an elective group side by side. At a reader's pace (hours per week),
 * a phase with known effort takes effort ÷ pace weeks; others keep the length the source gives, their own or, for
 * a group whose phases do not all have one, the group's (see `layOut`).
 */
export function schedule(phases: readonly PacedPhase[], hoursPerWeek: number | null): PacedSchedule {
	const lengths = phases.map((phase) => {
		const atReaderPace = hoursPerWeek !== null && hoursPerWeek > 0 && phase.effortHours !== null;
		return { weeks: atReaderPace ? phase.effortHours! / hoursPerWeek! : phase.weeks, atReaderPace };
	});
	const point = (weeks: number) => ({ min: weeks, max: weeks });
	const layout = layOut(
		phases.map((phase, i) => {
			const { weeks } = lengths[i]!;
			const { group } = phase;
			return {
				span: weeks === null ? null : point(weeks),
				startsPath: phase.startsPath ?? false,
				electives: phase.electives ?? [],
				block: group && { id: group.id, span: point(group.weeks) },
			};
		}),
	);
	return {
		phases: lengths.map((length, i) => {
			const sharesGroupLength = layout.withinBlock[i]!;
			return { startWeek: layout.starts[i]!, ...length, weeks: sharesGroupLength ? phases[i]!.group!.weeks : length.weeks, sharesGroupLength };
		}),
		total: layout.paths[0] ?? null,
	};
}

export function addWeeks(date: Date, weeks: number): Date {
	return new Date(date.getTime() + Math.round(weeks * 7) * 86_400_000);
}

const decimal = (n: number) => n.toFixed(1).replace(/\.0$/, '');

/**
 * The days a phase spans from `start`: from its earliest start to its latest end, which is exclusive (the day the
 * next phase can start). After an elective group the start is a range, so the span covers every choice. Null when
 * the phase or an earlier one has no known length.
 */
export function phaseDates(planned: ScheduledPhase, start: Date): { from: Date; until: Date } | null {
	const { startWeek, weeks } = planned;
	if (startWeek === null || weeks === null) return null;
	return { from: addWeeks(start, startWeek.min), until: addWeeks(start, (startWeek.max ?? startWeek.min) + weeks) };
}

const weekSpan = (first: number, last: number) => (first === last ? `week ${first}` : `weeks ${first}–${last}`);

/**
 * What a phase's row says in the reader's plan: its dates from `start` (weeks from the beginning without one) and its
 * length. After an elective group the start is a range, so the dates run from the earliest start to the latest end.
 */
export function describePhase(planned: ScheduledPhase, start: Date | null, pace: number | null, formatDate: (date: Date) => string): string {
	const { startWeek, weeks, atReaderPace, sharesGroupLength } = planned;
	if (startWeek === null || weeks === null) return 'dates unknown (the source gives no duration for this or an earlier phase)';
	const earliest = startWeek.min;
	const latest = startWeek.max ?? startWeek.min;
	// A lesson of minutes takes a sliver of a week: "0.1 weeks" says less than that it fits in one.
	const length = `${atReaderPace && weeks < 1 ? 'under a week' : `${decimal(weeks)} week${weeks === 1 ? '' : 's'}`}${sharesGroupLength ? ', shared with its group' : atReaderPace ? ' at your pace' : pace ? ' (source pace: no hours given)' : ''}`;
	const span = start && phaseDates(planned, start);
	const dates = span
		? `${formatDate(span.from)} – ${formatDate(span.until)}`
		: weekSpan(Math.floor(earliest) + 1, Math.max(Math.floor(earliest) + 1, Math.ceil(latest + weeks)));
	return `${dates} · ${length}${latest - earliest > 1e-9 ? ' · the start depends on the electives you choose' : ''}`;
}

/** The plan's summary line: the main path's length, a range when it has elective groups. */
export function describeTotal(total: WeekRange | null, pace: number | null): string {
	if (total === null) return '';
	const min = Math.round(total.min);
	const max = Math.round(total.max ?? total.min);
	// A short course at a good pace (a workshop's few hours) rounds to no weeks at all.
	const length = max === 0 ? 'under a week' : `about ${min === max ? min : `${min}–${max}`} ${max === 1 ? 'week' : 'weeks'}`;
	return `Whole roadmap: ${length}${pace ? ` at ${pace} h/week` : ''}.`;
}
