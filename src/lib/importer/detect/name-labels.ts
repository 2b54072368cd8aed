/**
 * Unit labels that the names of sibling files or folders give them: "week01_intro" … "week03_rl" are weeks 1 to 3,
 * "week0_01_bayes" … "week0_11_nlp" weeks 1 to 11, "L03-loops" lesson 3, "第1周" … "第3周" weeks 1 to 3.
 */
import { upperFirst } from '../lines.ts';
import { kindOfWord, LETTER_WORDS, parseUnitLabel, type UnitLabel } from './label.ts';

// A word, then a number that ends it ("md5@…" is a name, "neo4j" too), maybe a second number ("week0_01", "w01_02").
const NAME_NUMBERS = /^(?<word>\p{L}*)[-_ ]?(?<a>\d{1,3})(?![\d\p{L}])(?:[-_.](?<b>\d{1,3})(?![\d\p{L}]))?(?<rest>.*)$/u;

// A path that starts with a number, bare or after a word ("01-intro.md", "day03.md", "Day-01/README.md",
// "02-basics/01-vars.md"): the file is a lesson in order, not a note beside the plan ("roles/apache2/README.md").
// The number ends its word: "md5@…" and "n1-problem" may be lessons, "neo4j" is a name. A bare number may take one
// letter before the name goes on ("01a-Git/", "01b-GitHub/"): lessons slotted in between, as an outline letters them.
// Chinese and Japanese put the number between 第 and the unit word ("第1周/", "第03章-函数.md").
export const NUMBERED_PATH = /^(?:(?<word>\p{L}*)[-_ ]?(?<n>\d{1,3})(?:(?<=^\d+)\p{L}(?=[-_ ./]|$))?(?![\d\p{L}])|第\s*\d{1,3}\s*\p{L})/u;

/** The label a folder's name gives it ("Semana-01-Scratch" is Semana 1, "(day-1)-greeting-me" Day 1), or null. */
export function folderLabel(folder: string) {
	const name = folder.replace(/^[([]/, '');
	const named = NUMBERED_PATH.exec(name)?.groups;
	const label = named?.['word'] ? parseUnitLabel(`${named['word']} ${Number(named['n'])}`) : named && !named['n'] ? parseUnitLabel(name) : null;
	return label?.word ? label : null;
}

export interface NameLabel {
	label: UnitLabel;
	/** The name after its label, as written ("naive_bayes"), or "". */
	rest: string;
}

/**
 * Each name's label, when all of them open with one word and rising numbers; null otherwise. Names holding two numbers
 * count by the one that changes from name to name: in "week0_01" … "week0_11" the first is the course's, not the week's.
 */
export function nameLabels(names: readonly string[]): NameLabel[] | null {
	// Chinese and Japanese put the number between 第 and the unit word ("第1周", "第02周-函数"): labels as in headings.
	const counted = names.map((name) => (name.startsWith('第') ? parseUnitLabel(name.replace(/[-_]+/g, ' ')) : null));
	if (counted.every((label, i) => label?.kind && label.word === counted[0]!.word && (i === 0 || label.number > counted[i - 1]!.number))) {
		return counted.map((label) => ({ label: { ...label!, rest: '' }, rest: label!.rest }));
	}
	const named = names.map((name) => NAME_NUMBERS.exec(name)?.groups);
	const word = named[0]?.['word']?.toLocaleLowerCase();
	if (!word || named.some((g) => g?.['word']?.toLocaleLowerCase() !== word)) return null;
	const bySecond = names.length > 1 && new Set(named.map((g) => Number(g!['a']))).size === 1 && named.every((g) => g!['b'] !== undefined);
	const numbers = named.map((g) => Number(bySecond ? g!['b'] : g!['a']));
	if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!)) return null;
	const shown = word.length === 1 ? LETTER_WORDS[word] : upperFirst(word);
	if (!shown) return null;
	const kind = kindOfWord(shown);
	// Second numbers that each end a span before the next name's starts ("aula-01-02", "aula-03-04", "aula-09-14") are
	// ranges: each name holds the lessons from its first number to its second.
	const ends = bySecond || names.length < 2 ? [] : named.map((g) => Number(g!['b'] ?? NaN));
	const ranges = ends.length > 0 && ends.every((end, i) => end > numbers[i]! && (i === ends.length - 1 || end < numbers[i + 1]!));
	return named.map((g, i) => {
		const rest = (bySecond || ranges || g!['b'] === undefined ? g!['rest']! : `${g!['b']}${g!['rest']}`).replace(/^[-_ .]+/, '');
		const label = ranges ? { number: numbers[i]!, numberTo: ends[i]!, text: `${shown} ${numbers[i]}-${ends[i]}` } : { number: numbers[i]!, text: `${shown} ${numbers[i]}` };
		return { label: { word: shown, kind, ...label, rest: '' }, rest };
	});
}
