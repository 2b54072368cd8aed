/**
 * Units written as headings: "## PHASE 1 (Month 1): …", "### Month 1: …", "#### Week 1: …", "## Día 3 — …", or
 * numbered headings that state a duration ("## 1. Basics (2 weeks)"). The same unit word repeated at one level
 * makes the units; the deepest level where they repeat with titles wins, so untitled "#### Week 1-2:" sub-sections
 * of titled months stay inside their month.
 */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { enclosingSection, type PlanFile, type Section, type Unit } from '../plan.ts';
import { labelKind, wordKey } from './label.ts';
import { statesDuration, titled } from './shared.ts';

export interface HeadingUnits {
	sections: Section[];
	/**
	 * Untitled headings that number the units again in another list ("### Day 1" under "## Daily checklist" after
	 * "### Day 1: Git" …): each is a part of the unit with its number.
	 */
	companions: Array<{ section: Section; unit: Section }>;
	pattern: string;
}

/** Rising numbers: what tells units ("Урок 1", "Урок 2") from headings that merely contain a number. */
const rising = (sections: readonly Section[]) => sections.every((s, i) => i === 0 || s.label!.number > sections[i - 1]!.label!.number);

/** A run of unit headings cut where the numbering starts again. */
function numberings(run: readonly Section[]): Section[][] {
	const lists: Section[][] = [];
	for (const [i, s] of run.entries()) {
		if (i === 0 || s.label!.number <= run[i - 1]!.label!.number) lists.push([]);
		lists.at(-1)!.push(s);
	}
	return lists;
}

/**
 * When the numbering starts again, one titled list of units and untitled lists repeating its numbers (a schedule, then a
 * checklist per day) are the same units twice: the titled list makes them, and the others add to them by number.
 * Lists that are all titled, or each in its own part labelled like the others' ("# Month 1" … "# Month 3", each with
 * its "## Week 1" …), are units numbered again in each part: units alike.
 */
function withCompanions(sections: readonly Section[], run: Section[], pattern: string): HeadingUnits {
	const lists = numberings(run);
	if (inLabelledParts(sections, lists)) return { sections: run, companions: [], pattern };
	const titledLists = lists.filter((list) => list.every((s) => titled(s.label!)));
	const others = lists.filter((list) => !titledLists.includes(list)).flat();
	const units = titledLists[0];
	const unitOf = (s: Section) => units!.findIndex((u) => u.label!.number === s.label!.number);
	if (titledLists.length !== 1 || others.length === 0 || others.some((s) => titled(s.label!) || unitOf(s) < 0)) {
		return { sections: run, companions: [], pattern };
	}
	return { sections: units!, companions: others.map((section) => ({ section, unit: units![unitOf(section)]! })), pattern };
}

/** Lists of units each in a part of its own, the parts labelled with one unit word ("Month 1", "Month 2"). */
function inLabelledParts(sections: readonly Section[], lists: readonly Section[][]): boolean {
	const parts = lists.map((list) => {
		const held = new Set(list.map((s) => enclosingSection(sections, s)));
		return held.size === 1 ? [...held][0] : undefined;
	});
	const key = parts[0]?.label?.word ? wordKey(parts[0].label) : null;
	return lists.length >= 2 && key !== null && new Set(parts).size === parts.length && parts.every((p) => p?.label?.word && wordKey(p.label) === key);
}

