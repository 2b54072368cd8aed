/**
 * Units written as list items: numbered items that state a duration ("1. **Programming** =4 - 6 Months", or "1. Title"
 * with an indented "Time Estimate: 1-3 months"; a list counts when at least half its items state one), or items that
 * start with a unit label ("- **Week 1**: HTML", "- Día 2 — Listas"), repeated like unit headings, and listed under
 * larger ones ("- Month 1" over "  - Week 1") as unit headings are under group headings.
 */
import type { List, ListItem } from 'mdast';
import { leadingLabel, type PlanFile, rawOf, sectionsOf, type Unit } from '../plan.ts';
import { labelKind, type UnitLabel, wordKey } from './label.ts';
import { statesDuration } from './shared.ts';

export interface ListUnit {
	list: List;
	item: ListItem;
	number: number;
	rawTitle: string;
	/** The item's unit label, when it starts with one. */
	label?: UnitLabel;
	/** The labelled item of a top-level list this one is listed under, when units are listed under larger ones. */
	parent?: ListUnit;
}

function itemTitle(item: ListItem, source: string): string | null {
	const first = item.children[0];
	return first?.type === 'paragraph' ? rawOf(first, source) : null;
}

/** The numbered items of the document's top-level lists that make its units (empty when fewer than two). */
export function findListUnits(file: PlanFile): ListUnit[] {
	const items = file.tree.children
		.filter((node): node is List => node.type === 'list' && node.ordered === true)
		.flatMap((list) => {
			const entries = list.children.map((item, i) => ({ list, item, number: (list.start ?? 1) + i, rawTitle: itemTitle(item, file.text) }));
			const stating = entries.filter((e) => e.rawTitle !== null && statesDuration(e.rawTitle, e.item.children.slice(1), file.text));
			return stating.length * 2 >= entries.length ? entries.filter((e): e is ListUnit => e.rawTitle !== null) : [];
		});
	return items.length >= 2 ? items : labelledItems(file);
}

/** Items of `lists` that start with a unit label with a word ("Week 1", "Lecture 2"). */
function labelledEntries(lists: readonly List[], file: PlanFile): ListUnit[] {
	return lists.flatMap((list) =>
		list.children.flatMap((item, i) => {
			const rawTitle = itemTitle(item, file.text);
			const first = item.children[0];
			const label = rawTitle === null || first?.type !== 'paragraph' ? null : leadingLabel(first, rawTitle.split('\n')[0]!, file.text);
			return label?.word ? [{ list, item, number: (list.start ?? 1) + i, rawTitle: rawTitle!, label }] : [];
		}),
	);
}

/**
 * The longest run of entries labelled with the same word: a known one twice, any other three times counting up from
 * 0 or 1 in small steps ("Lecture 1", "Lecture 2", …; course codes such as "ROB 101", "ROB 102", "ROB 311" count
 * nothing).
 */
function longestRun(entries: readonly ListUnit[]): ListUnit[] {
	const runs = [...Map.groupBy(entries, (e) => wordKey(e.label!)).values()].filter((run) =>
		run[0]!.label!.kind
			? run.length >= 2
			: run.length >= 3 && run[0]!.label!.number <= 1 && run.every((e, i) => i === 0 || (e.label!.number > run[i - 1]!.label!.number && e.label!.number - run[i - 1]!.label!.number <= 2)),
	);
	return runs.sort((a, b) => b.length - a.length)[0] ?? [];
}

/**
 * Items of the top-level lists that start with the same unit label word; or, when each of those lists items labelled
 * with another word under it ("- Month 1-2: Foundation" over "  - Week 1-3: JavaScript"), those, as a heading of a
 * month over headings of weeks makes the weeks the units.
 */
function labelledItems(file: PlanFile): ListUnit[] {
	const outer = longestRun(labelledEntries(file.tree.children.filter((node): node is List => node.type === 'list'), file));
	const inner = longestRun(
		outer.flatMap((parent) => labelledEntries(parent.item.children.filter((node): node is List => node.type === 'list'), file).map((entry) => ({ ...entry, parent }))),
	);
	const nested = inner.length > 0 && wordKey(inner[0]!.label!) !== wordKey(outer[0]!.label!) && outer.every((parent) => inner.some((entry) => entry.parent === parent));
	const found = nested ? inner : outer;
	return spreadOverSections(file, found.map((entry) => entry.parent?.list ?? entry.list)) ? found : [];
}

// Sections holding lists, beyond which items labelled in a few of them are a series there.
const MANY_SECTIONS = 8;

/**
 * Whether labelled items spread over the sections of the document that hold lists as a plan's units do: over one of
 * them (a schedule's section), or all of its modules, not a few of many sections (an article series' "Part 2" … "Part 8"
 * in two of a roadmap's twenty sections of readings, which are readings there).
 */
function spreadOverSections(file: PlanFile, lists: readonly List[]): boolean {
	const children = file.tree.children;
	const sections = sectionsOf(file);
	const positions = [...new Set(lists)].map((list) => children.indexOf(list));
	const innermost = (position: number) => sections.findLast((s) => s.index < position && position < s.end);
	const holding = [...new Set(positions.map(innermost))];
	const level = holding[0]?.level;
	if (holding.length < 2 || level === undefined || holding.some((s) => s?.level !== level)) return true;
	const withLists = sections.filter((s) => s.level === level && children.slice(s.index + 1, s.end).some((node) => node.type === 'list'));
	return withLists.length < MANY_SECTIONS || holding.length * 4 >= withLists.length;
}

export function listUnit(file: PlanFile, entry: ListUnit): Unit {
	return {
		label: entry.label ?? { word: null, kind: null, number: entry.number, text: `Step ${entry.number}`, rest: entry.rawTitle },
		kind: entry.label ? labelKind(entry.label) : 'step',
		rawTitle: entry.label ? entry.label.rest : entry.rawTitle,
		body: entry.item.children.slice(1),
		file,
		stated: {},
		requires: [],
	};
}
