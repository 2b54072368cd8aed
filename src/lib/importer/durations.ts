/**
 * Durations, daily hours and weekly commitment as Markdown plans write them:
 * "2-3 months", "=4 - 6 Months", "2 years minimum", "Week 1-2", "(Weeks 1-4)", "Daily: 2-3 hours",
 * "6–8 hours/day, 5 days/week". Nothing is guessed: text that states no amount gives null.
 */
import type { Duration, NumberRange } from '../../schemas/common.ts';
import { foldDigits } from './digits.ts';

type Unit = Duration['unit'];

// Chinese and Japanese write small amounts in their own numerals too: "四周", "两个月", "十二周".
const HAN_NUMERAL = '[一二两兩三四五六七八九十]';
// Most European languages write a decimal comma: "1,5 Monate", "2,5 horas" (a comma before three digits groups thousands).
const FRACTION = String.raw`(?:[.,]\d{1,2}(?!\d))`;
const NUM = String.raw`(?:\d+${FRACTION}?|${HAN_NUMERAL}{1,3})`;
// A length has at most three digits: four are a year ("2022年", "2024년"), never a length.
const LENGTH_NUM = String.raw`(?:\d{1,3}${FRACTION}?|${HAN_NUMERAL}{1,3})`;
const HAN_DIGITS = '〇一二三四五六七八九';

/**
 * The value of an amount as written: "2.5" and "2,5" → 2.5, "四" → 4, "两" → 2, "十二" → 12, "二十" → 20, "two" and
 * "две" → 2 (NUMBER_WORDS); NaN for anything else.
 */
