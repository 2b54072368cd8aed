/**
 * Finds the repeated units a plan is written in ("## PHASE 1 (Month 1): …", "### Month 1: …", "#### Week 1: …",
 * "1. **Programming** =4 - 6 Months", "1. Fundamentals" + "Time Estimate: 1-3 months") and where each one's
 * text begins and ends. Everything else belongs to the roadmap's overview.
 */
import { parseDuration } from './durations.ts';
import { dedent, headingOf, indentOf, isBlank, isThematicBreak, LIST_ITEM, ORDERED_ITEM, scanLines, type SourceLine, stripEmoji, stripEmphasis } from './lines.ts';

export const UNIT_WORDS = ['phase', 'month', 'week', 'step', 'stage', 'module', 'day'] as const;
export type UnitWord = (typeof UNIT_WORDS)[number];

export interface UnitLabel {
	/** The unit word, singular and lower-case; null for plain numbering ("1."). */
	word: UnitWord | null;
	number: number;
	/** Last number of a range label, "Week 1-2". */
	numberTo?: number;
	/** Parenthesised text right after the number: "(Month 1)". */
	extra?: string;
	/** The label as the source writes it, normalised in case: "Phase 1 (Month 1)", "Week 1-2", "Step 3". */
	text: string;
	/** What follows the label: the title, possibly with a duration or status. */
	rest: string;
}

const WORD_LABEL = new RegExp(
	String.raw`^[^\p{L}\p{N}]*?(?<word>(?:${UNIT_WORDS.join('|')})s?)\s+(?<n>\d+)(?:\s*[-–]\s*(?<n2>\d+))?\b\s*(?:\*\*|__)?\s*(?<extra>\([^)]*\))?\s*(?:\*\*|__)?\s*(?:[:.|\-–—]\s*)?(?<rest>.*)$`,
	'iu',
);
const NUMBER_LABEL = /^[^\p{L}\p{N}]*?(?<n>\d{1,2})[.)]\s+(?<rest>\S.*)$/u;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** Reads a unit label at the start of a heading: "PHASE 1 (Month 1): Title", "Week 1-2:", "1. Title". */
export function parseUnitLabel(text: string): UnitLabel | null {
	const word = WORD_LABEL.exec(text);
	if (word) {
		const g = word.groups!;
		const singular = g['word']!.toLowerCase().replace(/s$/, '') as UnitWord;
		const number = Number(g['n']);
		const numberTo = g['n2'] === undefined ? undefined : Number(g['n2']);
		const extra = g['extra']?.trim();
		const numbers = numberTo === undefined ? `${number}` : `${number}-${numberTo}`;
		return {
			word: singular,
			number,
			...(numberTo === undefined ? {} : { numberTo }),
			...(extra ? { extra } : {}),
			text: `${capitalise(g['word']!)} ${numbers}${extra ? ` ${extra}` : ''}`,
			rest: g['rest']!.trim(),
		};
	}
	const numbered = NUMBER_LABEL.exec(text);
	if (numbered) {
		const number = Number(numbered.groups!['n']);
		return { word: null, number, text: `Step ${number}`, rest: numbered.groups!['rest']!.trim() };
	}
	return null;
}

export interface SplitUnit {
	source: 'heading' | 'list';
	/** Heading level, or 7 for list items. */
	level: number;
	/** Line range of the unit in the document, [start, end). */
	start: number;
	end: number;
	/** The heading's label; for a list item, its number as "Step N". */
	label: UnitLabel;
	/** The text after the label (heading) or the item's first line. */
	rawTitle: string;
	/** The unit's own text, dedented for list items. */
	body: string[];
	/** Index into `groups`. */
	group?: number;
}

export interface SplitGroup {
	/** Line of the group's heading and the end of its section. */
	line: number;
	end: number;
	level: number;
	heading: string;
	label: UnitLabel;
}

export interface Split {
	lines: SourceLine[];
	units: SplitUnit[];
	groups: SplitGroup[];
	/** The document's title heading (its first h1 that is not a unit). */
	title: { line: number; text: string } | null;
	/** The innermost other heading whose section holds every unit ("## 12-Week Backend Training Plan"). */
	container: { line: number; text: string } | null;
	/** How the units were recognised, for the report. */
	pattern: string;
}

