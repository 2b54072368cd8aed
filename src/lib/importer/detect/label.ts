/**
 * Unit labels: the word and number a plan puts before a unit's title ("PHASE 1 (Month 1): …", "Week 1-2:",
 * "Día 3 —", "Урок 4.", "第5天", "1. …"), or after it ("… | Day 1"). Any word in any script can be a unit word; the
 * detection rules decide by repetition (the same word with rising numbers), and the known words below only choose
 * the unit's `kind`.
 */
import type { Duration } from '../../../schemas/common.ts';
import type { PhaseData } from '../../../schemas/roadmap.ts';
import { foldDigits, inDigitsOf } from '../digits.ts';
import { AND_WORDS, amountValue, numberWordValues, parseDuration, RANGE_WORDS } from '../durations.ts';

export interface UnitLabel {
	/** The unit word as written, or the one it abbreviates ("Week" for "Wk"), or null for plain numbering ("1."). */
	word: string | null;
	/** The kind the word names, when it is one we know in some language. */
	kind: PhaseData['kind'] | null;
	number: number;
	/** Last number of a range label, "Week 1-2". */
	numberTo?: number;
	/** Parenthesised text right after the number: "(Month 1)". */
	extra?: string;
	/** The label as the source writes it, normalised in case: "Phase 1 (Month 1)", "Week 1-2", "Día 3". */
	text: string;
	/** What follows the label: the title, possibly with a duration or status. */
	rest: string;
	/** A week the schedule's dates count, not one the author wrote: worded in the plan's language once it is known. */
	dated?: true;
}

type Kind = PhaseData['kind'];

// Words plans use for their units, in the languages plans on the web are most often written in (Persian, Arabic,
// Hebrew, Hindi and Thai last; Thai ones also with the ordinal suffix of "สัปดาห์ที่ 1", which kindOfWord reads). Lower
// case, singular and plural; a word not listed still makes a unit when it repeats with rising numbers.
const KIND_WORDS: Record<Kind, string[]> = {
	phase: ['phase', 'phases', 'fase', 'fases', 'etap', 'etapy', 'этап', 'етап', 'фаза', 'giai đoạn', 'tahap', '阶段', '段階', '단계', 'مرحله', 'مرحلة', 'المرحلة', 'שלב', 'चरण', 'ระยะ'],
	month: ['month', 'months', 'mes', 'meses', 'mois', 'monat', 'monate', 'mese', 'mesi', 'месяц', 'месяцы', 'місяць', 'місяці', 'miesiąc', 'miesiące', 'miesięcy', 'ay', 'tháng', 'bulan', '月', '개월', 'ヶ月目', 'か月目', 'ماه', 'شهر', 'الشهر', 'חודש', 'महीना', 'เดือน'],
	week: ['week', 'weeks', 'semana', 'semanas', 'semaine', 'semaines', 'woche', 'wochen', 'kw', 'kalenderwoche', 'settimana', 'settimane', 'неделя', 'недели', 'недель', 'тиждень', 'тижні', 'тижнів', 'tydzień', 'tygodnie', 'tygodni', 'týden', 'týdny', 'hafta', 'tuần', 'minggu', 'pekan', '周', '週', '주차', '주', '週目', 'هفته', 'أسبوع', 'الأسبوع', 'שבוע', 'सप्ताह', 'हफ्ता', 'हफ़्ता', 'สัปดาห์'],
	day: ['day', 'days', 'día', 'dia', 'días', 'dias', 'jour', 'jours', 'tag', 'tage', 'giorno', 'giorni', 'день', 'дни', 'дн', 'дні', 'dzień', 'dni', 'gün', 'ngày', 'hari', '天', '日', '일차', '일', '日目', 'روز', 'يوم', 'اليوم', 'יום', 'दिन', 'วัน'],
	step: ['step', 'steps', 'task', 'tasks', 'paso', 'pasos', 'passo', 'étape', 'schritt', 'шаг', 'krok', '步', '任务', '任務', 'گام', 'خطوة', 'الخطوة', 'צעד', 'ขั้นตอน'],
	stage: ['stage', 'stages', 'etapa', 'stufe', 'стадия', 'aşama', 'مرحلہ'],
	module: ['module', 'modules', 'módulo', 'modulo', 'modul', 'moduł', 'moduły', 'modül', 'модуль', '模块', 'ماژول', 'मॉड्यूल', 'โมดูล'],
	course: ['course', 'courses', 'curso', 'cours', 'kurs', 'corso', 'курс', 'khóa học', '课程', 'دوره', 'دورة', 'קורס'],
	// A course's sessions, classes and lectures are its lessons too.
	lesson: ['lesson', 'lessons', 'session', 'sessions', 'class', 'classes', 'lecture', 'lectures', 'lección', 'leccion', 'sesión', 'sesion', 'sesiones', 'clase', 'clases', 'lição', 'aula', 'aulas', 'sessão', 'sessões', 'leçon', 'séance', 'séances', 'lektion', 'sitzung', 'vorlesung', 'lezione', 'lezioni', 'sessione', 'урок', 'занятие', 'лекция', 'заняття', 'лекція', 'lekcja', 'zajęcia', 'wykład', 'lekce', 'přednáška', 'ders', 'bài', 'bài học', 'bài giảng', 'buổi', 'pelajaran', 'pertemuan', 'sesi', '课', '讲', '講', 'レッスン', '강', '차시', '回', 'درس', 'جلسه', 'الدرس', 'محاضرة', 'المحاضرة', 'جلسة', 'الجلسة', 'שיעור', 'הרצאה', 'מפגש', 'पाठ', 'व्याख्यान', 'सत्र', 'บทเรียน'],
	chapter: ['chapter', 'chapters', 'capítulo', 'capitulo', 'chapitre', 'kapitel', 'capitolo', 'глава', 'rozdział', 'kapitola', 'bölüm', 'chương', 'bab', '章', '장', 'فصل', 'الفصل', 'פרק', 'अध्याय', 'розділ', 'บท'],
	part: ['part', 'parts', 'parte', 'partie', 'teil', 'часть', 'частина', 'część', 'kısım', 'phần', 'bagian', '部分', 'بخش', 'جزء', 'الجزء', 'חלק', 'भाग', 'ส่วน'],
	unit: ['unit', 'units', 'unidad', 'unidade', 'unité', 'einheit', 'unità', 'раздел', 'jednostka', 'ünite', '单元', 'وحدة', 'الوحدة', 'יחידה', 'इकाई', 'หน่วย'],
	section: ['section', 'sections', 'sección', 'seção', 'abschnitt', 'sezione', 'секция', 'قسم', 'القسم'],
};
const KIND_OF_WORD = new Map(Object.entries(KIND_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind as Kind])));

