/**
 * Line-level helpers for what a plan's labelled lines say ("**Goal**: …", "- Projects:"): the few rules of ours
 * that read a line of text rather than a Markdown tree.
 */

export const isBlank = (text: string) => text.trim() === '';
const isThematicBreak = (text: string) => /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(text);
/** Blank or a horizontal rule: lines that carry no content of their own. */
export const isEmptyish = (text: string) => isBlank(text) || isThematicBreak(text);

/** Columns of whitespace a line opens with, a tab reaching the next multiple of four (as Python-Markdown reads it). */
export function indentOf(text: string): number {
	let width = 0;
	for (const ch of text) {
		if (ch === ' ') width++;
		else if (ch === '\t') width += 4 - (width % 4);
		else break;
	}
	return width;
}

/** Any list item marker. */
export const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,3}[.)])[ \t]+/;

/** Bold/italic markers removed and whitespace collapsed: "**Database = 2** Months" → "Database = 2 Months". */
export function stripEmphasis(text: string): string {
	return text
		.replace(/\*\*|__/g, '')
		.replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=$|[\s).,:;!?])/g, '$1$2')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A run of emoji (with their joiners, variation selectors, skin tones and a flag's tag letters), as a `u` regular
 * expression's source: a skin tone left behind ("👐🏻 Tipos" → "🏻 Tipos") would title the phase with a brown square.
 */
export const EMOJI = String.raw`(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|[\u{E0020}-\u{E007F}]|\uFE0F|\u200D|\u20E3)+`;

/** Leading and trailing emoji (and their variation selectors and joiners) removed. */
export function stripEmoji(text: string): string {
	return text.replace(new RegExp(`^(?:${EMOJI}\\s*)+`, 'u'), '').replace(new RegExp(`(?:\\s*${EMOJI})+$`, 'u'), '').trim();
}

/** The text with its first letter in capitals, as a title starts ("finetuning" → "Finetuning"); the rest as written. */
/** A text's words, lower-cased and single-spaced, to tell whether two texts say the same ("Week 1: Basics" and "week-1 basics"). */
export const comparableWords = (text: string) => text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
export const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
