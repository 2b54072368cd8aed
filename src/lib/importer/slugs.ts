import transliterate from '@sindresorhus/transliterate';
import { parseUnitLabel } from './detect/label.ts';
import { EMOJI } from './lines.ts';

/** IDs for roadmaps, phases and groups: lower-case, hyphenated, short (they become URLs). */

const MAX_LENGTH = 48;
// Small words of English and of the Latin-script languages plans are most often written in (Spanish, Portuguese,
// French, German, Italian), leaving out those that are English words too ("mit", "die", "no"), and of Russian and
// Ukrainian, matched as written since their Latin spelling ("s", "v") could be a word of another title:
// "Introducción a la Programación" → "introduccion-programacion", "Начало работы с Python" → "nachalo-raboty-python".
const STOP_WORDS = new Set(
	[
		'a an and the of for with to in on your you how what is at by from into vs or',
		'el la los las un una y e o de del al en con por para su sus',
		'da das dos uma em na nos nas com',
		'le les des du et au aux pour avec sur',
		'der dem des und fur im zum zur von ein eine einer',
		'il lo gli di della delle dei per',
		'и в во с со к ко на по для из от о об у за до при без через',
		'і й та з із від про як',
	].flatMap((words) => words.split(' ')),
);
// Small words of languages whose small words are words of another, or a Roman numeral ("i" is Polish "and" and the
// first of "Frontend I", "Frontend II"): only in a title in that language. The first two of each list join two parts of a
// title as "and" does: "Sieci i CI/CD" → "sieci-ci-cd", "Beyin Fırtınası ve İlk Araştırma" → "beyin-firtinasi".
const LANGUAGE_STOP_WORDS: Record<string, string> = {
	pl: 'i oraz w we z ze na do dla od po o',
	tr: 've ile için bir ya veya',
	id: 'dan serta di ke dari untuk yang dengan pada atau',
};
const languageWords = (language: string | null) => LANGUAGE_STOP_WORDS[language ?? '']?.split(' ') ?? [];
/** The small words of a title in `language`: STOP_WORDS, and its own. */
const smallWordsOf = (language: string | null) => new Set([...STOP_WORDS, ...languageWords(language)]);
/** Words that join two parts of a title ("A & B", "A and B", "A y B"): an ID stops there once it has two words. */
const JOINERS = /^(?:&|\+|and|y|e|et|und|и|і)$/i;
const isJoiner = (token: string, language: string | null) => JOINERS.test(token) || languageWords(language).slice(0, 2).includes(token.toLocaleLowerCase());

/**
 * "Node.js/Express Development" → "nodejs-express-development"; at most 48 characters, cut at a hyphen. Letters are
 * spelled as the text's `language` spells them in Latin ones, when it has its own way: Turkish "Kültür" is "kultur",
 * where German would write "kueltuer".
 */
