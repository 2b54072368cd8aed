/** A README's unit headings that span numbered folders of smaller units: phases made of weeks. */
import type { Node } from 'mdast';
import { visit } from 'unist-util-visit';
import { type Group, indexesFolder, isFolderIndex, type PlanFile, type Section, type Unit } from '../plan.ts';
import { labelDuration, parseUnitLabel, type UnitLabel, wordKey } from './label.ts';
import { linkedFileUnits, type ResolveLink } from './linked-files.ts';
import { folderLabel } from './name-labels.ts';

/** The range of another unit a heading spans, written in parentheses ("Fase 1: Foundations (Semanas 1-6)"). */
function spanOf(heading: string, unitKey: string | null): UnitLabel | null {
	for (const [, inner] of heading.matchAll(/[(（]([^()（）]+)[)）]/gu)) {
		const label = parseUnitLabel(inner!);
		if (label?.word && label.numberTo !== undefined && !label.rest && wordKey(label) !== unitKey) return label;
	}
	return null;
}

/**
 * A week folder as one unit: its README's page, then the lessons it links inside the folder (its theory, practice and
 * project pages, in the order it links them), as a week folder imported alone has them; without a README, its files
 * in name order, the first one the page. A `description` of the folder written elsewhere (the heading of the week's
 * outline labelled like the day) titles it as an index's words do.
 */
export function folderUnit(index: PlanFile, folder: string, files: readonly PlanFile[], label: UnitLabel, sections: readonly Section[], taken: Set<Node>, resolve: ResolveLink, description?: string): Unit {
	const inFolder = files.toSorted((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }));
	const page = inFolder.find((file) => isFolderIndex(file.path.slice(folder.length + 1))) ?? inFolder[0]!;
	const linked: PlanFile[] = [];
	visit(page.tree, 'link', (link) => {
		const target = resolve(link.url, page);
		if (target && target !== page && inFolder.includes(target) && !linked.includes(target)) linked.push(target);
	});
	const lessons = linked.length > 0 ? linked : inFolder.filter((file) => file !== page);
	const row = { node: page.tree, link: { type: 'link' as const, url: page.path, children: [] }, target: page, label, ...(lessons.length > 0 ? { companions: lessons } : {}), ...(description ? { description } : {}) };
	const unit = linkedFileUnits(index, { rows: [row], containers: [] }, sections, taken)[0]!;
	// The folder's label says how long the week is: a length its lessons mention ("Duración: 2 weeks", a milestone in
	// an exercise) is theirs, not the week's.
	const duration = labelDuration(label);
	return duration ? { ...unit, stated: { ...unit.stated, duration } } : unit;
}

/**
 * Unit headings of a folder's README that each span a range of another unit ("### Fase 1 (Semanas 1-6)") beside
 * folders numbered in that unit ("week-01_fundamentos/" … "week-16_…/"): the headings are groups, their text the
 * group's intro, and each folder a phase of the group whose range holds its number (folders in no range stand alone,
 * in their place), its lessons folded into its page. Null when the headings span no such folders.
 */
export function withSpannedFolders(index: PlanFile, others: readonly PlanFile[], detected: { units: Unit[]; groups: Group[] }, sections: readonly Section[], taken: Set<Node>, resolve: ResolveLink): { units: Unit[]; groups: Group[]; folders: number } | null {
	if (!indexesFolder(index) || detected.units.length === 0) return null;
	const unitKey = wordKey(detected.units[0]!.label!);
	const rawOf = (unit: Unit) => sections.find((s) => s.heading === unit.heading)?.raw ?? unit.rawTitle;
	const spans = detected.units.map((unit) => spanOf(rawOf(unit), unitKey));
	const spanKey = spans[0] ? wordKey(spans[0]) : null;
	if (spans.some((span) => !span || wordKey(span) !== spanKey)) return null;
	const byFolder = Map.groupBy(
		others.filter((file) => file.path.includes('/')),
		(file) => file.path.slice(0, file.path.indexOf('/')),
	);
	const folders = [...byFolder.keys()]
		.flatMap((folder) => {
			const label = folderLabel(folder);
			return label && wordKey(label) === spanKey ? [{ folder, label }] : [];
		})
		.sort((a, b) => a.label.number - b.label.number);
	const spanOfFolder = (label: UnitLabel) => spans.findIndex((span) => label.number >= span!.number && label.number <= span!.numberTo!);
	// Every heading spans folders of its own: else the ranges are the calendar's, not the folders'.
	if (!spans.every((_, i) => folders.some((f) => spanOfFolder(f.label) === i))) return null;
	// Groups nest one level: headings already inside a group's group cannot hold groups of their own.
	if (detected.units.some((unit) => unit.group !== undefined && detected.groups[unit.group]!.parent !== undefined)) return null;
	const groups = [...detected.groups];
	const headingGroups = detected.units.map((unit) => {
		groups.push({ rawTitle: rawOf(unit), label: unit.label, intro: unit.body, ...(unit.heading ? { heading: unit.heading } : {}), ...(unit.group !== undefined ? { parent: unit.group } : {}) });
		return groups.length - 1;
	});
	const units = folders.map(({ folder, label }) => {
		const unit = folderUnit(index, folder, byFolder.get(folder)!, label, sections, taken, resolve);
		const span = spanOfFolder(label);
		if (span >= 0) unit.group = headingGroups[span]!;
		return unit;
	});
	return { units, groups, folders: folders.length };
}
