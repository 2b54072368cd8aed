/**
 * Unit labels that the names of sibling files or folders give them: "week01_intro" … "week03_rl" are weeks 1 to 3,
 * "week0_01_bayes" … "week0_11_nlp" weeks 1 to 11, "L03-loops" lesson 3.
 */
import { upperFirst } from '../lines.ts';
import { kindOfWord, type UnitLabel } from './label.ts';

// A word, then a number that ends it ("md5@…" is a name, "neo4j" too), maybe a second number ("week0_01", "w01_02").
const NAME_NUMBERS = /^(?<word>\p{L}*)[-_ ]?(?<a>\d{1,3})(?![\d\p{L}])(?:[-_.](?<b>\d{1,3})(?![\d\p{L}]))?(?<rest>.*)$/u;

// One letter before a number abbreviates a unit word the way courses name their folders ("L03-loops", "W2_intro",
// "M1"); any other letter ("S1" is a session, a semester or a semana; "P2" a part or a phase) only numbers them.
const LETTER_WORDS: Record<string, string> = { w: 'Week', d: 'Day', m: 'Module', u: 'Unit', l: 'Lesson' };

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