export function amountValue(text: string): number {
	if (/^\d/.test(text)) return Number(text.replace(',', '.'));
	const spelled = SPELLED_VALUE.get(text.toLocaleLowerCase());
	if (spelled !== undefined) return spelled;
	const digit = (c: string) => (HAN_DIGITS.includes(c) ? HAN_DIGITS.indexOf(c) : c === '两' || c === '兩' ? 2 : NaN);
	const [tens, ones, ...rest] = text.split('十');
	if (ones === undefined) return text.length === 1 ? digit(text) : NaN;
	if (rest.length > 0 || tens!.length > 1 || ones.length > 1) return NaN;
	return (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0);
}
// The word for "to" between two numbers in the languages below, spaced: "2 bis 3 Monate", "2 à 3 semaines", "de 2 a 3
// semanas", "от 2 до 3 месяцев", "4 से 6 घंटे", "۲ تا ۳ ماه", "2 إلى 3 أشهر", "2 ถึง 3 สัปดาห์".
export const RANGE_WORDS = 'to|bis|à|a|até|al|do|до|по|से|تا|إلى|الى|עד|ถึง|đến|sampai|hingga';
// "2-3", "2 – 3", "2 to 3", and the tilde of East Asian writing, "1 ~ 2", "3～4".
const RANGE = String.raw`(?:\s*(?:-|–|—|to|~|～|〜)\s*|\s+(?:${RANGE_WORDS})\s+)`;
// The word for "and" in the languages below: between hours and minutes ("3 h et 56 minutes", "1 Stunde und 20 Minuten"),
// or the last of a list of weeks ("Weeks 3 and 4"); Persian, Arabic and Hebrew write it onto the number ("و30", "ו-30").
export const AND_WORDS = String.raw`and|et|und|y|e|и|і|та|i|ve|và|dan|و|ו|और`;
const BOLD = String.raw`(?:\*\*|__)?`;
// Calendar words in the languages plans are most often written in; the English ones also in short forms. (年级 is a
// school grade, not a year.) Persian, Arabic, Hebrew, Hindi and Thai follow the Latin, Cyrillic and CJK ones. Turkish
// makes a length an adjective with a suffix: "14 haftalık plan" is a plan of 14 weeks. A length in months takes a
// counter in Chinese, Japanese and Korean ("3个月", "3ヶ月", "3개월"): a number and a bare 月 or 월 is a month of the
// calendar ("8月", "3월").
const UNIT_WORDS: Record<Unit, string> = {
	day: String.raw`days?|d[ií]as?|jours?|tage?n?|giorn[oi]|dn[ия]|дн(?:я|ей|ь|і|ів)|день|dni|gün(?:lük)?|ngày|hari|天|日|일(?:간)?|روز|يوم|أيام|ايام|יום|ימים|दिन|วัน`,
	week: String.raw`weeks?|wks?|semanas?|semaines?|wochen?|settiman[ae]|недел[ьяиюе]+|тижн(?:і|ів|я)|тиждень|tygodni(?:e|a)?|tydzień|týd(?:en|ny|nů)|hafta(?:lık)?|tuần|minggu|pekan|周|週|주(?:간|일)?|هفته|أسبوع|أسابيع|اسبوع|اسابيع|שבוע|שבועות|सप्ताह|हफ़्ते|हफ्ते|हफ़्ता|हफ्ता|สัปดาห์|อาทิตย์`,
	month: String.raw`months?|mos?|m[êe]s|meses|mois|monate?n?|mes[ei]|месяц(?:а|ев)?|місяц(?:ь|і|ів|я)?|miesi(?:ąc|ące|ęcy)|měsí(?:c|ce|ců)|ay(?:lık)?|tháng|bulan|[个個箇]月|[ヶヵケかカ]月|개월(?:간)?|달|ماه|شهر|أشهر|اشهر|شهور|חודש|חודשים|महीने|महीना|माह|เดือน`,
	year: String.raw`years?|yrs?|a[ñn]os?|ans?|années?|jahre?n?|ann[oi]|год(?:а)?|лет|рок(?:и|ів)?|рік|rok|lata?|yıl(?:lık)?|năm|tahun|年(?![级級])|년(?:간)?|سال|سنة|سنوات|سنين|שנה|שנים|साल|वर्ष|ปี`,
};
const UNIT_ALTERNATION = Object.values(UNIT_WORDS).join('|');
const UNIT_REGEX = Object.entries(UNIT_WORDS).map(([unit, words]) => [unit as Unit, new RegExp(`^(?:${words})$`, 'iu')] as const);
const unitOf = (word: string): Unit => UNIT_REGEX.find(([, regex]) => regex.test(word))?.[0] ?? 'week';
// Chinese, Japanese and Thai put no space between words: an amount may follow a Han, kana or Thai letter ("学习4周",
// "三个月"), but not the ordinal prefix 第 ("第1周" is a position, not a length), and a unit word ending in one is a
// whole word ("2 สัปดาห์แรก", the first two weeks).
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}`;
const AMOUNT_START = String.raw`(?:(?<![\p{L}\p{N}.]|\d,)|(?<=[${UNSPACED}])(?<!第))`;
/** No letter of any script right after a unit word (`\b` only knows ASCII letters), unless it is written without spaces. */
const END = String.raw`(?:(?<=[${UNSPACED}])|(?![\p{L}]))`;

// A date in Chinese, Japanese or Korean joins its parts: a year and a month ("22年8月", "2024년 3월"), a month and a
// day ("12月22日", "3월 15일"). Neither part is a length.
const CALENDAR_MONTH = String.raw`(?:\d|${HAN_NUMERAL})\s*[月월]`;
const AFTER_CALENDAR_MONTH = String.raw`(?<!${CALENDAR_MONTH}\s*)`;
const BEFORE_CALENDAR_MONTH = String.raw`(?!\s*${CALENDAR_MONTH})`;
// A counter followed by 目 counts a position, not a length: "2週目" is the second week, "3日目" the third day. (Korean
// writes it with 차 or 째, "2주차", which END already keeps apart: a Hangul letter after the unit word.)
const NOT_ORDINAL = '(?!目)';

// Hebrew writes "in" as a prefix: "בשבוע".
const PER = String.raw`\s*(?:\/|a|an|per|each|every|in\s+a|por|par|pro|al|a\s+la|la|alla|в|на|na|w|mỗi|در|في|فى|ب|ב|प्रति|ต่อ|/)\s*`;
const WEEK_WORDS = String.raw`weeks?|wk|semanas?|semaines?|woche|settimana|недел[юяи]|тиждень|tydzień|tygodniu|týden|hafta|tuần|minggu|周|週|هفته|الأسبوع|أسبوع|الاسبوع|اسبوع|שבוע|सप्ताह|हफ़्ते|हफ्ते|สัปดาห์|อาทิตย์`;
const DAY_WORDS = String.raw`day|d[ií]a|jour|tag|giorno|день|дня|добу|dzień|gün|ngày|hari|天|日|روز|اليوم|يوم|יום|दिन|วัน`;
// "A week" said as a rate: "3 days a week", "3 días por semana", "3 dni w tygodniu", "8 giờ mỗi tuần"; Indonesian and
// Czech say it in one word, "3 hari seminggu", "6 hodin týdně".
const A_WEEK = String.raw`(?:${PER}(?:${WEEK_WORDS})|\s*(?:seminggu|sepekan|týdně))${END}`;
// What makes an amount a rate, not a length: "7 days a week", "2 días por semana", "3 Tage pro Woche", "1 day/month".
const RATE = String.raw`(?:${A_WEEK}|${PER}(?:${DAY_WORDS}|months?|years?)${END})`;
// Turkish puts the period first, in the locative: "haftada 5 gün" is five days a week, "ayda 2 hafta" two weeks a month.
const A_WEEK_BEFORE = String.raw`haftada\s+`;
const PERIOD_BEFORE = String.raw`(?:${A_WEEK_BEFORE}|ayda\s+)`;

// "2-3 months", "1 - 1.5 year", "6-Month", "2** Months" (bold closed mid-way), "2 years minimum", "at least 3 weeks", "4+ months".
// Not a duration: a rate such as "7 days a week" or "5 days/week", or a date.
const AMOUNT = new RegExp(
	String.raw`${AMOUNT_START}${AFTER_CALENDAR_MONTH}(?<!${PERIOD_BEFORE})(?<least>(?:at\s+least|minimum(?:\s+of)?|min\.?)\s+)?(?<min>${LENGTH_NUM})(?<plus>\+)?(?:${RANGE}(?<max>${LENGTH_NUM}))?${BOLD}\s*-?\s*(?<unit>${UNIT_ALTERNATION})${END}${NOT_ORDINAL}${BEFORE_CALENDAR_MONTH}(?!${RATE})(?<more>\+|\s*(?:minimum|min\b|or\s+more|at\s+least))?`,
	'giu',
);
// The calendar's units as plans name a position on it, before its number: "(Semana 1-4)", "(Hafta 1–13)", "(Tuần 3)".
// (Only words that name nothing else: the German "Tag" is also a tag.)
const POSITION_WORDS: Record<Unit, string> = {
	day: String.raw`days?|d[ií]as?|jours?|giorn[oi]|день|dni|gün|ngày|hari`,
	week: String.raw`weeks?|semanas?|semaines?|wochen?|settiman[ae]|недел[яи]|тиждень|tydzień|hafta|tuần|minggu|pekan`,
	month: String.raw`months?|mes(?:es)?|mois|monate?|mes[ei]|месяц|місяць|miesiąc|ay|tháng|bulan`,
	year: String.raw`years?|a[ñn]os?|années?|jahre?|ann[oi]|год|рік|yıl|năm|tahun`,
};
const POSITION = (words: string) => String.raw`(?<unit>${words})\s+(?<from>\d+)(?:${RANGE}(?<to>\d+)|(?<listed>(?:\s*,\s*\d+)*\s*,?\s*(?:&|(?:${AND_WORDS})\s)\s*\d+|(?:\s*,\s*\d+)+(?=\s*\))))?`;
// "Week 1-2" (two weeks), "Weeks 1-4", "Month 3" (one month), "Weeks 3 and 4", "(Weeks 10, 11, 12)" (each listed
// week one; a list of commas alone only in parentheses, as "Week 2, 3 exercises" is no list): a position on the
// calendar, counted in its unit.
// "Weeks 21+" says when a unit starts, not how long it lasts.
const SPAN = new RegExp(String.raw`(?<![\p{L}\p{N}])${POSITION('(?:day|week|month|year)s?')}(?![\p{N}.+]|\s*(?:days?|weeks?|months?|years?)\b)`, 'giu');
// In the plan's own language, a position is read where it stands apart in parentheses, "Q1 (Hafta 1–13)"; in a title
// ("Ejercicios - Semana 01: Scratch") it names the week a page belongs to, which its unit's label already counts.
const SPAN_IN_PARENS = new RegExp(String.raw`(?<=\(\s*)${POSITION(Object.values(POSITION_WORDS).join('|'))}(?=\s*\))`, 'giu');

// One to twelve as words in the languages above (those of Latin, Cyrillic, Persian and Devanagari script that write
// a number before its unit), from one; a number's forms (gender, case) are joined by "/", and its first form is the one
// counting uses ("eins", "uno"). Chinese and Japanese numerals are read as digits are (HAN_NUMERAL).
export const NUMBER_WORDS: Record<string, string> = {
	en: 'one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve',
	es: 'uno/un/una, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez, once, doce',
	pt: 'um/uma, dois/duas, três, quatro, cinco, seis, sete, oito, nove, dez, onze, doze',
	fr: 'un/une, deux, trois, quatre, cinq, six, sept, huit, neuf, dix, onze, douze',
	de: 'eins/ein/eine/einen/einem/einer, zwei, drei, vier, fünf, sechs, sieben, acht, neun, zehn, elf, zwölf',
	it: 'uno/un/una, due, tre, quattro, cinque, sei, sette, otto, nove, dieci, undici, dodici',
	ru: 'один/одна/одно, два/две, три, четыре, пять, шесть, семь, восемь, девять, десять, одиннадцать, двенадцать',
	uk: "один/одна/одне, два/дві, три, чотири, п'ять/п’ять, шість, сім, вісім, дев'ять/дев’ять, десять, одинадцять, дванадцять",
	pl: 'jeden/jedna/jedno, dwa/dwie, trzy, cztery, pięć, sześć, siedem, osiem, dziewięć, dziesięć, jedenaście, dwanaście',
	tr: 'bir, iki, üç, dört, beş, altı, yedi, sekiz, dokuz, on, on bir, on iki',
	vi: 'một, hai, ba, bốn, năm, sáu, bảy, tám, chín, mười, mười một, mười hai',
	id: 'satu, dua, tiga, empat, lima, enam, tujuh, delapan, sembilan, sepuluh, sebelas, dua belas',
	fa: 'یک, دو, سه, چهار, پنج, شش, هفت, هشت, نه, ده, یازده, دوازده',
	hi: 'एक, दो, तीन, चार, पाँच/पांच, छह/छः, सात, आठ, नौ, दस, ग्यारह, बारह',
	// Arabic and Hebrew numbers take the gender opposite to their noun's from three on ("ثلاثة أسابيع", "ثلاث سنوات";
	// "שלושה שבועות", "שלוש שנים"): both forms; two of a unit is mostly its dual (COUNTED_WORDS).
	ar: 'واحد/واحدة, اثنان/اثنتان/اثنين/اثنتين, ثلاثة/ثلاث, أربعة/أربع/اربعة/اربع, خمسة/خمس, ستة/ست, سبعة/سبع, ثمانية/ثماني/ثمان, تسعة/تسع, عشرة/عشر, أحد عشر/إحدى عشرة/احد عشر/احدى عشرة, اثنا عشر/اثني عشر/اثنتا عشرة/اثنتي عشرة',
	he: 'אחד/אחת, שניים/שתיים/שני/שתי, שלושה/שלוש, ארבעה/ארבע, חמישה/חמש, שישה/שש, שבעה/שבע, שמונה, תשעה/תשע, עשרה/עשר, אחד עשר/אחת עשרה, שניים עשר/שתים עשרה/שתיים עשרה',
	// Korean counts weeks and months with its native numbers, in the forms they take before a counter ("두 달", "세 주").
	ko: '한/하나, 두/둘, 세/셋, 네/넷, 다섯, 여섯, 일곱, 여덟, 아홉, 열, 열한/열하나, 열두/열둘',
	th: 'หนึ่ง, สอง, สาม, สี่, ห้า, หก, เจ็ด, แปด, เก้า, สิบ, สิบเอ็ด, สิบสอง',
};
/** Each form of the number words of `languages` (NUMBER_WORDS' keys), lower case, with its value; `first`: only the counting form. */
export function numberWordValues(languages: readonly string[], { first = false } = {}): Map<string, number> {
	return new Map(
		languages.flatMap((language) =>
			NUMBER_WORDS[language]!.split(', ').flatMap((forms, i) => (first ? forms.split('/').slice(0, 1) : forms.split('/')).map((form) => [form, i + 1] as const)),
		),
	);
}
// A number word is read only before a unit word of its own language: "due" is two in Italian, "on" ten in Turkish and
// "once" eleven in Spanish, but "Lesson due week 3", "on day 2" and "once weeks 1-3 are done" state no length.
const SPELLED_UNIT_WORDS: Record<string, string> = {
	en: String.raw`days?|weeks?|months?|years?`,
	es: String.raw`d[ií]as?|semanas?|mes(?:es)?|a[ñn]os?`,
	pt: String.raw`dias?|semanas?|m[êe]s|meses|anos?`,
	fr: String.raw`jours?|semaines?|mois|ans?|années?`,
	de: String.raw`tage?n?|wochen?|monate?n?|jahre?n?`,
	it: String.raw`giorn[oi]|settiman[ae]|mes[ei]|ann[oi]`,
	ru: String.raw`дн(?:я|ей)|день|недел[ьяиюе]+|месяц(?:а|ев)?|год(?:а)?|лет`,
	uk: String.raw`дн(?:і|ів)|день|тижн(?:і|ів)|тиждень|місяц(?:ь|і|ів)?|рік|рок(?:и|ів)`,
	pl: String.raw`dni|dzień|tygodni(?:e|a)?|tydzień|miesi(?:ąc|ące|ęcy)|rok|lata?`,
	tr: String.raw`gün(?:lük)?|hafta(?:lık)?|ay(?:lık)?|yıl(?:lık)?`,
	vi: String.raw`ngày|tuần|tháng|năm`,
	id: String.raw`hari|minggu|pekan|bulan|tahun`,
	fa: String.raw`روز|هفته|ماه|سال`,
	hi: String.raw`दिन|सप्ताह|हफ़्ते|हफ्ते|महीने|महीना|माह|साल|वर्ष`,
	ar: String.raw`أيام|ايام|يوم|أسابيع|اسابيع|أسبوع|اسبوع|أشهر|اشهر|شهور|شهر|سنوات|سنين|سنة`,
	he: String.raw`ימים|יום|שבועות|שבוע|חודשים|חודש|שנים|שנה`,
	ko: String.raw`주(?:간|일)?|달`,
	th: String.raw`วัน|สัปดาห์|อาทิตย์|เดือน|ปี`,
};
const SPELLED_VALUE = numberWordValues(Object.keys(NUMBER_WORDS));
const wordsOf = (language: string) => [...numberWordValues([language]).keys()].sort((a, b) => b.length - a.length).join('|');
// "two weeks", "two to three months", "a two-week sprint", "zwei Wochen", "dos a tres semanas", "две недели": each
// language's number words before its unit words (not a rate: "one day a week").
const SPELLED_AMOUNTS = Object.entries(SPELLED_UNIT_WORDS).map(
	([language, units]) =>
		new RegExp(
			String.raw`(?<![\p{L}\p{M}\p{N}])(?<least>(?:at\s+least|minimum(?:\s+of)?)\s+)?(?<min>${wordsOf(language)})(?:${RANGE}(?<max>${wordsOf(language)}))?(?:\s+|\s*-\s*)(?<unit>${units})(?![\p{L}\p{M}])(?!${RATE})`,
			'giu',
		),
);

// Arabic and Hebrew say two of a unit with one word, its dual ("أسبوعان", "שבועיים": two weeks), and one with the
// unit and the word for one after it ("أسبوع واحد", "חודש אחד": one month).
const COUNTED_WORDS: Array<[RegExp, Unit, number]> = [
	[/أسبوعان|أسبوعين|اسبوعان|اسبوعين|שבועיים/u, 'week', 2],
	[/شهران|شهرين|חודשיים/u, 'month', 2],
	[/يومان|يومين|יומיים/u, 'day', 2],
	[/سنتان|سنتين|عامان|عامين|שנתיים/u, 'year', 2],
	[/(?:أسبوع|اسبوع|שבוע)\s+(?:واحد|אחד)/u, 'week', 1],
	[/(?:شهر|חודש)\s+(?:واحد|אחד)/u, 'month', 1],
	[/(?:يوم|יום)\s+(?:واحد|אחד)/u, 'day', 1],
	[/(?:سنة\s+واحدة|عام\s+واحد|שנה\s+אחת)/u, 'year', 1],
];
const COUNTED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${COUNTED_WORDS.map(([words]) => words.source).join('|')})(?![\p{L}\p{M}])`, 'gu');

