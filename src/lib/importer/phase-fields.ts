/**
 * What a phase's own text says about it: the title line ("**Programming** =4 - 6 Months - **Done**") and the
 * labelled lines of its body (Goal, Priority, Daily, Time Estimate, Projects, Outcome, Resources).
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Duration, NumberRange } from '../../schemas/common.ts';
import type { PhaseData } from '../../schemas/roadmap.ts';
import { allDurations, allEfforts, findOpenPosition, parseDuration, parseEffort, parseHoursPerDay } from './durations.ts';
import { visit } from 'unist-util-visit';
import { indentOf, isBlank, LIST_ITEM, stripEmphasis } from './lines.ts';
import { parseMarkdown } from './markdown/parse.ts';

export interface TitleLine {
	title: string;
	duration: Duration | null;
	/** Study time the line states instead of a calendar length ("Loops (45 min)"). */
	effortHours?: NumberRange;
	/** A calendar position in trailing parentheses, " (Weeks 1-4)" or "（1周）" as spaced in the source's script: it belongs with the label. */
	labelSuffix?: string;
	status?: NonNullable<PhaseData['status']>;
	/** Text after the title and duration that is neither: it stays in the body. */
	leftover: string;
	/** Things the author should check, e.g. a status marker that may not be about the phase. */
	notes: string[];
}

const STATUS = /(?:\s*[-–—|:]\s*|\s+|^)(?<marker>(?<b>\*\*|__)?\s*(?<word>done|completed|ongoing|in progress)\s*\k<b>?)\s*$/i;
const statusOf = (word: string): NonNullable<TitleLine['status']> => (/^(done|completed)$/i.test(word) ? 'done' : 'ongoing');
/**
 * Before a duration in a title there is a separator ("Programming = 4 - 6 months", "CS Foundation I - 2 years",
 * "基础语法（1周）": CJK text has full-width ones), or nothing.
 */
const SEPARATED = /(?:^|[=\-–—:(,|：（，]|\*\*|__)\s*(?:\*\*|__)?\s*$/;

const cleanTitle = (text: string) =>
	stripEmphasis(text)
		.replace(/^[\s=\-–—:),|：），]+/, '')
		.replace(/[\s=\-–—:(,|：（，]+$/, '')
		.trim();

function cleanLeftover(text: string): string {
	let rest = text.replace(/^[\s=\-–—:),|：），]+/, '');
	// "**CS Foundation I - 2 years minimum**": the bold closes after the duration.
	if ((rest.match(/\*\*/g)?.length ?? 0) % 2 === 1) rest = rest.replace('**', '');
	return rest.replace(/^[\s=\-–—:),|：），]+/, '').trim();
}

/** A closing parenthesis after at most three words, which qualify the amount before them ("of study)"). */
const QUALIFIED_CLOSE = /^(?:\s*[\p{L}\p{M}]+){0,3}\s*[)）]/u;

/** How many parentheses, ASCII or full-width, `text` leaves open. */
const openParentheses = (text: string) => [...text].reduce((depth, char) => (/[(（]/.test(char) ? depth + 1 : /[)）]/.test(char) ? Math.max(0, depth - 1) : depth), 0);

/** Where a label stands in a title line that keeps it ("Week 1 - Intro"), as offsets into the trimmed line. */
export interface LabelSpan {
	start: number;
	end: number;
}

/**
 * Splits a unit's title line into title, duration, status and whatever else it says:
 * "**Database = 2** Months - Ongoing" → Database, 2 months, ongoing;
 * "**Integration** = 1 - 2 months - webhook **Done**" → Integration, 1–2 months, leftover "webhook **Done**"
 * (the marker may be about the webhook, so no status is proposed). A label the line keeps is a position, not a
 * length stated in the title: "Week 1" in "Week 1 - Intro" stays.
 */