// Thai counts a unit with the ordinal suffix ที่ joined to its word: "สัปดาห์ที่ 1" is week 1.
const THAI_ORDINAL = /(?<=\p{Script=Thai})ที่$/u;

export function kindOfWord(word: string): Kind | null {
	const lower = word.toLocaleLowerCase();
	return KIND_OF_WORD.get(lower) ?? KIND_OF_WORD.get(lower.replace(THAI_ORDINAL, '')) ?? null;
}

// Persian joins a word to the one after it with the ezafe, often written as a letter of its own after a zero-width
// non-joiner: "هفته‌ی اول", "هفته‌ی ۱" (week one). It belongs to neither the unit word nor its number.
const EZAFE = '(?:\u200c\u06cc)?';
// Indonesian and Malay make a number an ordinal with the prefix "ke-": "Minggu ke-3", "Pertemuan ke-2" (the third
// week, the second meeting). The label keeps it.
const ORDINAL_PREFIX = String.raw`(?:(?<ordinal>[kK]e-?)\s*)?`;

// What sets a label apart from its title: a colon, full stop, bar, dash or middle dot ("Week 1 · Day 2", "第1週・基礎"),
// in full width too as text in Chinese and Japanese writes them ("Task 01：函数"); after their own labels, the
// enumeration comma too ("第一章、概述").
const SEPARATOR = String.raw`[:.|\-–—：．｜·・]`;
const CJK_SEPARATOR = String.raw`[:.|\-–—：．｜、·・]`;

/** The known unit words that `pattern` matches, as a regular expression alternation, longest first. */
const knownWords = (pattern: RegExp) =>
	[...KIND_OF_WORD.keys()]
		.filter((word) => pattern.test(word))
		.sort((a, b) => b.length - a.length)
		.join('|');
// Known unit words of two words, in either case of their first letter ("Giai đoạn", "giai đoạn").
const TWO_WORD_UNITS = knownWords(/\s/u)
	.split('|')
	.map((word) => `[${word[0]!.toLocaleUpperCase()}${word[0]}]${word.slice(1)}`)
	.join('|');
// One letter before a number abbreviates a unit word the way courses name their folders ("L03-loops", "W2_intro",
// "M1"); any other letter ("S1" is a session, a semester or a semana; "P2" a part or a phase) only numbers them.
export const LETTER_WORDS: Record<string, string> = { w: 'Week', d: 'Day', m: 'Module', u: 'Unit', l: 'Lesson' };
// Unit words as schedules abbreviate them, with or without a full stop, wherever they are: "Wk. 3" is only ever a
// week. They name a unit only as a label, before its number, so kindOfWord does not know them. Any other abbreviation
// is read where its context names the word it shortens (see parseUnitLabel's unitWord): "Sem 1" is a week under a
// table's "Semaine" and a semester in English and Indian curricula.
const ABBREVIATED_WORDS: Record<string, string> = { wk: 'Week' };
/**
 * Whether `short`, two letters or more and no unit word of its own, begins the known unit word `word` and so may
 * stand for it ("Sem", "Semaine").
 */
