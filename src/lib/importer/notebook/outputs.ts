/**
 * What a code cell printed and displayed, as a page can show it: an image as an image, text (streams, results,
 * errors) as a plain text block after the code, Markdown as Markdown, and what only a running notebook can show
 * (widgets, HTML, JavaScript) left out, with a note.
 */
import type { Code, Paragraph, RootContent } from 'mdast';
import { parseMarkdown } from '../markdown/parse.ts';
import { withoutPositions } from '../tidy.ts';
import { type MimeBundle, multiline, type Output } from './nbformat.ts';

/** Keeps an image's bytes and returns the URL the page names it by; null when the bytes are no image a page can show. */
export type KeepImage = (bytes: Uint8Array, extension: string) => string | null;

// Raster images first, as Jupyter's own exports prefer them too: a plot of many points is kilobytes as a PNG and can be
// megabytes as an SVG. (nbformat stores raster images in base64 and SVG as text.)
const IMAGE_TYPES = [
	{ type: 'image/png', extension: 'png' },
	{ type: 'image/jpeg', extension: 'jpg' },
	{ type: 'image/gif', extension: 'gif' },
	{ type: 'image/webp', extension: 'webp' },
	{ type: 'image/svg+xml', extension: 'svg' },
] as const;

/** The first image of a bundle a page can show, kept by `keep`; the types of those that are no image are noted. */
export function bundleImage(bundle: MimeBundle, keep: KeepImage, notes: string[]): string | null {
	for (const { type, extension } of IMAGE_TYPES) {
		if (!(type in bundle)) continue;
		const value = multiline(bundle[type]);
		const url = keep(Buffer.from(value, type === 'image/svg+xml' ? 'utf8' : 'base64'), extension);
		if (url !== null) return url;
		notes.push(`left out an image of type \`${type}\` whose data is no image a page can show`);
	}
	return null;
}

const WIDGET = 'application/vnd.jupyter.widget-view+json';
// Python's text for an object without one of its own: "<IPython.core.display.HTML object>", "<matplotlib.animation.FuncAnimation at 0x7ff8…>".
const DEFAULT_REPR = /^<[\w.]+(?: object| at 0x[\da-f]+)>$/;

/** Whether a rich output's plain text only names the thing shown (a widget's parts, an object's class), not what it shows. */
const namesOnly = (plain: string, bundle: MimeBundle) => WIDGET in bundle || DEFAULT_REPR.test(plain.trim());

const code = (value: string): Code => ({ type: 'code', lang: 'text', meta: null, value });
const imageParagraph = (url: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'image', url, alt: 'Output of the code above', title: null }] });

/** The nodes that show a code cell's outputs, in order, and notes on what they leave out or change. */
export function outputNodes(outputs: readonly Output[], keep: KeepImage): { nodes: RootContent[]; notes: string[] } {
	const nodes: RootContent[] = [];
	const notes: string[] = [];
	// Text outputs one after another (a print, then the cell's result) read as one block, as the notebook shows them:
	// streams run on (a line printed in pieces, a progress bar redrawn across outputs), a result or an error starts a line.
	let text = '';
	const endText = () => {
		const block = terminalText(text).replace(/\n+$/, '');
		if (block.trim()) nodes.push(code(shortened(block, notes)));
		text = '';
	};
	const addLines = (value: string) => {
		text += `${text && !text.endsWith('\n') ? '\n' : ''}${value}\n`;
	};
	for (const output of outputs) {
		if (output.type === 'stream') {
			text += output.text ?? '';
			continue;
		}
		if (output.type === 'error') {
			addLines(output.traceback ?? '');
			continue;
		}
		const bundle = output.data ?? {};
		const image = bundleImage(bundle, keep, notes);
		const markdown = multiline(bundle['text/markdown']);
		if (image !== null || markdown) {
			endText();
			nodes.push(...(image !== null ? [imageParagraph(image)] : withoutPositions(parseMarkdown(markdown, { frontmatter: false }).children)));
			continue;
		}
		const plain = multiline(bundle['text/plain']);
		const others = Object.keys(bundle).filter((type) => type !== 'text/plain' && !IMAGE_TYPES.some((image) => image.type === type));
		const types = others.map((type) => `\`${type}\``).join(', ');
		if (plain.trim() && (others.length === 0 || !namesOnly(plain, bundle))) {
			addLines(plain);
			// A DataFrame's table, a formula: the richer form needs a notebook's renderer; its text is what stays.
			if (others.length > 0) notes.push(`an output of type ${types} is shown as its plain-text form`);
		} else if (others.length > 0) {
			notes.push(`left out an output of type ${types}: a page shows a notebook's text and images, not what needs a running notebook (widgets, HTML, scripts)`);
		}
	}
	endText();
	return { nodes, notes };
}

// CSI sequences (colours, cursor moves), OSC sequences (titles, hyperlinks) and two-character escapes.
const ANSI_ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;

/**
 * Text written for a terminal as the terminal shows it: without ANSI colours (IPython's tracebacks have them), a
 * backspace taking back the character before it, and a carriage return starting its line over, so that a progress
 * bar redrawn a hundred times shows once, as it ended.
 */
export function terminalText(text: string): string {
	let shown = text.replace(ANSI_ESCAPE, '').replace(/\r+\n/g, '\n');
	while (/[^\n\x08]\x08/.test(shown)) shown = shown.replace(/[^\n\x08]\x08/g, '');
	return shown
		.split('\n')
		.map((line) => {
			const drawn = line.replace(/\r+$/, '');
			return drawn.slice(drawn.lastIndexOf('\r') + 1);
		})
		.join('\n')
		.replace(CONTROL, '');
}

// A training log or a printed dataset can run to thousands of lines. A page shows an output to say what the code did,
// and each phase page, and the roadmap's printable page that holds them all, would carry every line of it: a longer
// output keeps its first and last lines, says in the block how many lines it leaves out, and the report says where.
// Outputs of a few dozen lines (a model's summary, ten epochs of training) stay whole.
const MAX_OUTPUT = { lines: 100, chars: 10_000 };
const HEAD = { lines: 60, chars: 6_000 };
const TAIL = { lines: 20, chars: 2_000 };

/** The lines that fit in a number of lines and characters; a line longer than the room left is cut there, with "…". */
function fitting(lines: readonly string[], room: { lines: number; chars: number }): string[] {
	const kept: string[] = [];
	let chars = 0;
	for (const line of lines) {
		if (kept.length === room.lines || chars >= room.chars) break;
		const left = room.chars - chars;
		kept.push(line.length > left ? `${line.slice(0, left)}…` : line);
		chars += Math.min(line.length, left) + 1;
	}
	return kept;
}

/** A text output as the page shows it: whole, or its first and last lines when it is longer than MAX_OUTPUT. */
export function shortened(text: string, notes: string[]): string {
	const lines = text.split('\n');
	if (lines.length <= MAX_OUTPUT.lines && text.length <= MAX_OUTPUT.chars) return text;
	const head = fitting(lines, HEAD);
	const tail = fitting(lines.slice(head.length).reverse(), TAIL).reverse();
	const leftOut = lines.length - head.length - tail.length;
	notes.push(`an output of ${lines.length} lines (${text.length} characters) shows its first and last lines only; the notebook has all of it`);
	return [...head, ...(leftOut > 0 ? [`[… ${leftOut} more lines of output …]`] : []), ...tail].join('\n');
}