export function parseTitleLine(raw: string, label?: LabelSpan): TitleLine {
	let text = raw.trim();
	const notes: string[] = [];
	let status: TitleLine['status'];
	let marker = '';
	const statusMatch = STATUS.exec(text);
	if (statusMatch && statusMatch.index > 0) {
		status = statusOf(statusMatch.groups!['word']!);
		marker = statusMatch.groups!['marker']!.trim();
		text = text.slice(0, statusMatch.index);
	}
	let title: string;
	let leftover = '';
	let duration: Duration | null = null;
	let labelSuffix: string | undefined;
	let effortHours: NumberRange | undefined;
	const inLabel = (m: { start: number; end: number }) => label !== undefined && m.start < label.end && m.end > label.start;
	// A length among other words inside parentheses ("Testing (Wednesday, Week 11, March 26)") is part of that aside:
	// cutting there would leave the title's parenthesis open.
	// So is one that opens them but is followed by more than a few words ("(2 weeks, then a review)"); up to three, they
	// qualify it ("(4 hours of study)", "(4 giờ học)") and go with it.
	const aside = (m: { start: number; end: number }) =>
		openParentheses(text.slice(0, m.start)) > 0 && (!/[(（]\s*$/.test(text.slice(0, m.start)) || !QUALIFIED_CLOSE.test(text.slice(m.end)));
	const stands = (m: { start: number; end: number }) => !inLabel(m) && !aside(m) && SEPARATED.test(text.slice(0, m.start));
	// A calendar length wins; else the study time a lesson's title gives ("Loops (45 min)") is taken out the same way.
	const lengthMatch = allDurations(text).find(stands);
	const effortMatch = lengthMatch ? undefined : allEfforts(text).find(stands);
	const match = lengthMatch ?? effortMatch;
	const openPosition = match ? null : findOpenPosition(text);
	if (match) {
		if (lengthMatch) duration = lengthMatch.duration;
		if (effortMatch) effortHours = effortMatch.hours;
		let before = text.slice(0, match.start);
		let after = text.slice(match.end);
		const stated = text.slice(match.start, match.end);
		const open = /[(（]\s*$/.exec(before);
		const close = QUALIFIED_CLOSE.exec(after);
		if (open && close) {
			before = before.slice(0, open.index);
			after = after.slice(close[0].length);
			// A calendar position ("(Weeks 1-4)") belongs with the label; so does a length in words the site does not
			// show ("(2 недели)", "（1周）"): the facts say "2 weeks", the label keeps the source's own words.
			if (lengthMatch && (/^[a-z]/i.test(stated) || /[^\x00-\x7f]/.test(stated))) labelSuffix = `${open[0].startsWith('(') ? ' (' : '（'}${stated}${close[0].replace(/^\s+(?=[)）])/, '').trimEnd()}`;
		}
		title = cleanTitle(before);
		leftover = cleanLeftover(after);
		if (!title) {
			title = cleanTitle(leftover);
			leftover = '';
		}
	} else if (openPosition && cleanTitle(text.slice(0, openPosition.start))) {
		// "Advanced Topics (Weeks 21+)": the label says where the phase starts; how long it lasts the source leaves open.
		title = cleanTitle(text.slice(0, openPosition.start));
		labelSuffix = ` ${text.slice(openPosition.start, openPosition.end).trim()}`;
	} else {
		const bold = /^(\*\*|__)(.+?)\1(.*)$/.exec(text);
		if (bold && cleanLeftover(bold[3]!) !== '') {
			title = cleanTitle(bold[2]!);
			leftover = cleanLeftover(bold[3]!);
		} else {
			title = cleanTitle(text);
		}
	}
	if (status && leftover) {
		notes.push(`the source says "${leftover} ${marker}" — the marker may not be about the whole phase, so none was set`);
		leftover = `${leftover} ${marker}`;
		status = undefined;
	}
	return { title, duration, ...(effortHours ? { effortHours } : {}), ...(labelSuffix ? { labelSuffix } : {}), ...(status ? { status } : {}), leftover, notes };
}

export interface PhaseFields {
	goal?: string;
	priority?: NonNullable<PhaseData['priority']>;
	priorityNote?: string;
	hoursPerDay?: NumberRange;
	/** From a "Time Estimate:" / "Duration:" / "Timeline:" line, which stays in the body. */
	duration?: Duration;
	/** From a "Time: 45 minutes" / "Estimated time: 2 hours" line, which stays in the body. */
	effortHours?: NumberRange;
	/** From a "Status: Done" line, which stays in the body. */
	status?: NonNullable<PhaseData['status']>;
	projects: Array<{ title: string; details?: string[] }>;
	outcomes: string[];
	resources: string[];
	/** The body without the lines moved into fields. */
	body: string[];
}

// A task item's box ("- [x] Study time: 45 min") may come before a label whose line stays in the body: moving any
// other field out of a checklist would take the reader's check box with it.
const bullet = ({ task = false } = {}) => String.raw`(?<indent>\s*)(?<bullet>(?:[-*+]|\d+[.)])\s+${task ? String.raw`(?:\[[ xX]\]\s+)?` : ''})?(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+\s*)?`;
const BULLET = bullet();
/**
 * "Label:", "**Label**:", "**Label:**", "**标签：**", optionally a list item or after an emoji such as 📌; a bold label
 * also with a full stop, as a run-in heading is written ("**Duration**. It is possible to finish…").
 */
const labelled = (labels: string, { task = false } = {}) => new RegExp(String.raw`^${bullet({ task })}(?:\*\*(?<label>${labels})\*\*\.|__(?<label>${labels})__\.|(?:\*\*|__)?(?<label>${labels})(?:(?:\*\*|__)\s*[:：]|[:：]\s*(?:\*\*|__)|[:：]))\s*(?<value>.*)$`, 'iu');

// Field labels in English and the languages plans are most often written in (as the unit words in detect/label.ts),
// Persian, Arabic, Hebrew and Hindi last.
const GOAL_LABELS = String.raw`goals?|objectives?|objetivos?|metas?|objectifs?|ziele?|obiettiv[oi]|цел[ьи]|мет[аи]|cel(?:e)?|hedef(?:ler)?|目标|目標|هدف|اهداف|الهدف|الأهداف|מטרה|מטרות|लक्ष्य`;
// A length label may say it is an estimate or the whole ("Estimated total duration", "预计总时长", "예상 기간"); in
// Chinese, Japanese and Thai the qualifier is written onto the word. 时间/時間/เวลา (time) alone is as often a date, so
// it counts only qualified.
const CJK_QUALIFIER = String.raw`预计|預計|预估|預估|估计|估計|总|總|全程|学习|學習|完成`;
const ESTIMATE_LABELS = String.raw`time\s+estimates?|(?:(?:estimated|expected|approximate)\s+)?(?:total\s+)?duration|(?:estimated|expected|approximate|total)\s+(?:total\s+)?time|estimates?|time\s*frame|timeline|duraci[oó]n(?:\s+total)?|dura[cç][aã]o(?:\s+total)?|dur[ée]e(?:\s+totale)?|(?:gesamt)?dauer|durata(?:\s+totale)?|(?:общая\s+)?(?:длительность|продолжительность)|тривалість|czas\s+trwania|s[üu]re|thời\s+lượng|(?:ước\s+tính|tổng)\s+thời\s+gian|thời\s+gian\s+(?:ước\s+tính|dự\s+kiến)|durasi|(?:${CJK_QUALIFIER})*(?:时长|時長|周期|週期)|(?:${CJK_QUALIFIER})+(?:时间|時間)|(?:学習|目安|想定)?期間|所要時間|(?:예상|총|전체|학습)?\s*(?:기간|소요\s*시간)|مدت(?:\s+زمان)?|المدة|משך|अवधि|ระยะเวลา|รวมเวลา(?:โดยประมาณ)?|เวลา(?:โดยประมาณ|ทั้งหมด)`;
const PROJECT_LABELS = String.raw`projects?|mini[- ]projects?|practice|proyectos?|projetos?|projets?|projekte?|progett[oi]|проекты?|проекти?|projekty?|projeler?|项目|實作|プロジェクト|پروژه(?:‌ها)?|مشروع|مشاريع|المشاريع|פרויקט(?:ים)?|परियोजना(?:एं|ें)?`;
const OUTCOME_LABELS = String.raw`outcomes?|resultados?|r[ée]sultats?|ergebnisse?|risultati|результаты?|результати|rezultaty|sonu[çc]lar|成果|نتایج|نتائج|النتائج|תוצרים|परिणाम`;
const RESOURCE_LABELS = String.raw`resources?|recursos?|ressources?|ressourcen|risorse|ресурсы|ресурси|materiały|zasoby|kaynaklar|资源|資源|リソース|منابع|المصادر|مصادر|משאבים|संसाधन`;
const PREREQUISITE_LABELS = String.raw`pre-?requisites?|requires|depends\s+on|prérequis|pr[ée]-?requisitos?|requisitos?\s+previos|voraussetzungen?|prerequisiti|пререквизиты|предварительные\s+требования|wymagania\s+wstępne|ön\s*koşul(?:lar)?|(?:điều\s+kiện\s+)?tiên\s+quyết|prasyarat|前置(?:知识|要求|条件|課程|课程)?|先修(?:课程|課程|知识)?|前提(?:条件|知識)|선수\s*(?:과목|지식|조건)|پیش‌?\s*نیاز(?:ها)?|المتطلبات(?:\s+المسبقة)?|דרישות\s+קדם|पूर्वापेक्षा(?:एँ)?`;
const GOAL = labelled(GOAL_LABELS);
const PREREQUISITE = labelled(PREREQUISITE_LABELS);
const PRIORITY = new RegExp(String.raw`^${BULLET}(?:\*\*|__)?priority(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__)|:)\s*(?:\*\*|__)?(?<level>high|medium|low)(?:\*\*|__)?\s*(?:\((?<note>[^)]*)\))?\s*$`, 'iu');
const ESTIMATE = labelled(ESTIMATE_LABELS, { task: true });
// "Status: Done", as a tracker's page states it (a Notion page's property): its value a status word of the title line's.
const STATUS_FIELD = labelled('status');
// Labels that name the time something takes, never when it happens.
const STUDY_TIME_LABELS = String.raw`${ESTIMATE_LABELS}|(?:study|reading)\s+time|time\s+spent|effort|workload|lernzeit|aufwand|学习时间|學習時間|学習時間|소요\s*시간`;
// Study time is also given under the plain word for time ("**Time:** 45 minutes"), which for a length would as often
// be a date: an amount of hours or minutes is never one.
const EFFORT = labelled(String.raw`${STUDY_TIME_LABELS}|time|tiempo|temps|zeit|tempo|время|час|czas|zaman|thời\s+gian|waktu|时间|時間|시간|زمان|الوقت|זמן|समय|เวลา`, { task: true });
const STUDY_TIME_LABEL = new RegExp(String.raw`^(?:${STUDY_TIME_LABELS})$`, 'iu');

/**
 * Whether a line's label or a table's header names the time something takes ("Effort", "Time spent", "Duration"),
 * not one that may be a time of day ("Time").
 */
export const namesStudyTime = (label: string) => STUDY_TIME_LABEL.test(stripEmphasis(label).trim());
const BLOCK = labelled(`${PROJECT_LABELS}|${OUTCOME_LABELS}|${RESOURCE_LABELS}`);
const OUTCOME_LABEL = new RegExp(`^(?:${OUTCOME_LABELS})$`, 'iu');
const RESOURCE_LABEL = new RegExp(`^(?:${RESOURCE_LABELS})$`, 'iu');

const fieldOf = (label: string): 'projects' | 'outcomes' | 'resources' =>
	OUTCOME_LABEL.test(label) ? 'outcomes' : RESOURCE_LABEL.test(label) ? 'resources' : 'projects';

/** What a prerequisites line names ("**Prerequisites:** Module 1, Module 2" → "Module 1, Module 2"), or null. */
export function prerequisitesLine(line: string): string | null {
	return PREREQUISITE.exec(line)?.groups!['value']!.trim() || null;
}

/** The study time an estimate line states: "Time: 45 minutes", "**Estimated time**: 2-3 hours". */
export function estimatedEffort(line: string): NumberRange | null {
	const estimate = EFFORT.exec(line);
	// An indented line times a part of the phase (an exercise), not the phase. Hours and minutes ("1:40h") are read
	// only under a label naming study time: under "Time" they are as often when a class meets ("Time: 10:30h").
	return estimate && !estimate.groups!['indent'] ? parseEffort(estimate.groups!['value']!, { hoursMinutes: namesStudyTime(estimate.groups!['label']!) }) : null;
}

/** The duration an estimate line states: "Time Estimate: 1-3 months", "**Duration**: 2 weeks", "**Duración**: 20 semanas". */
export function estimatedDuration(line: string): Duration | null {
	const estimate = ESTIMATE.exec(line);
	return estimate ? parseDuration(estimate.groups!['value']!) : null;
}

/**
 * The whole plan's duration its overview states on an estimate line. A label whose lines state different durations
 * ("Duration: 1-2 weeks" under one module, "Duration: 3-4 weeks" under the next) times the parts the overview
 * describes, not the whole, which a label of its own states ("Estimated time: 6-9 months").
 */
export function statedTotalDuration(lines: readonly string[]): Duration | null {
	const estimates = lines.flatMap((line) => {
		const estimate = ESTIMATE.exec(line);
		const duration = estimate ? parseDuration(estimate.groups!['value']!) : null;
		return estimate && duration ? [{ label: estimate.groups!['label']!.toLocaleLowerCase(), duration }] : [];
	});
	const byLabel = Map.groupBy(estimates, (estimate) => estimate.label);
	const same = (a: Duration, b: Duration) => JSON.stringify(a) === JSON.stringify(b);
	return estimates.find(({ label, duration }) => byLabel.get(label)!.every((other) => same(other.duration, duration)))?.duration ?? null;
}

const ESTIMATE_HEADING = new RegExp(String.raw`^(?:${ESTIMATE_LABELS})(?![\p{L}])`, 'iu');

/**
 * The duration a section headed by an estimate label states in its first paragraph: "### Duration" over "It is
 * possible to finish within about 2 years if…" (the label as a heading, where other plans write "Duration: 2 years").
 */
export function headedDuration(tree: Root): Duration | null {
	for (const [i, node] of tree.children.entries()) {
		const next = tree.children[i + 1];
		if (node.type !== 'heading' || next?.type !== 'paragraph' || !ESTIMATE_HEADING.test(toString(node).trim())) continue;
		const duration = parseDuration(toString(next));
		if (duration) return duration;
	}
	return null;
}

/** The lines of a labelled block and where it ends, or null when its shape is not one the importer understands. */
function readBlock(lines: readonly string[], at: number, isItem: boolean, code: ReadonlySet<number>): { entries: string[]; end: number } | null {
	const labelIndent = indentOf(lines[at]!);
	let i = at + 1;
	if (isItem) {
		// "- **Projects**:" followed by more-indented items, one entry each.
		const entries: string[] = [];
		let end = at + 1;
		let childIndent: number | null = null;
		for (; i < lines.length; i++) {
			const line = lines[i]!;
			if (isBlank(line)) continue;
			if (code.has(i)) return null;
			const indent = indentOf(line);
			if (indent <= labelIndent) break;
			const item = LIST_ITEM.exec(line);
			childIndent ??= indent;
			if (!item || indent !== childIndent) return null;
			entries.push(line.slice(item[0].length).trim());
			end = i + 1;
		}
		return entries.length > 0 ? { entries, end } : null;
	}
	// "📌 **Project**:" then a quote, a paragraph on the next line, or a list.
	while (i < lines.length && isBlank(lines[i]!)) i++;
	const first = lines[i];
	if (first === undefined || code.has(i)) return null;
	if (/^\s*>/.test(first)) {
		const quoted: string[] = [];
		for (; i < lines.length && /^\s*>/.test(lines[i]!); i++) {
			if (code.has(i)) return null;
			quoted.push(lines[i]!.replace(/^\s*>\s?/, '').trim());
		}
		return { entries: [quoted.filter(Boolean).join(' ')], end: i };
	}
	if (LIST_ITEM.test(first)) {
		const entries: string[] = [];
		const indent = indentOf(first);
		for (; i < lines.length && !isBlank(lines[i]!); i++) {
			const item = LIST_ITEM.exec(lines[i]!);
			if (!item || indentOf(lines[i]!) !== indent || code.has(i)) return null;
			entries.push(lines[i]!.slice(item[0].length).trim());
		}
		return { entries, end: i };
	}
	if (i === at + 1) {
		const paragraph: string[] = [];
		for (; i < lines.length && !isBlank(lines[i]!) && !LIST_ITEM.test(lines[i]!) && !/^\s*#/.test(lines[i]!) && !code.has(i); i++) paragraph.push(lines[i]!.trim());
		return { entries: [paragraph.join(' ')], end: i };
	}
	return null;
}

const hasChildren = (lines: readonly string[], at: number) => {
	const next = lines.slice(at + 1).find((l) => !isBlank(l));
	return next !== undefined && indentOf(next) > indentOf(lines[at]!) && LIST_ITEM.test(lines[at]!);
};

/**
 * Reads a phase body's labelled lines into fields. Goal, priority, projects, outcomes and resources move out
 * of the body (the phase page shows them from the frontmatter); daily hours, time estimates and a status stay, since
 * the page shows only their numbers or a mark.
 */
export function extractFields(lines: readonly string[]): PhaseFields {
	const fields: PhaseFields = { projects: [], outcomes: [], resources: [], body: [] };
	const removed = new Set<number>();
	const code = codeLines(lines);
	for (let i = 0; i < lines.length; i++) {
		if (code.has(i)) continue;
		const line = lines[i]!;
		const goal = GOAL.exec(line);
		if (goal && fields.goal === undefined && goal.groups!['value']!.trim() && !hasChildren(lines, i)) {
			fields.goal = goal.groups!['value']!.trim();
			removed.add(i);
			continue;
		}
		const priority = PRIORITY.exec(line);
		if (priority && fields.priority === undefined && !hasChildren(lines, i)) {
			fields.priority = priority.groups!['level']!.toLowerCase() as PhaseFields['priority'] & string;
			const note = priority.groups!['note']?.trim();
			if (note) fields.priorityNote = note;
			removed.add(i);
			continue;
		}
		const hours = fields.hoursPerDay ? null : parseHoursPerDay(line);
		if (hours) fields.hoursPerDay = hours;
		const pieces = fieldPieces(line);
		const duration = fields.duration ? null : (pieces.map(estimatedDuration).find(Boolean) ?? null);
		if (duration) fields.duration = duration;
		const effort = fields.effortHours ? null : (pieces.map(estimatedEffort).find(Boolean) ?? null);
		if (effort) fields.effortHours = effort;
		const statusValue = fields.status ? undefined : pieces.map((piece) => STATUS_FIELD.exec(piece)?.groups!['value']).find((value) => value !== undefined);
		const status = statusValue === undefined ? null : STATUS.exec(statusValue);
		if (status?.index === 0) fields.status = statusOf(status.groups!['word']!);
		const block = BLOCK.exec(line);
		if (block) {
			const field = fieldOf(block.groups!['label']!);
			const practice = /^practice$/i.test(block.groups!['label']!);
			const value = block.groups!['value']!.trim();
			const isItem = Boolean(block.groups!['bullet']);
			if (value && !hasChildren(lines, i)) {
				const entry = practice ? stripLeadingMarkers(line) : value;
				if (field === 'projects') fields.projects.push({ title: entry });
				else fields[field].push(entry);
				removed.add(i);
			} else if (value && field === 'projects' && !practice) {
				const children = readBlock(lines, i, true, code);
				if (children) {
					fields.projects.push({ title: value, details: children.entries });
					for (let j = i; j < children.end; j++) removed.add(j);
					i = children.end - 1;
				}
			} else if (!value) {
				const read = readBlock(lines, i, isItem, code);
				if (read) {
					for (const entry of read.entries) {
						if (field === 'projects') fields.projects.push({ title: entry });
						else fields[field].push(entry);
					}
					for (let j = i; j < read.end; j++) removed.add(j);
					i = read.end - 1;
				}
			}
		}
	}
	fields.body = lines.filter((_, i) => !removed.has(i));
	return fields;
}

/**
 * A line that states several fields, split by "|" ("**Level: Master | Time: 4-5 hours**", "**Level: Master** |
 * **Estimated Time: 4-5 hours**"), as a line per field, each at the line's indent; any other line as it is. A table's
 * row, which opens with its "|", is no such line.
 */
function fieldPieces(line: string): string[] {
	const indent = /^\s*/.exec(line)![0];
	const text = line.trim();
	const inner = /^(\*\*|__)([^*_]*)\1$/.exec(text)?.[2] ?? text;
	if (text.startsWith('|') || !inner.includes('|')) return [line];
	return inner.split('|').map((piece) => `${indent}${piece.trim()}`);
}

/** Indexes of the lines that code blocks hold: a `resources:` key in a Kubernetes manifest is code, not a field. */
function codeLines(lines: readonly string[]): Set<number> {
	const code = new Set<number>();
	visit(parseMarkdown(lines.join('\n')), 'code', (node) => {
		for (let line = node.position!.start.line; line <= node.position!.end.line; line++) code.add(line - 1);
	});
	return code;
}

/** "- Practice: Build small applications" → "Practice: Build small applications". */
function stripLeadingMarkers(line: string): string {
	return line.replace(/^\s*(?:(?:[-*+]|\d+[.)])\s+)?/, '').trim();
}
