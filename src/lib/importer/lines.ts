/** A line-level view of Markdown: enough structure for the importer, without a full parser. */

export interface SourceLine {
	text: string;
	/** True for fence delimiters and the lines between them: never headings, never escaped. */
	inFence: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Splits text into lines, marking fenced code blocks. */
export function scanLines(text: string): SourceLine[] {
	const lines: SourceLine[] = [];
	let open: string | null = null;
	for (const text_ of text.split('\n')) {
		const fence = FENCE.exec(text_)?.[1];
		if (open === null) {
			if (fence) open = fence;
			lines.push({ text: text_, inFence: Boolean(fence) });
		} else {
			lines.push({ text: text_, inFence: true });
			if (fence && fence[0] === open[0] && fence.length >= open.length && text_.trim() === fence) open = null;
		}
	}
	return lines;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

export function headingOf(line: SourceLine): { level: number; text: string } | null {
	if (line.inFence) return null;
	const match = HEADING.exec(line.text);
	return match ? { level: match[1]!.length, text: (match[2] ?? '').trim() } : null;
}

export const isBlank = (text: string) => text.trim() === '';
export const isThematicBreak = (text: string) => /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(text);
/** Blank or a horizontal rule: lines that carry no content of their own. */
export const isEmptyish = (text: string) => isBlank(text) || isThematicBreak(text);

export function indentOf(text: string): number {
	let width = 0;
	for (const ch of text) {
		if (ch === ' ') width++;
		else if (ch === '\t') width += 4 - (width % 4);
		else break;
	}
	return width;
}

/** Removes `width` columns of leading whitespace (fewer when the line has fewer). */
export function dedent(text: string, width: number): string {
	let removed = 0;
	let i = 0;
	while (i < text.length && removed < width && (text[i] === ' ' || text[i] === '\t')) {
		removed += text[i] === '\t' ? 4 - (removed % 4) : 1;
		i++;
	}
	return text.slice(i);
}

/** An ordered-list item marker at the start of a line: "1. " or "1) ". */
export const ORDERED_ITEM = /^(\s*)(\d{1,3})[.)][ \t]+(\S.*)$/;
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

/** Removes emphasis that wraps the whole text: "**Foundations & Core Skills**" → "Foundations & Core Skills". */
export function unwrapEmphasis(text: string): string {
	let current = text.trim();
	for (;;) {
		const match = /^(\*\*|__|\*|_)(.+)\1$/.exec(current);
		if (!match || match[2]!.includes(match[1]!)) return current;
		current = match[2]!.trim();
	}
}

/** Leading and trailing emoji (and their variation selectors and joiners) removed. */
export function stripEmoji(text: string): string {
	const emoji = String.raw`(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\uFE0F|\u200D|\u20E3)+`;
	return text.replace(new RegExp(`^(?:${emoji}\\s*)+`, 'u'), '').replace(new RegExp(`(?:\\s*${emoji})+$`, 'u'), '').trim();
}

/** Collapses runs of blank lines and rules, and trims blank lines and rules from both ends. */
export function tidyLines(lines: string[]): string[] {
	const out: string[] = [];
	for (const line of scanLines(lines.join('\n'))) {
		if (line.inFence) {
			out.push(line.text);
			continue;
		}
		const text = line.text.replace(/[ \t]+$/, '');
		if (isBlank(text)) {
			if (out.length > 0 && !isBlank(out.at(-1)!)) out.push('');
			continue;
		}
		if (isThematicBreak(text)) {
			// A rule after another rule (blank lines between) says nothing more.
			const previous = [...out].reverse().find((l) => !isBlank(l));
			if (previous === undefined || isThematicBreak(previous)) continue;
			// "text\n---" would make a setext heading: a rule always gets a blank line before it.
			if (out.length > 0 && !isBlank(out.at(-1)!)) out.push('');
			out.push(text);
			out.push('');
			continue;
		}
		out.push(text);
	}
	while (out.length > 0 && isEmptyish(out.at(-1)!)) out.pop();
	while (out.length > 0 && isEmptyish(out[0]!)) out.shift();
	return out;
}
