/**
 * Units written as table rows: a course catalogue's "Courses | Duration | Effort | Prerequisites | Notes". A table
 * whose rows state a duration, a study time or weekly hours in one column, or are numbered in a column headed by a unit word
 * ("Week | Topic"), gives one unit per row. Columns the model knows become frontmatter; the rest stays in the body.
 * A column whose cells name other rows' titles is a prerequisites column, in any language.
 */
import type { Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { NumberRange } from '../../../schemas/common.ts';
import { toString } from 'mdast-util-to-string';
import { allEfforts, type EffortOptions, parseDuration, parseHoursPerDay, parseHoursPerWeek } from '../durations.ts';
import { DATED_WORD, isTimeOfDay, parseDate, termWeeks } from '../dates.ts';
import { foldDigits } from '../digits.ts';
import { stripEmoji } from '../lines.ts';
import { rawHtmlToMarkdown } from '../markdown/raw-html.ts';
import { namesStudyTime, parseTitleLine } from '../phase-fields.ts';
import type { PlanFile, Unit } from '../plan.ts';
import { isDates, kindOfWord, labelKind, labelOf, parseUnitLabel, type UnitLabel, wordKey } from './label.ts';
import { nameLabels } from './name-labels.ts';
import { unitNamer } from './prerequisites.ts';

const CALENDAR_KINDS = new Set<Unit['kind']>(['day', 'week', 'month']);
// An effort column's cells are where study time is expected: "9:20h" there is 9 hours 20 minutes.
const STUDY_TIME: EffortOptions = { hoursMinutes: true };

export interface Columns {
	title: number;
	number: number | null;
	duration: number | null;
	/** The column of study times ("45 min", "2 h"). */
	effort: number | null;
	/** The unit the effort column's header names for its bare amounts ("Hours": "2" is 2 hours), or null. */
	effortUnit: string | null;
	weeklyHours: number | null;
	dailyHours: number | null;
	/** The word heading the number column ("Day"), or the title column's ("Courses"); null under a header that says "number" ("No."). */
	unitWord: string | null;
	/** Whether each title opens with its own unit label ("Task 24: …"). */
	labelledTitles: boolean;
	/** Whether rows sharing a number are one unit: a schedule's two lectures in week 1. */
	sharedNumbers: boolean;
	/** Each row's number (and label, when its cell gives one), from its number column or its column of dates. */
	rowNumbers: ReadonlyArray<RowNumber | null>;
	/** Whether the rows are a schedule of class days, numbered by their weeks of the term. */
	dated: boolean;
	/** The rows that pause the schedule (see pauseRows), each in the unit above it. */
	pauses: ReadonlySet<TableRow>;
	/** The column naming the part each row is in ("Módulo": "Inicial" for the first rows, then "Back End"). */
	part: number | null;
}

type RowNumber = { number: number; numberTo?: number; label: UnitLabel | null };

/**
 * The text a cell shows, one line per line break: raw HTML in it (`<p>SEM 01<br>18.08.2025</p>`, as GitBook writes
 * its tables) read as the page will show it, converted as the rest of the plan is, not as its tags.
 */
export function cellText(cell: TableCell | undefined): string {
	if (!cell) return '';
	const known = shownCells.get(cell);
	if (known?.children === cell.children) return known.text;
	let shown: TableCell = cell;
	if (cell.children.some((n) => n.type === 'html')) {
		shown = structuredClone(cell);
		rawHtmlToMarkdown({ type: 'root', children: [shown] }, []);
	}
	const text = shown.children.map((n) => (n.type === 'break' ? '\n' : toString(n))).join('').trim();
	shownCells.set(cell, { children: cell.children, text });
	return text;
}
// (A table's cells are read again for each column they might be: the HTML in them is converted once.)
const shownCells = new WeakMap<TableCell, { children: TableCell['children']; text: string }>();
/** A line break in a cell: Markdown's, or `<br>` written in it. */
const isLineBreak = (n: PhrasingContent) => n.type === 'break' || (n.type === 'html' && /^<br\s*\/?>$/i.test(n.value.trim()));
/** A cell's text with its line breaks (`<br>`) as commas: "[Discrete Math](…)<br>[Python I](…)" names two courses. */
const cellLines = (cell: TableCell | undefined) =>
	cell ? cell.children.map((n) => (isLineBreak(n) ? ', ' : toString(n))).join('').trim() : '';
/**
 * Whether `nodes` are a link followed only by other links, apart or in parentheses: "[Calculus 1A](…)
 * ([alternative](…))", "[Computation Structures 1](…) [alternative 1](…) [alternative 2](…)". The first names the unit;
 * the others are other places to take it, which the page keeps. Links joined by words or commas name several things.
 */
const linkWithAlternatives = (nodes: readonly PhrasingContent[]) =>
	nodes.length > 1 && nodes[0]!.type === 'link' && nodes.slice(1).every((n) => n.type === 'link' || (n.type === 'text' && /^[\s()]*$/.test(n.value)));
/**
 * A title cell's title: its text up to a line break (`<br>` in a cell: "[Calculus 1A](…)<br>[alternative](…)"), or
 * to the next one when the first line is a unit's label alone ("SEM 01<br>Git basics" under "Semaine", the unit word
 * `headerUnit` names): the break sets the label apart from its title, as a colon would.
 */
function titleText(cell: TableCell | undefined, headerUnit: string | null): string {
	if (!cell) return '';
	const lineBreak = cell.children.findIndex(isLineBreak);
	const label = lineBreak < 0 ? null : parseUnitLabel(lineText(cell.children.slice(0, lineBreak)), headerUnit);
	if (label?.kind && label.rest === '' && !label.extra) {
		const after = cell.children.slice(lineBreak + 1);
		const next = after.findIndex(isLineBreak);
		const title = lineText(next < 0 ? after : after.slice(0, next));
		if (title !== '') return `${label.text}: ${title}`;
	}
	const first = lineBreak < 0 ? cell.children : cell.children.slice(0, lineBreak);
	if (linkWithAlternatives(first)) return toString(first[0]!).trim();
	// A list in the cell ("<ul><li>Vetores</li><li>Matrizes</li></ul>") names its topics one item each: "Vetores, Matrizes".
	const items: PhrasingContent[][] = [[]];
	for (const node of first) {
		if (node.type === 'html' && /^<\/?li\b/i.test(node.value.trim())) items.push([]);
		else items.at(-1)!.push(node);
	}
	return items.map((item) => lineText(item)).filter((text) => text !== '').join(', ');
}
/** The words of a line of a cell, without its tags. */
const lineText = (nodes: PhrasingContent[]) => toString({ type: 'paragraph', children: nodes }, { includeHtml: false }).trim();
/**
 * The study time a cell of an effort column states ("9:20h" is 9 hours 20 minutes there), or null. Under a header
 * naming the unit ("Hours"), a bare amount ("2", "2-3") is in that unit.
 */
export function cellEffort(cell: TableCell | undefined, unit: string | null = null): NumberRange | null {
	const text = cellText(cell);
	return allEfforts(unit !== null && BARE_AMOUNT.test(foldDigits(text)) ? `${text} ${unit}` : text, STUDY_TIME)[0]?.hours ?? null;
}
const BARE_AMOUNT = /^\d+(?:[.,]\d+)?(?:\s*[-–—]\s*\d+(?:[.,]\d+)?)?$/;

/**
 * The unit of study time a column's header names for the amounts under it: the header alone ("Hours", "Horas", "Min")
 * or in parentheses after its name ("Duration (hours)", "Time (h)"); null for any other header.
 */
export function headerEffortUnit(header: string): string | null {
	const text = header.trim();
	const unit = /^[^()]*\(\s*([^()]+?)\s*\)$/u.exec(text)?.[1] ?? text;
	return /^\p{L}+\.?$/u.test(unit) && allEfforts(`2 ${unit}`).length === 1 ? unit : null;
}
const isEmptyCell = (text: string) => /^[\s\-–—]*$/.test(text);

/**
 * The number a number cell holds: "3", or "3." and "3)" as lists write it, or a label alone ("week3", "Week 3",
 * "3주차"), which then names the unit itself; null for any other cell. A label's word may abbreviate the unit word its
 * column's header names (`headerUnit`): "SEM 01" under "Semaine / Date" is week 1, under "Semester" no unit we know.
 */
export function cellNumber(text: string, headerUnit?: string | null): { number: number; numberTo?: number; label: UnitLabel | null } | null {
	// "SEM 01", then the dates it runs on a line of their own ("18.08.2025"): as dates in parentheses after it, below.
	const [first, ...after] = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
	if (after.length > 0) {
		const dates = after.join(' ');
		return isDates(`(${dates})`) ? cellNumber(`${first} (${dates})`, headerUnit) : null;
	}
	const bare = /^(\d{1,3})[.)]?$/.exec(foldDigits(text));
	if (bare) return { number: Number(bare[1]), label: null };
	// A row over weeks 1 to 2 ("1-2", "9–10") is one unit of them all.
	const range = /^(\d{1,3})\s*[-–—~]\s*(\d{1,3})$/.exec(foldDigits(text.trim()));
	if (range && Number(range[2]) > Number(range[1])) return { number: Number(range[1]), numberTo: Number(range[2]), label: null };
	// "Week 1 (Sept 3-5)": a label alone but for the dates it runs, in parentheses after it, which its label keeps.
	const dated = /^(.+?)\s*[(（]([^()（）]*\d[^()（）]*)[)）]$/u.exec(text.trim());
	const inner = dated ? cellNumber(dated[1]!, headerUnit) : null;
	if (inner?.label) return { number: inner.number, label: { ...inner.label, text: `${inner.label.text} (${dated![2]!.trim()})` } };
	const label = parseUnitLabel(text, headerUnit);
	return label?.word && label.kind && label.rest === '' && !label.extra ? { number: label.number, ...(label.numberTo === undefined ? {} : { numberTo: label.numberTo }), label } : null;
}

