/** Labelled units that link nothing, over a folder of files numbered as they are ("Chapter 1: …" and "01_….ipynb"). */
import { nameTitle, type PlanFile, type Unit, words } from '../plan.ts';
import { folderOf } from './linked-files.ts';
import { withFolderText } from './unit-folders.ts';

// "01_Basic_Prompt_Structure.ipynb", "2-loops.md": a number opening the name, then words ("10.1_Appendix" is no 10).
const LEADING_NUMBER = /^(\d{1,3})[-_ ]+\p{L}/u;

// Words of four letters or more: the words a title and a file name share that are not "and", "for" or "the".
const longWords = (text: string) => new Set(words(text).filter((word) => word.length >= 4));

/** Whether a file's name says what the unit's title says, in a word at least ("Using Examples" and "07_Using_Examples_Few-Shot"). */
function agrees(unit: Unit, file: PlanFile): boolean {
	const named = longWords(nameTitle(file.path));
	return [...longWords(unit.label?.rest || unit.rawTitle)].some((word) => named.has(word));
}

/**
 * Units labelled and numbered that link no file ("- **Chapter 1:** Basic Prompt Structure") with the text of the file
 * of their number in the folder numbering files so ("Anthropic 1P/01_Basic_Prompt_Structure.ipynb"), when every unit's
 * title agrees with its file's name: the chapters are those files. Of several such folders, the one nearest the plan
 * (a translation or a copy for another platform lies deeper); two at that depth are no one plan's.
 */
export function withNumberedFiles(units: readonly Unit[], files: readonly PlanFile[]): Unit[] {
	if (units.length < 2 || units.some((unit) => !unit.label || (unit.companions?.length ?? 0) > 0)) return [...units];
	const matches = [...Map.groupBy(files, (file) => folderOf(file.path)).entries()].flatMap(([folder, inFolder]) => {
		const byNumber = Map.groupBy(inFolder, (file) => Number(LEADING_NUMBER.exec(file.path.slice(folder.length))?.[1] ?? NaN));
		const chosen = units.map((unit) => byNumber.get(unit.label!.number));
		const all = chosen.every((found, i) => found?.length === 1 && agrees(units[i]!, found[0]!));
		return all ? [{ depth: folder.split('/').length, chosen: chosen.map((found) => found![0]!) }] : [];
	});
	const nearest = Math.min(...matches.map((m) => m.depth));
	const best = matches.filter((m) => m.depth === nearest);
	return best.length === 1 ? units.map((unit, i) => withFolderText(unit, best[0]!.chosen[i]!)) : [...units];
}