function countedDuration(_groups: Record<string, string | undefined>, text: string): Duration | null {
	const found = COUNTED_WORDS.find(([words]) => new RegExp(`^(?:${words.source})$`, 'u').test(text));
	return found ? { min: found[2], max: found[2], unit: found[1] } : null;
}

export interface DurationMatch {
	duration: Duration;
	/** Where the match is in the text, for callers that cut it out. */
	start: number;
	end: number;
}

function amountDuration(groups: Record<string, string | undefined>): Duration | null {
	const min = amountValue(groups['min']!);
	const unit = unitOf(groups['unit']!);
	const openEnded = Boolean(groups['least'] || groups['plus'] || groups['more']);
	const max = groups['max'] === undefined ? undefined : amountValue(groups['max']);
	// "0-3 months" counts from the start: the first three months.
	if (min === 0 && max !== undefined && max > 0) return { min: max, max, unit };
	if (!(min > 0)) return null;
	if (max !== undefined) return max >= min ? { min, max, unit } : null;
	return openEnded ? { min, unit } : { min, max: min, unit };
}

/** Where a range in `text` starts and ends, as written: "(3-9 months)" → 3 to 9; "(18+ months)" → from 18, open. */
function rangeIn(text: string): { from: number; to?: number; unit: Unit } | null {
	const match = [...foldDigits(text).matchAll(AMOUNT)][0];
	if (!match) return null;
	const groups = match.groups!;
	const from = amountValue(groups['min']!);
	const to = groups['max'] === undefined ? undefined : amountValue(groups['max']);
	const open = Boolean(groups['least'] || groups['plus'] || groups['more']);
	if (to === undefined && !open) return null;
	return { from, ...(to === undefined ? {} : { to }), unit: unitOf(groups['unit']!) };
}