/** "Time Estimate: 1-3 months", "**Duration**: 2 weeks", "Timeline: Weeks 1-2". */
const ESTIMATE_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:time\s+estimates?|estimated\s+(?:time|duration)|estimates?|duration|time\s*frame|timeline)(?:\*\*|__)?\s*:\s*(.*)$/i;
const statesDuration = (firstLine: string, body: readonly string[]) =>
	parseDuration(firstLine) !== null || body.some((line) => {
		const estimate = ESTIMATE_LINE.exec(line);
		return estimate !== null && parseDuration(estimate[1]!) !== null;
	});

interface ListItem {
	start: number;
	end: number;
	number: number;
	first: string;
	body: string[];
}

/** Top-level ordered list items (not indented), grouped into lists, with each item's continuation lines. */
function orderedLists(lines: readonly SourceLine[]): ListItem[][] {
	const lists: ListItem[][] = [];
	let current: ListItem[] = [];
	let previousEnd = -1;
	for (let i = 0; i < lines.length; ) {
		const line = lines[i]!;
		const item = line.inFence || headingOf(line) ? null : ORDERED_ITEM.exec(line.text);
		if (!item || item[1] !== '') {
			i++;
			continue;
		}
		let last = i;
		let blankBefore = false;
		let inNestedFence = false;
		for (let j = i + 1; j < lines.length; j++) {
			const next = lines[j]!;
			if (next.inFence && (inNestedFence || indentOf(next.text) > 0)) {
				inNestedFence = true;
				last = j;
				continue;
			}
			inNestedFence = false;
			if (isBlank(next.text)) {
				blankBefore = true;
				continue;
			}
			if (next.inFence || headingOf(next)) break;
			if (indentOf(next.text) > 0) {
				last = j;
				blankBefore = false;
				continue;
			}
			// Not indented: a new item, a rule, a new paragraph, or a lazy continuation of this item's text.
			if (LIST_ITEM.test(next.text) || isThematicBreak(next.text) || blankBefore) break;
			last = j;
		}
		const continuation = lines.slice(i + 1, last + 1).map((l) => l.text);
		const width = Math.min(...continuation.filter((l) => !isBlank(l) && indentOf(l) > 0).map(indentOf));
		const body = Number.isFinite(width) ? continuation.map((l) => dedent(l, width)) : continuation;
		const entry = { start: i, end: last + 1, number: Number(item[2]), first: item[3]!, body };
		const sameList = current.length > 0 && lines.slice(previousEnd, i).every((l) => isBlank(l.text));
		if (!sameList && current.length > 0) {
			lists.push(current);
			current = [];
		}
		current.push(entry);
		previousEnd = last + 1;
		i = last + 1;
	}
	if (current.length > 0) lists.push(current);
	return lists;
}

interface HeadingInfo {
	line: number;
	level: number;
	text: string;
	/** End of its section: the next heading at the same or a shallower level. */
	end: number;
	label: UnitLabel | null;
}

function headingsOf(lines: readonly SourceLine[]): HeadingInfo[] {
	const found = lines.flatMap((line, i) => {
		const heading = headingOf(line);
		return heading ? [{ line: i, level: heading.level, text: heading.text }] : [];
	});
	return found.map((h, k) => {
		const next = found.slice(k + 1).find((o) => o.level <= h.level);
		return { ...h, end: next ? next.line : lines.length, label: parseUnitLabel(h.text) };
	});
}

const titled = (label: UnitLabel) => stripEmoji(stripEmphasis(label.rest)).replace(/^[\s:.\-–—|]+/, '') !== '';

/**
 * Splits a Markdown plan into units. Units written with a unit word (Phase/Month/Week/Step N) win: the deepest
 * heading level where they repeat with titles. Without them, numbered items that state a duration are used:
 * top-level list items, else numbered headings. Numbered headings above the units become groups.
 */