const abbreviates = (short: string, word: string) =>
	short.length >= 2 && short.length < word.length && kindOfWord(short) === null && kindOfWord(word) !== null && word.toLocaleLowerCase().startsWith(short.toLocaleLowerCase());

// "<word> <n>[-<n2>] [(extra)] [: . | - –] rest": a word (any script) followed by a number; "3~4" is a range too, as is
// "1 bis 2" in words, and a range may name its word again ("Day21~Day30"). Two numbers in a row joined by "and" in any
// of the languages ("Weeks 3 and 4", "جلسه 7 و 8") span the same units as a range.
// A known unit word may touch its number ("Day01", "Week2") or be joined to it by a hyphen ("Day-1", "Week-02");
// any other may not ("Python3", "HTML5", "COVID-19" are names).
// Vietnamese writes some unit words in two ("giai đoạn", "bài học"): only known ones, since any other two words
// before a number ("Java Part 1") are a title. A number touching letters ("3D", "2FA") ends no range.
const WORD_LABEL = new RegExp(
	String.raw`^[^\p{L}\p{N}]*?(?<word>${TWO_WORD_UNITS}|\p{L}[\p{L}\p{M}]*)(?<stop>\.)?${EZAFE}(?<gap>\s*)(?<joint>(?<=\p{L})-)?${ORDINAL_PREFIX}(?<n>\d{1,3})(?:(?:\s*[-–~～〜]\s*|\s+(?:${RANGE_WORDS})\s+|(?<and>\s*&\s*|\s+(?:${AND_WORDS})\s+))(?:\k<word>\s*)?(?<n2>\d{1,3})(?!\p{L}))?(?![\p{N}]|[.,:]\d|\s*%)\s*(?:\*\*|__)?\s*(?<extra>\([^)]*\))?\s*(?:\*\*|__)?\s*(?:${SEPARATOR}\s*)?(?<rest>.*)$`,
	'du',
);
// Chinese and Japanese unit words of more than one character ("阶段", "模块"); any other is one character.
const CJK_UNIT_WORDS = knownWords(/^[\p{Script=Han}\p{Script=Katakana}]{2,}$/u);
// "第5天", "第 3 周", "第1-2周", "第二阶段", "第一个月" (a measure word before the unit's): a number (digits or numerals) between a prefix and the unit word, as Chinese and Japanese plans write it.
const CJK_LABEL = new RegExp(`^[^\\p{L}\\p{N}]*?第\\s*(?<n>\\d{1,3}|[一二两兩三四五六七八九十]{1,3})(?:\\s*[-–~～〜]\\s*(?<n2>\\d{1,3}|[一二两兩三四五六七八九十]{1,3}))?\\s*(?<measure>[个個](?=\\p{L}))?(?<word>${CJK_UNIT_WORDS}|\\p{L})\\s*(?:${CJK_SEPARATOR}\\s*)?(?<rest>.*)$`, 'du');
// "1주차: 자바 기초", "2週目：並行処理", "3일차": Korean and Japanese count with the number first, then a counter word
// (only the known ones: "3 Reasons to…" is no label). A counter that measures time instead ("3天", "2周", "19日間",
// "3일") states a length, not a position: "3天：HTML" is three days of HTML, where day 3 is "第3天" or "3日目".
const COUNTER_WORDS = knownWords(/^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u)
	.split('|')
	.filter((word) => parseDuration(`1${word}`) === null)
	.join('|');