// Headers of a column of dates ("Date", "Fecha", "날짜"), in the languages of the unit words in label.ts: a date is
// when a unit is taught, never its title ("Jan 8", "Mon 1/8").
const DATE_HEADER = /^(?:dates?|when|due|deadline|fechas?|datas?|datum|termin|дата|даты|срок|tarih|tanggal|日期|时间|時間|日付|日程|날짜|일자|일시|تاریخ|التاريخ|תאריך|तारीख|दिनांक)$/iu;
// Headers that say "number" ("No.", "Nr.", "Número", "序号", "ลำดับที่", "Lp."), in the languages of the unit words in
// label.ts: the rows are numbered, not counted in a unit ("No 1" is no label).
const NUMBER_HEADER = /^(?:no|nr|nro|nº|n°|num|number|numero|número|numéro|nummer|номер|lp|sıra|sira|số|stt|s|sr|sl|序号|序號|编号|編號|番号|번호|순번|ลำดับ|ลำดับที่|شماره|رقم|الرقم|מספר|क्रम|क्रमांक)$/iu;
// A header with numbers in it ("8月16日正式开始", a start date over a table without column names) names no unit.
const headerWord = (text: string) => (/\d/.test(foldDigits(text)) ? null : (/\p{L}[\p{L}\p{M}]*/u.exec(text)?.[0] ?? null));

