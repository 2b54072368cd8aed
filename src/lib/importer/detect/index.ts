/** Which rule finds the units of a plan, and the groups they sit in. */
import type { ListItem, Node, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type Detection, FOLDER_STAND_IN, type Group, ImportError, indexesFolder, isNotebook, isTableOfContents, lineOf, type PlanFile, type Section, sectionsOf, titleSection, type Unit } from '../plan.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { root } from '../tidy.ts';
import { findLabelledGroups } from './groups.ts';
import { companionPart, findHeadingUnits, headingUnit, withSharedRemarks } from './headings.ts';
import { indexNamedGroups } from './index-named-groups.ts';
import { contentsPageRows, findLinkedFiles, folderFiles, withLessonCompanions, withLinkedPages, withNestedIndexes, withTableOfContentsPages, folderGroups, type LinkedFiles, linkedFileUnits, localTargets, type ResolveLink, rootedLinks, type TocPart } from './linked-files.ts';
import { wordKey } from './label.ts';
import { titled } from './shared.ts';
import { findListUnits, type ListUnit, listUnit } from './lists.ts';
import { findSectionUnits, numberedSections, sectionsOfParts, sectionUnit } from './sections.ts';
import { type Columns, linkPrerequisites, partsOfRows, tableColumns, tableUnits, totalsRow } from './tables.ts';
import { htmlTables } from '../markdown/html-tables.ts';
import { withSpannedFolders } from './spanned-folders.ts';
import { withUnitFolders } from './unit-folders.ts';
import { withNumberedFiles } from './numbered-files.ts';

const NO_UNITS =
	'no phases found: the importer looks for repeated headings with a unit word and number ("## Phase 1: …", "### Week 2 …", "## Día 3 …"), numbered list items or headings that state a duration ("1. **Programming** = 4 - 6 months"), tables whose rows state a duration, a study time or weekly hours, a table or list linking one Markdown file per unit, or at least three sections at one heading level';

function assignGroup(unit: Unit, group: number | undefined) {
	if (group !== undefined) unit.group = group;
}

/**
 * Finds the units of a plan: the first rule that finds any wins, from the most explicit structure to the least;
 * a folder whose index holds none has its files for units.
 */