/** The unit headings of a document, or null when it has none. */
export function findHeadingUnits(file: PlanFile, sections: readonly Section[], title: Section | null): HeadingUnits | null {
	const candidates = sections.filter((s) => s !== title && s.label);
	const worded = candidates.filter((s) => s.label!.word !== null);
	const byLevel = Map.groupBy(worded, (s) => s.level);
	// At each level, the unit word that repeats most. A word we know needs two headings; any other word needs three
	// with rising numbers, so that "Python 3" and "Top 10" do not make units.
	const best = new Map<number, Section[]>();
	for (const [level, list] of byLevel) {
		const runs = [...Map.groupBy(list, (s) => wordKey(s.label!)).values()]
			.filter((run) => (run[0]!.label!.kind ? run.length >= 2 : run.length >= 3 && rising(run)))
			.sort((a, b) => b.length - a.length);
		if (runs[0]) best.set(level, runs[0]);
	}
	const levels = [...best.keys()].sort((a, b) => b - a);
	const titledAbove = (level: number) => levels.some((l) => l < level && best.get(l)!.filter((s) => titled(s.label!)).length >= 2);
	// Units of a level above that hold these headings, fewer than half of them: the headings detail a few of those
	// units ("Day 1-2" under "Week 1" to "Week 3" of 17 weeks), which are the plan's units.
	const detailsFew = (level: number, run: readonly Section[]) =>
		levels.some((l) => {
			if (l >= level) return false;
			const above = best.get(l)!;
			const holding = above.filter((unit) => run.some((s) => s.index > unit.index && s.index < unit.end)).length;
			return holding > 0 && holding * 2 < above.length;
		});
	// Units of a level above that hold these headings, none more than one ("### Checkpoint 1" closing "## Tahap 1
	// (2 minggu)", a last "## Tahap 7" without one): the headings divide nothing, they are a part of each unit above.
	const oneInEach = (level: number, run: readonly Section[]) =>
		levels.some((l) => {
			if (l >= level) return false;
			const above = best.get(l)!;
			const inside = above.map((unit) => run.filter((s) => s.index > unit.index && s.index < unit.end).length);
			return above.length >= 2 && inside.every((n) => n <= 1) && inside.reduce((a, b) => a + b, 0) === run.length;
		});
	// Units of a level above that these headings go on counting after ("### Hafta 4", then "#### Hafta 5" under "## Hafta
	// 5–8"): the headings are more of those units (see withSameWordAtOtherLevels), not a deeper level of them.
	const continuesAbove = (level: number, run: readonly Section[]) =>
		levels.some((l) => {
			const last = l < level ? best.get(l)!.at(-1)! : null;
			return last !== null && last.index < run[0]!.index && wordKey(last.label!) === wordKey(run[0]!.label!) && (last.label!.numberTo ?? last.label!.number) + 1 === run[0]!.label!.number;
		});
	for (const level of levels) {
		const run = best.get(level)!;
		if (detailsFew(level, run) || oneInEach(level, run) || continuesAbove(level, run) || stepsOfFewSections(file, sections, title, run)) continue;
		if (run.every((s) => titled(s.label!)) || !titledAbove(level)) {
			const units = withSameWordAtOtherLevels(worded, withOtherWordsInOtherParts(sections, worded, run));
			return withUnnumbered(sections, withCompanions(sections, units, `level-${level} headings "${'#'.repeat(level)} ${run[0]!.raw}" …`));
		}
	}
	// Numbered headings ("## 1. Title") that state a duration in the heading or an estimate line of their own text.
	const children = file.tree.children;
	const numbered = candidates.filter((s) => {
		if (s.label!.word !== null) return false;
		const next = sections.find((o) => o.index > s.index);
		return statesDuration(s.label!.rest, children.slice(s.index + 1, next ? next.index : children.length), file.text);
	});
	const byNumberedLevel = Map.groupBy(numbered, (s) => s.level);
	const level = [...byNumberedLevel.keys()].sort((a, b) => b - a).find((l) => byNumberedLevel.get(l)!.length >= 2);
	if (level === undefined) return null;
	const run = byNumberedLevel.get(level)!;
	return withUnnumbered(sections, { sections: run, companions: [], pattern: `level-${level} numbered headings that state a duration, e.g. "${'#'.repeat(level)} ${run[0]!.raw}"` });
}

/**
 * Headings that number the steps of a procedure inside a few of the document's main sections ("### Step 1" … "### Step
 * 4" under "## How to approach an interview question", one of thirty topic sections of a long guide): the sections
 * holding them are fewer than a quarter of their level's, and the steps' text is under a tenth of the document's.
 * They are parts of their sections, not the plan's units.
 */
function stepsOfFewSections(file: PlanFile, sections: readonly Section[], title: Section | null, run: readonly Section[]): boolean {
	const holders = new Set(run.map((s) => enclosingSection(sections, s)));
	const level = [...holders][0]?.level;
	if (level === undefined || [...holders].some((holder) => holder === undefined || holder === title || holder.level !== level)) return false;
	const atLevel = sections.filter((s) => s.level === level && s !== title);
	const offset = (at: number) => file.tree.children[at]?.position?.start.offset ?? file.text.length;
	const length = run.reduce((sum, s) => sum + offset(s.end) - offset(s.index), 0);
	return holders.size * 4 <= atLevel.length && length * 10 < file.text.length;
}

