/**
 * The language a plan is written in, as a BCP 47 tag, from its prose (code left out): the script where it tells
 * (kana → Japanese, Hangul → Korean, Han alone → Chinese, Greek, Ukrainian or other Cyrillic, Arabic script's own
 * letters → Persian, Urdu or Arabic, and the scripts one language mostly writes: Hebrew, Thai, Devanagari…), and for
 * Latin script the small words of English, Spanish, Portuguese, French, German, Italian, Dutch, Polish, Turkish,
 * Vietnamese and Indonesian. Null when it cannot tell: the author is asked.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const FUNCTION_WORDS: Record<string, Set<string>> = {
	en: new Set('the and of to in is for with you your this that are on be it as how what'.split(' ')),
	es: new Set('el la los las de del y en para con por que un una es se al su como lo'.split(' ')),
	pt: new Set('o os as de do da dos das e em para com por que um uma no na se ao como é'.split(' ')),
	fr: new Set('le la les de des du et en pour avec par que un une est au aux dans sur pas'.split(' ')),
	de: new Set('der die das und in mit für von zu ist ein eine den dem des nicht auf im sie'.split(' ')),
	it: new Set('il lo la gli le di del della e in per con che un una è al nel sono come'.split(' ')),
	nl: new Set('de het een en van in is op te dat voor met zijn niet je ook die om er'.split(' ')),
	pl: new Set('i w na z do się nie jest że to o jak od po są dla oraz ze'.split(' ')),
	tr: new Set('ve bir bu için ile da de olarak gibi çok daha ne olan sonra veya her'.split(' ')),
	vi: new Set('và của là các những cho trong được với có không một này để người từ khi đã'.split(' ')),
	id: new Set('dan yang di untuk dengan ini dari itu dalam akan ke atau pada adalah tidak juga'.split(' ')),
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

/** Running text of a document: its text nodes, not its code. */
function proseOf(tree: Root): string {
	const parts: string[] = [];
	visit(tree, 'text', (node) => {
		parts.push(node.value);
	});
	return parts.join(' ');
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function detectLanguage(trees: readonly Root[]): string | null {
	const text = trees.map(proseOf).join(' ');
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
	if (count(text, /\p{Script=Greek}/gu) * 2 >= letters) return 'el';
	if (count(text, /\p{Script=Arabic}/gu) * 2 >= letters) return arabicScriptLanguage(text);
	const script = SCRIPT_LANGUAGES.find(([pattern]) => count(text, pattern) * 2 >= letters);
	if (script) return script[1];
	const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
	if (cyrillic * 2 >= letters) return /[іїєґІЇЄҐ]/u.test(text) ? 'uk' : 'ru';
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	const scores = Object.entries(FUNCTION_WORDS)
		.map(([language, list]) => [language, words.filter((w) => list.has(w)).length] as const)
		.sort((a, b) => b[1] - a[1]);
	const [best, second] = scores;
	return best![1] >= 10 && best![1] >= 1.5 * second![1] ? best![0] : null;
}