export function detect(index: PlanFile, others: readonly PlanFile[], resolve: ResolveLink, apart: readonly PlanFile[] = []): Detection {
	htmlTables(index.tree, (index.notes ??= []), (table) => tableColumns(table) !== null);
	const sections = sectionsOf(index);
	const title = titleSection(index, sections);
	const taken = new Set<Node>(title ? [title.heading] : []);

	const tables = unitTables(index, resolve);
	const tableUnitCount = tables.reduce((n, t) => n + t.units.length, 0);
	const rows = findLinkedFiles(index, resolve);
	// Files linked without a number anywhere (a table of specializations, each by name) are related documents when
	// the plan's own tables of units hold more units than they are files: the tables are the plan, as ulivre's.
	const unnumbered = rows !== null && rows.rows.every((row) => !row.label && !/\d/.test(row.target.path));
	const headings = findHeadingUnits(index, sections, title);
	// Unit headings more than twice as many as the files linked are the plan ("#### Fase 1" … "#### Fase 13", two of
	// them linking a module's notes): the files are readings of a few of them.
	// So are the rows of the plan's tables of units that link none of the files ("| Lekce | Datum | Obsah |", twelve
	// lessons, beside two homework files).
	const tablesOutnumber = (files: LinkedFiles) => !tables.some((t) => files.containers.includes(t.table)) && tableUnitCount > 2 * files.rows.length;
	// A series of unit headings outnumbering the files, linked from a table or list that no unit holds ("### Неделя 1"
	// … "### Неделя 10", then "## Домашние задания" linking five notebooks), is the plan too: the files are one of its
	// sections.
	const apartFromUnits = (files: LinkedFiles, units: readonly Section[]) =>
		files.containers.every((node) => {
			const at = index.tree.children.indexOf(node as RootContent);
			return at >= 0 && !units.some((s) => at > s.index && at < s.end);
		});
	const headingsOutnumber = (files: LinkedFiles) =>
		headings !== null && (headings.sections.length > 2 * files.rows.length || (headings.sections.length > files.rows.length && apartFromUnits(files, headings.sections)));
	const outnumbered = rows !== null && (headingsOutnumber(rows) || tablesOutnumber(rows));
	if (rows && !(unnumbered && tableUnitCount > rows.rows.length) && !outnumbered) return linkedDetection(index, others, rows, sections, title, taken, resolve, apart);

	if (headings && !headsTables(headings.sections, tables)) {
		// (Companions name their units by section: those stay as they are.)
		if (headings.companions.length === 0) headings.sections = closedLikeTheOthers(index, headings.sections);
		const units = withSharedRemarks(headings.sections.map((s) => headingUnit(index, s)));
		const starts = headings.sections.map((s) => s.index);
		const found = findLabelledGroups(index, sections, title, starts, Math.min(...headings.sections.map((s) => s.level)), { nested: true });
		units.forEach((unit, i) => assignGroup(unit, found.groupOf(starts[i]!)));
		for (const { section, unit } of headings.companions) units[headings.sections.indexOf(unit)]!.body.push(...companionPart(index, sections, section));
		// Parts labelled like the groups that hold no unit but a list or table, things to do ("## PHASE 0: Setup" before
		// "## PHASE 1" and its weeks, "## PHASE 3" of exercises after the last week), are steps of the same sequence:
		// units in their place, in no group. A part of prose alone stays in the overview, as sections of prose do; so
		// does one numbered like a group ("### Month 1" again under "## Progress tracking"), which looks back on it.
		const holdsWork = (s: Section) => index.tree.children.slice(s.index + 1, s.end).some((node) => node.type === 'list' || node.type === 'table');
		const numbersAGroup = (s: Section) => found.sections.some((g) => g.label!.number === s.label!.number);
		const bare = sections.filter((s) => found.sections.length >= 2 && s.level === found.sections[0]!.level && s.label?.word && !found.sections.includes(s) && found.sections.every((g) => g.label && wordKey(g.label) === wordKey(s.label!)) && holdsWork(s) && !numbersAGroup(s));
		for (const s of bare) {
			const at = starts.findIndex((start) => start > s.index);
			units.splice(at < 0 ? units.length : at, 0, headingUnit(index, s));
			starts.splice(at < 0 ? starts.length : at, 0, s.index);
		}
		for (const s of [...headings.sections, ...headings.companions.map((c) => c.section), ...bare]) {
			for (const node of index.tree.children.slice(s.index, s.end)) taken.add(node);
		}
		const added = headings.companions[0] ? `, each untitled "${headings.companions[0].section.raw}" heading of another list added to the unit it numbers` : '';
		const withFolders = withUnitFolders(index, others, { units, groups: found.groups }, sections, taken, resolve);
		const foldered = withFolders.folders > 0 ? `, ${withFolders.folders} of them with the lessons or the text of the folder labelled like them or linked from them` : '';
		const spanned = withFolders.folders === 0 ? withSpannedFolders(index, others, { units, groups: found.groups }, sections, taken, resolve) : null;
		if (spanned) return { units: spanned.units, groups: spanned.groups, pattern: `${headings.pattern}${added}, each a group of the ${spanned.folders} numbered folders in the range it spans`, taken };
		return { units: withFolders.units, groups: withFolders.groups, pattern: headings.pattern + added + foldered, taken };
	}

	// The contents page is the course's when it leads to most of the folder's lessons, not to a few of them (a setup
	// page linking its two steps beside a folder of numbered lessons).
	const contents = contentsPageRows(index, resolve);
	if (contents && withNestedIndexes(index, contents, resolve).rows.length * 2 >= others.length) {
		const found = linkedDetection(index, others, contents, sections, title, taken, resolve);
		const contentsPage = contents.rows[0]!.from!;
		return { ...found, pattern: `${found.pattern} from its contents page ${contentsPage.path}`, contentsPage };
	}

	// A folder of numbered lesson files the index does not link: they are the units, whatever shape the index has; so
	// are those of the one folder of a repository holding most of its files, under its README. (A folder without one
	// is read whole, its other folders' files too.)
	const folder = indexesFolder(index) ? others : [];
	const lessons = folderFiles(folder, { numberedOnly: true, inLessonFolder: index.path !== FOLDER_STAND_IN });
	if (lessons && !tablesOutnumber(lessons)) return folderDetection(index, lessons, sections, taken, resolve);

	const items = findListUnits(index);
	if (items.length > 0) {
		const units = withNumberedFiles(items.map((entry) => listUnit(index, entry)), folder);
		const starts = items.map((entry) => index.tree.children.indexOf((entry.parent ?? entry).list));
		const found = findLabelledGroups(index, sections, title, starts, 7);
		units.forEach((unit, i) => assignGroup(unit, found.groupOf(starts[i]!)));
		const listed = itemGroups(items, units, found.groups);
		for (const entry of items) taken.add(entry.item);
		// As an empty group heading does, an item with nothing but its title and units leaves the overview.
		for (const { item, group } of listed) if (group.intro.length === 0) taken.add(item);
		const groups = [...found.groups, ...listed.map((g) => g.group)];
		const first = items[0]!;
		const under = first.parent ? `, under items labelled like "${first.parent.label!.text}"` : '';
		const pattern = first.label ? `list items labelled like "${first.label.text}"${under}` : `numbered list items that state a duration, e.g. "${first.number}. ${first.rawTitle}"`;
		return { units, groups, pattern, taken };
	}

	if (tableUnitCount >= 2) {
		const units = tables.flatMap((t) => t.units);
		linkPrerequisites(tables, units);
		const groups = tableGroups(index, sections, title, tables);
		for (const t of tables) for (const row of t.table.children.slice(1)) taken.add(row);
		// A table's row of totals goes with its rows: each unit states its own amount, which the site sums.
		for (const total of tables.flatMap((t) => totalsRow(t.table) ?? [])) {
			(index.notes ??= []).push({ message: `left out the table's row of totals ("${total.children.map((cell) => toString(cell).trim()).filter((text) => text !== '').join(' | ')}"): each unit states its own, and the site sums them`, line: lineOf(total) });
		}
		// Rows labelled like the folders beside the README ("Day 1" and "(day-1)-greeting-me/") take their text, as headings do.
		const withFolders = withUnitFolders(index, others, { units, groups }, sections, taken, resolve);
		const foldered = withFolders.folders > 0 ? `, ${withFolders.folders} of them with the lessons or the text of the folder labelled like them` : '';
		return { units: withFolders.units, groups: withFolders.groups, pattern: `${tables.length === 1 ? 'a table' : `${tables.length} tables`} whose rows are units${foldered}`, taken };
	}

	const numbered = numberedSections(sections, title);
	const sectionUnits = closedLikeTheOthers(index, numbered.length > 0 ? numbered : findSectionUnits(index, sections, title));
	if (sectionUnits.length >= 2) {
		const inParts = numbered.length > 0 ? null : sectionsOfParts(sections, sectionUnits);
		const chosen = inParts ?? sectionUnits;
		const units = chosen.map((s) => sectionUnit(index, s));
		const starts = chosen.map((s) => s.index);
		// (Numbered sections' parts that hold none are units one level above them.)
		const level = Math.max(...chosen.map((s) => s.level));
		const found = inParts || numbered.length > 0 ? findLabelledGroups(index, sections, title, starts, level) : { groups: [], groupOf: () => undefined };
		units.forEach((unit, i) => assignGroup(unit, found.groupOf(starts[i]!)));
		const parts = inParts ? `, in ${found.groups.length} numbered parts` : numbered.length > 0 ? `, numbered afresh in each of ${found.groups.length} parts` : '';
		for (const s of chosen) for (const node of index.tree.children.slice(s.index, s.end)) taken.add(node);
		return { units, groups: found.groups, pattern: `${units.length} level-${level} sections${parts}`, taken };
	}
	const files = folderFiles(folder);
	if (files) return folderDetection(index, files, sections, taken, resolve);
	throw new ImportError(NO_UNITS);
}