const COUNTER_LABEL = new RegExp(`^[^\\p{L}\\p{N}]*?(?<n>\\d{1,3})(?:\\s*[-–~～〜]\\s*(?<n2>\\d{1,3}))?\\s*(?<word>${COUNTER_WORDS})(?![\\p{L}\\p{N}])\\s*(?:${CJK_SEPARATOR}\\s*)?(?<rest>.*)$`, 'du');
// Chinese, Japanese and Korean titles follow their number with no space ("1.技术复习", "2、数据结构").
// A hyphen between spaces numbers a title too ("## 1 - Programming"), before a word: "1 - 2" is a range.
const NUMBER_LABEL = /^[^\p{L}\p{N}]*?(?<n>\d{1,3})(?:(?:[.)]|\s+[—–])\s+|\s+-\s+(?=\p{L})|[.)．、](?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]))(?<rest>\S.*)$/du;
// "II. Frontend", "B) SQL Server": numbered by a Roman numeral or a letter, which reads as a number only where the
// headings beside it count alike (letteredLabels).
const LETTERED_LABEL = /^(?<n>[IVXLC]{1,8}|[A-Z])[.)]\s+(?<rest>\S.*)$/u;
const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** The value of a Roman numeral written the usual way ("IV", not "IIII"), else null. */
function romanValue(numeral: string): number | null {
	const value = [...numeral].reduce((sum, digit, i) => {
		const here = ROMAN_DIGITS[digit] ?? NaN;
		return sum + (here < (ROMAN_DIGITS[numeral[i + 1] ?? ''] ?? 0) ? -here : here);
	}, 0);
	return value > 0 && value < 400 && romanNumeral(value) === numeral ? value : null;
}
const romanNumeral = (value: number): string =>
	[['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]].reduce(
		(out, [numeral, worth]) => {
			while (out.rest >= Number(worth)) out = { text: out.text + numeral, rest: out.rest - Number(worth) };
			return out;
		},
		{ text: '', rest: value },
	).text;
const NUMBERINGS = [romanValue, (letter: string) => (/^[A-Z]$/.test(letter) ? letter.charCodeAt(0) - 64 : null)];

/**
 * The labels of headings numbered by Roman numerals ("I. Basics", "II. Web") or by letters ("A. SQL", "B. NoSQL"), in
 * runs (the headings of one level under each parent), when every heading is and each run counts up by one from I or A,
 * as numbered headings' do ("1.", "2."); null otherwise: "I. Introduction" alone, or "C. Language" among others, is a title.
 */
export function letteredLabels(runs: readonly (readonly string[])[]): UnitLabel[][] | null {
	if (runs.flat().length < 2) return null;
	const matches = runs.map((run) => run.map((text) => LETTERED_LABEL.exec(text.trim())?.groups));
	for (const valueOf of NUMBERINGS) {
		const labels = matches.map((run) => run.map((groups) => (groups ? { number: valueOf(groups['n']!), rest: groups['rest']! } : null)));
		if (labels.every((run) => run.every((label, k) => label?.number === k + 1))) {
			return labels.map((run) => run.map((label) => ({ word: null, kind: null, number: label!.number!, text: `Step ${label!.number}`, rest: label!.rest })));
		}
	}
	return null;
}

// One to twelve as words, cardinal and ordinal, in the languages of the unit words above: "Week One", "Día tres",
// "الأسبوع الأول" (the first week), "Неделя первая". Lower case, each language's list in order from one. Cardinals are
// read in the languages whose numbers are no common word of another after a unit word ("Section on Arrays" in
// Turkish would be section ten, "Lesson due" in Italian lesson two), in the form counting uses ("eins", not "ein").
const CARDINAL_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de'];
const ORDINAL_WORDS = [
	'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth',
	'primero segundo tercero cuarto quinto sexto séptimo octavo noveno décimo undécimo duodécimo',
	'primera segunda tercera cuarta quinta sexta séptima octava novena décima undécima duodécima',
	'primer segundo tercer',
	'primeiro segundo terceiro quarto quinto sexto sétimo oitavo nono décimo',
	'primeira segunda terceira quarta quinta sexta sétima oitava nona décima',
	'premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième',
	'première seconde',
	'erste zweite dritte vierte fünfte sechste siebte achte neunte zehnte elfte zwölfte',
	'erster zweiter dritter vierter fünfter sechster siebter achter neunter zehnter elfter zwölfter',
	'первый второй третий четвёртый пятый шестой седьмой восьмой девятый десятый',
	'первая вторая третья четвёртая пятая шестая седьмая восьмая девятая десятая',
	"перший другий третій четвертий п'ятий шостий сьомий восьмий дев'ятий десятий",
	"перша друга третя четверта п'ята шоста сьома восьма дев'ята десята",
	'الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر',
	'الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة',
	'اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم',
	'पहला दूसरा तीसरा चौथा पाँचवाँ छठा सातवाँ आठवाँ नौवाँ दसवाँ',
];
// Spellings without ё or hamza ("четвертый", "الاول") are as common as with them, and Ukrainian's apostrophe is
// written three ways ("п'ятий", "п’ятий", "пʼятий").
const spellingsOf = (word: string) => [word, word.replace('ё', 'е').replace('أ', 'ا'), word.replace("'", '’'), word.replace("'", 'ʼ')];
const valuesOf = (lists: readonly string[]) => new Map(lists.flatMap((list) => list.split(' ').flatMap((word, i) => spellingsOf(word).map((spelling) => [spelling, i + 1] as const))));
// A plan may open at unit zero ("Chapter 0", "فصل صفرم": the zeroth chapter), its ordinal spelled like the others.
const ZERO_ORDINALS = ['zeroth', 'صفرم'];
const ORDINAL_VALUE = new Map([...valuesOf(ORDINAL_WORDS), ...ZERO_ORDINALS.map((word) => [word, 0] as const)]);
const NUMERAL_VALUE = new Map([...numberWordValues(CARDINAL_LANGUAGES, { first: true }), ...ORDINAL_VALUE]);
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
// Parentheses holding the days a unit runs, "(Sept 3-5)", "(18-22 Nov 2025)": two numbers or more and two words at
// most, a month's names ("(UR3e Intro, FK Lab Part 1)" is a title).
export const isDates = (text: string) =>
	/^[(（][^()（）]*[)）]$/u.test(text) && (text.match(/(?<![\p{L}\p{N}])\d+(?![\p{L}\p{N}])/gu)?.length ?? 0) >= 2 && (text.match(/\p{L}+/gu)?.length ?? 0) <= 2;
// What may follow a label's number and come before its title: "(Month 1)", bold's end, a colon or dash.
const LABEL_END = String.raw`\s*(?:\*\*|__)?\s*(?<extra>\([^)]*\))?\s*(?:\*\*|__)?\s*(?:${SEPARATOR}\s*)?(?<rest>.*)$`;
// "R1D1", "W2D3 Closures": a code of capital letters each before its number (round 1, day 1), the last pair the unit,
// its letter abbreviating the unit's word (see LETTER_WORDS), the pairs before it the units holding it.
const CODED_LABEL = new RegExp(String.raw`^[^\p{L}\p{N}]*?(?<code>(?:\p{Lu}\d{1,3}){1,3}(?<letter>\p{Lu})(?<n>\d{1,3}))(?![\p{L}\p{N}])\s*(?:\*\*|__)?\s*(?:${SEPARATOR}\s*)?(?<rest>.*)$`, 'du');
// "Week One: HTML", "الأسبوع الأول: …": a known unit word and a number written as a word.
const NUMERAL_LABEL = new RegExp(String.raw`^[^\p{L}\p{N}]*?(?<word>\p{L}[\p{L}\p{M}]*)${EZAFE}\s+(?<n>${alternation(NUMERAL_VALUE.keys())})(?![\p{L}\p{N}])${LABEL_END}`, 'iu');
// "First Week: HTML", "Segunda semana", "Erste Woche", "Первая неделя": an ordinal before a known unit word, as these
// languages write it.
const ORDINAL_LABEL = new RegExp(String.raw`^[^\p{L}\p{N}]*?(?<n>${alternation(ORDINAL_VALUE.keys())})\s+(?<word>\p{L}[\p{L}\p{M}]*)(?![\p{L}\p{N}])${LABEL_END}`, 'iu');
// "1. Woche: Grundlagen", "1ère semaine :", "2e semaine", "1ª semana", "3er mes", "2nd Month", "1-я неделя": an ordinal
// written in digits before a known unit word, with the ending each language gives it (German's full stop, French's
// "er"/"e", Spanish's "ª", English's "st"/"nd", Russian's and Ukrainian's "-я"/"-й"). The label must end there, at a
// separator or the text's end, since "1. Week planning tips" is an item of a numbered list.
const DIGIT_ORDINAL_LABEL = new RegExp(
	String.raw`^[^\p{L}\p{N}]*?(?<label>(?<n>\d{1,3})(?:\.\s?|\.?[ªº°]\s?|(?:er|re|ère|e|ème|è|nde?|st|nd|rd|th)\s|-\p{Script=Cyrillic}{1,3}\s)\s*(?<word>\p{L}[\p{L}\p{M}]*))(?![\p{L}\p{N}])\s*(?:\*\*|__)?\s*(?<extra>\([^)]*\))?\s*(?:\*\*|__)?\s*(?:${SEPARATOR}\s*(?<rest>.*))?$`,
	'diu',
);
// "Data PreProcessing | Day 1", "Closures — Week 3": a known unit word and its number after the title, set apart by a
// bar (half or full width) or dash (any other word there is a name: "Setup - Python 3").
const TRAILING_LABEL = new RegExp(`^(?<rest>.*?\\S)\\s*(?:[|｜]|\\s[-–—])\\s*(?<word>${knownWords(/^\p{Script=Latin}/u)}|${knownWords(/^\p{Script=Cyrillic}/u)})\\s*(?<n>\\d{1,3})\\s*$`, 'diu');

// A unit word written in capitals is written in case ("WEEK 1" is "Week 1"), unless it is an abbreviation of two
// letters, which keeps them: "KW 3" (Kalenderwoche).
const capitalise = (word: string) => (/^\p{Lu}{2}$/u.test(word) ? word : word.charAt(0).toLocaleUpperCase() + word.slice(1).toLocaleLowerCase());

/**
 * Reads a unit label at the start of a heading or list item ("PHASE 1 (Month 1): Title", "Week 1-2:", "1. Title"), or
 * a known unit word with its number at the end ("Title | Day 1"). `unitWord` is the unit word the text's context
 * names (the header of a table's column, "Semaine"): a word that abbreviates it before a number ("SEM 01", "Sem. 4")
 * is that unit.
 */
export function parseUnitLabel(text: string, unitWord?: string | null): UnitLabel | null {
	// The rules read ASCII digits; the label and rest keep the source's own ("مرحله ۱").
	const folded = foldDigits(text);
	const written = (match: RegExpExecArray, group: string) => {
		const at = match.indices!.groups![group];
		return at ? text.slice(at[0], at[1]) : undefined;
	};
	const cjk = CJK_LABEL.exec(folded);
	if (cjk) {
		const g = cjk.groups!;
		const number = amountValue(g['n']!);
		const numberTo = g['n2'] === undefined ? undefined : amountValue(g['n2']);
		// The label keeps the source's own writing ("第二阶段"); a numeral past what amountValue reads is no label.
		const numbers = g['n2'] === undefined ? written(cjk, 'n') : `${written(cjk, 'n')}-${written(cjk, 'n2')}`;
		if (!(number > 0) || (numberTo !== undefined && !(numberTo >= number))) return null;
		return {
			word: g['word']!,
			kind: kindOfWord(g['word']!),
			number,
			...(numberTo === undefined ? {} : { numberTo }),
			text: `第${numbers}${g['measure'] ?? ''}${g['word']}`,
			rest: written(cjk, 'rest')!.trim(),
		};
	}
	// "Day01" is "Day 1", in the digits it is written in.
	const numbersOf = (match: RegExpExecArray, number: number, numberTo: number | undefined) => {
		const first = inDigitsOf(number, written(match, 'n')!);
		return numberTo === undefined ? first : `${first}-${inDigitsOf(numberTo, written(match, 'n2')!)}`;
	};
	const word = WORD_LABEL.exec(folded);
	// An abbreviation stands for its unit word, set apart from its number ("Wk. 3", "SEM 01"); a full stop after any
	// other word ends a sentence or another abbreviation ("Fig. 3").
	const short = word && (word.groups!['stop'] || word.groups!['gap']) ? word.groups!['word']! : undefined;
	const abbreviated = short && (ABBREVIATED_WORDS[short.toLocaleLowerCase()] ?? (unitWord && abbreviates(short, unitWord) ? unitWord : undefined));
	if (word && (abbreviated || (!word.groups!['stop'] && (word.groups!['gap'] || kindOfWord(word.groups!['word']!))))) {
		const g = word.groups!;
		const number = Number(g['n']);
		const numberTo = g['n2'] === undefined ? undefined : Number(g['n2']);
		// "Weeks 3 and 5" lists two units apart, which no range holds.
		if (g['and'] !== undefined && numberTo !== number + 1) return null;
		// A mark after the label ("Assessment 1※", a footnote's) is no title.
		const after = written(word, 'rest')!.trim();
		const rest = /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(after) ? after : '';
		const extra = written(word, 'extra')?.trim();
		const fullWord = abbreviated ?? g['word']!;
		const label = { word: fullWord, kind: kindOfWord(fullWord), number, ...(numberTo === undefined ? {} : { numberTo }) };
		const text = `${capitalise(g['word']!)}${g['stop'] ?? ''} ${g['ordinal']?.toLocaleLowerCase() ?? ''}${numbersOf(word, number, numberTo)}`;
		// Words alone in parentheses after the label are its title ("Week 1 (Intro)"), unless they state a length or
		// a position ("Week 3 (2 weeks)", "Phase 1 (Month 1)"), or the dates it runs ("Semana 2 (18-22 Nov 2025)": two
		// numbers), which belong with the label.
		const titleInParentheses = extra && !rest && !parseDuration(extra) && !parseUnitLabel(extra.slice(1, -1))?.kind && !isDates(extra);
		if (titleInParentheses) return { ...label, text, rest: extra.slice(1, -1).trim() };
		return { ...label, ...(extra ? { extra } : {}), text: `${text}${extra ? ` ${extra}` : ''}`, rest };
	}
	const coded = CODED_LABEL.exec(folded);
	const codedWord = coded && LETTER_WORDS[coded.groups!['letter']!.toLowerCase()];
	if (codedWord) {
		return { word: codedWord, kind: kindOfWord(codedWord), number: Number(coded.groups!['n']), text: written(coded, 'code')!, rest: written(coded, 'rest')!.trim() };
	}
	const spelled = NUMERAL_LABEL.exec(text);
	if (spelled && kindOfWord(spelled.groups!['word']!)) {
		const g = spelled.groups!;
		const extra = g['extra']?.trim();
		return {
			word: g['word']!,
			kind: kindOfWord(g['word']!),
			number: NUMERAL_VALUE.get(g['n']!.toLocaleLowerCase())!,
			...(extra ? { extra } : {}),
			text: `${capitalise(g['word']!)} ${g['n']}${extra ? ` ${extra}` : ''}`,
			rest: g['rest']!.trim(),
		};
	}
	const ordinal = ORDINAL_LABEL.exec(text);
	const ordinalWord = ordinal?.groups!['word'];
	if (ordinal && ordinalWord && kindOfWord(ordinalWord) && isSingular(ordinalWord)) {
		const g = ordinal.groups!;
		const extra = g['extra']?.trim();
		// "First Week", "Primera semana": the word keeps whether it was capitalised.
		const word = ordinalWord === ordinalWord.toLocaleLowerCase() ? ordinalWord : capitalise(ordinalWord);
		return {
			word: ordinalWord,
			kind: kindOfWord(ordinalWord),
			number: ORDINAL_VALUE.get(g['n']!.toLocaleLowerCase())!,
			...(extra ? { extra } : {}),
			text: `${capitalise(g['n']!)} ${word}${extra ? ` ${extra}` : ''}`,
			rest: g['rest']!.trim(),
		};
	}
	const counted = COUNTER_LABEL.exec(folded);
	if (counted) {
		const g = counted.groups!;
		const number = Number(g['n']);
		const numberTo = g['n2'] === undefined ? undefined : Number(g['n2']);
		if (numberTo !== undefined && numberTo < number) return null;
		return { word: g['word']!, kind: kindOfWord(g['word']!), number, ...(numberTo === undefined ? {} : { numberTo }), text: `${numbersOf(counted, number, numberTo)}${g['word']}`, rest: written(counted, 'rest')!.trim() };
	}
	const digitOrdinal = DIGIT_ORDINAL_LABEL.exec(folded);
	const digitOrdinalWord = digitOrdinal?.groups!['word'];
	if (digitOrdinal && digitOrdinalWord && kindOfWord(digitOrdinalWord) && isSingular(digitOrdinalWord)) {
		const extra = written(digitOrdinal, 'extra')?.trim();
		return {
			word: digitOrdinalWord,
			kind: kindOfWord(digitOrdinalWord),
			number: Number(digitOrdinal.groups!['n']),
			...(extra ? { extra } : {}),
			text: `${written(digitOrdinal, 'label')}${extra ? ` ${extra}` : ''}`,
			rest: (written(digitOrdinal, 'rest') ?? '').trim(),
		};
	}
	const numbered = NUMBER_LABEL.exec(folded);
	if (numbered) {
		const number = Number(numbered.groups!['n']);
		return { word: null, kind: null, number, text: `Step ${number}`, rest: written(numbered, 'rest')!.trim() };
	}
	const trimmed = text.trim();
	const trailing = TRAILING_LABEL.exec(foldDigits(trimmed));
	if (trailing) {
		const g = trailing.groups!;
		const number = Number(g['n']);
		const [numberStart, numberEnd] = trailing.indices!.groups!['n']!;
		return { word: g['word']!, kind: kindOfWord(g['word']!), number, text: `${capitalise(g['word']!)} ${inDigitsOf(number, trimmed.slice(numberStart, numberEnd))}`, rest: trimmed.slice(0, trailing.indices!.groups!['rest']![1]).trim() };
	}
	return null;
}

/**
 * The label of a bare number or range under a unit word (a table's "주차" column, a row "4" or "1-2"), written as the
 * word's language counts: "Week 4", "4주차" and "3週目" (Korean and Japanese counter words follow the number), "第4周"
 * (Chinese).
 */
export function labelOf(word: string, number: number, numberTo?: number): string {
	const numbers = numberTo === undefined ? String(number) : `${number}-${numberTo}`;
	if (/\p{Script=Hangul}|目$/u.test(word)) return `${numbers}${word}`;
	if (/^[\p{Script=Han}\p{Script=Katakana}]/u.test(word)) return `第${numbers}${word}`;
	return `${word} ${numbers}`;
}

// A week in each language its word is known in above, for weeks the importer counts itself (a schedule's dates).
const WEEK_WORDS: Record<string, string> = { es: 'Semana', pt: 'Semana', fr: 'Semaine', de: 'Woche', it: 'Settimana', pl: 'Tydzień', cs: 'Týden', tr: 'Hafta', vi: 'Tuần', id: 'Minggu', ru: 'Неделя', uk: 'Тиждень', zh: '周', ja: '週', ko: '주', fa: 'هفته', ar: 'الأسبوع', he: 'שבוע', hi: 'सप्ताह' };

/** A dated week's label in the plan's `language` ("Semana 3 (19 Abril – 23 Abril)"), as it is when that has no word here. */
export function datedLabelIn(label: UnitLabel, language: string | null): UnitLabel {
	const word = WEEK_WORDS[language?.split('-')[0] ?? ''];
	if (!word) return label;
	return { ...label, word, text: labelOf(word, label.number) + label.text.slice(labelOf(label.word!, label.number).length) };
}

/**
 * Whether a known unit word is singular: not one that ends in "s" where the word without it is known too ("Weeks",
 * "semanas"). An ordinal counts one unit; "First Steps with Python" and "First Days" are titles.
 */
const isSingular = (word: string) => !/s$/i.test(word) || kindOfWord(word.slice(0, -1)) === null;

/** What makes two labels the same kind of unit: "Week" and "WEEKS" (same kind), or the same unknown word. */
export function wordKey(label: UnitLabel): string | null {
	if (label.word === null) return null;
	return label.kind ?? label.word.toLocaleLowerCase();
}

/** The kind of unit a label names: "PHASE 1 (Month 1)" is a month (a phase that is one calendar month). */
export function labelKind(label: UnitLabel, fallback: Kind = 'step'): Kind {
	const single = label.extra && /^\(\s*(\p{L}+)\s+\d+\s*\)$/u.exec(label.extra);
	const calendar = single ? kindOfWord(single[1]!) : null;
	if (calendar === 'month' || calendar === 'week' || calendar === 'day') return calendar;
	return label.kind ?? fallback;
}

/** The calendar unit a label counts in ("Week 3", "Día 2", "第1周"), or null for one that counts no time ("Phase 1"). */
export const calendarKind = (label: UnitLabel) => (label.kind === 'day' || label.kind === 'week' || label.kind === 'month' ? label.kind : null);

/**
 * What the label itself says about length: "Month 3" is a month, "Week 1-2" two weeks, "Day 5" a day, "(Month 1)" a
 * month; `parts`, the parts of a day sharing the label (dayParts), take a share of it each: "Day 1: Morning" half a day.
 */
export function labelDuration(label: UnitLabel | null, parts = 1): Duration | null {
	if (!label) return null;
	const fromExtra = label.extra ? parseDuration(label.extra) : null;
	const calendar = calendarKind(label);
	const count = (label.numberTo ?? label.number) - label.number + 1;
	const whole = fromExtra ?? (calendar && count > 0 ? { min: count, max: count, unit: calendar } : null);
	if (!whole || parts === 1) return whole;
	const share = (amount: number) => Math.round((amount / parts) * 100) / 100;
	return { ...whole, min: share(whole.min), ...(whole.max === undefined ? {} : { max: share(whole.max) }) };
}

// The parts of a day a course splits its days into ("Day 1: Morning", "Day 1: Afternoon"), in the languages of the
// unit words above, lower case; a language's words for a part that are two are spelled out ("öğleden sonra", "buổi
// sáng", Vietnamese's "buổi" being a class too).
const PARTS_OF_DAY_WORDS: Record<string, string> = {
	en: 'morning, afternoon, evening, night',
	es: 'mañana, tarde, noche',
	pt: 'manhã, tarde, noite',
	fr: 'matin, matinée, après-midi, apres-midi, soir, soirée',
	de: 'morgen, vormittag, mittag, nachmittag, abend',
	it: 'mattina, mattino, mattinata, pomeriggio, sera, serata',
	ru: 'утро, вечер',
	uk: 'ранок, вечір',
	pl: 'rano, przedpołudnie, popołudnie, wieczór',
	cs: 'dopoledne, odpoledne, večer',
	tr: 'sabah, öğle, öğleden sonra, akşam',
	vi: 'sáng, chiều, tối, buổi sáng, buổi chiều, buổi tối',
	id: 'pagi, siang, sore, malam',
	zh: '上午, 下午, 早上, 中午, 晚上',
	ja: '午前, 午後, 朝, 昼, 夜',
	ko: '오전, 오후, 저녁',
	fa: 'صبح, ظهر, بعدازظهر, عصر, شب',
	ar: 'صباحا, الصباح, ظهرا, الظهر, مساء, المساء',
	he: 'בוקר, צהריים, אחר הצהריים, ערב',
	hi: 'सुबह, दोपहर, शाम',
	th: 'เช้า, บ่าย, เย็น',
};
// A part of the day that names a part of a unit alone, or before its title ("Morning: Ownership", "上午：基础").
const PART_OF_DAY = new RegExp(String.raw`^(?<part>${alternation(Object.values(PARTS_OF_DAY_WORDS).flatMap((words) => words.split(', ')))})(?![\p{L}\p{M}\p{N}])`, 'iu');

/**
 * For each label, how many parts of a day share it: labels side by side (among those `within` the same group) that
 * are one unit of days ("Day 1") each followed by another part of the day ("Day 1: Morning", "Day 1: Afternoon",
 * "第1天 上午", "Jour 2 (après-midi)") are that day's parts, each a share of it; any other counts 1. A label counted
 * again in another group ("Week 1" of each module) is no part: only neighbours split a unit.
 */
export function dayParts(labels: ReadonlyArray<UnitLabel | null>, within: ReadonlyArray<number | undefined>): number[] {
	const parts = labels.map(() => 1);
	const partOf = (i: number) => {
		const label = labels[i];
		return label && calendarKind(label) === 'day' ? PART_OF_DAY.exec(label.rest)?.groups!['part']!.toLocaleLowerCase() : undefined;
	};
	const alike = (a: number, b: number) => labels[a]!.number === labels[b]!.number && labels[a]!.numberTo === labels[b]!.numberTo && wordKey(labels[a]!) === wordKey(labels[b]!);
	for (const members of Map.groupBy(labels.keys(), (i) => within[i]).values()) {
		for (let start = 0; start < members.length; ) {
			const first = members[start]!;
			const named = new Set([partOf(first)]);
			let end = start + 1;
			for (; end < members.length && partOf(first); end++) {
				const next = members[end]!;
				const part = partOf(next);
				if (!part || named.has(part) || !alike(first, next)) break;
				named.add(part);
			}
			for (let k = start; end - start > 1 && k < end; k++) parts[members[k]!] = end - start;
			start = end;
		}
	}
	return parts;
}
