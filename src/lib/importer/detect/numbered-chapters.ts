/** Files of one folder numbered chapter and section in their names: each chapter's files are one group. */
import { kindOfWord, LETTER_WORDS, parseUnitLabel, type UnitLabel, wordKey } from './label.ts';

// "01.00-IPython.ipynb", "01.01-Help.ipynb", "02.00-NumPy.ipynb": files numbered chapter.section.
const CHAPTER_SECTION = /^(\d{1,3})\.(\d{1,3})(?![\d.])/;
// "class_01_2_intro", "week1_lesson2", "day01_00Introduction": a unit word and its number, then the lesson's number in
// the unit, maybe after a word of its own. The first such pair whose word is a unit's counts ("t81_558_class_01_1":
// the course's code before it is no unit).
const UNIT_LESSON = /(?<![\p{L}\p{N}])(?<head>(?<word>\p{L}+)[-_ ]?(?<n>\d{1,3}))[-_. ](?:\p{L}+[-_ ]?)?(?<m>\d{1,3})(?!\d)/gu;

interface Numbered {
	stem: string;
	chapter: number;
	section: number;
	/** The chapter's label, when a unit word numbers it ("Class 1"). */
	label?: UnitLabel;
	/** The name up to the chapter's number ("t81_558_class_01"), which keys the chapter without a file opening it. */
	head?: string;
}

/** The unit and lesson a name numbers ("class_01_2_intro": class 1, lesson 2), when a unit word numbers the unit. */
export function unitLesson(stem: string): Numbered | null {
	for (const match of stem.matchAll(UNIT_LESSON)) {
		const g = match.groups!;
		const word = LETTER_WORDS[g['word']!.toLocaleLowerCase()] ?? g['word']!;
		const label = kindOfWord(word) ? parseUnitLabel(`${word} ${Number(g['n'])}`) : null;
		if (label?.word) return { stem, chapter: Number(g['n']), section: Number(g['m']), label: { ...label, rest: '' }, head: stem.slice(0, match.index + g['head']!.length) };
	}
	return null;
}

function dotted(stem: string): Numbered | null {
	const match = CHAPTER_SECTION.exec(stem);
	return match ? { stem, chapter: Number(match[1]), section: Number(match[2]) } : null;
}

/**
 * A course's files in one folder numbered chapter and section, most of them: a book's "01.00-IPython", "01.01-Help",
 * "02.00-NumPy", or a course's "class_01_1_overview", "class_01_2_intro_python", "class_02_1_pandas" (a unit word and
 * its number, then the lesson's). Each chapter's files are its chapter, opened by its section 0 when it has one, as a
 * chapter folder is by the file beside it. A book's chapters need two openers or more; a course's unit word labels its
 * chapters ("Class 1"), which need two of them or more with two lessons or more (one lesson each, "week_01_02",
 * "week_03_04" are ranges of weeks, not lessons). The chapter of each such file (its opener's stem, else the name up
 * to the chapter's number), and the labels of the chapters a unit word numbers.
 */
export function numberedChapters(stems: readonly string[]): { chapterOf: Map<string, string>; labels: Map<string, UnitLabel> } {
	const none = { chapterOf: new Map<string, string>(), labels: new Map<string, UnitLabel>() };
	const flat = stems.filter((stem) => !stem.includes('/'));
	const byDots = flat.flatMap((stem) => dotted(stem) ?? []);
	const byWords = flat.flatMap((stem) => unitLesson(stem) ?? []);
	const worded = byWords.length > byDots.length && byWords.every((file) => wordKey(file.label!) === wordKey(byWords[0]!.label!));
	const numbered = worded ? byWords : byDots;
	if (numbered.length * 2 < stems.length) return none;
	const chapters = Map.groupBy(numbered, (file) => file.chapter);
	const openers = new Map(numbered.filter((file) => file.section === 0).map((file) => [file.chapter, file.stem]));
	const enough = worded ? chapters.size >= 2 && [...chapters.values()].filter((files) => files.length >= 2).length >= 2 : openers.size >= 2;
	if (!enough) return none;
	const keyOf = (file: Numbered) => openers.get(file.chapter) ?? (worded ? chapters.get(file.chapter)![0]!.head! : null);
	const chapterOf = new Map(numbered.flatMap((file) => (keyOf(file) === null ? [] : [[file.stem, keyOf(file)!] as const])));
	const labels = new Map(worded ? numbered.map((file) => [keyOf(file)!, file.label!] as const) : []);
	return { chapterOf, labels };
}
