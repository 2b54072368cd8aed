/**
 * Index + files: a README whose table or list links one Markdown file (or notebook) per unit ("| 05 | [Lists](./05_Day_Lists/05_lists.md) |").
 * Each linked file becomes a unit with its whole text; the unit's word and number come from the index (a number
 * column headed "Day", or "Day 5:" before the link). A row that links the index itself (its own Day 1 lives in the
 * README) takes the index's text from the heading with the same label on.
 */
import type { Heading, Link, List, ListItem, Node, Paragraph, Parent, PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import { urlSafety } from '../../checks/url-safety.ts';
import { resolvePlanPath, safeDecode } from '../links.ts';
import { cellEffort, cellNumber, cellParagraphs, cellText, partColumn, partOfRow, tableColumns } from './tables.ts';
import { withoutPositions } from '../tidy.ts';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { bannerTitle, casedAsWritten, type Group, isFolderIndex, isTableOfContents, LESSON_FILE, nameTitle, NAV_STAND_IN, type PlanFile, rawOf, readHeading, type Section, spacedNames, type Unit, writtenForms } from '../plan.ts';
import { dayParts, isDates, kindOfWord, labelOf, parseUnitLabel, type UnitLabel, wordKey } from './label.ts';
import { folderLabel, nameLabels, NUMBERED_PATH } from './name-labels.ts';
import { exerciseParts } from './exercise-folders.ts';
import { sharedNumberParts } from './shared-numbers.ts';
import { numberedChapters } from './numbered-chapters.ts';
import { upperFirst } from '../lines.ts';
import { parseTitleLine } from '../phase-fields.ts';
import { parseEffort } from '../durations.ts';
import type { NumberRange } from '../../../schemas/common.ts';

/** Finds the plan file a relative link leads to, or null when it leads to no Markdown file of the plan. */
export type ResolveLink = (url: string, from: PlanFile) => PlanFile | null;

interface Row {
	/** The table row, list item or heading. */
	node: Node;
	/** Its link leads to no file of the plan (see missingLesson): `target` is an empty stand-in. */
	missing?: true;
	/** A heading linking its lesson stays in the overview, with the text under it; its link then leads to the phase. */
	stays?: boolean;
	/** The index's top-level node that holds the row (the table, the list, the heading itself). */
	container?: Node;
	link: Link;
	target: PlanFile;
	/** The folder of the index that links the file: the numbers of its path below that folder place it. */
	base?: string;
	label: UnitLabel | null;
	/** The words of the file's name after its label ("naive_bayes" of "week0_01_naive_bayes/"): its title when nothing in it gives one. */
	namedAfterLabel?: string;
	/** What the index's row says besides the link, as paragraphs (their links relative to the index). */
	others?: Paragraph[];
	/**
	 * What a list item says after the link it opens with, and the lists under it ("[week01_intro](./week01_intro)
	 * Introduction", then "Lecture: …", "Seminar: …"): the page's opening (links relative to the index).
	 */
	lede?: RootContent[];
	/** The words of the lede's first paragraph, or of a table row's cell: the title when the link text names no unit. */
	description?: string;
	/** The paragraph of `others` that holds the description, left out when it is the title. */
	describedBy?: Paragraph;
	/** The study time the row states: a list item's own words beside its link ("[semaine 01](Sem01.html) … durée: 3 h et 56 minutes"), a table's effort column. */
	effortHours?: NumberRange;
	/** The plan files those other cells link ("[Exercises](exercises/03.md)"): their text joins the unit's page. */
	companions?: PlanFile[];
	/** A module's README, linked by a list of modules (see moduleList): its own list needs only half its rows numbered. */
	module?: boolean;
	/** The index the row is in, when it is not the plan's: a module's README that lists the module's lessons. */
	from?: PlanFile;
	/** A lesson of the row before it that is not nested: listed under it in its README or in the table of contents. */
	nested?: boolean;
	/** How deep a nested row is listed in a table of contents: 1 under a chapter, 2 under a page of a chapter. */
	depth?: number;
	/** The item without a link that a table of contents lists the row under ("- Getting started"): its part. */
	part?: TocPart;
}

/** A part of a table of contents: an item without a link, maybe inside another ("- 编程入门" over "- Python 语言"). */
export interface TocPart {
	item: Node;
	title: string;
	parent?: TocPart;
	/** Listed under a page ("- [NoSQL](nosql.md)" over "- Document stores" over its pages): a heading inside the page's group. */
	inPage?: boolean;
	/** What the item says between its title and its lessons ("A base do desenvolvimento mobile."): the group's introduction. */
	intro?: RootContent[];
}

/** The plan files a node links, in order. */
export function localTargets(node: Node, from: PlanFile, resolve: ResolveLink): PlanFile[] {
	const targets: PlanFile[] = [];
	visit(node, 'link', (link: Link) => {
		const target = resolve(link.url, from);
		if (target && target !== from && !targets.includes(target)) targets.push(target);
	});
	return targets;
}

/** The links of a node to plan files, in order. */
function localLinks(node: Node, from: PlanFile, resolve: ResolveLink): Array<{ link: Link; target: PlanFile }> {
	const links: Array<{ link: Link; target: PlanFile }> = [];
	visit(node, 'link', (link: Link) => {
		const target = resolve(link.url, from);
		if (target) links.push({ link, target });
	});
	return links;
}

function firstLocalLink(node: Node, from: PlanFile, resolve: ResolveLink): { link: Link; target: PlanFile } | null {
	let found: { link: Link; target: PlanFile } | null = null;
	visit(node, 'link', (link: Link) => {
		if (found) return false;
		const target = resolve(link.url, from);
		if (target) found = { link, target };
		return undefined;
	});
	return found;
}

/** The text of a node but for one of its descendants. */
const textOutside = (node: Node, left: Node): string =>
	node === left ? '' : 'children' in node && Array.isArray(node.children) ? node.children.map((child: Node) => textOutside(child, left)).join('') : toString(node);

function tableRows(table: Table, index: PlanFile, resolve: ResolveLink): Row[] {
	const [header, ...rows] = table.children;
	const numberOf = (row: TableRow, c: number) => cellNumber(cellText(row.children[c]));
	// Numbers ("| 3 |") or labels ("| Week 03 |") in every row.
	const numberColumn = header!.children.findIndex((_, c) => rows.length > 0 && (rows.every((r) => numberOf(r, c)?.label === null) || rows.every((r) => numberOf(r, c)?.label?.word)));
	const word = numberColumn >= 0 ? (/\p{L}[\p{L}\p{M}]*/u.exec(toString(header!.children[numberColumn]!))?.[0] ?? null) : null;
	// A file that several rows link (the project three lessons build, its solution) is shared by them: a row's unit
	// is the file it alone links (in the column of such files), else its first.
	const linksOf = rows.map((row) => localLinks(row, index, resolve));
	// A column of words without links, each row's its own ("| 1. | Loops, Naming | [Reading W1](…) |"), describes the
	// rows' units: their titles when the links' text names none.
	const plainText = (row: TableRow, c: number) => (row.children[c] && firstLink(row.children[c]) === null ? toString(row.children[c]).trim() : '');
	const described = header!.children.findIndex((_, c) => c !== numberColumn && rows.every((row) => /\p{L}/u.test(plainText(row, c))) && new Set(rows.map((row) => plainText(row, c))).size === rows.length);
	const rowsLinking = new Map<PlanFile, number>();
	for (const links of linksOf) for (const target of new Set(links.map((l) => l.target))) rowsLinking.set(target, (rowsLinking.get(target) ?? 0) + 1);
	const ownLinks = (row: TableRow, c: number) => (row.children[c] ? localLinks(row.children[c], index, resolve).filter((l) => rowsLinking.get(l.target) === 1) : []);
	// The column where most rows link a file of their own holds the units ("Linked Lesson"); another may link one in a
	// few rows (a project of one lesson, its solution beside the lesson), which is no unit there either.
	const rowsOwning = header!.children.map((_, c) => rows.filter((row) => ownLinks(row, c).length > 0).length);
	const unitColumn = rowsOwning.indexOf(Math.max(...rowsOwning));
	// A column naming each row's part ("| Week 01 | Phase 1 | … |") makes the parts groups, as a table of contents' do.
	const partAt = rows.length > 0 ? partColumn(header!, rows, [numberColumn, described]) : null;
	// A column of study times ("| Week | Effort | Topic | Activities |") times each row's unit.
	const columns = tableColumns(table);
	const effortAt = columns?.effort ?? null;
	const parts = new Map<string, TocPart>();
	const partTitle = partAt === null ? null : partOfRow(header!, partAt);
	const partOf = (row: TableRow) => {
		const title = partTitle!(row);
		if (!parts.has(title)) parts.set(title, { item: row, title });
		return parts.get(title)!;
	};
	const linked = rows.flatMap((row, r): Row[] => {
		const found = ownLinks(row, unitColumn)[0] ?? linksOf[r]!.find((l) => rowsLinking.get(l.target) === 1) ?? linksOf[r]![0] ?? missingLesson(row, index, resolve);
		if (!found) return [];
		const cell = numberColumn >= 0 ? numberOf(row, numberColumn)! : null;
		// Without a number column, the link may carry the label itself ("[第一章 NLP 基础概念](…)", "[Day 3: Lists](…)").
		const linked = numberColumn < 0 ? parseUnitLabel(toString(found.link)) : null;
		const label: UnitLabel | null = cell?.label
			? { ...cell.label, rest: toString(found.link) }
			: cell && word
				? { word, kind: kindOfWord(word), number: cell.number, ...(cell.numberTo === undefined ? {} : { numberTo: cell.numberTo }), text: labelOf(word, cell.number, cell.numberTo), rest: toString(found.link) }
				: linked?.word
					? linked
					: null;
		// The row's other cells ("Exercises: [Types](exercises/03.md)") go with the unit, under its file's text.
		const linkCell = row.children.findIndex((cell) => holds(cell, found.link));
		const others = cellParagraphs(header!.children, row.children, (c) => c === numberColumn || c === linkCell || c === partAt);
		const description = described < 0 ? undefined : plainText(row, described);
		// (Its paragraph among the others holds the cell's own nodes.)
		const describedBy = described < 0 ? undefined : others.find((p) => p.children.at(-1) === row.children[described]!.children.at(-1));
		// So do the other files its own cell links ("Lecture 1 [[GitHub](…)] <br> Lecture 2 [[GitHub](…)]" in one week).
		const besideInCell = localTargets(row.children[linkCell]!, index, resolve).filter((target) => target !== found.target && rowsLinking.get(target) === 1);
		const companions = [...besideInCell, ...row.children.flatMap((cell, c) => (c === numberColumn || c === linkCell ? [] : localTargets(cell, index, resolve)))];
		const effortHours = effortAt === null ? null : cellEffort(row.children[effortAt], columns!.effortUnit);
		return [{ node: row, ...found, base: folderOf(index.path), label, ...(effortHours ? { effortHours } : {}), ...(partAt !== null ? { part: partOf(row) } : {}), ...(others.length > 0 ? { others } : {}), ...(companions.length > 0 ? { companions } : {}), ...(description ? { description, ...(describedBy ? { describedBy } : {}) } : {}) }];
	});
	// Rows whose links all lead nowhere are no table of lessons.
	return linked.some((row) => !row.missing) ? linked : [];
}

/**
 * A row's link to a lesson file the plan does not hold (the repository's own broken link, "14_day_error_handling.md"
 * in a folder whose file has another name): the row is still one of the table's units, so it keeps its place, its
 * label and its words, and stands for an empty file.
 */
function missingLesson(row: TableRow, index: PlanFile, resolve: ResolveLink): { link: Link; target: PlanFile; missing: true } | undefined {
	let found: Link | undefined;
	visit(row, 'link', (link: Link) => {
		if (found) return false;
		// (A link without a destination, "[lesson]()", is a lesson not written yet: no link to a file.)
		if (urlSafety(link.url) === 'relative' && /^[^#?\s]/.test(link.url) && LESSON_FILE.test(resolvePlanPath(link.url, index.path).path) && !resolve(link.url, index)) found = link;
		return undefined;
	});
	return found && { link: found, target: { path: resolvePlanPath(found.url, index.path).path, text: '', tree: { type: 'root', children: [] } }, missing: true };
}

/** Whether `node` is or holds `inner`. */
function holds(node: Node, inner: Node): boolean {
	let held = false;
	visit(node, (n) => {
		if (n !== inner) return undefined;
		held = true;
		return false;
	});
	return held;
}

/** The unit label of the heading a top-level node comes under ("#### Day62 - 数据抓取和解析"), if it has one. */
function sectionLabel(index: PlanFile, node: RootContent): UnitLabel | null {
	const children = index.tree.children;
	const heading = children.slice(0, children.indexOf(node)).findLast((n) => n.type === 'heading');
	const label = heading ? parseUnitLabel(toString(heading)) : null;
	return label?.word ? label : null;
}

function listRows(list: List, index: PlanFile, resolve: ResolveLink, numbers: ReadonlyMap<ListItem, number> | null = null): Row[] {
	// Items numbered within a labelled section are parts of that unit: "Day 62 · 1", "Day 62 · 2" (no calendar length
	// is read from such a label: the parts share the day).
	const section = list.ordered ? sectionLabel(index, list) : null;
	return list.children.flatMap((item, i): Row[] => {
		const found = firstLocalLink(item, index, resolve);
		if (!found) return [];
		const first = item.children[0];
		// An item without a link over a list of lessons ("- **Módulo 1**" over "- [Aula 01](aula-01.md)", "- [Aula 02]…")
		// is a part of the course: its lessons are the rows, in that part.
		const lessons = item.children.find((child) => child.type === 'list');
		const inner = first && first !== lessons && lessons && !firstLocalLink(first, index, resolve) ? listRows(lessons, index, resolve) : [];
		// A heading ("- ### Data Structure") names its part even over one lesson, unless it labels that lesson ("- ### Week 1").
		const partHeading = first?.type === 'heading' && !parseUnitLabel(toString(first))?.word;
		if (inner.length >= 2 || (partHeading && inner.length === 1)) {
			const intro = item.children.slice(1, item.children.indexOf(lessons!)) as RootContent[];
			return inner.map((row) => ({ ...row, part: { item, title: toString(first).trim(), ...(intro.length > 0 ? { intro } : {}) } }));
		}
		// The item's words may tell a label around its link ("Vidéos de la [semaine 01](Sem01.html) (S1) …"): then the
		// link's text, a label alone, carries it.
		const linkLabel = parseUnitLabel(toString(found.link));
		const itemLabel = first ? parseUnitLabel(toString(first)) : null;
		const label = itemLabel?.word ? itemLabel : linkLabel?.word && linkLabel.rest === '' ? linkLabel : null;
		const number = (list.start ?? 1) + i;
		const leading = numbers?.get(item);
		const numbered: UnitLabel | null =
			leading !== undefined
				? { word: null, kind: null, number: leading, text: `${leading}`, rest: toString(found.link) }
				: list.ordered
					? { word: null, kind: null, number, text: section ? `${section.text} · ${number}` : `${number}`, rest: toString(found.link) }
					: null;
		// An item that opens with its link describes the unit after it, and lists its parts under it: the page opens so.
		const opens = first?.type === 'paragraph' && first.children[0] === found.link;
		const described = opens ? afterLink(first) : null;
		const lede = opens ? [...(described ? [described] : []), ...item.children.slice(1)] : [];
		// The item's own words, on its line or the next, may time its unit ("durée: 3 h et 56 minutes (plus 54 minutes en
		// option)"): the first amount is what it takes, the ones after add to it or split it. Its nested lists time its parts.
		const effortHours = first?.type === 'paragraph' && firstLocalLink(first, index, resolve)?.link === found.link ? parseEffort(textOutside(first, found.link)) : null;
		return [{ node: item, ...found, base: folderOf(index.path), label: label?.word ? label : numbered, ...(lede.length > 0 ? { lede } : {}), ...(described ? { description: toString(described) } : {}), ...(effortHours ? { effortHours } : {}) }];
	});
}

/**
 * The numbers items write before their links with no word ("- [✔️] ⌨️ 7 > [The Big Picture](day07.md)"), when every
 * item of the index's lists linking a lesson writes one and they count on by one, from list to list: the units' own
 * numbering, as an ordered list's is. (Numbers left out in some lists leave the files' paths to number them all.)
 */
function leadingNumbers(index: PlanFile, resolve: ResolveLink): Map<ListItem, number> | null {
	const numbers = new Map<ListItem, number>();
	const items = index.tree.children.flatMap((node) => (node.type === 'list' ? node.children : []));
	for (const item of items) {
		const first = item.children[0];
		const found = first?.type === 'paragraph' ? firstLocalLink(first, index, resolve) : null;
		if (!found || first?.type !== 'paragraph') continue;
		const at = first.children.indexOf(found.link);
		const before = at < 0 ? '' : first.children.slice(0, at).map((child) => toString(child)).join('');
		const number = /^[^\p{L}\p{N}]*(\p{N}+)[^\p{L}\p{N}]*$/u.exec(before)?.[1];
		if (number === undefined) return null;
		numbers.set(item, Number(number));
	}
	const counted = [...numbers.values()];
	return counted.length > 0 && counted.every((n, i) => i === 0 || n === counted[i - 1]! + 1) ? numbers : null;
}

/**
 * A paragraph that is one numbered link and nothing else ("[📘 1. python-temelleri/](python-temelleri/README.md)"), as
 * READMEs list their modules one paragraph each, with a paragraph describing each between them: a row of one link.
 */
function paragraphRow(paragraph: Paragraph, index: PlanFile, resolve: ResolveLink): Row[] {
	const [link, ...more] = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
	const target = link?.type === 'link' && more.length === 0 ? resolve(link.url, index) : null;
	const label = target ? parseUnitLabel(toString(link!)) : null;
	return target && label ? [{ node: paragraph, link: link as Link, target, label: label.word ? label : { ...label, text: `${label.number}` } }] : [];
}

/** A paragraph's words after the link it opens with and the separator after that ("[Intro](…) - the basics" → "the basics"); null when no word is left. */
function afterLink(paragraph: Paragraph): Paragraph | null {
	const children = paragraph.children.slice(1).map((child) => ({ ...child }));
	const opening = children[0];
	if (opening?.type === 'text') opening.value = opening.value.replace(/^\s*(?:[-–—:|]\s*)?/u, '');
	const closing = children.at(-1);
	if (closing?.type === 'text') closing.value = closing.value.trimEnd();
	const rest: Paragraph = { type: 'paragraph', children: children.filter((child) => child.type !== 'text' || child.value !== '') };
	return /\p{L}/u.test(toString(rest)) ? rest : null;
}

interface LinkContainer {
	node: Node;
	rows: Row[];
}

export interface LinkedFiles {
	rows: Row[];
	/** The tables and lists that hold the links, in document order. */
	containers: Node[];
	/** A table of contents' item linking the home page, which the overview is: it leaves the overview. */
	home?: Node;
	/** The folder the lessons are in when it is not the plan's own ("days/" of a repository's README): no chapter. */
	base?: string;
	/** Files in name order that nothing numbers or places (see folderFiles). */
	unordered?: true;
}

/**
 * The row's place in the sequence: its label's number, else the numbers of the linked file's path, outermost first
 * ("05_Day_Lists/05_lists.md" is 5 5, "python3/02-loops.md" 3 2, "week-1/lesson-2.md" 1 2).
 */
const rowPlace = (row: Row): number[] => (row.label ? [row.label.number] : (row.target.path.match(/\d+/g) ?? []).map(Number));

/**
 * Whether the row numbers its lesson itself, by its label or the linked file's path below the index's folder: the
 * folder every row of "book-1/README.md" links in ("book-1/chapters/loops.md") numbers none of them.
 */
const numbersItself = (row: Row) => row.label !== null || /\d/.test(row.base && row.target.path.startsWith(row.base) ? row.target.path.slice(row.base.length) : row.target.path);

function comesAfter(place: readonly number[], previous: readonly number[]): boolean {
	for (let i = 0; i < Math.min(place.length, previous.length); i++) if (place[i] !== previous[i]) return place[i]! > previous[i]!;
	return place.length > previous.length;
}

/**
 * At least two files, linked in rising order: units come in a sequence, translations or related documents do not.
 * Each unit word counts on its own: "Module 1, Module 2, Workshop 1, Module 3" is a sequence of modules with a workshop.
 * Rows with no number at all before, between or after the numbered ones (a preface, each chapter's opening page
 * before its numbered lessons, an appendix) come with them, while the numbered rows are most of the rows, or half of
 * them in a module's README (`halfNumbered`, see moduleList).
 */
function inSequence(rows: readonly Row[], halfNumbered = false): boolean {
	const numbered = rows.filter(hasPlace);
	if (numbered.length === 0 || (numbered.length < rows.length && numbered.length * 2 < rows.length + (halfNumbered ? 0 : 1))) return false;
	// Each part of a list counts on its own ("**Lessons**" over "1주차"…"16주차", "**Exercises**" over "1주차"…"4주차").
	const runs = [...Map.groupBy(numbered, (row) => row.part?.item ?? null).values()].flatMap((part) => [...Map.groupBy(part, (row) => (row.label ? wordKey(row.label) : null)).values()]);
	const samePlace = (place: readonly number[], previous: readonly number[]) => place.join() === previous.join();
	// Parts of one day ("Day 1 Morning Workshop", "Day 1 Afternoon Workshop") share its place.
	const rising = (run: readonly Row[]) => {
		const parts = dayParts(run.map((row) => row.label), run.map(() => undefined));
		return run.map(rowPlace).every((place, i, places) => i === 0 || comesAfter(place, places[i - 1]!) || (parts[i]! > 1 && parts[i - 1]! > 1 && samePlace(place, places[i - 1]!)));
	};
	// Files with no label may interleave series of their names, one of them at least counting on. A file numbered as
	// the one before it in its series ("day04_q2Face_explanation" before "day04_q2Face") is a part of the same lesson.
	const risingOrRepeated = (run: readonly Row[]) => run.map(rowPlace).every((place, i, places) => i === 0 || comesAfter(place, places[i - 1]!) || samePlace(place, places[i - 1]!));
	const countsOn = (run: readonly Row[]) => new Set(run.map((row) => rowPlace(row).join())).size >= 2;
	const inSeries = (run: readonly Row[]) => {
		const series = [...Map.groupBy(run, (row) => fileSeries(row.target.path)).values()];
		return series.length > 1 && series.some(countsOn) && series.every(risingOrRepeated);
	};
	return new Set(numbered.map((r) => r.target.path)).size >= 2 && runs.every((run) => rising(run) || (run[0]!.label === null && inSeries(run)));
}

const hasPlace = (row: Row) => rowPlace(row).length > 0;

/**
 * The series a file's name numbers it in: the letters written onto each of its numbers. "day02_01Operator.ipynb" and
 * "day02_02Control.ipynb" are a day's materials, "day02_q1Operator.ipynb" and "day02_q2Control.ipynb" its quizzes,
 * each series counting on its own as each unit word of labelled rows does.
 */
const fileSeries = (path: string): string => [...(path.split('/').at(-1) ?? path).toLowerCase().matchAll(/(\p{L}*)\d+/gu)].map((m) => m[1]).join(' ');

const byPlace = (a: Row, b: Row) => (comesAfter(rowPlace(a), rowPlace(b)) ? 1 : comesAfter(rowPlace(b), rowPlace(a)) ? -1 : 0);

/**
 * Every row numbered, and in sequence once put in the order of their numbers, which count on by one: distinct lessons
 * the author lists in an order of their own ("Lesson 1, Lesson 3, Lesson 2"), which is the order they are read in. A
 * number repeated (lists that each count from 1) or skipped (a link to Part 3 of one course and to Part 1 of another)
 * is no such list.
 */
function reordered(rows: readonly Row[]): boolean {
	if (!rows.every(hasPlace)) return false;
	const sorted = rows.toSorted(byPlace);
	const countsOn = sorted.every((row, i) => i === 0 || rowPlace(row)[0]! - rowPlace(sorted[i - 1]!)[0]! <= 1);
	return countsOn && inSequence(sorted);
}

/**
 * A table whose rows each link a file of the plan by its own name, none of them numbered ("| [Getting started](./getting-started) |
 * Concepts | Goal |"): lessons in the table's order. Rows linking "[Solution](…)" each are answers to the questions
 * the table lists; a list of such links is more often related documents.
 */
function lessonTable(node: Node, rows: readonly Row[]): boolean {
	const distinct = (key: (row: Row) => unknown) => new Set(rows.map(key)).size === rows.length;
	return node.type === 'table' && !rows.some(numbersItself) && distinct((row) => row.target) && distinct((row) => words(toString(row.link)));
}

/** Whether a list item is its link alone ("- [Array](Array.md)"). */
const linkAlone = (row: Row) => textOutside(row.node, row.link).trim() === '';

/** Whether a row is listed under a heading that is a list's item ("- ### Data Structure" over "- [Array](Array.md)"). */
const underItemHeading = (row: Row) => (row.part?.item as ListItem | undefined)?.children[0]?.type === 'heading';

/**
 * A list whose items are headings, two or more, each over a list of links to the plan's files ("- ### Data Structure"
 * over "- [Array](…)", "- [Heap](…)"), its other items links alone: a table of contents in parts, which needs no
 * numbers, as a sidebar does not.
 */
function headedParts(node: Node, rows: readonly Row[]): boolean {
	return node.type === 'list' && new Set(rows.filter(underItemHeading).map((row) => row.part!.item)).size >= 2 && rows.every((row) => underItemHeading(row) || linkAlone(row));
}

/**
 * An index whose lists that link the plan's files are each all links alone, two or more of them of several links right
 * under headings of their own that no unit word labels (a vault's map of content: "# Lectures" over "- [[Relational
 * Algebra]]", "- [[Normal Forms]]", "# Labs" over its labs): a table of contents in parts, which needs no numbers.
 * (Under "## Week 2", "- [Day 8](…)" are a week's lessons; a heading over one link names that lesson.) Its lists are
 * what it holds, with no more paragraphs than lists.
 */
function sectionedContents(index: PlanFile, found: ReadonlyArray<{ node: Node; rows: readonly Row[] }>): boolean {
	const lists = found.filter(({ node, rows }) => node.type === 'list' && rows.length > 0);
	const children = index.tree.children as Node[];
	const headingOver = (node: Node) => children[children.indexOf(node) - 1];
	const headed = lists.filter(({ node, rows }) => {
		const heading = headingOver(node);
		return rows.length >= 2 && heading?.type === 'heading' && !parseUnitLabel(toString(heading))?.word;
	});
	// A map of content is its lists: a README that says more (a course's, with a list of its cohorts' pages and one of
	// its projects between paragraphs) is read by its units.
	const paragraphs = children.filter((node) => node.type === 'paragraph').length;
	const contentsOnly = children.every((node) => ['heading', 'list', 'paragraph', 'thematicBreak', 'yaml', 'toml', 'html'].includes(node.type)) && paragraphs <= headed.length;
	return contentsOnly && headed.length >= 2 && lists.every(({ node, rows }) => rows.length === (node as List).children.length && rows.every(linkAlone));
}

/**
 * The index's tables and lists that link at least two of the plan's files in sequence, most rows being such links
 * (with lists of one link each when, all together, they are in sequence), and its headings that do. In an index with
 * a table of contents in parts (see headedParts), lists of links alone to its files are its parts too.
 */
export function findLinkedFiles(index: PlanFile, resolve: ResolveLink, { module = false } = {}): LinkedFiles | null {
	if (isTableOfContents(index.path)) return tableOfContentsRows(index, resolve);
	const candidates: LinkContainer[] = [];
	const numbers = leadingNumbers(index, resolve);
	const found = index.tree.children.flatMap((node) => {
		if (node.type !== 'table' && node.type !== 'list' && node.type !== 'paragraph') return [];
		const rows = node.type === 'table' ? tableRows(node, index, resolve) : node.type === 'list' ? listRows(node, index, resolve, numbers) : paragraphRow(node, index, resolve);
		return [{ node, rows }];
	});
	const inParts = found.some(({ node, rows }) => headedParts(node, rows)) || sectionedContents(index, found);
	const parts = new Set<Node>();
	for (const { node, rows } of found) {
		const total = node.type === 'table' ? node.children.length - 1 : node.type === 'list' ? node.children.length : 1;
		const everyItem = rows.length === total && reordered(rows);
		const modules = !module && node.type === 'list' && moduleList(index, rows, resolve);
		const numbered = inSequence(rows, module) || everyItem;
		const part = !numbered && inParts && node.type === 'list' && (headedParts(node, rows) || rows.every(linkAlone));
		// Unnumbered, a part's links are names: "OSI 7 계층" is no unit "OSI 7" (a unit word's label still is one).
		const named = part ? rows.map((row) => (row.label && !row.label.kind ? { ...row, label: null } : row)) : rows;
		if (part) parts.add(node);
		if (rows.length > 0 && rows.length * 2 >= total && (rows.length === 1 || numbered || lessonTable(node, rows) || modules || part)) candidates.push({ node, rows: modules ? rows.map((row) => ({ ...row, module: true })) : named });
	}
	// "## Week 1 / - [Day 1](…)", "## Week 2 / - [Day 8](…)": a list of one link continuing the sequence is a unit too,
	// and one going back ("## Week 3 / - [Lesson 2](…)" after Lesson 3) when all of them are the lessons reordered.
	const chosen: LinkContainer[] = [];
	const backward = new Set<LinkContainer>();
	let previous: number[] | null = null;
	for (const candidate of candidates) {
		const place = rowPlace(candidate.rows[0]!);
		const single = candidate.rows.length === 1;
		if (parts.has(candidate.node)) {
			chosen.push(candidate);
			continue;
		}
		if (single && place.length === 0 && !lessonTable(candidate.node, candidate.rows)) continue;
		chosen.push(candidate);
		if (single && previous !== null && !comesAfter(place, previous)) backward.add(candidate);
		else previous = rowPlace(candidate.rows.at(-1)!);
	}
	const kept = reordered(chosen.flatMap((c) => c.rows)) ? chosen : chosen.filter((c) => !backward.has(c));
	// Lists of several links may each number from 1 ("Part 1", "Part 2"); with single links among them, all must rise
	// (or be the lessons reordered), unless they are all tables of lessons without numbers.
	const singles = kept.some((c) => c.rows.length === 1);
	const all = kept.flatMap((c) => c.rows);
	const containers = !singles || inSequence(all) || reordered(all) || kept.every((c) => lessonTable(c.node, all)) ? kept : kept.filter((c) => c.rows.length > 1 || parts.has(c.node));
	const headings = headingRows(index, resolve);
	if (headings.length > 0) containers.push({ node: headings.at(-1)!.node, rows: headings });
	const seen = new Set<string>();
	// In the index's order: headings that link their lesson and lists that link several may take turns.
	const position = (node: Node) => index.tree.children.indexOf(node as RootContent);
	const rows = containers
		.flatMap((c) => c.rows.map((row) => ({ ...row, container: row.stays ? row.node : c.node })))
		.sort((a, b) => position(a.container) - position(b.container))
		.filter((row) => !seen.has(row.target.path) && seen.add(row.target.path));
	return rows.length >= 2 ? { rows, containers: containers.map((c) => c.node) } : null;
}

/**
 * Rows that each link the README or index of a folder of their own that lists lessons itself ("* [Get
 * Started](get-started/README.md)", "* [Scope & Closures](scope-closures/README.md)", a series' books each listing its
 * chapters): the folders are the plan's parts, in the list's order, which needs no numbers. Their own lists are read
 * without this rule (a README linking back up is no part of its part), and half of their rows numbered make a
 * sequence: a book's foreword, preface and two appendices around its four chapters.
 */
function moduleList(index: PlanFile, rows: readonly Row[], resolve: ResolveLink): boolean {
	const folders = rows.map((row) => folderOf(row.target.path));
	const ownIndex = (row: Row, i: number) => folders[i] !== folderOf(index.path) && folders[i]!.startsWith(folderOf(index.path)) && isFolderIndex(row.target.path.slice(folders[i]!.length));
	return rows.length >= 2 && new Set(folders).size === rows.length && rows.every(ownIndex) && rows.every((row) => findLinkedFiles(row.target, resolve, { module: true }) !== null);
}

/**
 * An index that links one file of the plan, its contents page ("Point your browser [here](Notes/Contents.md)"), which
 * links the lessons: the contents page's rows, read from it, in the place of the index's link; else null. The
 * contents page itself is the navigation, not a lesson.
 */
export function contentsPageRows(index: PlanFile, resolve: ResolveLink): LinkedFiles | null {
	const [contents, ...more] = localTargets(index.tree, index, resolve);
	const found = contents && more.length === 0 ? findLinkedFiles(contents, resolve) : null;
	const container = found && index.tree.children.find((node) => localTargets(node, index, resolve).includes(contents!));
	if (!found || !container) return null;
	// Its headings that link lessons stay on the contents page, which no page shows.
	return { rows: found.rows.map(({ stays: _, ...row }) => ({ ...row, from: contents!, container })), containers: [container] };
}

/**
 * A book's table of contents: every page it links, in its order, whatever their names ("[Foreword](foreword.md)",
 * "- [Getting Started](ch01-00-getting-started.md)"), with the pages listed under a chapter nested in it, and those
 * listed under an item without a link ("- Customization") in that part.
 */
function tableOfContentsRows(index: PlanFile, resolve: ResolveLink): LinkedFiles | null {
	const rows: Row[] = [];
	const containers: Node[] = [];
	let homeEntry: Node | undefined;
	type Place = Pick<Row, 'nested' | 'depth' | 'part'>;
	const linkRow = (node: Node, container: Node, place: Place, link: Link) => {
		const target = resolve(link.url, index);
		if (!target || target === index || rows.some((row) => row.target === target)) return;
		// The folder's README or index listed first, on its own (GitBook's "* [Introduction](README.md)", MkDocs'
		// "- Home: index.md"), is the book's home page: the overview, which the phases follow.
		const home = isFolderIndex(target.path.slice(folderOf(target.path).length)) && folderOf(target.path) === folderOf(index.path);
		if (home && rows.length === 0 && !place.nested && !place.part) return void (homeEntry ??= node);
		const label = parseUnitLabel(toString(link));
		rows.push({ node, container, link, target, label: label?.word ? label : null, ...place });
	};
	const listed = (list: List, container: Node, place: Place) => {
		for (const item of list.children) {
			const [first, ...rest] = item.children;
			const link = first ? firstLink(first) : null;
			if (link) linkRow(item, container, place, link);
			// Under a page, its pages; under an item without a link ("- Getting started"), the pages of that part.
			// An item without a link under a page heads some of its pages, which stay the page's.
			const part = (): TocPart => ({ item, title: toString(first!).trim(), ...(place.part ? { parent: place.part } : {}), ...(place.nested ? { inPage: true } : {}) });
			const inner: Place = link ? { ...place, nested: true, depth: (place.depth ?? 0) + 1 } : first ? { ...(place.nested ? place : {}), part: part() } : place;
			for (const node of rest) if (node.type === 'list') listed(node, container, inner);
		}
	};
	// A line of its own over a list, in a sidebar made of such pairs (Docsify's "篇章1-前言" over its pages), heads
	// that list as an item would: a part, or, when it links a page, that page's pages.
	const children = index.tree.children;
	const headLines = children.flatMap((node, i) => (node.type === 'paragraph' && children[i + 1]?.type === 'list' && !toString(node).includes('\n') ? [node] : []));
	const headedBy = (i: number): Place => {
		const line = children[i - 1];
		if (headLines.length < 2 || !line || !headLines.includes(line as Paragraph)) return {};
		return firstLink(line) ? { nested: true, depth: 1 } : { part: { item: line, title: toString(line).trim() } };
	};
	for (const [i, node] of children.entries()) {
		const before = rows.length;
		const home = node.type === 'list' ? homeItem(node, index, resolve) : null;
		// The home page holding every page under it is the book itself: its pages are the book's parts and chapters.
		if (home) for (const inner of home.children.slice(1)) inner.type === 'list' && listed(inner, node, {});
		else if (node.type === 'list') listed(node, node, headedBy(i));
		// (A heading that links a page, a wiki sidebar's "## [Documentation](…)", lists it as a line does.)
		else if (node.type === 'paragraph' || node.type === 'heading') visit(node, 'link', (link: Link) => linkRow(node, node, {}, link));
		if (rows.length > before) containers.push(node);
	}
	labelByFolder(rows);
	return rows.length >= 2 ? { rows, containers, ...(homeEntry ? { home: homeEntry } : {}) } : null;
}

/**
 * The pages opening folders named by one unit word and rising numbers ("semaine1/_index.md" … "semaine15/_index.md")
 * take those as their labels when their titles have none ("Présentation du cours"), whatever folders the contents
 * list between or around them (a FAQ, the solutions): each word's folders count on their own.
 */
function labelByFolder(rows: Row[]): void {
	// (A page in a part labelled so already, "Week 1: Tools" over "week-1/_index.md", leaves the label to the part.)
	const opening = rows.filter((row) => !row.label && !(row.part && parseUnitLabel(row.part.title)?.word) && isFolderIndex(row.target.path.slice(folderOf(row.target.path).length)));
	const folderName = (row: Row) => folderOf(row.target.path).slice(0, -1).split('/').pop() ?? '';
	const byWord = Map.groupBy(opening, (row) => nameLabels([folderName(row)])?.[0]?.label.word?.toLowerCase() ?? '');
	for (const [word, run] of byWord) {
		const named = word === '' || run.length < 2 ? null : nameLabels(run.map(folderName));
		if (!named?.[0]?.label.kind) continue;
		for (const [i, row] of run.entries()) row.label = named[i]!.label;
	}
}

/**
 * A table of contents that is one item linking the folder's home page (its README or index), with every other page
 * listed under it (Docsify's "- [Happy-LLM](./README.md)" over the chapters): that item, else null.
 */
function homeItem(list: List, index: PlanFile, resolve: ResolveLink): ListItem | null {
	const [item] = list.children;
	const link = list.children.length === 1 && item?.children[0] ? firstLink(item.children[0]) : null;
	const target = link ? resolve(link.url, index) : null;
	const home = target !== null && isFolderIndex(target.path) && folderOf(target.path) === folderOf(index.path);
	return home && item!.children.some((child) => child.type === 'list') ? item! : null;
}

function firstLink(node: Node): Link | null {
	let found: Link | null = null;
	visit(node, 'link', (link: Link) => {
		found = link;
		return false;
	});
	return found;
}

/**
 * Follows each row whose file is an index of its own (a module's README whose headings link its lessons,
 * "## [3.1 Data preparation](3.1/README.md)"): that index's rows come right after it, at any depth, in the place of
 * the module's row in the plan's index. Below the plan's index, only a folder's README is such an index (a part of
 * the module, "docker-sql/README.md"): a lesson's page is a page, what it lists (its past editions' folders, further
 * reading) no lesson of the plan. A file that is a unit already, or the plan's index, is not taken twice.
 */
export function withNestedIndexes(index: PlanFile, found: LinkedFiles, resolve: ResolveLink): LinkedFiles {
	const taken = new Set<PlanFile>([index, ...found.rows.map((row) => row.target)]);
	const expand = (row: Row): Row[] => {
		const lessonPage = row.nested && !isFolderIndex(row.target.path.slice(folderOf(row.target.path).length));
		const lessons = (row.target === index || lessonPage ? null : findLinkedFiles(row.target, resolve, { module: row.module }))?.rows.filter((lesson) => !taken.has(lesson.target)) ?? [];
		if (lessons.length < 2) return [row];
		for (const lesson of lessons) taken.add(lesson.target);
		// A lesson's bare number ("1.", "2") counts within its module; the site numbers the phases of the whole plan.
		const nested = (lesson: Row): Row => ({ ...lesson, label: lesson.label?.word ? lesson.label : null, from: row.target, nested: true, ...(row.container ? { container: row.container } : {}) });
		return [row, ...lessons.flatMap((lesson) => expand(nested(lesson)))];
	};
	return { ...found, rows: found.rows.flatMap(expand) };
}

/**
 * The pages a book's table of contents lists under a page the plan links (a schedule's week linking a chapter's short
 * README, and SUMMARY.md listing the chapter's sections under it) come with that page, unless the plan links them
 * itself: the chapter is all of them.
 */
export function withTableOfContentsPages(index: PlanFile, found: LinkedFiles, others: readonly PlanFile[], resolve: ResolveLink): LinkedFiles {
	const contents = isTableOfContents(index.path) ? undefined : others.find((file) => isTableOfContents(file.path));
	if (!contents) return found;
	const linked = new Set(found.rows.map((row) => row.target));
	const under = new Map<PlanFile, PlanFile[]>();
	visit(contents.tree, 'listItem', (item: ListItem) => {
		const [first, ...nested] = item.children;
		const page = first ? firstLocalLink(first, contents, resolve)?.target : undefined;
		if (!page || !linked.has(page)) return;
		const pages: PlanFile[] = [];
		for (const list of nested) visit(list, 'link', (link: Link) => void pages.push(...[resolve(link.url, contents)].filter((file): file is PlanFile => file !== null && !linked.has(file) && file !== index)));
		if (pages.length > 0) under.set(page, pages);
	});
	if (under.size === 0) return found;
	return { ...found, rows: found.rows.map((row) => (under.has(row.target) ? { ...row, companions: [...(row.companions ?? []), ...under.get(row.target)!] } : row)) };
}

/**
 * The pages a docs site builds but its navigation leaves out, which its listed pages link (an exercise's
 * "[Solutions](./solutions.md)"): a reader reaches one only from a page that links it, so it joins the first that
 * does. Pages kept `apart` stay out: the site's home pages (the overview) and those it shows apart from its table of
 * contents (a Carpentries lesson's setup). (A book's SUMMARY.md is no such navigation: mdBook builds only the pages it
 * lists.)
 */
export function withLinkedPages(index: PlanFile, found: LinkedFiles, resolve: ResolveLink, apart: readonly PlanFile[]): LinkedFiles {
	if (index.path !== NAV_STAND_IN) return found;
	const placed = new Set<PlanFile>([index, ...apart, ...found.rows.flatMap((row) => [row.target, ...(row.companions ?? [])])]);
	const rows = found.rows.map((row) => {
		const pages = localTargets(row.target.tree, row.target, resolve).filter((file) => !placed.has(file) && placed.add(file));
		return pages.length > 0 ? { ...row, companions: [...(row.companions ?? []), ...pages] } : row;
	});
	return { ...found, rows };
}

/**
 * The files of a linked lesson folder that its README links and no row takes ("1-intro/README.md" linking
 * "assignment.md", or "d1/README.md" linking its notes, "notes/variables.md"): they go with the lesson, on its page, as
 * when the folder is read in name order, right after its text and before what the index's row adds (the section the
 * lesson is in). No row reaches the notes in its subfolders otherwise.
 */
export function withLessonCompanions(found: LinkedFiles, others: readonly PlanFile[]): LinkedFiles {
	const placed = new Set(found.rows.flatMap((row) => [row.target, ...(row.companions ?? [])]));
	const joining = lessonCompanions([...new Set([...found.rows.flatMap((row) => (row.missing ? [] : [row.target])), ...others])], { inSubfolders: true });
	const byLesson = Map.groupBy([...joining].filter(([file]) => !placed.has(file)), ([, lesson]) => lesson);
	if (byLesson.size === 0) return found;
	return { ...found, rows: found.rows.map((row) => (byLesson.has(row.target) ? { ...row, companions: [...byLesson.get(row.target)!.map(([file]) => file), ...(row.companions ?? [])] } : row)) };
}

/**
 * Headings of one level that each link a plan file, in sequence ("## Lesson 01 [Introduction](introduction.md)"),
 * when most headings of that level do.
 */
function headingRows(index: PlanFile, resolve: ResolveLink): Row[] {
	const headings = index.tree.children.filter((n) => n.type === 'heading');
	const byDepth = Map.groupBy(headings, (h) => h.depth);
	for (const [, level] of [...byDepth].sort(([a], [b]) => a - b)) {
		const outsides = new Map<Row, string>();
		const rows = level.flatMap((written): Row[] => {
			// A link written in HTML (`### Blok 1: <a href="01-wprowadzenie.md">Wprowadzenie</a>`) is read as the page shows it.
			const heading = (written.children.some((child) => child.type === 'html') && readHeading(written)?.heading) || written;
			const found = firstLocalLink(heading, index, resolve);
			const label = parseUnitLabel(toString(heading));
			if (!found || found.target === index) return [];
			// The heading's words besides its link ("Task01：函数极限（3天）[链接](…)") describe the unit: its title and
			// length when the link's text names no unit.
			const outside = textOutside(heading, found.link);
			const description = (label?.word ? (parseUnitLabel(outside)?.rest ?? '') : outside).trim();
			const row: Row = { node: written, ...found, base: folderOf(index.path), label: label?.word ? label : null, stays: true, ...(description ? { description } : {}) };
			outsides.set(row, outside);
			return [row];
		});
		// Headings that are each a link alone to a page of its own ("## [Network](Network)" over its checklist) name
		// their units by it, as a table's rows linking lessons by name do: they need no numbers.
		const linksAlone = rows.length >= 2 && rows.every((row) => outsides.get(row)!.trim() === '') && new Set(rows.map((row) => row.target)).size === rows.length;
		if ((inSequence(rows) || linksAlone) && rows.length * 2 > level.length) return rows;
	}
	return [];
}

/** The units of an index + files plan; `taken` receives the index nodes that a self-linked unit takes. */
export function linkedFileUnits(index: PlanFile, found: LinkedFiles, sections: readonly Section[], taken: Set<Node>): Unit[] {
	const lastContainer = Math.max(-1, ...found.containers.map((c) => index.tree.children.indexOf(c as RootContent)));
	// A companion joins the first unit that links it, and none that is a unit of its own.
	const placed = new Set<PlanFile>([index, ...found.rows.map((row) => row.target)]);
	// A heading that opens several of the files ("### Introduction" in every lesson) is a section they all have, not a
	// title; and where most files open so, the files open with a section (a Docusaurus doc with "## Introduction"
	// under its frontmatter title, and "## Sample questions" in one), and only `#` headings are titles, or the opening
	// heading no other file shares of a file without a frontmatter title ("### Guide: Install Chrome on Linux").
	const targets = new Set(found.rows.flatMap((row) => (row.missing ? [] : [row.target])));
	const openers = Map.groupBy(targets, (file) => words(firstHeadingText(file) ?? ''));
	const sharers = (file: PlanFile) => openers.get(words(firstHeadingText(file) ?? ''))!;
	const sharedOpening = (file: PlanFile) => sharers(file).length > 1;
	// Nor is a `#` heading that other files open with too (a notebook copied for each variant, an exercise and its
	// solution), where the titles their names give tell them apart: not by a label ("week_2_…" in one cohort, "02-…" in
	// the next) or a status ("…__completed") that the title leaves out.
	const nameWords = (file: PlanFile) => {
		const name = nameTitle(file.path);
		const label = parseUnitLabel(name);
		return words(parseTitleLine(label?.word ? label.rest : name).title);
	};
	// A file name that other files have too ("article.md" in every lesson's folder) tells none apart, nor do names that
	// are numbers alone (doc-builder's `chapter11/1.mdx` and `3.mdx`): nothing a title says.
	const byName = Map.groupBy(targets, (file) => file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase());
	const ownName = (file: PlanFile) => byName.get(file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase())!.length === 1 && /\p{L}/u.test(nameTitle(file.path));
	const namedApart = (file: PlanFile) => sharedOpening(file) && new Set(sharers(file).map(nameWords)).size === sharers(file).length && sharers(file).every(ownName);
	const openWithTitles = [...targets].filter(sharedOpening).length * 2 <= targets.size;
	const withoutCourse = courseStripper(found.rows);
	const frontmatterTitleOf = unitFrontmatterTitles([...targets, ...found.rows.flatMap((row) => row.companions ?? [])]);
	// Under an opening heading the files share (a course's banner atop every notebook, "# T81-558: Applications of Deep
	// Neural Networks"), a file's own `#` heading, one no other file has ("# Part 1.2: Introduction to Python"), is its title.
	const topHeadings = (file: PlanFile) => new Set(file.tree.children.flatMap((node) => (node.type === 'heading' && node.depth === 1 ? [words(toString(node))] : [])));
	const topHeadingFiles = Map.groupBy([...targets].flatMap((file) => [...topHeadings(file)]), (text) => text);
	const distinctTopHeading = (file: PlanFile) =>
		sharedOpening(file) ? (file.tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1 && topHeadingFiles.get(words(toString(node)))!.length === 1) ?? null) : null;
	// Link text that several rows share ("[Notes](notes/01-intro.md)", "[Homework](…)") or that spells the link
	// ("[docker-sql/](docker-sql/)", "[10-sql-refresher.md](…)") names no one unit: the file's own title does. Rows of
	// different modules' READMEs may share it: each book of a series has its "[Foreword](foreword.md)".
	const linkKey = (row: Row, text: string) => `${(row.from ?? index).path}\n${words(text)}`;
	const linkTexts = Map.groupBy(found.rows, (row) => linkKey(row, toString(row.link)));
	// Nor does link text that other rows share but for a number ("[Reading W1](…)", "[Reading W2](…)") when the row
	// has words of its own beside it: those do. (Alone, "[Lesson 1](…)" in a sidebar is the page's name.)
	const numberless = (text: string) => words(text).replace(/\p{N}+/gu, '#');
	const numberedTexts = Map.groupBy(found.rows, (row) => linkKey(row, numberless(toString(row.link))));
	// Words beside the link that other rows have too (a remark, "※Google Classroomで配布/提出") name no unit either.
	const descriptions = Map.groupBy(found.rows, (row) => linkKey(row, row.description ?? ''));
	const ownDescription = (row: Row) => row.description !== undefined && descriptions.get(linkKey(row, row.description))!.length === 1;
	const numberedAlike = (row: Row) => ownDescription(row) && numberedTexts.get(linkKey(row, numberless(toString(row.link))))!.length > 1;
	// A name as a path writes it ("week01_intro" for ./week01_intro), not a word that is also the file's name ("Setup"),
	// or a piece of that name written as one ("recap_deep_learning" for ./week04_[recap]_deep_learning).
	const spellsLink = (text: string, link: Link) => {
		const name = safeDecode(link.url.replace(/\/$/, '').split('/').pop()!).replace(/\.[^.]*$/, '');
		return (text === name && /[^\p{L}\s]/u.test(text)) || (/^[\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+)+$/u.test(text) && squashed(name).includes(squashed(text)));
	};
	// Unless each list of the index has it once ("[資料00: イントロダクション](day04_00Introduction.ipynb)" under each
	// "### Day4"), and the files' own headings tell them apart only by that part's label ("# Day04 解説"): the list's
	// part labels it as well, and the link text says what the file is.
	const labelledApart = (rows: readonly Row[]) =>
		new Set(rows.map((row) => row.container)).size === rows.length && rows.every((row) => Boolean(parseUnitLabel(firstHeadingText(row.target) ?? '')?.kind));
	const namesUnit = (row: Row, text: string) => text !== '' && (linkTexts.get(linkKey(row, text))!.length === 1 || labelledApart(linkTexts.get(linkKey(row, text))!)) && text !== row.link.url && !spellsLink(text, row.link) && !LESSON_FILE.test(text) && !text.endsWith('/');
	const siteChrome = sharedChrome([...targets].filter((file) => file !== index));
	// A book's section numbers ("2.1 镜像", "3.2.4 Volumes", "01: Setup"), in two links or more, number what the site numbers itself.
	const sectionNumbered = found.rows.filter((row) => SECTION_NUMBER.test(toString(row.link).trim())).length >= 2;
	return found.rows.map((row) => {
		if (row.missing) return missingUnit(row, index);
		const companions = row.target === index ? [] : (row.companions ?? []).filter((file) => !placed.has(file) && placed.add(file));
		let body: RootContent[] = row.target.tree.children.filter((node) => !siteChrome.has(node));
		if (row.target === index) {
			// The index holds this unit's text itself: from the heading labelled like the row, else after the links.
			const own = row.label?.word ? sections.find((s) => s.index > lastContainer && s.label && wordKey(s.label) === wordKey(row.label!) && s.label.number === row.label!.number) : undefined;
			body = index.tree.children.slice(own ? own.index : lastContainer + 1);
			for (const node of body) taken.add(node);
		}
		// A link whose text carries the row's label ("[Module 1: Streaming](…)") is titled by the rest.
		const linkText = toString(row.link).trim();
		const own = parseUnitLabel(linkText);
		const labelled = own?.word && own.rest && !spellsLink(linkText, row.link) && row.label?.word && wordKey(own) === wordKey(row.label) && own.number === row.label.number;
		// Link text that is the row's label alone ("[semaine 01](Sem01.html)") names no unit: it is the label.
		const labelAlone = own?.word && !own.rest && !own.extra && row.label?.word && wordKey(own) === wordKey(row.label) && own.number === row.label.number;
		// Link text that the file's own heading repeats is its title, however many files share it ("本章小结", a
		// chapter summary in every chapter of a book).
		const named = !labelAlone && ((namesUnit(row, linkText) && !numberedAlike(row)) || (linkText !== '' && sameWords(linkText, firstHeadingText(row.target) ?? '')));
		// Link text numbered like a list item ("1. ECMAScript 6简介") titles the unit without its number: the site numbers phases.
		// Link text that names no unit leaves the title to the item's words after the link, when they are a title's length.
		const described = !named && !labelled && ownDescription(row) && row.description!.split(/\s+/).length <= 12 ? row.description! : '';
		const unnumbered = sectionNumbered ? linkText.replace(SECTION_NUMBER, '') || linkText : linkText;
		// An opening heading that is the row's label alone ("# Week 1" under "[Week 1](material/untitled.md)") tells its
		// file apart however many files open so, each with its own label: it names the page, not the file's name.
		const opensWithLabel = Boolean(labelAlone) && sameWords(linkText, firstHeadingText(row.target) ?? '');
		// Under an opening heading the files share (the course's name atop every lecture, "# Programming with Python"),
		// the heading labelled as the row is ("## Lecture 02: Data types") titles the file.
		const labelledTitle = sharedOpening(row.target) && row.label?.word ? headingLabelledAs(row.target, row.label) : null;
		const titledByOpening = (!sharedOpening(row.target) || opensWithLabel) && (openWithTitles || !frontmatterTitleOf(row.target));
		const indexTitle = withoutLabel((labelled || (named && own?.word === null) ? own!.rest : named ? unnumbered : described) || (labelledTitle && toString(labelledTitle).trim()) || withoutCourse(ownTitle(row.target, titledByOpening, !namedApart(row.target), row.namedAfterLabel, distinctTopHeading(row.target), frontmatterTitleOf(row.target))), row.label);
		// The labelled heading that titles the file says its title again.
		if (labelledTitle && !labelled && !named && !described) body = body.filter((node) => node !== labelledTitle);
		// A file that opens with the title the index gives it, maybe under a logo, badges or an HTML banner: that
		// heading is the page's title, not its first line.
		const chromeEnd = body.findIndex((node) => !isPageChrome(node));
		// So is one under the notes to its readers quoted above it ("> [!IMPORTANT] Study time: 9 days" atop a
		// chapter): the notes stay where they are, the heading leaves.
		const afterNotes = body.findIndex((node, i) => i >= chromeEnd && node.type !== 'blockquote' && !isPageChrome(node));
		const opening = chromeEnd >= 0 && body[chromeEnd]!.type === 'blockquote' && body[afterNotes]?.type === 'heading' ? afterNotes : chromeEnd;
		const first = body[opening];
		const onlyTop = first?.type === 'heading' && first.depth === 1 && !body.slice(opening + 1).some((node) => node.type === 'heading' && node.depth === 1);
		// So is the one `#` heading a lesson opens with in other words than the index's ("Getting Started with this
		// course" for the table's "Course Setup"): it is the file's title, not a section. (One that other files open
		// with too tells nothing apart, and stays: see sharedOpening; so does one beside a title the index does not give,
		// or gives as the file's name, "README" over "# Quizzes".)
		const fromIndex = Boolean(labelled || ((named || described) && !sameWords(indexTitle, row.target.path.split('/').pop()!.replace(/\.[^.]*$/, ''))));
		const ownTitleHeading = row.target !== index && fromIndex && onlyTop && !sharedOpening(row.target);
		const titled = row.target !== index && first?.type === 'heading' && (headingNames(withoutCourse(toString(first)), indexTitle) || ownTitleHeading) ? first : undefined;
		// Words holding every word of the index's title say that title more fully ("Building Generative AI-Powered Chat
		// Applications" for "Building Chat Applications", "Week 3 homework: bandits" for "Homework"), and title the unit;
		// a name without spaces ("# intro/README", "# appendix-00") is the file's, not a title.
		const fuller = ownTitleHeading && /\s/.test(toString(first).trim()) && !headingNames(toString(first), indexTitle) && holdsWords(toString(first), indexTitle);
		// (Without the number it may open with, "03 — Composición, …": the site numbers phases.)
		const title = fuller ? withoutLabel(toString(first).trim().replace(HEADING_NUMBER, ''), row.label) : indexTitle;
		// (Read before its subsections move up beside the sections after it.)
		const titlesFile = onlyTop && titled !== undefined && headingNames(toString(titled), title);
		if (titled) promoteSubsections(body.slice(opening + 1), titled.depth);
		// A title of the lesson's own that the page's title does not say ("Getting Started with this course" under
		// "Course Setup") is the author's and stays, as the page's lead in emphasis: one title, no words lost. (Not the
		// file's path, "# intro/README" atop intro/README.md: that is no title; nor a shorter form of the page's title,
		// "Browsers" or "FastAPI" under "Browsers and how they work" or "Fast API", whose words it has.)
		const headingText = titled ? toString(titled).trim() : '';
		const namesPath = !/\s/.test(headingText) && row.target.path.replace(/\.[^.]*$/, '').toLowerCase().endsWith(headingText.toLowerCase());
		const saidByTitle = headingNames(withoutCourse(headingText), title) || holdsWords(title, headingText) || squashed(title).includes(squashed(headingText));
		const subtitle: Paragraph[] = titled && !namesPath && !saidByTitle ? [{ type: 'paragraph', children: [{ type: 'emphasis', children: withoutPositions(structuredClone(titled.children)) }] }] : [];
		// Or one that opens with it in bold, as a heading's stand-in ("**Chapter 3 – Classification**" atop a notebook).
		const boldTitle = row.target !== index && !titled && isBoldLine(first) && headingNames(toString(first), title);
		// Notes about the index's cells would name the lesson's file with the index's line: they name no line.
		const moved = (nodes: readonly RootContent[]) => (row.target !== index ? rootedLinks(withoutPositions(structuredClone([...nodes])), (row.from ?? index).path) : []);
		// A GitBook (a SUMMARY.md over pages with frontmatter, which mdBook's have not) shows a page's description under
		// its title: it leads the page.
		const gitbookDescription: Paragraph[] = row.target !== index && index.path.split('/').pop() === 'SUMMARY.md' && row.target.frontmatterDescription ? [{ type: 'paragraph', children: [{ type: 'text', value: row.target.frontmatterDescription }] }] : [];
		const others = moved((row.others ?? []).filter((paragraph) => !(described && paragraph === row.describedBy)));
		const lede = moved(described ? (row.lede?.slice(1) ?? []) : (row.lede ?? []));
		return {
			label: row.label,
			kind: row.label?.kind ?? 'lesson',
			rawTitle: title,
			body: [...subtitle, ...gitbookDescription, ...lede, ...others, ...(titled || boldTitle ? body.toSpliced(opening, 1) : body), ...companions.flatMap((file) => rootedLinks(file.tree.children, file.path))],
			file: row.target,
			stated: row.target !== index && row.target.frontmatterEffort ? { effortHours: row.target.frontmatterEffort } : row.effortHours ? { effortHours: row.effortHours } : {},
			requires: [],
			ownsFile: row.target !== index,
			...(companions.length > 0 ? { companions } : {}),
			...(titled ? { heading: titled } : {}),
			...(titlesFile ? { titlesFile } : {}),
		};
	});
}

/**
 * The unit of a row whose link leads to no file of the plan (see missingLesson): titled by the link's words, holding
 * what the row's other cells say; the report names the link, which the phase's page no longer shows.
 */
function missingUnit(row: Row, index: PlanFile): Unit {
	const from = row.from ?? index;
	(from.notes ??= []).push({ message: `the link to "${row.link.url}" leads to no file of the plan: its row stays a phase, with what the row says`, ...(row.link.position ? { line: row.link.position.start.line } : {}) });
	return {
		label: row.label,
		kind: row.label?.kind ?? 'lesson',
		rawTitle: withoutLabel(toString(row.link).trim() || (row.description ?? ''), row.label),
		body: [...(row.others ?? [])],
		file: from,
		stated: row.effortHours ? { effortHours: row.effortHours } : {},
		requires: [],
	};
}

/**
 * Relative links and images in text moved out of `from` into another file's page, rewritten from the plan's root
 * ("exercises/03.md" in "README.md" → "/exercises/03.md"), which is how links resolve wherever the text ends up.
 */
export function rootedLinks<T extends Node>(nodes: T[], from: string): T[] {
	for (const node of nodes) {
		visit(node, (n) => {
			if ((n.type !== 'link' && n.type !== 'image') || !('url' in n) || typeof n.url !== 'string') return;
			const kind = urlSafety(n.url);
			if (kind !== 'relative' && kind !== 'anchor') return;
			const { path, anchor } = resolvePlanPath(n.url, from);
			n.url = `/${path}${anchor ? `#${anchor}` : ''}`;
		});
	}
	return nodes;
}

/**
 * The headings under a title that leaves the body (up to the next heading at the title's level) move up a level, so
 * that they stay below the page's title and beside the sections that followed the title ("## Resources").
 */
function promoteSubsections(body: readonly RootContent[], titleDepth: number) {
	for (const node of body) {
		if (node.type !== 'heading') continue;
		if (node.depth <= titleDepth) return;
		node.depth = (node.depth - 1) as Heading['depth'];
	}
}

/**
 * The logo or badge lines that open most lesson files alike (a course's logo atop every lesson): the site the files
 * were written for, whose pages here already show the roadmap's name. The nodes, with a note on the first file.
 */
function sharedChrome(files: readonly PlanFile[]): Set<Node> {
	const openings = files.flatMap((file) => {
		const opening = file.tree.children.slice(0, Math.max(0, file.tree.children.findIndex((node) => !isPageChrome(node))));
		return opening.filter((node) => node.type === 'paragraph').map((node) => ({ file, node, text: rawOf(node, file.text).trim() }));
	});
	const shared = new Set<Node>();
	for (const [text, found] of Map.groupBy(openings, (opening) => opening.text)) {
		const inFiles = new Set(found.map((opening) => opening.file));
		if (inFiles.size < 3 || inFiles.size * 2 < files.length) continue;
		for (const { node } of found) shared.add(node);
		const first = found[0]!.file;
		(first.notes ??= []).push({ message: `left out the line that opens ${inFiles.size} of the lesson files alike (${text.length > 60 ? `${text.slice(0, 60)}…` : text}): the original site's logo or badges`, ...(found[0]!.node.position ? { line: found[0]!.node.position.start.line } : {}) });
	}
	return shared;
}

/**
 * What a page may open with above its title: HTML (a banner, a centring `<div>`), a rule, or a line of images (a logo,
 * badges), in Markdown or in inline HTML tags (`<a href=…><img src=…/></a>`).
 */
function isPageChrome(node: RootContent): boolean {
	if (node.type === 'html' || node.type === 'thematicBreak') return true;
	const image = (child: PhrasingContent): boolean =>
		child.type === 'image' || child.type === 'imageReference' || child.type === 'html' || child.type === 'break' || (child.type === 'text' && child.value.trim() === '') || (child.type === 'link' && child.children.length > 0 && child.children.every(image));
	return node.type === 'paragraph' && node.children.length > 0 && node.children.every(image);
}

/**
 * A title that opens with the unit's own label ("Week04 finetuning", named after the folder "week04_finetuning/" that
 * gave the unit its "Week 4") is the rest: the site shows the label apart.
 */
/**
 * Pages that all open by naming their course before their label ("# Rancangan Pembelajaran Mentor - Minggu 1: HTML",
 * "… - Minggu 2: CSS"): the course is the plan's and the label and what follows it the unit's, so a function that
 * takes the course off a title; one that leaves titles as they are when the pages do not all name the same course.
 */
function courseStripper(rows: readonly Row[]): (title: string) => string {
	const courseOf = (file: PlanFile) => {
		const parts = /^(?<course>\S.*?)\s+[-–—|]\s+(?<tail>\S.*)$/u.exec(firstHeadingText(file) ?? '')?.groups;
		const tail = parts ? parseUnitLabel(parts['tail']!) : null;
		return tail?.word && tail.kind && tail.rest && !parseUnitLabel(parts!['course']!)?.word ? parts!['course']! : null;
	};
	const courses = rows.map((row) => courseOf(row.target));
	const course = rows.length >= 2 && courses.every((c) => c !== null && c === courses[0]) ? courses[0]! : null;
	if (course !== null) (rows[0]!.target.notes ??= []).push({ message: `left out the course name that opens the title of each of ${rows.length} pages before its label (${course})` });
	return (title) => (course !== null && title.startsWith(course) ? title.slice(course.length).replace(/^\s+[-–—|]\s+/u, '') : title);
}

/**
 * The frontmatter titles that title their files' units: not one that two files or more share but for its number
 * ("USP 410/510 Urban Data Science - Week 2" atop every week's slide deck), which names the course and says of the unit
 * only the number its label shows. The file's own `#` heading says more ("# LLMs and AI Agents"); a note names the
 * title left out. A title of a unit word and a number alone ("Homework 3") is the file's name, and stays.
 */
function unitFrontmatterTitles(files: readonly PlanFile[]): (file: PlanFile) => string | null {
	const numberless = (title: string) => words(title).replace(/\p{N}+/gu, '#');
	const names = (title: string) => numberless(title).split(' ').filter((word) => word !== '#' && !kindOfWord(word)).length >= 2;
	const titled = files.filter((file) => file.frontmatterTitle && /\p{N}/u.test(file.frontmatterTitle) && names(file.frontmatterTitle) && firstHeading(file)?.depth === 1);
	const alike = [...Map.groupBy(titled, (file) => numberless(file.frontmatterTitle!)).values()].filter((same) => new Set(same.map((file) => file.frontmatterTitle)).size >= 2);
	for (const same of alike) (same[0]!.notes ??= []).push({ message: `left out the frontmatter title that ${same.length} files share but for a number (${same[0]!.frontmatterTitle}): each file's own heading titles it` });
	const numberedAlike = new Set(alike.flat());
	return (file) => (numberedAlike.has(file) ? null : (file.frontmatterTitle ?? null));
}

function withoutLabel(title: string, label: UnitLabel | null): string {
	const own = label?.word ? parseUnitLabel(title) : null;
	// The dates the unit runs stay, for the label to take them ("Semana 04 (1-5 Dic 2025)").
	const dates = own?.extra && isDates(own.extra) ? own.extra : '';
	if (!own || !(own.rest || dates) || wordKey(own) !== wordKey(label!) || own.number !== label!.number) return title;
	return [dates, upperFirst(own.rest)].filter(Boolean).join(' ');
}

/**
 * A chapter folder's label with the dates that open its title ("(09-13 Mar 2026) - MODULO 4" after "Semana 16"): they
 * say when the unit runs, as a schedule's "Week 1 (Sept 3-5)" does, and the label keeps them.
 */
function withDates(label: UnitLabel, title: string): { label: UnitLabel; title: string } {
	const dated = /^([(（][^()（）]*[)）])\s*(?:[-–—:|]\s*)?(.*)$/u.exec(title);
	if (!dated || !isDates(dated[1]!)) return { label, title };
	return { label: { ...label, extra: dated[1]!, text: `${label.text} ${dated[1]}` }, title: dated[2]! };
}

/** A paragraph that is all one bold run. */
const isBoldLine = (node: RootContent | undefined): node is Paragraph => node?.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'strong';

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** A name's letters and digits alone ("woche1" for "Woche-1"). */
export const squashed = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const sameWords = (a: string, b: string) => words(a) === words(b);
/** Whether `text` has every word of `title` (of one word or more). */
const holdsWords = (text: string, title: string) => {
	const had = new Set(words(text).split(' '));
	return words(title) !== '' && words(title).split(' ').every((word) => had.has(word));
};
/** The folder a plan path is in, with its trailing slash ("" at the plan's root). */
export const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/**
 * Whether a heading is the title, maybe after the unit's label or number ("第一章 NLP 基础概念", "#05 Valor y
 * referencia"), and whether or not either writes its accents (an index's "Administracion" for the page's "Administración").
 */
function headingNames(heading: string, title: string): boolean {
	const unaccented = (text: string) => words(text).normalize('NFD').replace(/\p{M}/gu, '');
	const [text, named] = [unaccented(heading), unaccented(title)];
	if (named === '' || text === named) return text === named;
	const rest = parseUnitLabel(heading)?.rest;
	return (rest !== undefined && unaccented(rest) === named) || (text.endsWith(` ${named}`) && /^[\d ]+$/.test(text.slice(0, -named.length - 1)));
}

function firstHeadingText(file: PlanFile): string | null {
	const heading = firstHeading(file);
	return heading ? toString(heading).trim() : null;
}

const firstHeading = (file: PlanFile) => (file.tree.children as Parent['children']).find((n) => n.type === 'heading');

/** The first heading of a file that carries a title after `label` ("## Lecture 02: Data types" for Lecture 2). */
function headingLabelledAs(file: PlanFile, label: UnitLabel): Heading | null {
	const sameLabel = (node: RootContent): node is Heading => {
		if (node.type !== 'heading') return false;
		const own = parseUnitLabel(toString(node));
		return Boolean(own?.word && own.rest && wordKey(own) === wordKey(label) && own.number === label.number);
	};
	return file.tree.children.find(sameLabel) ?? null;
}

/**
 * What a file calls itself: its banner, its `frontmatterTitle` (a Docusaurus or Jekyll page's title, whatever its
 * text's first heading says), its `#` heading, or the heading it opens with when `opening` says the files open with
 * their titles (not a "#### CI" further down) and `title` says its `#` heading may title it, else its `distinct` `#`
 * heading, else its name (the words after its label, when the name labels the unit).
 */
function ownTitle(file: PlanFile, opening: boolean, title: boolean, name = file.path, distinct: Heading | null = null, frontmatterTitle = file.frontmatterTitle ?? null): string {
	const heading = firstHeading(file);
	const opens = heading !== undefined && heading === (file.tree.children as Parent['children']).find((n) => n.type !== 'html');
	const text = heading && ((heading.depth === 1 && title) || (opening && opens)) ? toString(heading).trim() : '';
	return bannerTitle(file) || frontmatterTitle || text || (distinct ? toString(distinct).trim() : '') || casedAsWritten(nameTitle(name), writtenForms([file.tree]));
}

// A number opening a heading, bare or before a dash, a stop or a colon ("03 — Composición", "2.1 Images", "#05 Valor").
const HEADING_NUMBER = /^#?\d{1,3}(?:\.\d{1,3})*\s*[-–—.:)]?\s+(?=\S)/u;
// "2.1 Images", and "01: Setup" as a docs site's sidebar numbers its lessons.
const SECTION_NUMBER = /^\d{1,3}(?:(?:\.\d{1,3})+\.?|:)\s+(?=\S)/;

/**
 * A folder of lesson files whose index links none of them: the files, in name order ("01-preface.md",
 * "03-learning/01-modes.md", "10-loops.md"), are the units; the numbered ones when there are two or more, else all.
 * Files of one folder that all state their place in their frontmatter (`sidebar_position: 2`) are in that order.
 * Files beside each other that share a unit number ("week1_intro.ipynb", "week1_slides.md") are one unit (see sharedNumberParts).
 * Null when there are fewer than two, or with `numberedOnly` fewer than two numbered ones.
 */
export function folderFiles(others: readonly PlanFile[], { numberedOnly = false, inLessonFolder = false } = {}): LinkedFiles | null {
	// One text in three folders or more is no lesson: the README of the app template each day's code starts from
	// ("day-12/README.md", "day-13/README.md", beside the day's own files), or a placeholder standing in for lessons
	// yet to come ("aula1/README.md", "aula2/README.md": "not published yet"), which the index's own units outrank.
	// Files that are all such copies are what there is to read.
	const copies = new Set([...Map.groupBy(others, (file) => file.text).values()].filter((same) => same.length >= 3).flat());
	const mirrors = mirrorFolders(others);
	const mirrored = (file: PlanFile) => mirrors.has(topEntry(file));
	const byName = others.filter((file) => !copies.has(file) || copies.size === others.length).sort((a, b) => Number(mirrored(a)) - Number(mirrored(b)) || inNameOrder(a.path, b.path));
	// Numbered files are the lessons when the numbered entries are half the folder's or more; a few names with a number
	// among many without ("md5", "n1-problem" among roadmap.sh's 156 topic files) are no sequence. The folder's own
	// files and folders vote, not the files inside them: a "resources/" folder of many READMEs is one entry beside
	// eleven "weekNN_…/" folders.
	const sequenceIn = (base: string) => {
		const inside = byName.filter((f) => f.path.startsWith(base));
		const numbered = inside.filter((f) => NUMBERED_PATH.test(f.path.slice(base.length)));
		const numberedEntries = new Set(numbered.map((f) => topEntry(f, base)));
		return numberedEntries.size >= 2 && numberedEntries.size * 2 >= new Set(inside.map((f) => topEntry(f, base))).size ? numbered : null;
	};
	// A repository keeps its course in one folder of it ("days/day-01-basics/", "days/day-02-…/" beside "docs/" and
	// "tools/"): with `inLessonFolder`, that folder's sequence is the lessons when it holds most of the files.
	const lessonFolder = [...new Set(byName.filter((f) => f.path.includes('/')).map((f) => `${topEntry(f)}/`))].find((folder) => byName.filter((f) => f.path.startsWith(folder)).length * 2 > byName.length);
	const base = inLessonFolder && !sequenceIn('') && lessonFolder && sequenceIn(lessonFolder) ? lessonFolder : '';
	const numbered = sequenceIn(base);
	if (numberedOnly && !numbered) return null;
	const taken = inStatedOrder(unitEntriesFirst(numbered ?? byName, base));
	const linkedParts = lessonCompanions(taken);
	const exercises = exerciseParts(taken);
	const unitParts = sharedNumberParts(taken.filter((file) => !linkedParts.has(file) && !exercises.has(file)));
	const companions = new Map([...[...exercises].map(([file, part]) => [file, part.page] as const), ...linkedParts, ...unitParts]);
	const files = taken.filter((file) => !companions.has(file));
	if (files.length < 2) return null;
	const labels = fileLabels(files, base);
	const rows = files.map((target, i): Row => {
		const own = [...taken.filter((file) => unitParts.get(file) === target || linkedParts.get(file) === target), ...[...exercises].filter(([file, part]) => part.page === target && !linkedParts.has(file)).map(([, part]) => part.shown)];
		return {
			node: target.tree,
			link: { type: 'link', url: target.path, children: [] },
			target,
			// Without a unit word, a file's place is only its phase number, which the site shows already.
			label: labels?.[i]?.label ?? null,
			...(labels?.[i]?.rest ? { namedAfterLabel: labels[i]!.rest } : {}),
			...(own.length > 0 ? { companions: own } : {}),
		};
	});
	// Without numbered files or folders (most paths numbered nowhere), or places stated in frontmatter, name order is no
	// one's order.
	const numberedPaths = taken.filter((file) => file.path.split('/').some((segment) => NUMBERED_PATH.test(segment)));
	const unordered = !numbered && numberedPaths.length * 2 < taken.length && !taken.some((file) => file.frontmatterPosition !== undefined);
	return { rows, containers: [], ...(base ? { base } : {}), ...(unordered ? { unordered: true as const } : {}) };
}

/**
 * Folders or files named by a unit word the importer knows and a number ("semaine1/" … "semaine12/", "Week_01/",
 * "día-3.md"), most of the numbered entries beside them, are the plan: they come first, in their numbers' order, and
 * the other entries ("examen1/", "TP1/", "ressources/") after them in name order, which would put "examen1/" first.
 * An entry named from its number on, a number below the units' ("00 - Start Here.md" beside "Class 01 - Docker.md"),
 * comes before them, where that number places it.
 */
function unitEntriesFirst(files: readonly PlanFile[], base: string): PlanFile[] {
	const entries = (within: readonly PlanFile[]) => new Set(within.map((file) => topEntry(file, base))).size;
	const labelOf = (file: PlanFile) => folderLabel(topEntry(file, base));
	const byKind = Map.groupBy(
		files.filter((file) => labelOf(file)?.kind),
		(file) => labelOf(file)!.kind!,
	);
	const units = [...byKind.values()].sort((a, b) => entries(b) - entries(a))[0] ?? [];
	const numbered = files.filter((file) => NUMBERED_PATH.test(file.path.slice(base.length)));
	if (entries(units) < 2 || entries(units) * 2 < entries(numbered)) return [...files];
	const first = Math.min(...units.map((file) => labelOf(file)!.number));
	const leading = (file: PlanFile) => Number(/^\d+/.exec(topEntry(file, base))?.[0] ?? Number.POSITIVE_INFINITY);
	const place = (file: PlanFile) => (units.includes(file) ? labelOf(file)!.number : leading(file) < first ? leading(file) - first : Number.POSITIVE_INFINITY);
	return [...files].sort((a, b) => (place(a) === place(b) ? 0 : place(a) - place(b)));
}

/**
 * The plan's folders whose folders repeat the names of two of its other folders or more ("archive/javascript/",
 * "archive/git/" beside "javascript/" and "git/"): copies of parts of the plan (lessons taken out, or the lessons'
 * solutions), which follow the folders they copy.
 */
function mirrorFolders(files: readonly PlanFile[]): Set<string> {
	const inner = Map.groupBy(files.filter((file) => file.path.split('/').length > 2), (file) => topEntry(file));
	const tops = new Set(files.filter((file) => file.path.includes('/')).map((file) => topEntry(file)));
	const repeats = (folder: string, within: PlanFile[]) => new Set(within.map((file) => file.path.split('/')[1]!).filter((name) => name !== folder && tops.has(name))).size >= 2;
	return new Set([...inner].flatMap(([folder, within]) => (repeats(folder, within) ? [folder] : [])));
}

/** The file or folder directly in the lessons' folder that a path is in ("02-basics/01-vars.md" → "02-basics"). */
const topEntry = (file: PlanFile, base = '') => file.path.slice(base.length).split('/')[0]!;

/**
 * A lesson folder's README and the files beside it that it links and that are not numbered lessons of their own
 * ("1-intro/README.md" linking "assignment.md", "quiz.md"): those go with the lesson, on its page. `inSubfolders`, the
 * files it links in its folder's subfolders too ("notes/loops.md"), but not their READMEs, which open lessons of their
 * own, and not from the plan's top folder, whose subfolders are the plan. Each such file, and the README it joins.
 */
function lessonCompanions(files: readonly PlanFile[], { inSubfolders = false } = {}): Map<PlanFile, PlanFile> {
	const companions = new Map<PlanFile, PlanFile>();
	for (const lesson of files) {
		const folder = folderOf(lesson.path);
		if (!isFolderIndex(lesson.path.slice(folder.length))) continue;
		const inLesson = (file: PlanFile) => {
			const name = file.path.slice(folderOf(file.path).length);
			if (folderOf(file.path) === folder) return true;
			return inSubfolders && folder !== '' && file.path.startsWith(folder) && !isFolderIndex(name);
		};
		visit(lesson.tree, 'link', (link: Link) => {
			if (urlSafety(link.url) !== 'relative') return;
			const { path } = resolvePlanPath(link.url, lesson.path);
			const linked = files.find((file) => file !== lesson && file.path.toLowerCase() === path.toLowerCase() && inLesson(file));
			if (linked && !NUMBERED_PATH.test(linked.path.slice(folderOf(linked.path).length)) && !companions.has(linked)) companions.set(linked, lesson);
		});
	}
	return companions;
}

/**
 * Paths by name, numbers by value ("2-data" before "10-web"), except that a folder's README or index, or the file
 * named like it, leads the folder: it introduces the lessons beside and under it ("1-Introduction/README.md" before
 * "1-Introduction/1-intro/", "woche-1/woche1.md" before "woche-1/abenteuer/").
 */
export function inNameOrder(a: string, b: string): number {
	const [aSegments, bSegments] = [a.split('/'), b.split('/')];
	const differ = aSegments.findIndex((segment, i) => segment !== bSegments[i]);
	const namedLikeFolder = (segments: string[]) => differ > 0 && squashed(segments[differ]!.replace(/\.[^.]*$/, '')) === squashed(segments[differ - 1]!);
	const leads = (segments: string[]) => differ === segments.length - 1 && (isFolderIndex(segments[differ]!) || namedLikeFolder(segments));
	if (leads(aSegments) !== leads(bSegments)) return leads(aSegments) ? -1 : 1;
	return a.localeCompare(b, undefined, { numeric: true });
}

/**
 * Files in name order, except that the files of a folder that all state their place (`sidebar_position: 2`) take the
 * places of that folder's files in that order.
 */
function inStatedOrder(files: readonly PlanFile[]): PlanFile[] {
	const ordered = [...files];
	const folders = Map.groupBy(files, (file) => folderOf(file.path));
	for (const siblings of folders.values()) {
		if (!siblings.every((file) => file.frontmatterPosition !== undefined)) continue;
		const places = siblings.map((file) => ordered.indexOf(file));
		const byPosition = [...siblings].sort((a, b) => a.frontmatterPosition! - b.frontmatterPosition!);
		places.forEach((place, i) => (ordered[place] = byPosition[i]!));
	}
	return ordered;
}

/**
 * "day01.md" … "day90.md": when every file is named by one word and rising numbers, those are the units' labels. A
 * file deeper in a numbered folder ("week06_nlp/tasks/README.md" after "week06_nlp/README.md") has its folder's number:
 * the folder's first file carries the label, the others none. Files named in one language and headed in another
 * ("Week_01_Foundation.md" under "# Неделя 1: Фундамент") are labelled as their headings are, when every one is.
 */
function fileLabels(files: readonly PlanFile[], base: string): Array<{ label: UnitLabel; rest: string } | null> | null {
	const leads = files.map((file, i) => i === 0 || topEntry(file, base) !== topEntry(files[i - 1]!, base));
	const named = nameLabels(files.filter((_, i) => leads[i]).map((file) => topEntry(file, base).replace(LESSON_FILE, '')));
	if (!named) return null;
	let lead = -1;
	const labels = files.map((file, i) => {
		if (!leads[i]) return null;
		const { label, rest } = named[++lead]!;
		const headed = parseUnitLabel(firstHeadingText(file) ?? '');
		return { label, rest, headed: headed?.word && label.kind && headed.kind === label.kind && headed.number === label.number ? { ...headed, rest: '' } : null };
	});
	const headedAll = labels.every((l) => !l || l.headed);
	return labels.map((l) => (l ? (headedAll ? { label: l.headed!, rest: '' } : { label: l.label, rest: l.rest }) : null));
}

/**
 * A folder of lesson files arranged in chapter folders ("03-tools.md" beside "03-tools/01-editor.md"): each chapter
 * folder that holds two lessons or more is a group (one lesson alone is a phase like the others), titled by the file
 * beside it when there is one, else by the title of its own README or index when that is a lesson, else by the
 * folder's name; a
 * folder inside it that holds several lessons, not all ("html_css/flexbox/"), or one named as a unit ("Week_3/Day_2/"),
 * is a group inside that one. Files
 * numbered chapter and section are arranged so too (see numberedChapters).
 */
export function folderGroups(units: readonly Unit[], base = ''): Group[] {
	const pathOf = (unit: Unit) => unit.file.path.slice(base.length);
	const stem = (unit: Unit) => pathOf(unit).replace(/\.[^./]*$/, '');
	const chapterOf = (unit: Unit) => (pathOf(unit).includes('/') ? pathOf(unit).slice(0, pathOf(unit).indexOf('/')) : null);
	const innerFolderOf = (unit: Unit) => {
		const segments = pathOf(unit).split('/');
		return segments.length > 2 ? segments.slice(0, 2).join('/') : null;
	};
	const folders = new Set(units.flatMap((u) => chapterOf(u) ?? []));
	const sections = numberedChapters(units.map(stem));
	const folderOfUnit = new Map(units.map((u) => [u, chapterOf(u) ?? (folders.has(stem(u)) ? stem(u) : sections.chapterOf.get(stem(u)) ?? null)]));
	const lessonCounts = Map.groupBy(units, (u) => folderOfUnit.get(u));
	const innerCounts = Map.groupBy(units.flatMap((u) => innerFolderOf(u) ?? []), (folder) => folder);
	const groups: Group[] = [];
	const groupOf = new Map<string, number>();
	// Chapter folders named by one word and rising numbers ("week0_01_bayes", "L03-loops") are labelled by them, when the
	// word is a unit's: the label is the group's place, its name's words or its README's title the group's title.
	const chapters = [...new Set(units.flatMap((u) => folderOfUnit.get(u) ?? []))];
	const chapterLabels = nameLabels(chapters);
	const labelOfChapter = new Map([...(chapterLabels?.[0]?.label.kind ? chapters.map((folder, i) => [folder, chapterLabels[i]!] as const) : []), ...[...sections.labels].map(([chapter, label]) => [chapter, { label, rest: '' }] as const)]);
	const groupFor = (folder: string, parent?: number) => {
		let group = groupOf.get(folder);
		if (group === undefined) {
			// The folder's README or index introduces it: its title names the folder ("02-JS-I/" is "JavaScript I"), and so
			// does a heading that spells the folder's name ("# APIs" for "109-apis/"). A section it opens with ("## 简介",
			// the first of several "# …") names only that section.
			const beside = units.find((u) => stem(u) === folder);
			const own = units.find((u) => folderOf(pathOf(u)) === `${folder}/` && isFolderIndex(pathOf(u).slice(folder.length + 1)));
			const forms = writtenForms(units.filter((u) => pathOf(u).startsWith(`${folder}/`)).map((u) => u.file.tree));
			const named = casedAsWritten(nameTitle(folder), forms);
			const [besideTitle, ownTitle] = [beside, own].map((unit) => unit && spacedNames(unit.rawTitle));
			const titled = own && (own.titlesFile || sameWords(ownTitle!, named)) ? ownTitle : null;
			const labelled = labelOfChapter.get(folder);
			const title = labelled && withoutLabel(besideTitle ?? (own?.titlesFile ? ownTitle : null) ?? (labelled.rest ? casedAsWritten(nameTitle(labelled.rest), forms) : ''), labelled.label);
			const dated = labelled && withDates(labelled.label, title ?? '');
			const heading = dated ? { rawTitle: dated.title ? `${dated.label.text}: ${dated.title}` : dated.label.text, label: { ...dated.label, rest: dated.title } } : { rawTitle: besideTitle ?? titled ?? named, label: null };
			groups.push({ ...heading, intro: [], ...(parent !== undefined ? { parent } : {}) });
			groupOf.set(folder, (group = groups.length - 1));
		}
		return group;
	};
	const unitNamed = (inner: string) => folderLabel(inner.slice(inner.indexOf('/') + 1)) !== null;
	const withUnitFolders = new Set([...innerCounts.keys()].filter(unitNamed).map((inner) => inner.slice(0, inner.indexOf('/'))));
	for (const unit of units) {
		const folder = folderOfUnit.get(unit);
		if (!folder || lessonCounts.get(folder)!.length < 2) continue;
		const outer = groupFor(folder);
		const inner = innerFolderOf(unit);
		// A folder holding all of its chapter's lessons ("L03/code/") is the chapter itself, not a group inside it. One
		// that a unit word and number name ("Week_3/Day_2/") is the author's day even with one lesson in it, and so is
		// any folder beside such days ("Week_4/Weekend/"): a part of the same rank.
		const innerCount = inner ? innerCounts.get(inner)!.length : 0;
		const ownUnit = inner !== null && (unitNamed(inner) || withUnitFolders.has(folder));
		unit.group = inner && (innerCount >= 2 || ownUnit) && innerCount < lessonCounts.get(folder)!.length ? groupFor(inner, outer) : outer;
	}
	return groups;
}