/**
 * The table's closing row of totals ("| | | Total: 20 hours |"): its first cell empty, its others empty or stating an
 * amount of time, under rows it sums. It belongs to no row above it, and is no unit itself.
 */
export function totalsRow(table: Table): TableRow | null {
	const [header, ...rows] = table.children;
	const last = rows.at(-1);
	if (!header || !last || rows.length < 2 || !isEmptyCell(cellText(last.children[0]))) return null;
	const filled = last.children.flatMap((cell, c) => (isEmptyCell(cellText(cell)) ? [] : [{ text: cellText(cell), unit: headerEffortUnit(cellText(header.children[c])) }]));
	const amount = ({ text, unit }: { text: string; unit: string | null }) => allEfforts(text).length > 0 || parseDuration(text) !== null || (unit !== null && BARE_AMOUNT.test(foldDigits(text)));
	return filled.length > 0 && filled.every(amount) ? last : null;
}

/** The rows of a table that may be units: all but its header and its totals. */
const bodyRows = (table: Table) => {
	const total = totalsRow(table);
	return table.children.slice(1).filter((row) => row !== total);
};

/** Which column holds what, or null when the table's rows are not units. */
export function tableColumns(table: Table): Columns | null {
	const header = table.children[0];
	const rows = bodyRows(table);
	if (!header || rows.length === 0) return null;
	const width = header.children.length;
	const column = (c: number) => rows.map((row) => cellText(row.children[c]));
	// Rows with nothing in them space the table out (between the weeks of a schedule): they count for nothing.
	const filledRows = rows.filter((row) => row.children.some((cell) => !isEmptyCell(cellText(cell)))).length;
	const mostly = (c: number, test: (text: string, c: number) => boolean) => {
		const cells = column(c).filter((t) => !isEmptyCell(t));
		return cells.length > 0 && cells.filter((t) => test(t, c)).length * 2 >= filledRows;
	};
	const find = (test: (text: string, c: number) => boolean, skip: Array<number | null> = []) => {
		for (let c = 0; c < width; c++) if (!skip.includes(c) && mostly(c, test)) return c;
		return null;
	};
	const weeklyHours = find((t) => parseHoursPerWeek(t) !== null);
	const dailyHours = find((t) => parseHoursPerDay(t) !== null, [weeklyHours]);
	// A column of lengths says only that ("3 weeks"); a cell with words around its length is a title that states it
	// ("Task01：函数极限与连续性（3天）"), which the phase's title line reads, and a label alone ("Day 1", "Week 2")
	// numbers its row.
	const lengthOnly = (t: string) => parseDuration(t) !== null && !/\p{L}/u.test(parseTitleLine(t).title) && !cellNumber(t)?.label;
	// A week's label spanning its rows ("Week 1" over them) is their number, not their length.
	const spanned = spannedNumbers(rows, [weeklyHours, dailyHours]);
	const duration = find(lengthOnly, [weeklyHours, dailyHours, spanned?.column ?? null]);
	const effortOnly = (t: string, options?: EffortOptions) => {
		const [effort, ...more] = allEfforts(t, options);
		return effort !== undefined && more.length === 0 && !/\p{L}/u.test(t.slice(0, effort.start) + t.slice(effort.end));
	};
	// A column of study times is one of amounts, or one headed so whose amounts are hours and minutes ("Effort": "9:20h"):
	// under any other header ("Time") those are the times of day a schedule's classes start.
	const notEffort = [weeklyHours, dailyHours, duration, spanned?.column ?? null];
	const headed = header.children.findIndex((cell, c) => !notEffort.includes(c) && namesStudyTime(cellText(cell)));
	// A column headed by a unit of study time ("Lesson | Topic | Hours") holds its amounts bare: "2" is 2 hours.
	const unitHeaded = header.children.findIndex((cell, c) => !notEffort.includes(c) && headerEffortUnit(cellText(cell)) !== null);
	const effortUnit = unitHeaded >= 0 && mostly(unitHeaded, (t) => BARE_AMOUNT.test(foldDigits(t))) ? headerEffortUnit(cellText(header.children[unitHeaded])) : null;
	const effort = find((t) => effortOnly(t), notEffort) ?? (effortUnit !== null ? unitHeaded : null) ?? (headed >= 0 && mostly(headed, (t) => effortOnly(t, STUDY_TIME)) ? headed : null);
	// The word each column's header names ("Semaine / Date": Semaine), which its number cells may abbreviate ("SEM 01").
	const headerWords = header.children.map((cell) => headerWord(cellText(cell)));
	const number = spanned?.column ?? find((t, c) => cellNumber(t, headerWords[c]) !== null, [weeklyHours, dailyHours, duration, effort]);
	// Like a date, the time of day a class meets ("10am-12pm", then "2-4pm") is neither its title nor its part.
	const dates = Array.from({ length: width }, (_, c) => (DATE_HEADER.test(cellText(header.children[c])) || mostly(c, (t) => parseDate(t) !== null || isTimeOfDay(t)) ? c : null));
	const dated = number === null ? datedRows(rows) : null;
	const taken = [weeklyHours, dailyHours, duration, effort, number, dated?.column ?? null, ...dates];
	const ownNumbers = number === null ? [] : column(number).map((t) => cellNumber(t, headerWords[number]));
	const pauses = spanned || number === null ? new Set<TableRow>() : pauseRows(rows, number, ownNumbers);
	// A pause is in the week above it.
	const numberCells = spanned?.cells ?? dated?.cells ?? ownNumbers.map((cell, r) => (pauses.has(rows[r]!) ? ownNumbers.slice(0, r).findLast((above) => above !== null)! : cell));
	// A number column of labels ("week1") is headed by its word whatever the header says.
	const numberWord = number === null ? null : (numberCells.find((cell) => cell?.label)?.label?.word ?? headerWords[number] ?? null);
	const unitWord = numberWord !== null && kindOfWord(numberWord) !== null;
	// The title is the first column of words that links each row's course ("Code | Course | Duration": the course, not
	// its code), else the first column of words; in rows numbered by a unit word, a schedule's, that column is the
	// topic, and the links beside it are its readings.
	const links = (c: number) => rows.filter((row) => row.children[c]?.children.some((n) => n.type === 'link')).length * 2 >= rows.length;
	// A column whose links mostly read alike ("odkaz", "ดูโค้ด": see the code) points to each row's material and names
	// no row, whatever the header says.
	const alike = (c: number) => {
		const texts = column(c).filter((t) => !isEmptyCell(t));
		return links(c) && new Set(texts).size * 2 <= texts.length;
	};
	// A column whose few values come back again and again ("Block 1: 9:30-11:30AM", "Block 2: …" every day; "Lecture",
	// "Lab" every week) names the slots of each unit, not the unit.
	const slots = (c: number) => {
		const texts = column(c).filter((t) => !isEmptyCell(t));
		const distinct = new Set(texts).size;
		const runs = texts.filter((t, i) => t !== texts[i - 1]).length;
		return distinct * 4 <= texts.length && runs >= distinct * 3;
	};
	const columns = Array.from({ length: width }, (_, c) => c);
	const words = (t: string) => /\p{L}/u.test(t);
	// A column of parts ("Phase": "Foundations" twice, then "Backend") names no unit, unless no other column does.
	const partsAt = partColumn(header, rows, taken);
	// A column of labels alone ("W1", "W2", as name-labels.ts reads file names) numbers a dated schedule's rows, titling none.
	const labelsAlone = dated ? columns.filter((c) => nameLabels(column(c).filter((t) => !isEmptyCell(t)))?.every((named) => named.rest === '' && named.label.kind) ?? false) : [];
	const title = (unitWord || dated ? null : find(words, [...taken, partsAt, ...columns.filter((c) => !links(c) || alike(c) || slots(c))])) ?? find(words, [...taken, partsAt, ...labelsAlone, ...columns.filter((c) => alike(c) || slots(c))]) ?? find(words, taken);
	if (title === null) return null;
	const part = partsAt === title ? null : partsAt;
	// Rows are units when they state a length or effort, or are numbered under a unit word ("Week | Topic"); or when
	// they all share the number of a stage the header names ("Etapa | Aulas | Pré-requisitos", every row "1"): the
	// courses of that stage, in one table per stage. Under a known unit word, numbers that never fall but repeat are a
	// schedule's: the rows sharing a number (two lectures in week 1) are one unit, even when all rows do, under a word
	// of the calendar ("Kalenderwoche", every row "16"): a week's lessons make one week, not one each.
	const numbers = numberCells.map((cell) => cell?.number ?? NaN);
	const rising = numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
	const calendar = unitWord && CALENDAR_KINDS.has(kindOfWord(numberWord!)!);
	const sharedStage = numbers.length > 1 && numbers.every((n) => n === numbers[0]) && unitWord && !calendar;
	const sharedNumbers = unitWord && !rising && !sharedStage && numbers.every((n, i) => i === 0 || n >= numbers[i - 1]!);
	const numbered = number !== null && numberWord !== null && (rising || sharedStage || sharedNumbers);
	const titlesStateLengths = mostly(title, (t) => parseDuration(t) !== null);
	const labelledTitles = titlesLabelled(column(title));
	if (weeklyHours === null && dailyHours === null && duration === null && effort === null && !numbered && !titlesStateLengths && !labelledTitles && !dated) return null;
	const unitWordOf = dated ? DATED_WORD : numberWord !== null && NUMBER_HEADER.test(numberWord) ? null : (numberWord ?? headerWords[title] ?? null);
	return { title, number, duration, effort, effortUnit: effort === unitHeaded ? effortUnit : null, weeklyHours, dailyHours, labelledTitles, sharedNumbers: sharedNumbers || dated !== null, rowNumbers: numberCells, dated: dated !== null, pauses, part, unitWord: unitWordOf };
}