/** The units of an index that links its lessons, in the groups of its sections and of the modules it links. */
function linkedDetection(index: PlanFile, others: readonly PlanFile[], rows: LinkedFiles, sections: readonly Section[], title: Section | null, taken: Set<Node>, resolve: ResolveLink, apart: readonly PlanFile[] = []): Detection {
	const linked = withLessonCompanions(withLinkedPages(index, withTableOfContentsPages(index, withNestedIndexes(index, rows, resolve), others, resolve), resolve, apart), others);
	const units = linkedFileUnits(index, linked, sections, taken);
	if (linked.home) taken.add(linked.home);
	for (const row of linked.rows) {
		if (!row.stays) taken.add(row.node);
		// A part inside another ("- L03-L08 C" over "- L03 C Basics") is taken with it.
		for (let part = row.part; part; part = part.parent) taken.add(part.item);
	}
	const starts = linked.rows.map((row) => index.tree.children.indexOf(row.container as RootContent));
	const found = findLabelledGroups(index, sections, title, starts, 7, { contents: isTableOfContents(index.path) });
	units.forEach((unit, i) => assignGroup(unit, found.groupOf(starts[i]!)));
	const groups = withModuleGroups(found.groups, linked, units);
	const pattern = isTableOfContents(index.path) ? `the table of contents, linking ${units.length} pages` : `an index linking ${units.length} ${lessonFiles(units)}`;
	return { units, groups, pattern, taken };
}

