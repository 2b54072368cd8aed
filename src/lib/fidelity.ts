/**
 * Measures how faithfully a site publishes a source document: the source is split into units
 * (headings, list items, lines) and a unit counts as published when all of its words appear on one page.
 */

export interface FidelityReport {
	total: number;
	found: number;
	/** found / total, 0..1 (1 for an empty source). */
	ratio: number;
	missing: string[];
}

/** Lower-case words (letters and digits); emoji, punctuation and Markdown markers are not words. */
export function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** One unit per non-empty line, without Markdown syntax; horizontal rules and lines without words are skipped. */
export function sourceUnits(markdown: string): string[] {
	return markdown
		.split(/\r?\n/)
		.map((line) =>
			line
				.replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/, '')
				.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
				.replace(/[*_`]/g, '')
				.trim(),
		)
		.filter((line) => !/^(-{3,}|\*{3,}|_{3,})$/.test(line) && words(line).length > 0);
}

export function measureFidelity(units: string[], pages: string[]): FidelityReport {
	const pageWords = pages.map((text) => new Set(words(text)));
	const missing = units.filter((unit) => !pageWords.some((page) => words(unit).every((word) => page.has(word))));
	const total = units.length;
	return { total, found: total - missing.length, ratio: total === 0 ? 1 : (total - missing.length) / total, missing };
}