export function splitPhases(text: string): Split {
	const lines = scanLines(text);
	const headings = headingsOf(lines);
	const titleHeading = headings.find((h) => h.level === 1 && !(h.label?.word && titled(h.label))) ?? null;
	const candidates = headings.filter((h) => h !== titleHeading && h.label);

	// Strong candidates: headings with a unit word, per level. Untitled ones ("#### Week 1-2:") count only when no
	// shallower level has titled units: then they are sub-sections of those units.
	const strong = new Map<number, HeadingInfo[]>();
	for (const h of candidates) {
		if (!h.label!.word) continue;
		const key = h.level;
		strong.set(key, [...(strong.get(key) ?? []), h]);
	}
	const byWord = (group: HeadingInfo[]) => {
		const counts = new Map<string, HeadingInfo[]>();
		for (const h of group) counts.set(h.label!.word!, [...(counts.get(h.label!.word!) ?? []), h]);
		return [...counts.values()].sort((a, b) => b.length - a.length)[0] ?? [];
	};
	const levels = [...strong.keys()].sort((a, b) => b - a);
	const titledAbove = (level: number) => levels.some((l) => l < level && byWord(strong.get(l)!).filter((h) => titled(h.label!)).length >= 2);
	let unitHeadings: HeadingInfo[] = [];
	for (const level of levels) {
		const best = byWord(strong.get(level)!);
		if (best.length >= 2 && (best.every((h) => titled(h.label!)) || !titledAbove(level))) {
			unitHeadings = best;
			break;
		}
	}

	let units: SplitUnit[] = [];
	let pattern = '';
	if (unitHeadings.length > 0) {
		units = unitHeadings.map((h) => ({
			source: 'heading',
			level: h.level,
			start: h.line,
			end: h.end,
			label: h.label!,
			rawTitle: h.label!.rest,
			body: lines.slice(h.line + 1, h.end).map((l) => l.text),
		}));
		pattern = `level-${unitHeadings[0]!.level} headings "${'#'.repeat(unitHeadings[0]!.level)} ${unitHeadings[0]!.text}" …`;
	} else {
		const items = orderedLists(lines)
			.filter((list) => list.filter((item) => statesDuration(item.first, item.body)).length * 2 >= list.length)
			.flat();
		if (items.length >= 2) {
			units = items.map((item) => ({
				source: 'list',
				level: 7,
				start: item.start,
				end: item.end,
				label: { word: null, number: item.number, text: `Step ${item.number}`, rest: item.first },
				rawTitle: item.first,
				body: item.body,
			}));
			pattern = `numbered list items that state a duration, e.g. "${items[0]!.number}. ${items[0]!.first}"`;
		} else {
			// Numbered headings ("## 1. Title") that state a duration in the heading or an estimate line.
			const numbered = new Map<number, HeadingInfo[]>();
			for (const h of candidates) {
				if (h.label!.word) continue;
				const next = headings.find((o) => o.line > h.line);
				const own = lines.slice(h.line + 1, next ? next.line : lines.length).map((l) => l.text);
				if (statesDuration(h.label!.rest, own)) numbered.set(h.level, [...(numbered.get(h.level) ?? []), h]);
			}
			const level = [...numbered.keys()].sort((a, b) => b - a).find((l) => numbered.get(l)!.length >= 2);
			if (level !== undefined) {
				const chosen = numbered.get(level)!;
				units = chosen.map((h) => ({
					source: 'heading',
					level,
					start: h.line,
					end: h.end,
					label: h.label!,
					rawTitle: h.label!.rest,
					body: lines.slice(h.line + 1, h.end).map((l) => l.text),
				}));
				pattern = `level-${level} numbered headings that state a duration, e.g. "${'#'.repeat(level)} ${chosen[0]!.text}"`;
			}
		}
	}

	// Groups: labelled headings above the units whose sections hold units, repeated at one level.
	const unitLevel = units[0]?.level ?? 0;
	const holders = new Map<number, HeadingInfo[]>();
	for (const h of candidates) {
		if (h.level >= unitLevel || !units.some((u) => u.start > h.line && u.start < h.end)) continue;
		holders.set(h.level, [...(holders.get(h.level) ?? []), h]);
	}
	const groupLevel = [...holders.entries()].filter(([, hs]) => hs.length >= 2).sort((a, b) => b[1].length - a[1].length || b[0] - a[0])[0];
	const groups: SplitGroup[] = (groupLevel?.[1] ?? []).map((h) => ({ line: h.line, end: h.end, level: h.level, heading: h.text, label: h.label! }));
	for (const unit of units) {
		const index = groups.findIndex((g) => unit.start > g.line && unit.start < g.end);
		if (index >= 0) unit.group = index;
	}

	const isUnitOrGroup = (line: number) => units.some((u) => u.start === line) || groups.some((g) => g.line === line);
	const container =
		units.length === 0
			? null
			: (headings
					.filter((h) => h !== titleHeading && !isUnitOrGroup(h.line) && h.line < units[0]!.start && h.end >= units.at(-1)!.end)
					.at(-1) ?? null);
	return {
		lines,
		units,
		groups,
		title: titleHeading && { line: titleHeading.line, text: titleHeading.text },
		container: container && { line: container.line, text: container.text },
		pattern,
	};
}