export function slugify(text: string, language: string | null = null): string {
	// Cyrillic, Greek, German… become Latin letters ("Командная строка" → "komandnaya-stroka"); scripts with no
	// transliteration (CJK) leave nothing, and the caller falls back to a file name or a label.
	// Emoji are no words of the title, though transliteration spells some ("🔤" → "abc").
	const slug = transliterate(text.replace(new RegExp(EMOJI, 'gu'), ' '), language ? { locale: language } : {})
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[*`'’]/g, '')
		.replace(/([a-z0-9])\.([a-z0-9])/g, '$1$2')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= MAX_LENGTH) return slug;
	const cut = slug.slice(0, MAX_LENGTH + 1);
	const words = cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_LENGTH).split('-').filter(Boolean);
	// A cut title ends on a word that carries its meaning, not on "…-what-to-study-and".
	while (words.length > 1 && STOP_WORDS.has(words.at(-1)!)) words.pop();
	return words.join('-');
}

/**
 * Whether a slug can spell every word of `text`. Han, kana, Hangul, Thai… have no transliteration, and a slug of the
 * rest ("数据集平台 + Docker" → "docker") would name the page after a part of its title: such titles make no slug.
 * Arabic and Hebrew script leave their vowels unwritten, so their transliteration is consonants no reader can say
 * ("مرحله" → "mrhlh"): they make none either.
 */
export function spellable(text: string): boolean {
	if (/[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(text)) return false;
	return !/\p{L}/u.test(transliterate(text).normalize('NFKD').replace(/\p{M}/gu, '').replace(/[a-z]/gi, ''));
}

// Languages that write each syllable apart, a word being two or three of them ("Bài toán mô phỏng" is two words,
// "bài toán" and "mô phỏng"): counting spaces would cut a word in half ("bai-toan-mo"), so their titles keep all
// their syllables, up to an ID's length, none taken for another language's small word ("con", "de" are words here).
const SYLLABLE_WRITTEN = new Set(['vi']);

/**
 * A title without what it says in parentheses, which no ID spells: only the rest need be spellable, so "Web Foundations
 * (الأساسيات)", a title glossed in the reader's language, is "web-foundations".
 */
const withoutAsides = (title: string) => title.replace(/\([^)]*\)/g, ' ');

/**
 * A short ID from a title in `language`: parentheses and subtitles dropped, small words skipped, at most three words, and
 * stopping at "&", "and" or a comma once two words are in: "API Architecture & Clean Design" → "api-architecture",
 * "Fundamentals and Programming Language Proficiency" → "fundamentals-programming-language". '' for a title
 * a slug cannot spell whole.
 */
// What counts the parts of a book rather than naming them: a number, a capital letter, a Roman numeral.
const ENUMERATOR = /^(?:\d+(?:\.\d+)*|\p{Lu}|X{0,3}(?:IX|IV|V?I{1,3}|V|X))\.?$/u;

export function shortSlug(title: string, language: string | null = null): string {
	if (!spellable(withoutAsides(title))) return '';
	const syllables = language !== null && SYLLABLE_WRITTEN.has(language);
	const maxWords = syllables ? Infinity : 3;
	const small = syllables ? new Set<string>() : smallWordsOf(language);
	// The title before its subtitle, unless that only counts ("5.1 - Introduction to Bruin", an appendix's "B - Operators",
	// a unit's label in any language, "Modul 1 - Introduction to Python").
	const parts = withoutAsides(title).split(/\s+[-–—]\s+/);
	const counts = (part: string) => {
		const label = parseUnitLabel(part.trim());
		return ENUMERATOR.test(part.trim()) || Boolean(label?.kind && label.rest === '');
	};
	const main = (parts.find((part) => /\p{L}/u.test(part) && !counts(part)) ?? parts[0]!).replace(/[*_`]/g, '');
	const words: string[] = [];
	const tokens = main.split(/\s+/);
	for (const [i, token] of tokens.entries()) {
		const boundary = isJoiner(token, language) || /,$/.test(token);
		const word = slugify(token, language);
		if (word && !small.has(word) && !small.has(token.toLocaleLowerCase())) words.push(word);
		if (boundary && words.length >= 2) break;
		if (words.length >= maxWords) {
			// A number tells the parts of a series apart: "Building makemore Part 2: MLP" → "building-makemore-part-2".
			const next = slugify(tokens[i + 1] ?? '', language);
			if (/^\d+$/.test(next)) words.push(next);
			break;
		}
	}
	// A title all in parentheses ("(Intro)") is named by them, if they can be spelled.
	return slugify(words.join('-'), language) || (spellable(title) ? slugify(title, language) : '');
}

/** A longer ID from the whole title (subtitle included, up to four words), for when the short one is taken; '' likewise. */
export function longSlug(title: string, language: string | null = null): string {
	if (!spellable(withoutAsides(title))) return '';
	const small = smallWordsOf(language);
	const spelled = withoutAsides(title)
		.split(/\s+/)
		.filter((token) => !small.has(token.toLocaleLowerCase()));
	const words = slugify(spelled.join(' '), language)
		.split('-')
		.filter((w) => w && !small.has(w));
	return words.slice(0, 4).join('-');
}

/**
 * `prefix` and `base` joined within an ID's length: the prefix gives up its last words first, as the base is what tells
 * the IDs under one prefix apart ("lam-quen-voi-quy-trinh-phat-trien-phan-mem" + "ngay-1" keeps "ngay-1").
 */
export function joinSlugs(prefix: string, base: string): string {
	const words = prefix.split('-');
	const room = MAX_LENGTH - 1 - base.length;
	if (room < 1) return base;
	while (words.length > 1 && words.join('-').length > room) words.pop();
	// (A single word too long for it is cut.)
	return `${words.join('-').slice(0, room)}-${base}`;
}

/**
 * The first of `bases` not yet taken, else the first one with `-2`, `-3`…; `fallback` when they are all empty.
 * Records the result in `taken`.
 */
export function uniqueSlug(bases: string | readonly string[], taken: Set<string>, fallback: string): string {
	const options = (typeof bases === 'string' ? [bases] : bases).filter(Boolean);
	const free = options.find((o) => !taken.has(o));
	if (free) {
		taken.add(free);
		return free;
	}
	const root = options[0] ?? fallback;
	let candidate = root;
	for (let n = 2; taken.has(candidate); n++) candidate = joinSlugs(root, String(n));
	taken.add(candidate);
	return candidate;
}
