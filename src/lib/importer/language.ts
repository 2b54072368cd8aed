/**
 * The language a plan is written in, as a BCP 47 tag, from its prose (code and rows of links left out): the script
 * where it tells (kana → Japanese, Hangul → Korean, Han alone → Chinese, Greek, Cyrillic's own letters → Ukrainian,
 * Belarusian, Macedonian, Serbian, Bulgarian or Russian, Arabic script's own letters → Persian, Urdu or Arabic, and
 * the scripts one language mostly writes: Hebrew, Thai, Devanagari…), and for Latin script Vietnamese's, Turkish's and Czech's own letters, then the small words of English, Spanish, Portuguese, French, German, Italian, Dutch, Polish, Turkish,
 * Vietnamese, Indonesian and Romanian. Null when it cannot tell: the author is asked.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { mostlyLinks } from './markdown/inline.ts';

const FUNCTION_WORDS: Record<string, Set<string>> = {
	en: new Set('the and of to in is for with you your this that are on be it as how what'.split(' ')),
	es: new Set('el la los las de del y en para con por que un una es se al su como lo'.split(' ')),
	pt: new Set('o os as de do da dos das e em para com por que um uma no na se ao como é'.split(' ')),
	fr: new Set('le la les de des du et en pour avec par que un une est au aux dans sur pas'.split(' ')),
	de: new Set('der die das und in mit für von zu ist ein eine den dem des nicht auf im sie oder auch sich wird bei nach aus wie als zum zur einem einer'.split(' ')),
	it: new Set('il lo la gli le di del della e in per con che un una è al nel sono come'.split(' ')),
	nl: new Set('de het een en van in is op te dat voor met zijn niet je ook die om er'.split(' ')),
	pl: new Set('i w na z do się nie jest że to o jak od po są dla oraz ze'.split(' ')),
	tr: new Set('ve bir bu için ile da de olarak gibi çok daha ne olan sonra veya her'.split(' ')),
	vi: new Set('và của là các những cho trong được với có không một này để người từ khi đã'.split(' ')),
	id: new Set('dan yang di untuk dengan ini dari itu dalam akan ke atau pada adalah tidak juga'.split(' ')),
	ro: new Set('și în să pentru este care sau din cu pe la un o nu mai ce sunt'.split(' ')),
};

/** Scripts that one language writes far more than any other: a plan in them is in that language. */
const SCRIPT_LANGUAGES: [RegExp, string][] = [
	[/\p{Script=Hebrew}/gu, 'he'],
	[/\p{Script=Thai}/gu, 'th'],
	[/\p{Script=Devanagari}/gu, 'hi'],
	[/\p{Script=Bengali}/gu, 'bn'],
	[/\p{Script=Tamil}/gu, 'ta'],
	[/\p{Script=Telugu}/gu, 'te'],
	[/\p{Script=Georgian}/gu, 'ka'],
	[/\p{Script=Armenian}/gu, 'hy'],
	[/\p{Script=Khmer}/gu, 'km'],
	[/\p{Script=Myanmar}/gu, 'my'],
];

/**
 * Arabic script by the letters each language adds to it: Urdu's retroflex letters and final yeh (ٹ ڈ ڑ ں ے), Persian's
 * پ چ ژ گ and its own yeh and kaf (ی ک, where Arabic writes ي ك).
 */
function arabicScriptLanguage(text: string): string {
	if (count(text, /[ٹڈڑںے]/gu) * 50 >= count(text, /\p{Script=Arabic}/gu)) return 'ur';
	return count(text, /[پچژگیک]/gu) > count(text, /[يك]/gu) ? 'fa' : 'ar';
}

/** Running text of a document: its text nodes, not its code, nor a row of links (to its translations, "Українська"). */
function runningText(tree: Root): string {
	const parts: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'paragraph' && mostlyLinks(node)) return SKIP;
		if (node.type === 'text') parts.push(node.value);
		return undefined;
	});
	return parts.join(' ');
}

/** Cyrillic by the letters each language adds to it or does without. */
function cyrillicLanguage(text: string, cyrillic: number): string {
	const share = (pattern: RegExp) => count(text, pattern) / cyrillic;
	if (share(/[іїєґІЇЄҐ]/gu) >= 0.01) return 'uk';
	if (share(/[ўЎ]/gu) >= 0.005) return 'be';
	if (share(/[ќѓѕЌЃЅ]/gu) >= 0.002) return 'mk';
	if (share(/[ђћџљњјЂЋЏЉЊЈ]/gu) >= 0.005) return 'sr';
	if (share(/[ъЪ]/gu) >= 0.01 && share(/[ыэЫЭ]/gu) < 0.001) return 'bg';
	return 'ru';
}

