/**
 * A Jupyter notebook as a lesson file, shown as Jupyter shows it: Markdown cells as Markdown, code cells as code
 * blocks in the notebook's language followed by their outputs (see outputs.ts), raw cells as plain text. Each cell is
 * parsed on its own, as Jupyter renders it: an unclosed code fence or HTML block ends with its cell.
 */
import type { Code, Image, Parents, Root, RootContent } from 'mdast';
import { posix } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import { isReadableImageData } from '../../checks/image-file.ts';
import { safeDecode } from '../links.ts';
import type { ImportNote } from '../markdown/notes.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { toMdx } from '../markdown/serialize.ts';
import { root } from '../tidy.ts';
import { type Cell, type MimeBundle, parseNotebook } from './nbformat.ts';
import { bundleImage, type KeepImage, outputNodes } from './outputs.ts';

/** Where a cell's text starts in the notebook's: notes name the cell a line is in. */
export interface NotebookCellStart {
	/** Its place among the notebook's cells, from 1. */
	number: number;
	line: number;
}

export interface NotebookDocument {
	/**
	 * The cells' sources one after another as Markdown (code fenced): what the tree's positions point into, where
	 * notes find their cell, and what sources/ keeps of a notebook read as the plan's document.
	 */
	text: string;
	tree: Root;
	cells: NotebookCellStart[];
	/** Images of the outputs and attachments, by the plan path the tree's images name them with. */
	images: Map<string, Uint8Array>;
	notes: ImportNote[];
}

/** Moves the positions of a cell's nodes from the cell's own text to where the cell starts in the notebook's. */
function placeAt(nodes: readonly RootContent[], line: number, offset: number): void {
	for (const node of nodes) {
		visit(node, (n) => {
			if (!n.position) return;
			const { start, end } = n.position;
			n.position = {
				start: { line: start.line + line - 1, column: start.column, offset: (start.offset ?? 0) + offset },
				end: { line: end.line + line - 1, column: end.column, offset: (end.offset ?? 0) + offset },
			};
		});
	}
}

/** A code block and the text it is written as, its position spanning that text (in the cell's own coordinates). */
function codeBlock(lang: string | null, value: string): { text: string; node: Code } {
	const node: Code = { type: 'code', lang, meta: null, value };
	const text = toMdx(root([node])).trimEnd();
	const lines = text.split('\n');
	node.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: lines.at(-1)!.length + 1, offset: text.length } };
	return { text, node };
}

const ATTACHMENT = /^attachment:/i;

/**
 * A Markdown cell's images pasted into the notebook (`![plot](attachment:image.png)`): kept as images, or, when the
 * cell has no such attachment, their alt text, with a note.
 */
function attachedImages(tree: Root, attachments: Record<string, MimeBundle>, keep: (name: string) => KeepImage, notes: ImportNote[]): void {
	visit(tree, 'image', (node: Image, index, parent: Parents | undefined) => {
		if (!ATTACHMENT.test(node.url) || parent === undefined || index === undefined) return;
		const name = safeDecode(node.url.replace(ATTACHMENT, ''));
		const found: string[] = [];
		const url = Object.hasOwn(attachments, name) ? bundleImage(attachments[name]!, keep(name), found) : null;
		notes.push(...found.map((message) => ({ message, line: node.position?.start.line })));
		if (url !== null) {
			node.url = url;
			return;
		}
		notes.push({ message: `the image "${node.url}" names no attachment of its cell, so its alt text stands in for it`, line: node.position?.start.line });
		parent.children.splice(index, 1, { type: 'text', value: node.alt || name } as (typeof parent.children)[number]);
		return [SKIP, index];
	});
}

/**
 * Reads a notebook at `path` (relative to the plan's folder). Its images are named as files under the notebook's own
 * path ("lessons/01.ipynb/01-cell-4.png"), where no file of the plan can be, and are written to the roadmap's images
 * like the plan's own.
 */
export function readNotebook(path: string, json: string): NotebookDocument {
	const images = new Map<string, Uint8Array>();
	const notes: ImportNote[] = [];
	let notebook;
	try {
		notebook = parseNotebook(json);
	} catch (error) {
		notes.push({ message: `the file is no notebook Jupyter can open (${(error as Error).message}), so nothing of it was imported` });
		return { text: '', tree: root([]), cells: [], images, notes };
	}
	const stem = posix.basename(path).replace(/\.ipynb$/i, '');
	/** Keeps an image of a cell under a name of its own, and returns its URL from the plan's root. */
	const keepAs =
		(name: string): KeepImage =>
		(bytes, extension) => {
			if (!isReadableImageData(bytes)) return null;
			const file = `${path}/${stem}-${name}${name.toLowerCase().endsWith(`.${extension}`) ? '' : `.${extension}`}`;
			images.set(file, bytes);
			return `/${file.split('/').map(encodeURIComponent).join('/')}`;
		};

	const chunks: string[] = [];
	const children: RootContent[] = [];
	const cells: NotebookCellStart[] = [];
	let line = 1;
	let offset = 0;
	for (const cell of notebook.cells) {
		// Blank lines around a cell's text show nothing; indentation of its first line may mean code.
		const source = cell.source.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd();
		if (source === '' && cell.outputs.length === 0) continue;
		const read = readCell(cell, source, notebook.language, { line, offset }, keepAs, notes);
		cells.push({ number: cell.number, line });
		chunks.push(read.text);
		children.push(...read.nodes);
		// Cells are written a blank line apart.
		line += read.text.split('\n').length + 1;
		offset += read.text.length + 2;
	}
	return { text: chunks.length > 0 ? `${chunks.join('\n\n')}\n` : '', tree: root(children), cells, images, notes };
}

/** One cell's text and nodes, placed where the cell starts in the notebook's text (`at`). */
function readCell(cell: Cell, source: string, language: string | null, at: { line: number; offset: number }, keepAs: (name: string) => KeepImage, notes: ImportNote[]): { text: string; nodes: RootContent[] } {
	if (cell.type === 'markdown') {
		// Only a notebook's first cell can open with frontmatter (Jupyter Book's, Jupytext's).
		const tree = parseMarkdown(source, { frontmatter: cell.number === 1 });
		placeAt(tree.children, at.line, at.offset);
		attachedImages(tree, cell.attachments, (name) => keepAs(`cell-${cell.number}-${name}`), notes);
		return { text: source, nodes: tree.children };
	}
	// A raw cell is text for nbconvert to pass on to another format; Jupyter shows it as it is written.
	const written = source === '' ? null : codeBlock(cell.type === 'code' ? language : 'text', source);
	if (written) placeAt([written.node], at.line, at.offset);
	let count = 0;
	const outputs = outputNodes(cell.outputs, (bytes, extension) => keepAs(`cell-${cell.number}${++count > 1 ? `-${count}` : ''}`)(bytes, extension));
	// Notes on outputs name the cell: its first line.
	notes.push(...outputs.notes.map((message) => ({ message, line: at.line })));
	return { text: written?.text ?? '', nodes: [...(written ? [written.node] : []), ...outputs.nodes] };
}
