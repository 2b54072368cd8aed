/**
 * What names a group, or a unit, when a slug cannot spell its title ("יסודות פייתון", "列表"): the files it is made of.
 * A unit's is its file's name ("05_lists.md" → "lists"; a README's or index's, its folder's); a group's, its folder.
 */
import { isFolderIndex, type Group, type Unit } from './plan.ts';

const withoutNumbering = (name: string) => name.replace(/\.[^.]*$/, '').replace(/^[\d_\-. ]+/, '');

/** The name a unit's own file gives it, numbers in front left out; '' for a unit that is part of a file. */
export function unitFileName(unit: Unit): string {
	if (!unit.ownsFile) return '';
	const segments = unit.file.path.split('/');
	return withoutNumbering(isFolderIndex(segments.at(-1)!) ? (segments.at(-2) ?? '') : segments.at(-1)!);
}

const foldersOf = (unit: Unit) => unit.file.path.split('/').slice(0, -1);
const isIn = (folder: readonly string[], within: readonly string[]) => within.every((segment, i) => folder[i] === segment);
const sharedFolder = (a: readonly string[], b: readonly string[]) => {
	const differs = a.findIndex((segment, i) => b[i] !== segment);
	return differs < 0 ? a : a.slice(0, differs);
};

/**
 * The names (a folder's, or a file's) the files of the group at `at` give it; [] when its units own no file. The
 * folder that holds its pages, when it holds no other group's; else the two folders that do between them
 * ("notes/", "exam_questions/"); else its first page's file name.
 */
export function groupFileNames(at: number, groups: readonly Group[], units: readonly Unit[]): string[] {
	const within = (group: number | undefined): boolean => group !== undefined && (group === at || within(groups[group]!.parent));
	const members = units.filter((unit) => unit.ownsFile && within(unit.group)).map(foldersOf);
	const others = units.filter((unit) => unit.ownsFile && !within(unit.group)).map(foldersOf);
	const first = units.find((unit) => unit.ownsFile && within(unit.group));
	if (!first) return [];
	const common = members.reduce<readonly string[]>(sharedFolder, members[0]!);
	const theirs = (folder: readonly string[]) => folder.length > 0 && !others.some((other) => isIn(other, folder));
	if (theirs(common)) return [withoutNumbering(common.at(-1)!)];
	const branches = [...new Set(members.filter((folder) => folder.length > common.length).map((folder) => folder[common.length]!))];
	if (branches.length <= 2 && members.every((folder) => folder.length > common.length) && branches.every((branch) => theirs([...common, branch]))) return branches.map(withoutNumbering);
	return [unitFileName(first)];
}