/**
 * The lengths of units whose ranges chain, each starting where the one before ended and the first at 0 ("0-3 months",
 * "3-9 months", "9-18 months", "18+ months"): they mark the plan's calendar, so a unit lasts from its start to its end
 * (3, 6 and 9 months), and an open range after them says when a unit starts, not how long it lasts (null). Ranges that
 * count from 1, each starting right after the one before ("1-4주", "5-9주", "10-14주"), number the calendar's weeks
 * themselves, the last one included (4, 5 and 5 weeks); three of them make a chain, as two ("1-2 months", "3-4
 * months") may still be lengths. Undefined for units in no chain, whose ranges are lengths ("2-3 months").
 */
export function chainedLengths(titles: readonly string[]): Array<Duration | null | undefined> {
	const ranges = titles.map(rangeIn);
	const lengths: Array<Duration | null | undefined> = titles.map(() => undefined);
	for (let start = 0; start < ranges.length; start++) {
		const first = ranges[start]?.from;
		if (first !== 0 && first !== 1) continue;
		// Counted from 1, a range holds its last number too: the next one starts one after it.
		const inclusive = first;
		let end = start;
		for (let next = ranges[end + 1]; next && ranges[end]!.to !== undefined && next.unit === ranges[end]!.unit && next.from === ranges[end]!.to! + inclusive; next = ranges[end + 1]) end++;
		if (end - start < 1 + inclusive) continue;
		for (let i = start; i <= end; i++) {
			const { from, to, unit } = ranges[i]!;
			lengths[i] = to === undefined ? null : { min: to - from + inclusive, max: to - from + inclusive, unit };
		}
		start = end;
	}
	return lengths;
}