/**
 * Unit headings that are labels alone ("### 1ª Etapa", "### Stage 2") over tables holding more units than they are, each
 * table under one of them: the headings name the stages the tables' rows belong to, and the rows are the units.
 */
function headsTables(headings: readonly Section[], tables: ReadonlyArray<{ position: number; units: readonly Unit[] }>): boolean {
	const rows = tables.reduce((n, t) => n + t.units.length, 0);
	const under = (t: { position: number }) => headings.some((s) => t.position > s.index && t.position < s.end);
	return rows > headings.length && headings.every((s) => !titled(s.label!)) && tables.every(under);
}

/**
 * The tables whose rows are units (courses with their durations, a stage's lessons), with their units. A lesson file
 * a row links is its text on the unit's page, once: under the first row linking it.
 */
function unitTables(index: PlanFile, resolve: ResolveLink) {
	const placed = new Set<PlanFile>([index]);
	const lessonsOf = (cell: Node) =>
		localTargets(cell, index, resolve)
			.filter((file) => !placed.has(file) && placed.add(file))
			.map((file) => ({ file, body: rootedLinks(structuredClone(file.tree.children), file.path) }));
	return index.tree.children.flatMap((node, position) => {
		if (node.type !== 'table') return [];
		const columns = tableColumns(node);
		return columns ? [{ table: node, columns, position, units: tableUnits(index, node, columns, lessonsOf) }] : [];
	});
}

/**
 * Units that each end with a rule (`---` between lectures): the last one ends at its first rule too, and what follows
 * it (a licence, a note on what is coming) is the document's closing, not part of the last unit.
 */
function closedLikeTheOthers(file: PlanFile, units: Section[]): Section[] {
	const children = file.tree.children;
	const last = units.at(-1);
	if (units.length < 3 || !last || !units.slice(0, -1).every((s) => children[s.end - 1]?.type === 'thematicBreak')) return units;
	const rule = children.slice(last.index + 1, last.end).findIndex((node) => node.type === 'thematicBreak');
	return rule < 0 ? units : [...units.slice(0, -1), { ...last, end: last.index + 1 + rule + 1 }];
}

/**
 * A module whose README links its lessons, or a chapter with pages listed under it in a table of contents, is a
 * group: the module's own page first, then its lessons; inside the part it sits in, when the index has parts
 * (labelled headings, "## Part 1: Basics", or a table of contents' items without a link, "- Customization"). Modules
 * without lessons of their own stay phases of their part.
 */