/**
 * The rows that pause a schedule (a holiday, a special week): no number in the number column below a row that has
 * one, and one text in every other cell they fill, two or more, as a row across the table says it ("VACANCES |
 * VACANCES"). They are no unit of their own: each goes with the unit above it, whose page keeps what it says.
 */
function pauseRows(rows: readonly TableRow[], column: number, numbers: ReadonlyArray<RowNumber | null>): Set<TableRow> {
	return new Set(
		rows.filter((row, r) => {
			if (numbers[r] !== null || !numbers.slice(0, r).some((above) => above !== null)) return false;
			const said = row.children.filter((_, c) => c !== column).map(cellText).filter((text) => !isEmptyCell(text));
			return said.length >= 2 && new Set(said).size === 1;
		}),
	);
}

/**
 * A column that labels its rows only where the label changes, each row under the label above it: a cell spanning the
 * rows of its week (`<th rowspan="3">W1</th>`), or a Markdown table's cells left empty under it. Its labels are
 * numbers ("1", "Week 1") or one word with rising numbers, a unit word's first letter as course pages abbreviate it
 * ("W0", "W1": weeks, as name-labels.ts reads file names). A few labels without a number among them ("WH", a holiday
 * week) continue the week above.
 */
function spannedNumbers(rows: readonly TableRow[], skip: ReadonlyArray<number | null>): { column: number; cells: RowNumber[] } | null {
	const width = Math.max(...rows.map((row) => row.children.length));
	for (let column = 0; column < width; column++) {
		const texts = rows.map((row) => cellText(row.children[column]));
		if (skip.includes(column) || isEmptyCell(texts[0]!)) continue;
		// The labels of the runs of rows, one each: "W1" written once over its rows, or on each of them.
		const starts = texts.flatMap((t, r) => (!isEmptyCell(t) && t !== texts.slice(0, r).findLast((above) => !isEmptyCell(above)) ? [r] : []));
		const written = starts.map((r) => texts[r]!).filter((t) => /\d/.test(foldDigits(t)));
		if (written.length === 0 || !/\d/.test(foldDigits(texts[0]!)) || (starts.length - written.length) * 4 > starts.length) continue;
		const numbers = written.map((text) => cellNumber(text));
		const named = numbers.every((n) => n !== null) ? numbers : nameLabels(written)?.map(({ label, rest }) => (rest === '' && label.kind ? { number: label.number, label } : null));
		// One label over all the rows is a week's table (one per week), when it names the calendar ("Week 1"); labels
		// written on every row are a number column's (tableColumns).
		const alone = written.length === 1 && CALENDAR_KINDS.has(named?.[0]?.label?.kind ?? 'step');
		const spans = texts.some((t) => isEmptyCell(t));
		if (!(alone || (spans && written.length > 1)) || !named || named.some((n, i) => n === null || (i > 0 && n.number <= named[i - 1]!.number))) continue;
		const label = (r: number) => written.indexOf(texts.slice(0, r + 1).findLast((t) => written.includes(t))!);
		return { column, cells: rows.map((_, r) => named[label(r)]!) };
	}
	return null;
}