function spanDuration(groups: Record<string, string | undefined>): Duration | null {
	const from = Number(groups['from']);
	const to = groups['to'] === undefined ? from : Number(groups['to']);
	if (!(from > 0) || to < from) return null;
	const count = groups['listed'] === undefined ? to - from + 1 : 1 + groups['listed'].match(/\d+/g)!.length;
	return { min: count, max: count, unit: unitOf(groups['unit']!) };
}

/** Every duration stated in `text`, in order of position. */
export function allDurations(source: string): DurationMatch[] {
	const text = foldDigits(source);
	const found: DurationMatch[] = [];
	for (const [regex, read] of [
		[AMOUNT, amountDuration],
		[SPAN, spanDuration],
		[SPAN_IN_PARENS, spanDuration],
		[COUNTED, countedDuration],
		...SPELLED_AMOUNTS.map((regex) => [regex, amountDuration] as const),
	] as const) {
		for (const match of text.matchAll(regex)) {
			const duration = read(match.groups ?? {}, match[0]);
			if (duration) found.push({ duration, start: match.index, end: match.index + match[0].length });
		}
	}
	return found.sort((a, b) => a.start - b.start).filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
}

// "(Weeks 21+)", "(Mois 7+)": where an open-ended stretch starts on the calendar, in parentheses at the end of a title.
// It states no length (SPAN reads none from it), only a position, which belongs with the label.
const OPEN_POSITION = new RegExp(String.raw`[(（]\s*(?:${Object.values(POSITION_WORDS).join('|')})\s+\d+\s*\+\s*[)）]\s*$`, 'iu');

