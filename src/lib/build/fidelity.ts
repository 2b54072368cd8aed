/**
 * Measures how faithfully a site publishes a source document: the source is split into units (headings,
 * paragraph lines, list items, table cells) and a unit counts as published when all of its words appear on one page.
 */
import type { Nodes } from 'mdast';
import { admonitionBlocks } from '../importer/markdown/admonitions.ts';
import { hugoShortcodeText } from '../importer/markdown/shortcodes.ts';
import { parseMarkdown } from '../importer/markdown/parse.ts';

export interface FidelityReport {
	total: number;
	found: number;
	/** found / total, 0..1 (1 for an empty source). */
	ratio: number;
	missing: string[];
}

/**
 * Lower-case words (letters and digits); emoji, punctuation and Markdown markers are not words. A number is its
 * value: a table's "| 05 |" is the "Day 5" of the page.
 */
export function words(text: string): string[] {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.replace(/^0+(?=\d+$)/, ''));
}

/**
 * The text a reader reads in a node: no raw HTML, code blocks or image alt text (none of them is prose on a page),
 * a line break where the source breaks the line.
 */
function prose(node: Nodes): string {
	switch (node.type) {
		case 'text':
		case 'inlineCode':
			return node.value;
		case 'break':
			return '\n';
		case 'html':
		case 'code':
		case 'image':
		case 'imageReference':
			return '';
		default:
			return 'children' in node ? node.children.map((child) => prose(child)).join('') : '';
	}
}

/**
 * The units of a Markdown source, as GitHub parses it (GFM): each heading, each line of a paragraph, the own text
 * of each list item (its first paragraph; further paragraphs and nested lists are units of their own), each table
 * cell. Code blocks and raw HTML are not
 * units, nor is anything without words (rules, emoji-only lines). Given the folder's files, wiki links that name one
 * are read as the importer reads them: their words, an embedded image none.
 */
export function sourceUnits(markdown: string, wikiLinkFiles?: readonly string[]): string[] {
	const units: string[] = [];
	const add = (text: string) => {
		const unit = text.replace(/\s+/g, ' ').trim();
		if (words(unit).length > 0) units.push(unit);
	};
	const collect = (node: Nodes) => {
		switch (node.type) {
			case 'heading':
			case 'tableCell':
				add(prose(node));
				return;
			case 'paragraph':
				prose(node).split('\n').forEach(add);
				return;
			case 'listItem': {
				// The item's own text is its first paragraph, however it wraps; what follows is the item's body.
				const [first, ...rest] = node.children;
				if (first?.type === 'paragraph') add(prose(first));
				else if (first) collect(first);
				rest.forEach(collect);
				return;
			}
			default:
				if ('children' in node) for (const child of node.children) collect(child);
		}
	};
	// A Hugo page's links by reference (`[x]({{< ref "setup.md" >}})`) are links, read as the importer reads them.
	const text = hugoShortcodeText(markdown);
	const tree = parseMarkdown(text, wikiLinkFiles ? { wikiLinkFiles } : {});
	// A docs site's containers and admonitions ("::: details Title", "!!! note") are syntax, read as the importer reads them.
	admonitionBlocks(tree, text, []);
	collect(tree);
	return units;
}

export function measureFidelity(units: string[], pages: string[]): FidelityReport {
	const pageWords = pages.map((text) => new Set(words(text)));
	const missing = units.filter((unit) => !pageWords.some((page) => words(unit).every((word) => page.has(word))));
	const total = units.length;
	return { total, found: total - missing.length, ratio: total === 0 ? 1 : (total - missing.length) / total, missing };
}