// Fewer rows than this are a few deadlines, not a term's classes.
const MIN_CLASS_DAYS = 3;

/**
 * The first column whose cells are all dates (a row without one belongs with the row above it), rising from row to
 * row over two weeks or more: one row per class day, each row's week of the term.
 */
function datedRows(rows: readonly TableRow[]): { column: number; cells: RowNumber[] } | null {
	if (rows.length < MIN_CLASS_DAYS) return null;
	const width = Math.max(...rows.map((row) => row.children.length));
	for (let column = 0; column < width; column++) {
		const texts = rows.map((row) => cellText(row.children[column]));
		if (isEmptyCell(texts[0]!)) continue;
		// A row of a label alone ("2주차" across the table) heads the class days below it, in their week.
		const dividers = rows.map((row, r) => Boolean(cellNumber(texts[r]!)?.label) && row.children.filter((cell) => !isEmptyCell(cellText(cell))).length === 1);
		const dates = texts.filter((t, r) => !isEmptyCell(t) && !dividers[r]).map(parseDate);
		if (dates.length < MIN_CLASS_DAYS || dates.some((d) => d === null)) continue;
		const weeks = termWeeks(dates as NonNullable<(typeof dates)[number]>[]);
		if (!weeks) continue;
		let at = 0;
		const rowWeeks = texts.map((t, r) => (dividers[r] ? weeks[Math.min(at, weeks.length - 1)]! : isEmptyCell(t) ? weeks[Math.max(at - 1, 0)]! : weeks[at++]!));
		// A week is labelled with the dates it runs, as written ("Week 2 (Sep 13 – Sep 15)").
		const cells = rowWeeks.map((week) => {
			// (A day of two classes is written once.)
			const days = [...new Set(texts.filter((t, r) => rowWeeks[r] === week && !isEmptyCell(t) && !dividers[r]))];
			const span = days.length > 1 ? `${days[0]} – ${days.at(-1)}` : days[0]!;
			return { number: week, label: { word: DATED_WORD, kind: 'week' as const, number: week, text: `${labelOf(DATED_WORD, week)} (${span})`, rest: '', dated: true as const } };
		});
		return { column, cells };
	}
	return null;
}

