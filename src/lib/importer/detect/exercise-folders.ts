/** A lesson's exercise folders: the folders under a lesson's page that hold parts of it, not lessons. */
import type { Heading } from 'mdast';
import { collapsible } from '../markdown/admonitions.ts';
import { isFolderIndex, nameTitle, type PlanFile } from '../plan.ts';

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).toLowerCase();
const titledByOneHeading = (file: PlanFile) => file.tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 1).length === 1;

/** A file of a lesson's exercise folder: the lesson's page it joins, and the file as that page shows it. */
export interface ExercisePart {
	page: PlanFile;
	shown: PlanFile;
}

const folded = (file: PlanFile): PlanFile => ({ ...file, tree: { ...file.tree, children: collapsible(nameTitle(file.path), file.tree.children) } });

/**
 * The files of the folders under a lesson's page ("01-hello/1-alert/task.md" and "…/solution.md" under
 * "01-hello/article.md"), each with the page they join. A lesson's page is the one file of its folder, not a README or
 * index (those introduce the lessons under them), and named as the plan's lessons are: two folders or more hold only a
 * file of that name. A folder under it that holds no file of that name and no README or index has no lesson of its
 * own: its files are the lesson's exercises and go on its page after its text, folder by folder, each folder's file
 * titled by one `#` heading first (a task before its solution, whose name may sort first). The untitled files after that
 * task are its answers, which its site shows on demand ("solution" behind a button): each is folded under its name.
 */
export function exerciseParts(files: readonly PlanFile[]): Map<PlanFile, ExercisePart> {
	const byFolder = Map.groupBy(files, (file) => folderOf(file.path));
	const sole = [...byFolder].flatMap(([folder, own]) => (folder && own.length === 1 && !isFolderIndex(nameOf(own[0]!.path)) ? [own[0]!] : []));
	const lessonNames = new Set([...Map.groupBy(sole, (page) => nameOf(page.path))].flatMap(([name, pages]) => (pages.length >= 2 ? [name] : [])));
	const parts = new Map<PlanFile, ExercisePart>();
	for (const page of sole.filter((file) => lessonNames.has(nameOf(file.path)))) {
		const folder = folderOf(page.path);
		const under = files.filter((file) => file !== page && file.path.startsWith(folder));
		const subfolders = Map.groupBy(under, (file) => file.path.slice(folder.length).split('/')[0]!);
		for (const inside of subfolders.values()) {
			if (inside.some((file) => isFolderIndex(nameOf(file.path)) || nameOf(file.path) === nameOf(page.path))) continue;
			const tasks = inside.filter(titledByOneHeading);
			for (const file of tasks) parts.set(file, { page, shown: file });
			for (const file of inside.filter((file) => !titledByOneHeading(file))) parts.set(file, { page, shown: tasks.length === 1 ? folded(file) : file });
		}
	}
	return parts;
}