function withModuleGroups(labelledParts: readonly Group[], linked: LinkedFiles, units: Unit[]): Group[] {
	const groups = [...labelledParts];
	// A table of contents' parts written as items without a link ("- Customization" over its pages). Groups nest one
	// level: a part inside a part inside a part is a group of the outermost one.
	const partGroups = new Map<Node, number>();
	const outermost = (part: TocPart): TocPart => (part.parent ? outermost(part.parent) : part);
	// An outermost part sits in the section holding its rows, when that is a group of its own and not inside one.
	const partGroup = (part: TocPart, section?: number): number => {
		const known = partGroups.get(part.item);
		if (known !== undefined) return known;
		const parent = part.parent ? partGroup(outermost(part.parent), section) : section !== undefined && groups[section]!.parent === undefined ? section : undefined;
		groups.push({ rawTitle: part.title, label: null, intro: part.intro ?? [], ...(parent !== undefined ? { parent } : {}) });
		partGroups.set(part.item, groups.length - 1);
		return groups.length - 1;
	};
	// A heading inside a page's list is no part: the part around that page is.
	const outside = (part: TocPart | undefined): TocPart | undefined => (part?.inPage ? outside(part.parent) : part);
	linked.rows.forEach((row, i) => {
		const part = outside(row.part);
		if (part) units[i]!.group = partGroup(part, units[i]!.group);
	});
	const parts = groups.length;
	// The last row at each depth, whose pages the rows under it are; and the page each module group opens with.
	let owners: number[] = [];
	const openedBy = new Map<number, number>();
	linked.rows.forEach((row, i) => {
		const depth = row.nested ? (row.depth ?? 1) : 0;
		const ownerIndex = owners.slice(0, depth).findLast((index) => index !== undefined);
		owners = [...owners.slice(0, depth), i];
		if (depth === 0 || ownerIndex === undefined) return;
		const owner = units[ownerIndex]!;
		// A chapter inside a part inside a part would nest groups twice: its pages stay in its part.
		if (owner.group !== undefined && groups[owner.group]!.parent !== undefined && owner.group < parts) {
			units[i]!.group = owner.group;
			return;
		}
		// A page with pages of its own inside a chapter (a week's lessons in a unit) is a group inside the chapter's,
		// unless that one is already inside another: groups nest one level.
		const ownsGroup = owner.group !== undefined && openedBy.get(owner.group) === ownerIndex;
		const mayNest = owner.group === undefined || owner.group < parts || groups[owner.group]!.parent === undefined;
		if (!ownsGroup && mayNest) {
			groups.push({ rawTitle: owner.rawTitle, label: owner.label, intro: [], ...(owner.group !== undefined ? { parent: owner.group } : {}) });
			owner.group = groups.length - 1;
			openedBy.set(owner.group, ownerIndex);
		}
		if (owner.group !== undefined) units[i]!.group = owner.group;
		// Under a heading inside the page's list, a group inside the page's when that may nest.
		const heading = row.part?.inPage && owner.group !== undefined && groups[owner.group]!.parent === undefined ? row.part : undefined;
		if (heading) {
			if (!partGroups.has(heading.item)) {
				groups.push({ rawTitle: heading.title, label: null, intro: heading.intro ?? [], parent: owner.group! });
				partGroups.set(heading.item, groups.length - 1);
			}
			units[i]!.group = partGroups.get(heading.item)!;
		}
	});
	return groups;
}

/**
 * The groups of units listed under larger ones: each item they are listed under, titled by its first line, its other
 * text the group's intro, inside the heading's group it was in (`groups`, whose indexes the units hold until now).
 */
function itemGroups(items: readonly ListUnit[], units: readonly Unit[], groups: readonly Group[]): Array<{ item: ListItem; group: Group }> {
	const parents = [...new Set(items.flatMap((entry) => (entry.parent ? [entry.parent] : [])))];
	return parents.map((parent, i) => {
		const members = units.filter((_, at) => items[at]!.parent === parent);
		const outer = members[0]!.group;
		for (const unit of members) unit.group = groups.length + i;
		// The item's first line is its title; the lines its paragraph goes on with open its text.
		const [titleLine, ...lines] = parent.rawTitle.split('\n');
		const intro = [...parseMarkdown(lines.join('\n'), { frontmatter: false }).children, ...parent.item.children.slice(1).filter((node) => !items.some((entry) => entry.list === node))];
		return {
			item: parent.item,
			group: {
				rawTitle: titleLine!,
				label: parent.label ?? null,
				intro,
				// Groups nest one level.
				...(outer !== undefined && groups[outer]!.parent === undefined ? { parent: outer } : {}),
			},
		};
	});
}

