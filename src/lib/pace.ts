/** A phase as the pace planner sees it: typical length in weeks and typical effort in hours (null = unknown). */
export interface PacedPhase {
	weeks: number | null;
	effortHours: number | null;
	/** Starts a separate path, scheduled from the start date rather than after the phase before it. */
	startsPath?: boolean;
}

export interface ScheduledPhase {
	/** Weeks from the start; null once an earlier phase has no known length. */
	startWeek: number | null;
	weeks: number | null;
	/** True when the length follows the reader's pace; false when it is the source's own. */
	atReaderPace: boolean;
}

/** Midpoint of a range, the minimum of an open-ended one: the single figure a calendar needs. */
export function typical(range: { min: number; max: number | null } | null): number | null {
	if (range === null) return null;
	return range.max === null ? range.min : (range.min + range.max) / 2;
}

/**
 * Lays phases end to end. At a reader's pace (hours per week), a phase with known effort takes
 * effort ÷ pace weeks; others keep the length the source gives.
 */
export function schedule(phases: PacedPhase[], hoursPerWeek: number | null): ScheduledPhase[] {
	let elapsed: number | null = 0;
	return phases.map((phase) => {
		if (phase.startsPath) elapsed = 0;
		const atReaderPace = hoursPerWeek !== null && hoursPerWeek > 0 && phase.effortHours !== null;
		const weeks = atReaderPace ? phase.effortHours! / hoursPerWeek! : phase.weeks;
		const startWeek = elapsed;
		elapsed = elapsed === null || weeks === null ? null : elapsed + weeks;
		return { startWeek, weeks, atReaderPace };
	});
}

export function addWeeks(date: Date, weeks: number): Date {
	return new Date(date.getTime() + Math.round(weeks * 7) * 86_400_000);
}