/** The open-ended calendar position that ends `text` ("(Weeks 21+)"), with its position in `text`; null when none. */
export function findOpenPosition(text: string): { start: number; end: number } | null {
	const match = OPEN_POSITION.exec(foldDigits(text));
	return match ? { start: match.index, end: match.index + match[0].trimEnd().length } : null;
}

/** The first duration stated in `text`, with its position; null when there is none. */
export function findDuration(text: string): DurationMatch | null {
	return allDurations(text)[0] ?? null;
}

/** The first duration stated in `text`: "2-3 months" → {min: 2, max: 3, unit: 'month'}; null when none. */
export function parseDuration(text: string): Duration | null {
	return findDuration(text)?.duration ?? null;
}

const range = (min: string, max: string | undefined): NumberRange | null => {
	const low = amountValue(min);
	const high = max === undefined ? low : amountValue(max);
	return low > 0 && high >= low ? { min: low, max: high } : null;
};

const HOURS = String.raw`(?<min>${NUM})(?:${RANGE}(?<max>${NUM}))?\s*(?:h|hrs?|hours?)\b`;
const DAILY_HOURS = new RegExp(String.raw`\bdaily\b\W{0,6}${HOURS}`, 'iu');
const DAYS = String.raw`(?<min>${NUM})(?:${RANGE}(?<max>${NUM}))?\s*(?:${UNIT_WORDS.day})${END}`;
// "5 days/week", "3 días por semana", "4 hari seminggu", "haftada 5 gün".
const DAYS_PER_WEEK = [new RegExp(`${DAYS}${A_WEEK}`, 'iu'), new RegExp(`${A_WEEK_BEFORE}${DAYS}`, 'iu')];

