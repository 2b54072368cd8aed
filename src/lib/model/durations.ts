import type { Duration, NumberRange } from '../../schemas/common.ts';

/** A span in weeks. `max` is null when open-ended ("2 years minimum"). */
export interface WeekRange {
	min: number;
	max: number | null;
}

// Calendar averages: a month is 52/12 weeks, so "6 months" and "26 weeks" compare as equal.
const WEEKS_PER_UNIT = { day: 1 / 7, week: 1, month: 52 / 12, year: 52 } as const;

export function toWeeks(duration: Duration): WeekRange {
	const factor = WEEKS_PER_UNIT[duration.unit];
	return { min: duration.min * factor, max: duration.max === undefined ? null : duration.max * factor };
}

/** Sum of week ranges; null when any part is unknown. An open-ended part makes the sum open-ended. */
export function sumWeeks(ranges: ReadonlyArray<WeekRange | null>): WeekRange | null {
	let min = 0;
	let max: number | null = 0;
	for (const range of ranges) {
		if (range === null) return null;
		min += range.min;
		max = max === null || range.max === null ? null : max + range.max;
	}
	return { min, max };
}

const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ''));

function formatRange(min: number, max: number | null | undefined, singular: string, plural: string): string {
	if (max === null || max === undefined) return `${round(min)}+ ${min === 1 ? singular : plural}`;
	if (min === max) return `${round(min)} ${min === 1 ? singular : plural}`;
	return `${round(min)}–${round(max)} ${plural}`;
}

/** "2–3 months", "1 month", "2+ years"; "unknown" when the source gives none. */
export function formatDuration(duration: Duration | null): string {
	if (duration === null) return 'unknown';
	return formatRange(duration.min, duration.max, duration.unit, `${duration.unit}s`);
}

/** "≈ 9–13 weeks" for a normalised range. */
export function formatWeeks(range: WeekRange | null): string {
	if (range === null) return 'unknown';
	// Under two weeks, rounding to weeks says too little: four one-day lessons are "4 days", not "1 week".
	if (range.max !== null && range.max < 2) return formatRange(Math.round(range.min * 7), Math.round(range.max * 7), 'day', 'days');
	const min = Math.round(range.min);
	const max = range.max === null ? null : Math.round(range.max);
	return formatRange(min, max, 'week', 'weeks');
}

/** "30–40 h", "1170+ h", "1.5 h", "45 min", "unknown". */
export function formatHours(range: { min: number; max: number | null } | null): string {
	if (range === null) return 'unknown';
	// A lesson's length is said in minutes, and rounding 1.5 hours to 2 would add a third.
	if (range.max !== null && range.max < 1) return formatRange(Math.round(range.min * 60), Math.round(range.max * 60), 'min', 'min');
	const round = (hours: number) => (hours < 10 ? Math.round(hours * 10) / 10 : Math.round(hours));
	const min = round(range.min);
	if (range.max === null) return `${min}+ h`;
	const max = round(range.max);
	return min === max ? `${min} h` : `${min}–${max} h`;
}

export function formatNumberRange(range: NumberRange, unit: string): string {
	return range.min === range.max ? `${round(range.min)} ${unit}` : `${round(range.min)}–${round(range.max)} ${unit}`;
}
