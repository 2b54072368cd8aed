/**
 * Calendar dates as course schedules write them in a column of class days: "2025-09-03", "9/3", "03.09.", "3. 9.", "Sep 3",
 * "Tue Sep 3", "3 de septiembre", "3 сентября", "9月3日", "9/3(화)". Month and weekday names come from the ICU data of the
 * languages the importer knows unit words in, so any of their spellings (and abbreviations of three letters or more,
 * "Sept", "Tues") read, and two-letter weekdays as ICU writes them ("Do").
 */
import { foldDigits } from './digits.ts';

export interface CalendarDate {
	/** Days since 1970-01-01, the year assumed when the text gives none (callers compare dates of one term). */
	day: number;
	year: number | null;
	/** Monday 0 … Sunday 6, when the text names the weekday or gives the year. */
	weekday: number | null;
}

const LOCALES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'tr', 'id', 'sv', 'da', 'nb', 'fi', 'cs'];
const normal = (word: string) => word.toLocaleLowerCase().normalize('NFC').replace(/\.$/, '');

/** Every spelling the languages give a month (standalone and after a day, "сентябрь" and "сентября") or weekday. */
function names(count: number, format: (locale: string, i: number) => string[]): Map<string, number> {
	const found = new Map<string, Set<number>>();
	for (const locale of LOCALES)
		for (let i = 0; i < count; i++)
			for (const name of format(locale, i).map(normal)) if (/^\p{L}{2,}$/u.test(name)) found.set(name, (found.get(name) ?? new Set()).add(i));
	// A spelling two languages give different meanings is no name.
	return new Map([...found].filter(([, meanings]) => meanings.size === 1).map(([name, meanings]) => [name, [...meanings][0]!]));
}
const part = (locale: string, options: Intl.DateTimeFormatOptions, date: Date, type: Intl.DateTimeFormatPartTypes) =>
	new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatToParts(date).filter((p) => p.type === type).map((p) => p.value);
const MONTHS = names(12, (locale, m) => {
	const date = new Date(Date.UTC(2001, m, 15));
	return ['long', 'short'].flatMap((month) => [...part(locale, { month } as Intl.DateTimeFormatOptions, date, 'month'), ...part(locale, { month, day: 'numeric' } as Intl.DateTimeFormatOptions, date, 'month')]);
});
// 2001-01-01 was a Monday.
const WEEKDAYS = names(7, (locale, d) => ['long', 'short'].flatMap((weekday) => part(locale, { weekday } as Intl.DateTimeFormatOptions, new Date(Date.UTC(2001, 0, 1 + d)), 'weekday')));

/** The month or weekday a word names: a spelling of one, or the start of exactly one's longest spelling ("Sept"). */
function lookup(table: Map<string, number>, word: string): number | null {
	const key = normal(word);
	const exact = table.get(key);
	if (exact !== undefined || key.length < 3) return exact ?? null;
	const starts = new Set([...table].filter(([name]) => name.startsWith(key)).map(([, value]) => value));
	return starts.size === 1 ? [...starts][0]! : null;
}

// A year that none is given in: a year without 29 February, so that "Feb 28" and "Mar 1" are one day apart.
const ASSUMED_YEAR = 2001;
// Few letters besides the date's own words ("de", "of", "3rd"): more is a sentence, not a date.
const FILLER = /^(?:de|del|of|the|st|nd|rd|th|er|e|le|am|den|la)$/iu;

function dateOf(year: number | null, month: number, dayOfMonth: number, weekday: number | null): CalendarDate | null {
	if (month < 0 || month > 11 || dayOfMonth < 1 || dayOfMonth > 31) return null;
	const time = Date.UTC(year ?? ASSUMED_YEAR, month, dayOfMonth);
	const day = Math.round(time / 86_400_000);
	return { day, year, weekday: year === null ? weekday : (new Date(time).getUTCDay() + 6) % 7 };
}

// Korean and Japanese write a date's weekday as one letter in parentheses after it: "7/30(화)", "9/3（火）", "9/3(火曜)".
const CJK_WEEKDAY = /\s*[（(]\s*([월화수목금토일]|[月火水木金土日])(?:요일|曜日?)?\s*[)）]$/u;
const CJK_WEEKDAY_LETTERS = ['월화수목금토일', '月火水木金土日'];