// "6-10 hours/week", "12 hours per week", "about 20 h a week", "5 horas/semana", "10 Stunden pro Woche", "8 часов в неделю",
// "2 horas al día"; Chinese, Japanese and Korean put the period first: "每周20小时", "每天8-10小时", "週10時間", "매주 10시간".
const HOUR_WORDS = String.raw`h|hrs?|hours?|horas?|heures?|stunden?|std\.?|ore|час(?:а|ов)?|годин(?:и)?|godzin(?:y)?|hodin(?:a|y)?|saat|giờ|jam|小时|小時|時間|시간|ساعت|ساعات|ساعة|שעות|שעה|घंटे|घंटा|ชั่วโมง|ชม\.`;
const AMOUNT_OF_HOURS = String.raw`(?<min>${NUM})(?:${RANGE}(?<max>${NUM}))?\s*(?:${HOUR_WORDS})${END}`;
// A verb may come between the period and the amount: "每天学习两小时", "毎日勉強3時間".
const CJK_AMOUNT_OF_HOURS = String.raw`[^\d，。、；：,.;:]{0,6}?(?:约|大约|約|至少)?\s*(?<min>${NUM})(?:${RANGE}(?<max>${NUM}))?\s*(?:个)?(?:小时|小時|時間|시간)`;
// Persian, Arabic, Hebrew and Hindi may put the period first too, a few words before the amount: "هر هفته حدود ۶ ساعت".
const PERIOD_FIRST_AMOUNT_OF_HOURS = String.raw`(?:\s+[^\s\d]+){0,3}?\s+${AMOUNT_OF_HOURS}`;
const HOURS_PER_WEEK = [
	new RegExp(String.raw`${AMOUNT_OF_HOURS}${A_WEEK}`, 'iu'),
	new RegExp(String.raw`(?:每周|每週|毎週|一周|一週|週|매주|주당|일주일에?)\s*${CJK_AMOUNT_OF_HOURS}`, 'u'),
	new RegExp(String.raw`(?:هر\s+هفته|كل\s+أسبوع|أسبوعي(?:ا|ًا)|כל\s+שבוע|हर\s+(?:हफ़्ते|हफ्ते|सप्ताह))${PERIOD_FIRST_AMOUNT_OF_HOURS}`, 'u'),
];
const HOURS_PER_DAY = [
	new RegExp(String.raw`${AMOUNT_OF_HOURS}${PER}(?:${DAY_WORDS})${END}`, 'iu'),
	new RegExp(String.raw`(?:每天|每日|毎日|天天|一天|1日|매일|하루에?)\s*${CJK_AMOUNT_OF_HOURS}`, 'u'),
	new RegExp(String.raw`(?:هر\s+روز|روزانه|كل\s+يوم|يومي(?:ا|ًا)|כל\s+יום|हर\s+दिन|रोज़?)${PERIOD_FIRST_AMOUNT_OF_HOURS}`, 'u'),
];

// More than one can study: "virtual teachers 24 hours a day" says something is always there, not a plan's pace.
const MOST_HOURS_A_DAY = 16;
const MOST_HOURS_A_WEEK = MOST_HOURS_A_DAY * 7;

/** The first of `patterns` that matches, as a range (of hours, of days), when it is a pace someone can keep (at most `most`). */
function rateBy(patterns: readonly RegExp[], text: string, most: number): NumberRange | null {
	for (const pattern of patterns) {
		const match = pattern.exec(text);
		if (!match) continue;
		const hours = range(match.groups!['min']!, match.groups!['max']);
		return hours && hours.max <= most ? hours : null;
	}
	return null;
}

const plain = (text: string) => foldDigits(text.replace(/\*\*|__/g, ''));

/** Weekly study hours: "6-10 hours/week", "about 20 hours per week", "每周20小时"; null when the text states none. */
export function parseHoursPerWeek(text: string): NumberRange | null {
	return rateBy(HOURS_PER_WEEK, plain(text), MOST_HOURS_A_WEEK);
}

/** Hours a day, stated as a rate: "6–8 hours/day", "at least 4 - 5 hours a day", "2 horas al día", "每天8-10小时". */
function hoursPerDayRate(text: string): NumberRange | null {
	return rateBy(HOURS_PER_DAY, plain(text), MOST_HOURS_A_DAY);
}

/** Daily study hours: "Daily: 2-3 hours", or a rate (hoursPerDayRate). */
export function parseHoursPerDay(text: string): NumberRange | null {
	return rateBy([DAILY_HOURS], plain(text), MOST_HOURS_A_DAY) ?? hoursPerDayRate(text);
}

/** Study days per week: "5 days/week", "7 days a week", "3 días por semana". */
export function parseDaysPerWeek(text: string): NumberRange | null {
	return rateBy(DAYS_PER_WEEK, plain(text), 7);
}

export interface Commitment {
	hoursPerDay?: NumberRange;
	daysPerWeek?: NumberRange;
	hoursPerWeek?: NumberRange;
	/** The source's own lines that state the commitment, list markers removed. */
	note?: string;
}

/** The time commitment stated in a roadmap's own text (its introduction and notes); {} when none. */
export function parseCommitment(lines: readonly string[]): Commitment {
	const commitment: Commitment = {};
	const noteLines: string[] = [];
	for (const line of lines) {
		const hours = commitment.hoursPerDay ? null : hoursPerDayRate(line);
		const days = commitment.daysPerWeek ? null : parseDaysPerWeek(line);
		const weekly = commitment.hoursPerWeek ? null : parseHoursPerWeek(line);
		if (hours) commitment.hoursPerDay = hours;
		if (days) commitment.daysPerWeek = days;
		if (weekly) commitment.hoursPerWeek = weekly;
		if (hours || days || weekly) noteLines.push(line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim());
	}
	if (noteLines.length === 0) return {};
	return {
		...(commitment.hoursPerDay ? { hoursPerDay: commitment.hoursPerDay } : {}),
		...(commitment.daysPerWeek ? { daysPerWeek: commitment.daysPerWeek } : {}),
		...(commitment.hoursPerWeek ? { hoursPerWeek: commitment.hoursPerWeek } : {}),
		note: noteLines.map((l) => (/[.!?:)。！？：）]$/.test(l) ? l : `${l}.`)).join(' '),
	};
}

