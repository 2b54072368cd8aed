/**
 * Slide decks: slides separated by `---` lines, the deck's settings in its headmatter. In a Slidev deck (`theme`,
 * `transition`), each slide's own settings are YAML fields between two `---` lines (`layout: section`, `class:
 * text-center`) and the columns of a two-column slide are opened by slot lines (`::right::`); a Marp deck
 * (`marp: true`) sizes and places its images with keywords in their descriptions (`![bg left:30% Portrait](…)`).
 * GitHub shows these as headings and text; the deck shows them as the slide's look, not as its text. The importer
 * keeps the slides' content in order, one rule between slides, and notes what it left out.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseDocument } from 'yaml';
import type { ImportNote } from './notes.ts';
import { frontmatterFields } from './parse.ts';

// Settings a presentation's headmatter has and a page's frontmatter does not: its theme and its slides' transitions.
const DECK_SETTINGS = ['theme', 'transition'];
// Slidev's settings are names a program reads, camel-cased ("layout", "hideInToc"), not a sentence's opening words.
const FIELD_NAME = /^[a-z][A-Za-z0-9_-]*$/;
// "::right::", ":: left ::": where a layout's named slot starts.
const SLOT = /^::\s*[A-Za-z][\w-]*\s*::$/;

// Marpit's image keywords: a background and where it goes, a size, a CSS filter (https://marpit.marp.app/image-syntax).
const MARP_IMAGE_KEYWORD =
	/^(?:bg|left|right|vertical|contain|cover|fit|auto|\d+(?:\.\d+)?%|(?:left|right):\d+(?:\.\d+)?%|(?:w|h|width|height):\S+|(?:blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::\S+)?)$/;

/** A Marp deck's image descriptions without the keywords that size and place the images. */
function marpImages(tree: Root, notes: ImportNote[]): void {
	let first: { keywords: string; line: number | undefined } | undefined;
	visit(tree, 'image', (image) => {
		const words = (image.alt ?? '').split(/\s+/).filter(Boolean);
		const keywords = words.filter((word) => MARP_IMAGE_KEYWORD.test(word));
		if (keywords.length === 0) return;
		first ??= { keywords: keywords.join(' '), line: image.position?.start.line };
		image.alt = words.filter((word) => !MARP_IMAGE_KEYWORD.test(word)).join(' ');
	});
	if (first) notes.push({ message: `read as a Marp slide deck: left out the keywords that size and place its images on the slides (${first.keywords}) from their descriptions`, line: first.line });
}

interface SlideSettings {
	/** Index of the first node the block was read as, and of the node its closing `---` line ends. */
	from: number;
	to: number;
	keys: string[];
	line: number;
}

/**
 * The YAML fields opening the slide after the rule at `i` (Slidev: a `---` line followed at once by text starts the
 * slide's frontmatter, up to the next `---` line). Markdown reads them as a heading underlined by the closing `---`,
 * or as lines before a rule when a blank line comes first.
 */
function settingsAfter(children: readonly RootContent[], i: number, lines: readonly string[]): SlideSettings | null {
	const rule = children[i]!;
	const opening = rule.position?.end.line;
	const first = children[i + 1];
	if (opening === undefined || first?.position?.start.line !== opening + 1) return null;
	for (let k = i + 1; k < children.length; k++) {
		const node = children[k]!;
		const end = node.position?.end.line;
		if (end === undefined) return null;
		const closedBy = node.type === 'thematicBreak' ? node.position!.start.line : node.type === 'heading' && node.depth === 2 && /^-+\s*$/.test(lines[end - 1] ?? '') ? end : null;
		if (closedBy === null) continue;
		if (lines[closedBy - 1]?.trim() !== '---') return null;
		const header = parseDocument(lines.slice(opening, closedBy - 1).join('\n'), { logLevel: 'silent' });
		const fields: unknown = header.errors.length === 0 ? header.toJS() : null;
		if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return null;
		const keys = Object.keys(fields);
		return keys.length > 0 && keys.every((key) => FIELD_NAME.test(key)) ? { from: i + 1, to: k, keys, line: opening + 1 } : null;
	}
	return null;
}

/** Leaves out a slide deck's settings of its slides, with one note; any other page stays as it is. */
export function slideDecks(tree: Root, text: string, notes: ImportNote[]): void {
	const headmatter = frontmatterFields(tree);
	if (!headmatter) return;
	if (headmatter['marp'] === true) {
		marpImages(tree, notes);
		return;
	}
	const lines = text.split('\n');
	const settings = tree.children.flatMap((node, i) => (node.type === 'thematicBreak' ? [settingsAfter(tree.children, i, lines)] : [])).filter((block) => block !== null);
	if (settings.length === 0 && !DECK_SETTINGS.some((key) => Object.hasOwn(headmatter, key))) return;
	const slots = tree.children.filter((node) => node.type === 'paragraph' && SLOT.test(toString(node).trim()));
	if (settings.length === 0 && slots.length === 0) return;
	const dropped = new Set<RootContent>([...settings.flatMap((block) => tree.children.slice(block.from, block.to + 1)), ...slots]);
	tree.children = tree.children.filter((node) => !dropped.has(node));
	const keys = [...new Set(settings.flatMap((block) => block.keys))];
	const what = [...(keys.length > 0 ? [`its slides' own settings (${keys.join(', ')})`] : []), ...(slots.length > 0 ? [`the lines naming a layout's columns (${toString(slots[0]!).trim()})`] : [])];
	notes.push({ message: `read as a Slidev slide deck: left out ${what.join(' and ')}, which set how the slides look, not what they say`, line: settings[0]?.line ?? slots[0]!.position?.start.line });
}