// Latin letters only Vietnamese writes: horned o and u (ơ, ư) and the vowels with a tone mark over another mark (ộ, ế, ẫ).
// Its words are single syllables, so its small words are a smaller share of a text than other languages' are.
const VIETNAMESE_LETTERS = /[\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/gu;

// Latin letters only Turkish writes among the languages above: dotless ı, dotted İ and ğ (Azerbaijani writes them too,
// with its own ə). Turkish joins its small words to the word they follow ("Türkçenin", "yazıtları"), so they are too few
// to tell it by; its letters are one in twenty of its text, and a Turkish name in another language's text a handful.
const TURKISH_LETTERS = /[ıİğĞ]/gu;

// Latin letters only Czech writes among the languages above: ě, ř and ů (Slovak, which shares its other letters, has
// none of them). They are one in thirty of its letters.
const CZECH_LETTERS = /[ěřůĚŘŮ]/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The text of a document's headings. */
function headingsText(tree: Root): string {
	const parts: string[] = [];
	visit(tree, 'heading', (heading) => {
		visit(heading, 'text', (node) => void parts.push(node.value));
		return SKIP;
	});
	return parts.join(' ');
}

// A plan whose lists name their topics as the industry does, in English, under headings in the author's own language
// ("### Фаза 1: Основы веб-разработки" over "How does the internet work?"), is in its headings' language.
export function detectLanguage(trees: readonly Root[]): string | null {
	return languageOf(trees.map(runningText).join(' ')) ?? languageOf(trees.map(headingsText).join(' '));
}

function languageOf(text: string): string | null {
	const letters = count(text, /\p{L}/gu);
	if (letters === 0) return null;
	const kana = count(text, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
	const han = count(text, /\p{Script=Han}/gu);
	const hangul = count(text, /\p{Script=Hangul}/gu);
	// One CJK character is a syllable or a word: a tenth of the letters is a text mostly in that script.
	if ((kana + han + hangul) * 10 >= letters) {
		if (hangul > kana + han) return 'ko';
		return kana > 0 ? 'ja' : 'zh';
	}
	// A translated plan keeps its code's names, commands and product names in Latin letters: a quarter of the letters
	// in another script is a text in it.
	const inScript = (pattern: RegExp) => count(text, pattern) * 4 >= letters;
	if (inScript(/\p{Script=Greek}/gu)) return 'el';
	if (inScript(/\p{Script=Arabic}/gu)) return arabicScriptLanguage(text);
	const script = SCRIPT_LANGUAGES.find(([pattern]) => inScript(pattern));
	if (script) return script[1];
	const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
	if (cyrillic * 4 >= letters) return cyrillicLanguage(text, cyrillic);
	// One letter in fifty: a text in Vietnamese has one in ten or more, an English one naming a Vietnamese place none.
	if (count(text, VIETNAMESE_LETTERS) * 50 >= letters) return 'vi';
	if (count(text, TURKISH_LETTERS) * 100 >= letters && !/[əƏ]/u.test(text)) return 'tr';
	if (count(text, CZECH_LETTERS) * 100 >= letters) return 'cs';
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	const scores = Object.entries(FUNCTION_WORDS)
		.map(([language, list]) => [language, words.filter((w) => list.has(w)).length] as const)
		.sort((a, b) => b[1] - a[1]);
	const [best, second] = scores;
	// Small words are a tenth of any running text in its language; a few of another's (French "de", "la", "un" in
	// Romanian) are not. A terse plan, a checklist of nouns ("Lekcja 1: Alfabet"), has half as many, but hardly any
	// of another language's beyond those both have (Polish and Portuguese "o", "do", "na").
	const own = (language: string, other: string) => words.filter((w) => FUNCTION_WORDS[language]!.has(w) && !FUNCTION_WORDS[other]!.has(w)).length;
	const share = own(best![0], second![0]) >= 3 * own(second![0], best![0]) ? 20 : 10;
	return best![1] >= 10 && best![1] >= 1.5 * second![1] && best![1] * share >= words.length ? best![0] : null;
}