// Minutes as the languages above write them; a bare "m" only after hours ("1h 30m"), where it cannot be months.
const MINUTE_WORDS = String.raw`mins?\.?|minutes?|minutos?|minuten?|minuti|мин(?:ут[аы]?)?\.?|хвилин[аи]?|хв\.?|minut(?:y|ę)?|dakika|phút|menit|分钟|分鐘|分間|分|분|دقیقه|دقائق|دقيقة|דקות|मिनट|นาที`;
const AMOUNT_OF_EFFORT = new RegExp(
	String.raw`${AMOUNT_START}(?<!\d:)(?:(?<clockHours>\d{1,3}):(?<clockMinutes>[0-5]\d)\s*(?:${HOUR_WORDS})${END}|(?<min>${NUM})(?:${RANGE}(?<max>${NUM}))?\s*(?:${HOUR_WORDS})${END}(?:\s*(?:(?:${AND_WORDS})\s*-?\s*)?(?<extra>\d{1,2})\s*(?:m|${MINUTE_WORDS})${END})?|(?<minMinutes>\d{1,3})(?:${RANGE}(?<maxMinutes>\d{1,3}))?\s*(?:${MINUTE_WORDS})${END})`,
	'giu',
);
// A phase longer than this in hours is a course's whole, said in hours; no lesson states it.
const MOST_EFFORT_HOURS = 1000;

export interface EffortMatch {
	hours: NumberRange;
	start: number;
	end: number;
}

const roundHours = (hours: number) => Math.round(hours * 100) / 100;

export interface EffortOptions {
	/**
	 * The text is where an amount of study time is expected (the value of an effort line, a cell of an effort column):
	 * "9:20h" it opens with is 9 hours 20 minutes. Anywhere else, or after words ("at 18:00h"), it is a clock time.
	 */
	hoursMinutes?: boolean;
}

/** Each amount of study time stated in `text`, in order; null hours for an amount of none ("0 minutes"). */
function effortMatches(source: string, { hoursMinutes = false }: EffortOptions): Array<{ hours: NumberRange | null; start: number; end: number }> {
	if (parseHoursPerWeek(source) || parseHoursPerDay(source)) return [];
	const text = foldDigits(source);
	return [...text.matchAll(AMOUNT_OF_EFFORT)].flatMap((match) => {
		const groups = match.groups!;
		const at = { start: match.index, end: match.index + match[0].length };
		if (groups['clockHours'] !== undefined) {
			if (!hoursMinutes || /\p{L}/u.test(text.slice(0, match.index))) return [];
			const hours = roundHours(Number(groups['clockHours']) + Number(groups['clockMinutes']) / 60);
			return [{ hours: hours > 0 && hours <= MOST_EFFORT_HOURS ? { min: hours, max: hours } : null, ...at }];
		}
		const minutes = groups['minMinutes'] !== undefined;
		const hours = minutes ? range(groups['minMinutes']!, groups['maxMinutes']) : range(groups['min']!, groups['max']);
		if (!hours) return [{ hours: null, ...at }];
		const scale = minutes ? 1 / 60 : 1;
		const extra = groups['extra'] ? Number(groups['extra']) / 60 : 0;
		const effort = { min: roundHours(hours.min * scale + extra), max: roundHours(hours.max * scale + extra) };
		return effort.max <= MOST_EFFORT_HOURS ? [{ hours: effort, ...at }] : [];
	});
}

/**
 * Every amount of study time stated in `text` ("2 hours", "1.5–2 h", "45 min", "1h 30m", "3 h et 56 minutes", "3小时",
 * "90 Minuten"), in order of position; none when the text states a rate instead ("10 hours a week" is a pace, not an amount).
 */
export function allEfforts(text: string, options: EffortOptions = {}): EffortMatch[] {
	return effortMatches(text, options).filter((match): match is EffortMatch => match.hours !== null);
}

/**
 * The study time `text` states first: "45 min" → {min: 0.75, max: 0.75}; null when it states none, or a rate, or
 * first an amount of none ("0 minutes (plus 2 h optional)": what follows is not the time it takes).
 */
export function parseEffort(text: string, options: EffortOptions = {}): NumberRange | null {
	return effortMatches(text, options)[0]?.hours ?? null;
}