// A status reads as a mark before its word ("✅", "🟡 Em andamento"): rows done so far and rows to do are no parts.
const STATUS_MARK = /^(?:\p{Extended_Pictographic}|[✓✔✗✘☐☑])/u;

/**
 * The column that names each row's part: short words without links in every row, each value in one run of rows
 * and on two rows or more on average ("Inicial" ×25, "Back End" ×8, "Front End" ×6). Null when none does.
 */
export function partColumn(header: TableRow, rows: readonly TableRow[], taken: ReadonlyArray<number | null>): number | null {
	const width = rows[0]!.children.length;
	for (let c = 0; c < width; c++) {
		if (taken.includes(c)) continue;
		const cells = rows.map((row) => row.children[c]);
		const values = cells.map(cellText);
		// Numbers name parts under a unit word ("Phase": 0, 1, 1, 2).
		const word = headerWord(cellText(header.children[c]));
		const numbered = word !== null && kindOfWord(word) !== null && values.every((value) => /^\d{1,3}$/.test(foldDigits(value)));
		// A length or a study time ("1hour") is no part either.
		const words = numbered || values.every((value) => /\p{L}/u.test(value) && value.length <= 40 && !STATUS_MARK.test(value) && parseDuration(value) === null && allEfforts(value).length === 0);
		if (!words || cells.some((cell) => cell?.children.some((n) => n.type === 'link'))) continue;
		const runs = values.filter((value, i) => i === 0 || value !== values[i - 1]);
		if (runs.length >= 2 && new Set(runs).size === runs.length && runs.length * 2 <= rows.length) return c;
	}
	return null;
}

/**
 * Whether every title opens with a label, the same word with rising numbers, and words after it ("Task24：试卷一",
 * "Lab 3 - Joins"): rows numbered as units are, whatever else their table says.
 */
function titlesLabelled(titles: readonly string[]): boolean {
	const labels = titles.map((title) => parseUnitLabel(title));
	const first = labels[0];
	if (labels.length < 2 || !first?.word) return false;
	return labels.every((label, i) => label !== null && label.rest !== '' && label.word !== null && wordKey(label) === wordKey(first) && (i === 0 || label.number > labels[i - 1]!.number));
}

