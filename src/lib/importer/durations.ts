/**
 * Durations, daily hours and weekly commitment as Markdown plans write them:
 * "2-3 months", "=4 - 6 Months", "2 years minimum", "Week 1-2", "(Weeks 1-4)", "Daily: 2-3 hours",
 * "6–8 hours/day, 5 days/week". Nothing is guessed: text that states no amount gives null.
 */
import type { Duration, NumberRange } from '../../schemas/common.ts';

type Unit = Duration['unit'];

const NUM = String.raw`\d+(?:\.\d+)?`;
const RANGE = String.raw`\s*(?:-|–|—|to)\s*`;
const BOLD = String.raw`(?:\*\*|__)?`;
const UNITS: Record<string, Unit> = { d: 'day', w: 'week', m: 'month', y: 'year' };
const unitOf = (word: string): Unit => UNITS[word.charAt(0).toLowerCase()]!;

// "2-3 months", "1 - 1.5 year", "6-Month", "2** Months" (bold closed mid-way), "2 years minimum", "at least 3 weeks", "4+ months".
// Not a duration: a rate such as "7 days a week" or "5 days/week".
const AMOUNT = new RegExp(
	String.raw`(?<![\p{L}\p{N}.])(?<least>(?:at\s+least|minimum(?:\s+of)?|min\.?)\s+)?(?<min>${NUM})(?<plus>\+)?(?:${RANGE}(?<max>${NUM}))?${BOLD}\s*-?\s*(?<unit>days?|weeks?|wks?|months?|mos?|years?|yrs?)\b(?!\s*(?:a|per|each|every|\/)\s*(?:day|week|month|year)\b)(?<more>\+|\s*(?:minimum|min\b|or\s+more|at\s+least))?`,
	'giu',
);
// "Week 1-2" (two weeks), "Weeks 1-4", "Month 3" (one month): a position on the calendar, counted in its unit.
const SPAN = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<unit>day|week|month|year)s?\s+(?<from>\d+)(?:${RANGE}(?<to>\d+))?(?![\p{N}.]|\s*(?:days?|weeks?|months?|years?)\b)`, 'giu');

export interface DurationMatch {
	duration: Duration;
	/** Where the match is in the text, for callers that cut it out. */
	start: number;
	end: number;
}

function amountDuration(groups: Record<string, string | undefined>): Duration | null {
	const min = Number(groups['min']);
	const unit = unitOf(groups['unit']!);
	const openEnded = Boolean(groups['least'] || groups['plus'] || groups['more']);
	if (!(min > 0)) return null;
	if (groups['max'] !== undefined) {
		const max = Number(groups['max']);
		return max >= min ? { min, max, unit } : null;
	}
	return openEnded ? { min, unit } : { min, max: min, unit };
}

function spanDuration(groups: Record<string, string | undefined>): Duration | null {
	const from = Number(groups['from']);
	const to = groups['to'] === undefined ? from : Number(groups['to']);
	if (!(from > 0) || to < from) return null;
	const count = to - from + 1;
	return { min: count, max: count, unit: unitOf(groups['unit']!) };
}

/** Every duration stated in `text`, in order of position. */
export function allDurations(text: string): DurationMatch[] {
	const found: DurationMatch[] = [];
	for (const [regex, read] of [
		[AMOUNT, amountDuration],
		[SPAN, spanDuration],
	] as const) {
		for (const match of text.matchAll(regex)) {
			const duration = read(match.groups ?? {});
			if (duration) found.push({ duration, start: match.index, end: match.index + match[0].length });
		}
	}
	return found.sort((a, b) => a.start - b.start).filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
}

/** The first duration stated in `text`, with its position; null when there is none. */
export function findDuration(text: string): DurationMatch | null {
	return allDurations(text)[0] ?? null;
}

/** The first duration stated in `text`: "2-3 months" → {min: 2, max: 3, unit: 'month'}; null when none. */
export function parseDuration(text: string): Duration | null {
	return findDuration(text)?.duration ?? null;
}

const range = (min: string, max: string | undefined): NumberRange | null => {
	const low = Number(min);
	const high = max === undefined ? low : Number(max);
	return low > 0 && high >= low ? { min: low, max: high } : null;
};

const HOURS = String.raw`(?<min>${NUM})(?:${RANGE}(?<max>${NUM}))?\s*(?:h|hrs?|hours?)\b`;
const DAILY_HOURS = new RegExp(String.raw`\bdaily\b\W{0,6}${HOURS}`, 'iu');
const HOURS_PER_DAY = new RegExp(String.raw`${HOURS}\s*(?:\/|a|per|each|every)\s*day\b`, 'iu');
const DAYS_PER_WEEK = new RegExp(String.raw`(?<min>${NUM})(?:${RANGE}(?<max>${NUM}))?\s*days?\s*(?:\/|a|per|each|every)\s*week\b`, 'iu');

const plain = (text: string) => text.replace(/\*\*|__/g, '');

/** Daily study hours: "Daily: 2-3 hours", "6–8 hours/day", "at least 4 - 5 hours a day". */
export function parseHoursPerDay(text: string): NumberRange | null {
	const match = DAILY_HOURS.exec(plain(text)) ?? HOURS_PER_DAY.exec(plain(text));
	return match ? range(match.groups!['min']!, match.groups!['max']) : null;
}

/** Study days per week: "5 days/week", "7 days a week". */
export function parseDaysPerWeek(text: string): NumberRange | null {
	const match = DAYS_PER_WEEK.exec(plain(text));
	return match ? range(match.groups!['min']!, match.groups!['max']) : null;
}

export interface Commitment {
	hoursPerDay?: NumberRange;
	daysPerWeek?: NumberRange;
	/** The source's own lines that state the commitment, list markers removed. */
	note?: string;
}

/** The time commitment stated in a roadmap's own text (its introduction and notes); {} when none. */
export function parseCommitment(lines: readonly string[]): Commitment {
	const commitment: Commitment = {};
	const noteLines: string[] = [];
	for (const line of lines) {
		const hours = commitment.hoursPerDay ? null : (HOURS_PER_DAY.exec(plain(line)) && parseHoursPerDay(line));
		const days = commitment.daysPerWeek ? null : parseDaysPerWeek(line);
		if (hours) commitment.hoursPerDay = hours;
		if (days) commitment.daysPerWeek = days;
		if (hours || days) noteLines.push(line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim());
	}
	if (noteLines.length === 0) return {};
	return {
		...(commitment.hoursPerDay ? { hoursPerDay: commitment.hoursPerDay } : {}),
		...(commitment.daysPerWeek ? { daysPerWeek: commitment.daysPerWeek } : {}),
		note: noteLines.map((l) => (/[.!?:)]$/.test(l) ? l : `${l}.`)).join(' '),
	};
}
