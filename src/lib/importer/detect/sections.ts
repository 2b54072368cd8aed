/**
 * Plans with no unit words or numbers: the document's repeated sections are its units. The level is the
 * shallowest one with at least three sections where no one section holds most of the text (a "Curriculum"
 * heading over most of it is a container, not a unit, and only its own sections are). When sections hold checklists
 * (else lists or tables), the units run from the first section with one to the last: what comes before and after is
 * the plan's introduction and notes.
 */
import type { Node, Parent } from 'mdast';
import { enclosingSection, type PlanFile, type Section, type Unit } from '../plan.ts';

function hasChecklist(node: Node): boolean {
	if (node.type === 'listItem' && typeof (node as { checked?: boolean | null }).checked === 'boolean') return true;
	return 'children' in node && (node as Parent).children.some(hasChecklist);
}

export function findSectionUnits(file: PlanFile, sections: readonly Section[], title: Section | null): Section[] {
	const total = file.tree.children.length;
	const holdsMost = (s: Section) => (s.end - s.index) * 2 > total;
	const byLevel = Map.groupBy(
		sections.filter((s) => s !== title),
		(s) => s.level,
	);
	// "How to use this guide" beside the container holds no units.
	let container: Section | null = null;
	for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
		const list = byLevel.get(level)!.filter((s) => !container || (s.index > container.index && s.index < container.end));
		if (list.length >= 3 && !list.some(holdsMost)) return checklistSpan(file, list);
		container = list.find(holdsMost) ?? container;
	}
	return [];
}

/**
 * Headings numbered afresh under each of several parents ("### 1. Mathematics", "### 2. Python" under
 * "## Fundamentals", then "### 1. Architecture" under "## The Scientist"): a course in parts, whose numbered
 * sections are the units and whose parts are groups. At least three, and most headings at their level; each run
 * counts up by one from 0 or 1; a part without numbered sections is a unit of its own. Empty when there are none.
 */
export function numberedSections(sections: readonly Section[], title: Section | null): Section[] {
	const levels = [...new Set(sections.filter((s) => s !== title).map((s) => s.level))].sort((a, b) => a - b);
	for (const level of levels) {
		const atLevel = sections.filter((s) => s !== title && s.level === level);
		const numbered = atLevel.filter((s) => s.label && s.label.word === null);
		if (numbered.length < 3 || numbered.length * 3 < atLevel.length * 2) continue;
		const runs = [...Map.groupBy(numbered, (s) => enclosingSection(sections, s)).values()];
		const counted = (run: Section[]) => run[0]!.label!.number <= 1 && run.every((s, i) => s.label!.number === run[0]!.label!.number + i);
		if (runs.length < 2 || !runs.every(counted)) continue;
		// A part numbered like the others that has no sections of its own ("## III. Deployment" over its list) is one unit.
		const parents = [...new Set(numbered.map((s) => enclosingSection(sections, s)))];
		const parts = parents[0] ? sections.filter((s) => s.level === parents[0]!.level && s.label?.word === null && enclosingSection(sections, s) === enclosingSection(sections, parents[0]!)) : [];
		const whole = parts.filter((s) => !parents.includes(s) && s.end > s.index + 1);
		return [...numbered, ...(parents.every((p) => parts.includes(p!)) ? whole : [])].sort((a, b) => a.index - b.index);
	}
	return [];
}

/**
 * When sections hold checklists, the units run from the first such section to the last; else, when sections hold
 * lists or tables (what to learn, what to read), from the first of those to the last. Sections of prose only before
 * and after them (a link to the plan's website, acknowledgements, a licence) are the plan's introduction and notes.
 */
function checklistSpan(file: PlanFile, units: Section[]): Section[] {
	const holding = (test: (node: Node) => boolean) => units.filter((s) => file.tree.children.slice(s.index, s.end).some(test));
	const withChecklists = holding(hasChecklist);
	const withLists = holding((node) => node.type === 'list' || node.type === 'table');
	const span = withChecklists.length >= 2 ? withChecklists : withLists;
	if (span.length < 2) return units;
	return units.slice(units.indexOf(span[0]!), units.indexOf(span.at(-1)!) + 1);
}

/**
 * Numbered parts ("# 1. Ruby", "# 2. Go") that each hold sections of their own are groups, not units: their
 * sections are the units, as numbered headings above unit headings are groups. Null when the units are not such parts.
 */
export function sectionsOfParts(sections: readonly Section[], parts: readonly Section[]): Section[] | null {
	if (!parts.every((p) => p.label && p.label.word === null)) return null;
	const level = parts[0]!.level + 1;
	const inner = sections.filter((s) => s.level === level && parts.some((p) => s.index > p.index && s.index < p.end));
	return inner.length >= 2 * parts.length ? inner : null;
}

export function sectionUnit(file: PlanFile, section: Section): Unit {
	// A section's own number ("### 3. Neural Networks") is its place in the list, which the site shows anyway.
	const numbered = section.label?.word === null && section.label.rest;
	return { label: null, kind: 'section', rawTitle: numbered ? section.label!.rest : section.raw, body: file.tree.children.slice(section.index + 1, section.end), heading: section.heading, file, stated: {}, requires: [] };
}