/**
 * Parts labelled alike ("## Parcours 1" … "## Parcours 5") whose units are counted with one word in most ("### Semaine
 * 1", "### Semaine 2") and another in the others ("### Phase 1", "### Phase 2" in Parcours 5): the others' units, at the
 * same level, titled and numbered rising, are units too, in their place. A part without any (its text alone) stays as
 * it is.
 */
function withOtherWordsInOtherParts(sections: readonly Section[], worded: readonly Section[], run: Section[]): Section[] {
	const partOf = (s: Section) => enclosingSection(sections, s);
	const parts = new Set(run.map(partOf));
	const part = partOf(run[0]!);
	if (!part?.label?.word || [...parts].some((p) => !p?.label || wordKey(p.label) !== wordKey(part.label!))) return run;
	const alike = (p: Section | undefined) => p !== undefined && !parts.has(p) && p.level === part.level && p.label !== null && wordKey(p.label) === wordKey(part.label!);
	const others = worded.filter((s) => s.level === run[0]!.level && s.label!.kind && titled(s.label!) && alike(partOf(s)));
	const runs = [...Map.groupBy(others, (s) => `${partOf(s)!.index} ${wordKey(s.label!)}`).values()].filter((list) => list.length >= 2 && rising(list));
	return runs.length === 0 ? run : [...run, ...runs.flat()].sort((a, b) => a.index - b.index);
}

/**
 * Parts nested to different depths ("### HTML" > "#### Buổi 1: …" beside "### JavaScript" > "#### Cơ bản" > "##### Buổi
 * 1: …"): the same unit word, titled, two or more at another level, outside the units and each other, are units too,
 * in their place. One inside a unit ("###### Buổi 13" under "##### Buổi 12") stays a part of it. So are untitled ones
 * that go on counting after the last unit ("#### Hafta 5:" … "#### Hafta 8:" under "## Hafta 5–8" after "### Hafta
 * 4"), the innermost where a heading over a range of them holds them.
 */
function withSameWordAtOtherLevels(worded: readonly Section[], run: Section[]): Section[] {
	const key = wordKey(run[0]!.label!);
	const nested = (a: Section, b: Section) => (b.index > a.index && b.index < a.end) || (a.index > b.index && a.index < b.end);
	const alike = worded.filter((s) => s.level !== run[0]!.level && wordKey(s.label!) === key && !run.some((u) => u.level === s.level || nested(u, s)));
	const others = alike.filter((s) => titled(s.label!));
	const outside = others.filter((s) => !others.some((o) => o !== s && nested(o, s)));
	const extra = [...Map.groupBy(outside, (s) => s.level).values()].filter((list) => list.length >= 2).flat();
	const counted = countingOn(alike.filter((s) => !extra.includes(s) && !alike.some((o) => o !== s && o.index > s.index && o.index < s.end)), run.at(-1)!);
	return extra.length === 0 && counted.length === 0 ? run : [...run, ...extra, ...counted].sort((a, b) => a.index - b.index);
}

/** Headings after `last`, of one level, numbered one after another from the number after its own: two or more. */
function countingOn(headings: readonly Section[], last: Section): Section[] {
	const after = headings.filter((s) => s.index > last.index);
	const counted: Section[] = [];
	for (const s of after) {
		const previous = counted.at(-1)?.label ?? last.label!;
		if (s.label!.numberTo !== undefined || s.label!.number !== (previous.numberTo ?? previous.number) + 1 || (counted[0] && s.level !== counted[0].level)) break;
		counted.push(s);
	}
	return counted.length >= 2 ? counted : [];
}

/**
 * Headings at the units' level between two units of one section ("## Phase Extra: Soft skills" between Phase 6 and
 * Phase 7, "## Review") are steps of the same sequence, without a number of their own: units too, in their place; so
 * are headings just before the first, in its section, that give the units' word a placeholder ("### Tier X - …"), and
 * headings right after a section's last unit that go on counting from it under another word ("## جلسه 7 و 8", sessions
 * 7 and 8, after "## فصل 6", chapter 6). Other headings after a section's last unit ("### Further reading" after
 * "### Step 4") are not.
 */