function folderDetection(index: PlanFile, files: LinkedFiles, sections: readonly Section[], taken: Set<Node>, resolve: ResolveLink): Detection {
	const units = linkedFileUnits(index, describedByIndex(index, files, taken), sections, taken);
	return { units, groups: indexNamedGroups(index, units, folderGroups(units, files.base), resolve), pattern: `${files.base ? `the ${files.base} folder's` : "the folder's"} ${files.rows.length} ${lessonFiles(units)}, in name order${files.unordered ? " (nothing numbers or places them: give the phases the course's order)" : ''}`, taken, ...(files.unordered ? { unordered: files.unordered } : {}) };
}

/**
 * The index's list items labelled like the folder's lessons ("- __week01__ Intro to deep learning" for
 * "week01_backprop/README.md"), which name the lessons without linking them: each item's words title its lesson and
 * the lists under it open the lesson's page, as if it linked the file. `taken` receives the items.
 */
function describedByIndex(index: PlanFile, files: LinkedFiles, taken: Set<Node>): LinkedFiles {
	// An item naming several lessons ("- Days 7, 14, 21, 30 are projects") describes none of them.
	const items = findListUnits(index).filter((entry) => entry.label && !/^\s*[,、]\s*\d/.test(entry.label.rest));
	const rows = files.rows.map((row) => {
		const label = row.label;
		const entry = label && items.find((e) => wordKey(e.label!) === wordKey(label) && e.label!.number === label.number);
		if (!entry) return row;
		taken.add(entry.item);
		return { ...row, lede: entry.item.children, description: entry.label!.rest };
	});
	return { ...files, rows };
}

/** What the report calls the units' files: "Markdown files", "notebooks", or "Markdown files and notebooks". */
function lessonFiles(units: readonly Unit[]): string {
	const notebooks = units.filter((unit) => isNotebook(unit.file.path)).length;
	return notebooks === 0 ? 'Markdown files' : notebooks === units.length ? 'notebooks' : 'Markdown files and notebooks';
}

// Words that mark a section's courses as electives, in the languages plans are most often written in. Only a hint:
// the importer marks the group `choose: 1` and asks the author to check.
const ELECTIVE = /\b(?:choose|elective|electives|optional|pick one|select one)\b|elige|optativ|wahlpflicht|wählen|au choix|выбор|选修|選択/iu;

/** Each table's section is a group; a section holding several of them is their parent group. */
function tableGroups(index: PlanFile, sections: readonly Section[], title: Section | null, tables: ReadonlyArray<{ position: number; table: Table; columns: Columns; units: Unit[] }>): Group[] {
	const groups: Group[] = [];
	const groupOfSection = new Map<Section, number>();
	const introOf = (s: Section) => {
		const stop = index.tree.children.findIndex((n, i) => i > s.index && (n.type === 'heading' || n.type === 'table'));
		return index.tree.children.slice(s.index + 1, stop < 0 ? s.end : Math.min(stop, s.end));
	};
	const groupFor = (s: Section): number => {
		const known = groupOfSection.get(s);
		if (known !== undefined) return known;
		const intro = introOf(s);
		groups.push({ rawTitle: s.raw, label: s.label, heading: s.heading, intro, ...(ELECTIVE.test(toString(root(intro))) ? { elective: true } : {}) });
		groupOfSection.set(s, groups.length - 1);
		return groups.length - 1;
	};
	const holders = (position: number) => sections.filter((s) => s !== title && s.index < position && s.end > position);
	const leaves = tables.map((t) => holders(t.position).at(-1));
	// A parent: the section right above a leaf section, when it holds leaves of at least two tables. Leaves at the
	// shallowest level have none: what holds them holds everything ("# Curriculum").
	const topLevel = Math.min(...leaves.flatMap((l) => (l ? [l.level] : [])));
	for (const [i, t] of tables.entries()) {
		const leaf = leaves[i];
		let leafIndex: number | undefined;
		if (leaf) {
			const parent = holders(t.position).filter((s) => s.level < leaf.level && s.level >= topLevel).at(-1);
			const siblings = parent ? new Set(leaves.filter((l) => l && l.index > parent.index && l.index < parent.end)) : new Set();
			const parentIndex = parent && siblings.size >= 2 ? groupFor(parent) : undefined;
			leafIndex = groupFor(leaf);
			if (parentIndex !== undefined && leafIndex !== parentIndex) groups[leafIndex]!.parent = parentIndex;
			for (const unit of t.units) unit.group = leafIndex;
		}
		// A column naming each row's part makes the parts groups, inside the table's section (groups nest one level).
		const parts = t.columns.part === null || (leafIndex !== undefined && groups[leafIndex]!.parent !== undefined) ? [] : partsOfRows(t.table, t.columns);
		const partGroups = new Map<string, number>();
		parts.forEach((part, u) => {
			if (!partGroups.has(part)) {
				groups.push({ rawTitle: part, label: null, intro: [], ...(leafIndex !== undefined ? { parent: leafIndex } : {}) });
				partGroups.set(part, groups.length - 1);
			}
			t.units[u]!.group = partGroups.get(part)!;
		});
	}
	return groups;
}

