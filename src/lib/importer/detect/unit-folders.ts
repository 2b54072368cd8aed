/** A README's unit headings over the numbered folders that hold each unit's lessons. */
import type { Heading, Link, Node, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { urlSafety } from '../../checks/url-safety.ts';
import { comparableWords } from '../lines.ts';
import { resolvePlanPath } from '../links.ts';
import { toString } from 'mdast-util-to-string';
import { type Group, indexesFolder, isFolderIndex, nameTitle, type PlanFile, type Section, type Unit } from '../plan.ts';
import { labelKind, parseUnitLabel, type UnitLabel, wordKey } from './label.ts';
import { folderFiles, folderOf, linkedFileUnits, type ResolveLink, rootedLinks, squashed } from './linked-files.ts';
import { folderLabel } from './name-labels.ts';
import { folderUnit } from './spanned-folders.ts';

/** Whether a unit's label is the one a folder's name gives it ("## Woche 3" and "woche-3/"), or spans it ("### Week 1-2" and "week2/"). */
function labelsFolder(label: UnitLabel, named: UnitLabel | null): boolean {
	return named !== null && named.number >= label.number && named.number <= (label.numberTo ?? label.number) && wordKey(named) === wordKey(label);
}

/**
 * How many of `folders` the unit headings of a document label ("## Woche 3 – Bedingungen" over "woche-3/"), of those
 * numbered with a unit word: a file beside them labelling most of them, two or more, speaks for them as a README would.
 */
export function labelledFolders(tree: Root, folders: readonly string[]): { labelled: number; numbered: number } {
	const labels = tree.children.flatMap((node) => (node.type === 'heading' ? [parseUnitLabel(toString(node))] : [])).filter((label) => label?.word);
	const numbered = folders.filter((folder) => folderLabel(folder) !== null);
	return { labelled: numbered.filter((folder) => labels.some((label) => labelsFolder(label!, folderLabel(folder)))).length, numbered: numbered.length };
}

/**
 * The lesson titled without `label` where its title opens with it and says more; what follows may label the lesson
 * itself, a smaller unit of the week ("Week 1 · Day 2 — Python Essentials" is Day 2, "Python Essentials").
 */
function withoutLabel(lesson: Unit, label: UnitLabel): Unit {
	const own = parseUnitLabel(lesson.rawTitle);
	const same = own?.word && own.rest && own.number === label.number && own.numberTo === label.numberTo && wordKey(own) === wordKey(label);
	if (!same) return lesson;
	const inner = lesson.label ? null : parseUnitLabel(own.rest);
	return inner?.kind && inner.rest && wordKey(inner) !== wordKey(label) ? { ...lesson, label: inner, kind: labelKind(inner), rawTitle: inner.rest } : { ...lesson, rawTitle: own.rest };
}

/** Whether a title says what a unit's says, its label aside ("Introduction & Flowcharts" for "Module 1: Introduction & Flowcharts 🌱"). */
const sameTitle = (title: string, unit: Unit) => comparableWords(title) === comparableWords(unit.label?.rest || unit.rawTitle);

/**
 * The unit with the one file of its folder ("Chapitre-01/readme.md" under "### Chapitre 1 : Git"), the chapter's text,
 * following its own on its page; the file's opening heading goes when it repeats the unit's label.
 */
export function withFolderText(unit: Unit, file: PlanFile): Unit {
	const [first, ...rest] = file.tree.children;
	const opening = first?.type === 'heading' ? parseUnitLabel(toString(first)) : null;
	const repeats = opening?.word && opening.number === unit.label!.number && wordKey(opening) === wordKey(unit.label!);
	const text = rootedLinks(structuredClone(repeats ? rest : file.tree.children), file.path);
	// The chapter's sections sit at the level of the unit's own ("#### 1.1 Getting Started" under "### Module 1", "##
	// Chapter 1.1" under the chapter's "# Module 1"), not above them.
	const by = topDepth(unit.body) - topDepth(text);
	if (by > 0 && by < Infinity) for (const node of text) if (node.type === 'heading') node.depth = Math.min(6, node.depth + by) as Heading['depth'];
	return { ...unit, body: [...unit.body, ...text], companions: [...(unit.companions ?? []), file] };
}

const topDepth = (nodes: readonly RootContent[]) => Math.min(...nodes.flatMap((node) => (node.type === 'heading' ? [node.depth] : [])));

const lastSegment = (folder: string) => folder.slice(folder.lastIndexOf('/') + 1);

/**
 * The files under each top folder of the plan, and under each folder labelled like a unit inside folders all labelled
 * so ("Month-01/Week-01/" with its days' folders): a unit folder's units are folders of their own, as a bootcamp
 * keeps its months, weeks and days.
 */
function unitFolders(files: readonly PlanFile[]): Map<string, PlanFile[]> {
	const byFolder = new Map<string, PlanFile[]>();
	for (const file of files) {
		const folders = file.path.split('/').slice(0, -1);
		const labelled = (depth: number) => folders.slice(0, depth).every((segment) => folderLabel(segment) !== null);
		for (let depth = 1; depth <= folders.length && (depth === 1 || labelled(depth)); depth++) {
			const folder = folders.slice(0, depth).join('/');
			byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
		}
	}
	// A file named like a folder beside it ("week01.md" beside "week01/") is that folder's opening page.
	for (const file of files) {
		const stem = file.path.replace(/\.[^./]*$/, '');
		const folder = [...byFolder.keys()].find((path) => folderOf(path) === folderOf(stem) && squashed(path) === squashed(stem));
		if (folder) byFolder.set(folder, [file, ...byFolder.get(folder)!]);
	}
	return byFolder;
}

/**
 * The folders of smaller units inside a unit's folder, two or more labelled by one other unit word ("Week-01/Day-01/",
 * "Week-01/Day-02/"), each with the files under it, in their numbers' order, and the files beside them: the days are
 * the week's units, each one phase of its files, as a week folder is under a heading spanning it. Null without them.
 */
function smallerUnitFolders(folder: string, files: readonly PlanFile[], unitLabel: UnitLabel): { folders: Array<{ path: string; files: PlanFile[]; label: UnitLabel }>; beside: PlanFile[] } | null {
	const subfolderOf = (file: PlanFile) => {
		const segments = file.path.slice(folder.length + 1).split('/');
		return segments.length > 1 ? segments[0]! : null;
	};
	const labelled = Map.groupBy(
		files.filter((file) => {
			const label = subfolderOf(file) === null ? null : folderLabel(subfolderOf(file)!);
			return label !== null && wordKey(label) !== wordKey(unitLabel);
		}),
		(file) => subfolderOf(file)!,
	);
	const labels = [...labelled.keys()].map((name) => ({ path: `${folder}/${name}`, files: labelled.get(name)!, label: folderLabel(name)! }));
	if (labels.length < 2 || new Set(labels.map(({ label }) => wordKey(label))).size > 1) return null;
	return { folders: labels.sort((a, b) => a.label.number - b.label.number), beside: files.filter((file) => !labelled.has(subfolderOf(file) ?? '')) };
}

/**
 * The labelled headings of the files beside a week's day folders ("### Day 1: Monday - Lists & Loops" in
 * "Week-01/Week-01.md"), with words after their label: the week's outline names its days, which a day folder without
 * a README of its own does not (its first file in name order titles only itself).
 */
function dayHeadings(files: readonly PlanFile[]): UnitLabel[] {
	return files.flatMap((file) => file.tree.children.flatMap((node) => (node.type === 'heading' ? [parseUnitLabel(toString(node))] : []))).filter((label): label is UnitLabel => Boolean(label?.word && label.rest));
}

/**
 * Each unit's folders, a folder kept by one unit only: two headings labelled like it ("### Week 1: Foundations" among
 * the weeks, "### Week 1 - Python Deep Dive" in a later part looking back on two of them) would import its lessons
 * twice. It stays with the series of headings (the units of one group) that labels the most folders, the first unit
 * of it labelled so: the plan's sequence, as a reader meets it.
 */
function ownedFolders(units: readonly Unit[], foldersOfUnit: readonly string[][]): string[][] {
	const seriesFolders = new Map<number | undefined, Set<string>>();
	units.forEach((unit, i) => seriesFolders.set(unit.group, new Set([...(seriesFolders.get(unit.group) ?? []), ...foldersOfUnit[i]!])));
	const owner = new Map<string, number>();
	foldersOfUnit.forEach((folders, i) => {
		for (const folder of folders) {
			const held = owner.get(folder);
			if (held === undefined || seriesFolders.get(units[i]!.group)!.size > seriesFolders.get(units[held]!.group)!.size) owner.set(folder, i);
		}
	});
	return foldersOfUnit.map((folders, i) => folders.filter((folder) => owner.get(folder) === i));
}

/**
 * Unit headings of a folder's README ("### Semana 1: Scratch", an outline of the week) beside numbered folders labelled
 * like them ("Semana-01-Scratch/" with its theory, exercises and projects): each unit with a folder of two lessons or
 * more is a group, its heading's page first, then the folder's lessons in name order; a folder of one file gives the
 * unit its text. Groups nest one level: under a unit that is in a group inside another, the lessons join that group.
 */
export function withUnitFolders(index: PlanFile, others: readonly PlanFile[], detected: { units: Unit[]; groups: Group[] }, sections: readonly Section[], taken: Set<Node>, resolve: ResolveLink): { units: Unit[]; groups: Group[]; folders: number } {
	const byFolder = unitFolders(others);
	// A folder numbered alone ("1-basics-flowcharts/") is labelled by its README's opening heading ("# Module 1: …").
	const labelOfFolder = new Map(
		[...byFolder].map(([folder, files]) => {
			const name = lastSegment(folder);
			const number = /^\d+(?=[-_ ])/.exec(name)?.[0];
			const readme = number ? files.find((file) => isFolderIndex(file.path.slice(folder.length + 1))) : undefined;
			const opening = readme?.tree.children[0];
			const label = opening?.type === 'heading' ? parseUnitLabel(toString(opening)) : null;
			return [folder, label?.word && label.numberTo === undefined && label.number === Number(number) ? label : folderLabel(name)];
		}),
	);
	const foldersOf = (unit: Unit) => {
		const own = unit.label?.word && indexesFolder(index) ? unit.label : null;
		const labelled = own ? [...byFolder.keys()].filter((folder) => labelsFolder(own, labelOfFolder.get(folder)!)).sort((a, b) => labelOfFolder.get(a)!.number - labelOfFolder.get(b)!.number) : [];
		return labelled.length > 0 ? labelled : linkedFolders(unit);
	};
	// A heading that links a folder of the plan ("### [Блок 2: Основи JavaScript](./javascript)", a folder of lessons
	// without a README that a link could lead to) names that folder as its unit's, whatever the folder is named.
	const linkedFolders = (unit: Unit) => {
		if (!unit.heading || !indexesFolder(index)) return [];
		const linked: string[] = [];
		visit(unit.heading, 'link', (link: Link) => {
			const folder = urlSafety(link.url) === 'relative' && !link.url.startsWith('#') ? resolvePlanPath(link.url, index.path).path : '';
			if (byFolder.has(folder) && !linked.includes(folder)) linked.push(folder);
		});
		return linked;
	};
	const foldersOfUnit = ownedFolders(detected.units, detected.units.map(foldersOf));
	const folderFilesOf = foldersOfUnit.map((folders) => folders.flatMap((folder) => byFolder.get(folder)!));
	const lessonsOf = detected.units.map((unit, i) => {
		const folders = foldersOfUnit[i]!;
		return folders.flatMap((folder) => {
			const days = smallerUnitFolders(folder, byFolder.get(folder)!, unit.label!);
			if (days) {
				const beside = folderFiles(days.beside) ?? { rows: days.beside.map((target) => ({ node: target.tree, link: { type: 'link' as const, url: target.path, children: [] }, target, label: null })), containers: [] };
				const outlined = dayHeadings(days.beside);
				const described = (label: UnitLabel) => outlined.find((heading) => wordKey(heading) === wordKey(label) && heading.number === label.number && heading.numberTo === undefined)?.rest;
				return [...linkedFileUnits(index, beside, sections, taken), ...days.folders.map(({ path, files: inDay, label }) => folderUnit(index, path, inDay, label, sections, taken, resolve, described(label)))].map((lesson) => withoutLabel(lesson, unit.label!));
			}
			const files = folderFiles(byFolder.get(folder)!);
			// The unit's heading labels the folder: its files' own labels would repeat it, in their names or their titles
			// ("# Semana 01: Scratch"), and the length it gives the group. A heading spanning several folders ("### Week
			// 1-2" over "week1/" and "week2/") does not: each folder's README keeps the folder's label, "Week 2".
			const spanned = folders.length > 1 ? folderLabel(folder) : null;
			const labelOf = (row: { target: PlanFile }) => (spanned && isFolderIndex(row.target.path.slice(folder.length + 1)) ? spanned : null);
			const lessons = files ? linkedFileUnits(index, { ...files, rows: files.rows.map((row) => ({ ...row, label: labelOf(row) })) }, sections, taken) : [];
			return lessons.map((lesson) => withoutLabel(lesson, unit.label!));
		});
	});
	// A folder of one file holds no lessons to group: its text is the unit's own.
	const onlyFileOf = folderFilesOf.map((files) => (files.length === 1 ? files[0]! : null));
	const folders = lessonsOf.filter((lessons) => lessons.length > 0).length + onlyFileOf.filter(Boolean).length;
	if (folders === 0) return { ...detected, folders };
	const groups = [...detected.groups];
	const units = detected.units.flatMap((detectedUnit, i) => {
		let unit = detectedUnit;
		const only = onlyFileOf[i];
		if (only) return [withFolderText(unit, only)];
		// The folder's README titled as the unit ("# Module 1: Introduction & Flowcharts" under "### Module 1:
		// Introduction & Flowcharts") is its text: it follows the unit's own on one page, not a page of the same title.
		const opening = lessonsOf[i]![0];
		const ownText = opening && isFolderIndex(opening.file.path.slice(opening.file.path.indexOf('/') + 1)) && sameTitle(opening.rawTitle, unit) ? opening : null;
		if (ownText) unit = withFolderText(unit, ownText.file);
		const lessons = ownText ? lessonsOf[i]!.slice(1) : lessonsOf[i]!;
		if (lessons.length === 0) return [unit];
		const outer = unit.group;
		const ownGroup = outer === undefined || groups[outer]!.parent === undefined;
		// A heading spanning several folders ("### Week 1-2" over "week1/" and "week2/") is their group: the folders'
		// weeks are its phases, its length theirs, not a phase's besides; its outline opens the first week's page.
		const spanning = ownGroup && foldersOfUnit[i]!.length > 1;
		if (ownGroup) {
			const rawTitle = sections.find((s) => s.heading === unit.heading)?.raw ?? unit.rawTitle;
			groups.push({ rawTitle, label: unit.label, intro: [], ...(outer !== undefined ? { parent: outer } : {}) });
		}
		const group = ownGroup ? groups.length - 1 : outer;
		if (spanning) lessons[0] = { ...lessons[0]!, body: [...unit.body, ...lessons[0]!.body] };
		const members = spanning ? lessons : [unit, ...lessons];
		for (const member of members) member.group = group;
		if (groups[group]!.parent === undefined) variantGroups(lessons, group, groups);
		return members;
	});
	return { units, groups, folders };
}

/**
 * A unit folder's subfolders of two lessons or more, two of them or more ("woche-1/abenteuer/", "woche-1/pferde/",
 * "woche-1/scifi/": one week's lessons told in three worlds), are groups inside the unit's, titled by their names:
 * the unit's page and the pages beside them stay the unit's own, and each set of lessons reads apart from the others.
 */
function variantGroups(lessons: readonly Unit[], parent: number, groups: Group[]): void {
	const subfolderOf = (lesson: Unit) => {
		const segments = lesson.file.path.split('/');
		return segments.length > 2 ? segments.slice(0, 2).join('/') : null;
	};
	const bySubfolder = [...Map.groupBy(lessons, (lesson) => subfolderOf(lesson) ?? '')].filter(([folder, members]) => folder !== '' && members.length >= 2);
	if (bySubfolder.length < 2) return;
	for (const [folder, members] of bySubfolder) {
		groups.push({ rawTitle: nameTitle(folder), label: null, intro: [], parent });
		for (const member of members) member.group = groups.length - 1;
	}
}