/** "**Header**: cell" paragraphs for a row's cells but those `skipped` ones (and empty ones), so nothing it says is lost. */
export function cellParagraphs(header: readonly TableCell[], cells: readonly TableCell[], skipped: (c: number, cell: TableCell) => boolean): Paragraph[] {
	return cells.flatMap((cell, c) => {
		if (skipped(c, cell) || isEmptyCell(cellText(cell))) return [];
		const name = cellText(header[c]);
		const children: PhrasingContent[] = name ? [{ type: 'strong', children: [{ type: 'text', value: name }] }, { type: 'text', value: ': ' }, ...cell.children] : [...cell.children];
		return [{ type: 'paragraph', children }];
	});
}

/** The paragraphs of the columns the model has no field for. */
function bodyOf(header: readonly TableCell[], row: TableRow, columns: Columns, keepTitle: boolean): Paragraph[] {
	// Of several rows, each keeps its own study time: the unit's is their sum. A pause keeps its dates.
	const known = new Set([columns.pauses.has(row) ? null : columns.number, columns.duration, keepTitle ? null : columns.effort, columns.weeklyHours, columns.dailyHours, columns.part]);
	// The title column is kept only when it says more than the title: a link to the course, a second link.
	const plainTitle = (c: number, cell: TableCell) => !keepTitle && c === columns.title && !cell.children.some((n) => n.type === 'link') && cell.children.length <= 1;
	return cellParagraphs(header, row.children, (c, cell) => known.has(c) || plainTitle(c, cell));
}

export interface TableUnits {
	table: Table;
	units: Unit[];
}

/** A lesson file a table's row links in its title cell, with its text as the unit's page shows it. */
export interface RowLesson {
	file: PlanFile;
	body: RootContent[];
}

/**
 * One unit per row, or per run of rows sharing a number; the lesson files a row's title cell links
 * (`lessonsOf`, "| 4 | [Variablen](grundlagen/variablen.md) |") follow the row's cells on the unit's page.
 */
export function tableUnits(file: PlanFile, table: Table, columns: Columns, lessonsOf: (cell: TableCell) => RowLesson[] = () => []): Unit[] {
	const [header] = table.children;
	const kind = (columns.unitWord && kindOfWord(columns.unitWord)) || 'step';
	const rows = bodyRows(table);
	// A pause's words title no unit: they are no topic of the week they are in.
	// The unit word the title column's header names, which a label in a title cell may abbreviate ("SEM 01<br>Git").
	const titleUnit = headerWord(cellText(header!.children[columns.title]));
	const markers = new Set([...continuationMarkers(rows, columns.title, titleUnit), ...[...columns.pauses].map((row) => titleText(row.children[columns.title], titleUnit))]);
	return unitRows(table, columns).map((shared) => {
		const [row] = shared as [TableRow, ...TableRow[]];
		const at = (c: number | null) => (c === null ? '' : cellText(row.children[c]));
		const number = columns.rowNumbers[rows.indexOf(row)] ?? null;
		const word = columns.number === null && !columns.dated ? null : columns.unitWord;
		const duration = parseDuration(at(columns.duration));
		// A unit of several rows (a week's two courses, 10 h and 8 h) takes them all: 18 h.
		const effortHours = columns.effort === null ? null : sumOfEfforts(shared.map((r) => cellEffort(r.children[columns.effort!], columns.effortUnit)));
		const hoursPerWeek = parseHoursPerWeek(at(columns.weeklyHours));
		const hoursPerDay = parseHoursPerDay(at(columns.dailyHours));
		const title = sharedTitle(shared.map((r) => titleText(r.children[columns.title], titleUnit)), markers);
		const ownLabel = columns.labelledTitles ? parseUnitLabel(title, titleUnit) : null;
		const lessons = shared.map((r) => (r.children[columns.title] ? lessonsOf(r.children[columns.title]!) : []));
		const companions = lessons.flat().map((lesson) => lesson.file);
		const label = number?.label ? { ...number.label, rest: title } : number === null || word === null ? null : { word, kind: kindOfWord(word), number: number.number, ...(number.numberTo === undefined ? {} : { numberTo: number.numberTo }), text: labelOf(word, number.number, number.numberTo), rest: title };
		return {
			label: ownLabel ?? label,
			kind: ownLabel ? labelKind(ownLabel, kind) : kind,
			rawTitle: ownLabel?.rest ?? title,
			// A unit of several rows keeps each row's title cell too: the title names them together, or only the first.
			body: shared.flatMap((r, i) => [...bodyOf(header!.children, r, columns, shared.length > 1), ...lessons[i]!.flatMap((lesson) => lesson.body)]),
			file,
			...(companions.length > 0 ? { companions } : {}),
			stated: { ...(duration ? { duration } : {}), ...(effortHours ? { effortHours } : {}), ...(hoursPerWeek ? { hoursPerWeek } : {}), ...(hoursPerDay ? { hoursPerDay } : {}) },
			requires: [],
		};
	});
}