function withUnnumbered(sections: readonly Section[], found: HeadingUnits): HeadingUnits {
	const first = found.sections[0]!;
	const known = new Set([...found.sections, ...found.companions.map((c) => c.section)]);
	const unitsIn = Map.groupBy(found.sections, (s) => enclosingSection(sections, s));
	const amidUnits = (s: Section) => {
		const siblings = unitsIn.get(enclosingSection(sections, s)) ?? [];
		return siblings.some((u) => u.index < s.index) && siblings.some((u) => u.index > s.index);
	};
	const between = sections.filter((s) => s.level === first.level && !known.has(s) && amidUnits(s));
	const before = sections.filter((s) => s.level === first.level && s.index < first.index && isPlaceholderUnit(s, first) && !sections.some((o) => o.level < first.level && o.index > s.index && o.index < first.index));
	const after = [...unitsIn].flatMap(([parent, units]) => countedOn(sections, parent, units.at(-1)!, known));
	if (between.length === 0 && before.length === 0 && after.length === 0) return found;
	return { ...found, sections: [...before, ...found.sections, ...between, ...after].sort((a, b) => a.index - b.index) };
}

/** The headings of `last`'s level right after it, in `parent`, each numbered one after the one before ("Session 7-8" after "Chapter 6"). */
function countedOn(sections: readonly Section[], parent: Section | undefined, last: Section, known: ReadonlySet<Section>): Section[] {
	const siblings = sections.filter((s) => s.level === last.level && s.index > last.index && enclosingSection(sections, s) === parent && !known.has(s));
	const counted: Section[] = [];
	for (let previous = last, next = siblings[0]; next?.label && next.label.number === (previous.label?.numberTo ?? previous.label?.number ?? NaN) + 1; previous = next, next = siblings[counted.length]) counted.push(next);
	return counted;
}

/** "### Tier X - Math Prep" before "### Tier 0": the units' word with a placeholder where the number goes. */
function isPlaceholderUnit(section: Section, first: Section): boolean {
	const word = first.label?.word;
	const lead = /^[^\p{L}]*(\p{L}+)\s+([^\s\d:.|\-–—]{1,3})(?=[\s:.|\-–—]|$)/u.exec(section.raw);
	return Boolean(word && lead && lead[1]!.toLocaleLowerCase() === word.toLocaleLowerCase() && !/^\p{Ll}{2,}$/u.test(lead[2]!));
}

/**
 * What a companion heading adds to its unit: its text, under the heading of the list it came from ("Daily checklist")
 * one level below the unit's, so that the page says where the text belongs.
 */
export function companionPart(file: PlanFile, sections: readonly Section[], section: Section): RootContent[] {
	const list = enclosingSection(sections, section);
	const body = file.tree.children.slice(section.index + 1, section.end);
	return list ? [{ type: 'heading', depth: Math.min(6, section.level + 1) as Heading['depth'], children: structuredClone(list.heading.children) }, ...body] : body;
}

export function headingUnit(file: PlanFile, section: Section): Unit {
	return {
		label: section.label,
		kind: section.label ? labelKind(section.label) : 'section',
		rawTitle: section.label ? section.label.rest : section.raw,
		body: file.tree.children.slice(section.index + 1, section.end),
		heading: section.heading,
		file,
		stated: {},
		requires: [],
	};
}

/**
 * Words in parentheses after a label title their unit ("Week 1 (Intro)"), but the same words after several labels
 * ("Semaine 3 (sujet à modification)", "Semaine 4 (sujet à modification)", "Week 5 (optional)") title none of them:
 * they are a remark the label keeps, and each unit is named by its label.
 */
export function withSharedRemarks(units: readonly Unit[]): Unit[] {
	const inParentheses = (unit: Unit) => (unit.label?.word && unit.label.rest && unit.heading && toString(unit.heading).includes(`(${unit.label.rest})`) ? unit.label.rest : null);
	const counts = Map.groupBy(units.filter(inParentheses), (unit) => inParentheses(unit)!.toLocaleLowerCase());
	return units.map((unit) => {
		const remark = inParentheses(unit);
		if (!remark || counts.get(remark.toLocaleLowerCase())!.length < 2) return unit;
		return { ...unit, label: { ...unit.label!, extra: `(${remark})`, text: `${unit.label!.text} (${remark})`, rest: '' }, rawTitle: '' };
	});
}
