/**
 * What names a group, or a unit, when a slug cannot spell its title ("יסודות פייתון", "列表"): the files it is made of.
 * A unit's is its file's name ("05_lists.md" → "lists"; a README's or index's, its folder's). A group's are the
 * folders its pages are in, when they hold none of another group's ("notebooks/", or "notes/" and "exam_questions/"
 * for a part made of both), else its first page's file name, as the first of its units is.
 */
import { isFolderIndex, type Group, type Unit } from './plan.ts';

const withoutNumbering = (name: string) => name.replace(/\.[^.]*$/, '').replace(/^[\d_\-. ]+/, '');

/** The name a unit's own file gives it, numbers in front left out; '' for a unit that is part of a file. */
export function unitFileName(unit: Unit): string {
	if (!unit.ownsFile) return '';
	const segments = unit.file.path.split('/');
	return withoutNumbering(isFolderIndex(segments.at(-1)!) ? (segments.at(-2) ?? '') : segments.at(-1)!);
}

const folderOf = (unit: Unit) => unit.file.path.split('/').slice(0, -1).join('/');

/** The names (a folder's, or a file's) the files of the group at `at` give it, in order; [] when its units own no file. */
export function groupFileNames(at: number, groups: readonly Group[], units: readonly Unit[]): string[] {
	const within = (group: number | undefined): boolean => group !== undefined && (group === at || within(groups[group]!.parent));
	const members = units.filter((unit) => unit.ownsFile && within(unit.group));
	const folders = [...new Set(members.map(folderOf))];
	const others = units.filter((unit) => unit.ownsFile && !within(unit.group));
	if (folders.length > 0 && !folders.includes('') && !others.some((unit) => folders.includes(folderOf(unit)))) return folders.map((folder) => withoutNumbering(folder.split('/').at(-1)!));
	const first = members[0];
	return first ? [unitFileName(first)] : [];
}