/** The part a row is in, by the part column: its words, or its number after the column's word ("Phase 2"). */
export function partOfRow(header: TableRow, column: number): (row: TableRow) => string {
	const word = headerWord(cellText(header.children[column]));
	return (row) => {
		const part = cellText(row.children[column]);
		return /\p{L}/u.test(part) ? part : `${word} ${Number(foldDigits(part))}`;
	};
}

/** The part each unit's rows are in, by the part column. */
export function partsOfRows(table: Table, columns: Columns): string[] {
	const partOf = partOfRow(table.children[0]!, columns.part!);
	return unitRows(table, columns).map(([row]) => partOf(row!));
}

/** The sum of the rows' study times that are stated; null when none is. */
function sumOfEfforts(efforts: ReadonlyArray<NumberRange | null>): NumberRange | null {
	const stated = efforts.filter((effort) => effort !== null);
	return stated.length === 0 ? null : { min: stated.reduce((sum, e) => sum + e.min, 0), max: stated.reduce((sum, e) => sum + e.max, 0) };
}

/** The rows of each unit: one each, or, where rows sharing a number are one unit, each run of them. */
function unitRows(table: Table, columns: Columns): TableRow[][] {
	const rows = bodyRows(table);
	if (!columns.sharedNumbers || (columns.number === null && !columns.dated)) return rows.map((row) => [row]);
	const numberOf = (row: TableRow) => columns.rowNumbers[rows.indexOf(row)]?.number;
	const runs: TableRow[][] = [];
	for (const row of rows) {
		const last = runs.at(-1);
		if (last && numberOf(last[0]!) === numberOf(row)) last.push(row);
		else runs.push([row]);
	}
	return runs;
}

// The longest title that names a unit's lectures together ("Oversmoothing Part 1 · Oversmoothing Part 2"); longer
// ones leave it to the first lecture's.
const SHARED_TITLE_LENGTH = 60;

/**
 * The title of the rows of one unit: their distinct titles joined when short, else the first; each without the emoji
 * around it, as a phase's title is ("👐🏻 Flujos de control" and "💻 Laboratorio 4": "Flujos de control · Laboratorio 4").
 */
function sharedTitle(titles: readonly string[], markers: ReadonlySet<string>): string {
	// (A unit of its markers alone keeps them: they are all it says.)
	const topics = titles.filter((t) => t !== '' && !markers.has(t));
	const distinct = [...new Set((topics.length > 0 ? topics : titles).map((t) => stripEmoji(t) || t).filter((t) => t !== ''))];
	const joined = distinct.join(' · ');
	return joined.length <= SHARED_TITLE_LENGTH ? joined : (distinct[0] ?? '');
}

/**
 * Title cells that say a topic goes on rather than name one ("continued" under a lecture, in three weeks of a term):
 * the same words coming back after other topics again and again, three times or more (a lab's second session comes
 * back once), in rows that hold nothing else but their date or number. A week titled by its rows' topics leaves them
 * out.
 */
function continuationMarkers(rows: readonly TableRow[], title: number, titleUnit: string | null): Set<string> {
	const bare = rows.map((row) => {
		const text = titleText(row.children[title], titleUnit);
		const filled = row.children.filter((cell) => !isEmptyCell(cellText(cell))).length;
		return { text, alone: !isEmptyCell(text) && filled <= 2 };
	});
	const runs = bare.filter(({ text }, i) => text !== bare[i - 1]?.text);
	const recurring = [...Map.groupBy(runs, ({ text }) => text)].filter(([, found]) => found.length >= 3).map(([text]) => text);
	return new Set(recurring.filter((text) => bare.every((row) => row.text !== text || row.alone)));
}

/**
 * Fills `requires` from a column whose cells name other units' titles ("Systematic Program Design, High School
 * Math"). A column counts when at least two of its cells, or a quarter of them, name a unit.
 */
export function linkPrerequisites(found: ReadonlyArray<{ table: Table; columns: Columns; units: Unit[] }>, all: readonly Unit[]): void {
	const named = unitNamer(all);
	for (const { table, columns, units } of found) {
		const [header] = table.children;
		const runs = unitRows(table, columns);
		const candidates = header!.children.map((_, c) => c).filter((c) => ![columns.title, columns.number, columns.duration, columns.effort, columns.weeklyHours, columns.dailyHours].includes(c));
		for (const c of candidates) {
			const cells = runs.map((run) => run.map((row) => cellLines(row.children[c])).filter((t) => !isEmptyCell(t)).join(', '));
			const hits = cells.map(named);
			const filled = cells.filter((t) => !isEmptyCell(t)).length;
			const matching = hits.filter((h) => h.length > 0).length;
			if (matching === 0 || (matching < 2 && matching * 4 < filled)) continue;
			units.forEach((unit, r) => {
				const self = all.indexOf(unit);
				unit.requires = [...new Set([...unit.requires, ...hits[r]!.filter((i) => i !== self)])];
			});
		}
	}
}
