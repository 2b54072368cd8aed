/** Files of one folder whose names carry the same unit number: one unit's materials ("week1_slides.md", "week1_lab.ipynb"). */
import type { PlanFile } from '../plan.ts';
import { kindOfWord, LETTER_WORDS } from './label.ts';
import { unitLesson } from './numbered-chapters.ts';

// A name's unit number: after a unit word ("week1_", "Day-03", "w01") or bare at its start ("01_lecture"), ending its
// word ("neo4j" is a name), then maybe a second number that numbers the file inside the unit ("day01_00Intro").
// A year or other long number is no unit's ("2024-notes.md"), nor is one with a letter slotted after it ("01a-git").
const UNIT_NUMBER = /^(?<word>\p{L}*)[-_ ]?(?<n>\d{1,3})(?![\d\p{L}])(?<inner>[-_. ]?\d)?/u;

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const stemOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');

/**
 * The series a file's name numbers it in, and its number there: a unit word's ("week 1") or a bare number's. Null for
 * any other word before the number ("python3", "v1"), and when a second number follows it, maybe after a word: a
 * book's "01.02-…", a course's "class_01_2_…" or "week01_day2" numbers a lesson of its unit, each a lesson of its own
 * (see numberedChapters).
 */
function unitNumber(path: string): { series: string; number: number } | null {
	const named = UNIT_NUMBER.exec(stemOf(path))?.groups;
	if (!named || named['inner'] || unitLesson(stemOf(path))) return null;
	const word = named['word']!.toLocaleLowerCase();
	const unitWord = word === '' || kindOfWord(LETTER_WORDS[word] ?? word) !== null;
	return unitWord ? { series: `${folderOf(path)}\n${word}`, number: Number(named['n']) } : null;
}

/**
 * Files beside each other that share their unit number in a series of two numbers or more ("week1_intro.ipynb" and
 * "week1_slides.md" beside "week2_slides.md"): each unit is one, shown by the file named by its number alone, whose name
 * the others go on ("day02.md" before "day02_exercises.md"), else by its first file in name order, the others (`files`
 * order) joining its page. Each such other file, and the file it joins. A number every file shares ("week0_01_bayes" …
 * "week0_11_nlp") numbers the course, not its units.
 */
export function sharedNumberParts(files: readonly PlanFile[]): Map<PlanFile, PlanFile> {
	const numbered = files.flatMap((file) => {
		const place = unitNumber(file.path);
		return place ? [{ file, ...place }] : [];
	});
	const parts = new Map<PlanFile, PlanFile>();
	for (const series of Map.groupBy(numbered, (entry) => entry.series).values()) {
		const units = Map.groupBy(series, (entry) => entry.number);
		if (units.size < 2) continue;
		for (const unit of units.values()) {
			const lead = unit.find((entry) => unit.every((other) => stemOf(other.file.path).toLowerCase().startsWith(stemOf(entry.file.path).toLowerCase()))) ?? unit[0]!;
			for (const other of unit) if (other !== lead) parts.set(other.file, lead.file);
		}
	}
	return parts;
}