/** The date a cell gives, when it is a date alone (with its weekday, maybe); null for any other text. */
export function parseDate(text: string): CalendarDate | null {
	const cjkWeekday = CJK_WEEKDAY.exec(foldDigits(text).trim());
	const folded = cjkWeekday ? foldDigits(text).trim().slice(0, cjkWeekday.index) : foldDigits(text).trim();
	const cjkWeekdayNumber = cjkWeekday ? CJK_WEEKDAY_LETTERS.map((letters) => letters.indexOf(cjkWeekday[1]!)).find((i) => i >= 0)! : null;
	const iso = /^(?:\p{L}+\.?,?\s+)?(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(folded);
	const words = folded.match(/\p{L}+/gu) ?? [];
	// "Mar" is March, and Tuesday in Spanish: a weekday's word only beside another month's ("mar 3 sep").
	const monthWords = words.filter((w) => lookup(MONTHS, w) !== null);
	const isWeekday = (w: string) => lookup(WEEKDAYS, w) !== null && (lookup(MONTHS, w) === null || monthWords.length > 1);
	const weekdays = words.filter(isWeekday).map((w) => lookup(WEEKDAYS, w)!);
	const weekday = cjkWeekdayNumber ?? (weekdays.length === 1 ? weekdays[0]! : null);
	if (iso) return dateOf(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), weekday);
	const cjk = /^(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?\s*(?:[（(]\s*\p{L}+\s*[)）])?$/u.exec(folded);
	if (cjk) return dateOf(cjk[1] ? Number(cjk[1]) : null, Number(cjk[2]) - 1, Number(cjk[3]), cjkWeekdayNumber);
	// Numbers alone: the month first with slashes ("9/3", as in the US), the day first with dots ("03.09.").
	const rest = words.filter((w) => !isWeekday(w));
	const numeric = /(?:^|\s)(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?\.?$/u.exec(folded);
	if (numeric && rest.length === 0) {
		const [a, b] = [Number(numeric[1]), Number(numeric[3])];
		const year = numeric[4] ? Number(numeric[4].length === 2 ? `20${numeric[4]}` : numeric[4]) : null;
		return numeric[2] === '/' ? dateOf(year, a - 1, b, weekday) : dateOf(year, b - 1, a, weekday);
	}
	// Czech and Slovak space a date's parts, each closed by its dot: "2. 9.", "2. 9. 2025".
	const spaced = /(?:^|\s)(\d{1,2})\.\s(\d{1,2})\.(?:\s(\d{4}))?$/u.exec(folded);
	if (spaced && rest.length === 0) return dateOf(spaced[3] ? Number(spaced[3]) : null, Number(spaced[2]) - 1, Number(spaced[1]), weekday);
	const months = rest.map((w) => lookup(MONTHS, w)).filter((m) => m !== null);
	const others = rest.filter((w) => lookup(MONTHS, w) === null && !FILLER.test(w));
	const numbers = folded.match(/\d+/g) ?? [];
	const days = numbers.filter((n) => n.length <= 2);
	const years = numbers.filter((n) => n.length === 4);
	if (months.length !== 1 || others.length > 0 || days.length !== 1 || years.length > 1) return null;
	return dateOf(years[0] ? Number(years[0]) : null, months[0]!, Number(days[0]), weekday);
}

// A clock time as schedules write one: "10am", "2 p.m.", "14:00", "9h30", "16 Uhr".
const CLOCK = String.raw`\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?|h|uhr)?`;
const TIME_OF_DAY = new RegExp(`^${CLOCK}(?:\\s*[-–—~]\\s*${CLOCK})?$`, 'iu');

/** Whether a text is a time of day or a span of one ("10am-12pm", "2-4pm", "14:00–16:00"): when a class meets. */
export function isTimeOfDay(text: string): boolean {
	const folded = foldDigits(text.trim());
	return TIME_OF_DAY.test(folded) && /\d\s*(?:[ap]\.?\s?m\b|h\b|uhr)|\d[:.]\d{2}/iu.test(folded);
}

/** A schedule of dates is read in weeks of the term: a reader plans by the week, not by the class. */
export const DATED_WORD = 'Week';

/**
 * The first date of a span of one week or less that a text gives alone, two dates joined by a dash ("Jan-14 - Jan-20",
 * "Sep 2 – Sep 6"); null for any other text.
 */
export function weekOfDates(text: string): CalendarDate | null {
	const ends = text.split(/\s+-\s+|\s*[–—]\s*/);
	const [first, last] = ends.length === 2 ? ends.map(parseDate) : [];
	return first && last && last.day >= first.day && last.day - first.day < 7 ? first : null;
}

/**
 * The week of the term each date falls in, counted from the first date's (1, 1, 1, 2…): calendar weeks from Monday
 * when the dates name their weekdays or years, else weeks of seven days ending where class days are furthest apart
 * (weekendShift). Null unless the dates
 * rise (a term crossing the new year, "Dec 16", "Jan 6", too) and span two weeks or more.
 */
export function termWeeks(dates: readonly CalendarDate[]): number[] | null {
	let yearsAdded = 0;
	const days: number[] = [];
	for (const date of dates) {
		const previous = days.at(-1);
		let day = date.day + yearsAdded;
		// A date without its year that falls months before the one above it is in the next year.
		if (previous !== undefined && date.year === null && day < previous - 180) {
			yearsAdded += 365;
			day += 365;
		}
		if (previous !== undefined && day < previous) return null;
		days.push(day);
	}
	const weekdays = dates.every((d) => d.weekday !== null);
	const start = (i: number) => (weekdays ? days[i]! - dates[i]!.weekday! : days[i]!);
	const weeksFrom = (shift: number) => days.map((_, i) => Math.floor((start(i) - start(0) + shift) / 7) + 1);
	const weeks = weekdays ? weeksFrom(0) : weeksFrom(weekendShift(days));
	return weeks.at(-1)! >= 2 ? weeks : null;
}

/**
 * Days into the first week its first class day falls, for dates without weekdays: the weeks whose ends fall where class
 * days are furthest apart, a weekend's gap. A summer course from Tuesday 6/21 to Thursday 6/30, every day but Saturday
 * and Sunday, is two weeks, 6/21–6/24 and 6/27–6/30, not 6/21–6/27 and the rest; a course whose first class falls on a
 * week's first day keeps its weeks from that day.
 */
function weekendShift(days: readonly number[]): number {
	let best = { shift: 0, gap: -1 };
	for (let shift = 0; shift < 7; shift++) {
		const week = (day: number) => Math.floor((day - days[0]! + shift) / 7);
		const gaps = days.slice(1).flatMap((day, i) => (week(day) === week(days[i]!) ? [] : [day - days[i]!]));
		const gap = gaps.length === 0 ? Infinity : Math.min(...gaps);
		if (gap > best.gap) best = { shift, gap };
	}
	return best.shift;
}
