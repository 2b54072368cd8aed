import type { Code, Image, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readNotebook } from '../../src/lib/importer/notebook/read.ts';
import { shortened, terminalText } from '../../src/lib/importer/notebook/outputs.ts';

// A 1×1 PNG, as Jupyter stores an image output: base64 in the output's bundle.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="4" height="2"/></svg>';

/** A notebook's JSON in nbformat 4, its code in `language`. */
const notebook = (cells: unknown[], language = 'python') => JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: 'k', language } }, cells });
const markdown = (source: string | string[], extra = {}) => ({ cell_type: 'markdown', metadata: {}, source, ...extra });
const code = (source: string | string[], outputs: unknown[] = []) => ({ cell_type: 'code', metadata: {}, execution_count: 1, source, outputs });
const display = (data: Record<string, unknown>) => ({ output_type: 'display_data', metadata: {}, data });

const codeBlocks = (tree: Root) => {
	const found: Code[] = [];
	visit(tree, 'code', (node: Code) => void found.push(node));
	return found.map((node) => ({ lang: node.lang, value: node.value }));
};
const images = (tree: Root) => {
	const found: Image[] = [];
	visit(tree, 'image', (node: Image) => void found.push(node));
	return found.map((node) => node.url);
};
const messages = (notes: ReadonlyArray<{ message: string }>) => notes.map((note) => note.message);

describe('reading a notebook', () => {
	it('reads Markdown cells as Markdown, each on its own, and code cells as code in the kernel\'s language with their text after them', () => {
		const read = readNotebook(
			'lesson.ipynb',
			notebook(
				[
					markdown(['# Loops\n', '\n', 'An unclosed fence ends with its cell:\n', '```python\n', 'for x in y:']),
					code('for i in range(2):\n    print(i)\n', [{ output_type: 'stream', name: 'stdout', text: ['0\n', '1\n'] }, { output_type: 'execute_result', execution_count: 1, metadata: {}, data: { 'text/plain': '2' } }]),
					markdown('After the code.'),
				],
				'Julia',
			),
		);
		expect(read.tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'code', 'code', 'code', 'paragraph']);
		expect(codeBlocks(read.tree)).toEqual([
			{ lang: 'python', value: 'for x in y:' },
			{ lang: 'julia', value: 'for i in range(2):\n    print(i)' },
			// The stream and the result, one block as the notebook shows them.
			{ lang: 'text', value: '0\n1\n2' },
		]);
		expect(toString(read.tree.children.at(-1)!)).toBe('After the code.');
		// The text is the cells one after another: positions point into it, and each cell's first line is known.
		expect(read.text).toBe('# Loops\n\nAn unclosed fence ends with its cell:\n```python\nfor x in y:\n\n```julia\nfor i in range(2):\n    print(i)\n```\n\nAfter the code.\n');
		const last = read.tree.children.at(-1)!;
		expect(read.text.slice(last.position!.start.offset, last.position!.end.offset)).toBe('After the code.');
		expect(read.cells).toEqual([
			{ number: 1, line: 1 },
			{ number: 2, line: 7 },
			{ number: 3, line: 12 },
		]);
		expect(last.position!.start.line).toBe(12);
	});

	it('reads nbformat 3: worksheets, heading cells, code `input`, and outputs keyed by short names', () => {
		const v3 = JSON.stringify({
			nbformat: 3,
			metadata: { language: 'python' },
			worksheets: [
				{
					cells: [
						{ cell_type: 'heading', level: 2, source: ['Old notebooks'] },
						{ cell_type: 'code', language: 'python', input: ['x = 1\n', 'x'], outputs: [{ output_type: 'pyout', text: ['1'], prompt_number: 1 }, { output_type: 'display_data', png: PNG, text: ['<Figure>'] }] },
						{ cell_type: 'code', input: '1/0', outputs: [{ output_type: 'pyerr', ename: 'ZeroDivisionError', evalue: 'division by zero', traceback: ['\u001b[0;31mZeroDivisionError\u001b[0m: division by zero'] }] },
					],
				},
			],
		});
		const read = readNotebook('old.ipynb', v3);
		expect(read.tree.children[0]).toMatchObject({ type: 'heading', depth: 2 });
		expect(codeBlocks(read.tree)).toEqual([
			{ lang: 'python', value: 'x = 1\nx' },
			{ lang: 'text', value: '1' },
			{ lang: 'python', value: '1/0' },
			{ lang: 'text', value: 'ZeroDivisionError: division by zero' },
		]);
		expect(images(read.tree)).toEqual(['/old.ipynb/old-cell-2.png']);
	});

	it('keeps image outputs as images, their bytes under the notebook\'s path, PNG before SVG', () => {
		const read = readNotebook(
			'part 1/plots.ipynb',
			notebook([
				code('plot()', [display({ 'image/png': PNG, 'image/svg+xml': SVG, 'text/plain': '<Figure size 640x480 with 1 Axes>' }), display({ 'image/svg+xml': SVG.split(/(?<=>)/), 'text/plain': '<Figure>' })]),
			]),
		);
		expect(images(read.tree)).toEqual(['/part%201/plots.ipynb/plots-cell-1.png', '/part%201/plots.ipynb/plots-cell-1-2.svg']);
		expect([...read.images.keys()]).toEqual(['part 1/plots.ipynb/plots-cell-1.png', 'part 1/plots.ipynb/plots-cell-1-2.svg']);
		expect(Buffer.from(read.images.get('part 1/plots.ipynb/plots-cell-1.png')!).toString('base64')).toBe(PNG);
		expect(Buffer.from(read.images.get('part 1/plots.ipynb/plots-cell-1-2.svg')!).toString('utf8')).toBe(SVG);
		// A figure's text ("<Figure …>") stands for the image: it is not shown beside it.
		expect(codeBlocks(read.tree)).toEqual([{ lang: 'python', value: 'plot()' }]);
		expect(read.notes).toEqual([]);
	});

	it('shows a rich output\'s plain text, and leaves out, with a note naming the cell, what only a running notebook shows', () => {
		const read = readNotebook(
			'data.ipynb',
			notebook([
				markdown('# Data'),
				code('df', [{ output_type: 'execute_result', execution_count: 1, metadata: {}, data: { 'text/html': '<table>…</table>', 'text/plain': ['   a\n', '0  1'] } }]),
				code('HTML("<b>hi</b>")', [display({ 'text/html': '<b>hi</b>', 'text/plain': '<IPython.core.display.HTML object>' })]),
				code('IntSlider()', [display({ 'application/vnd.jupyter.widget-view+json': { model_id: 'a' }, 'text/plain': 'IntSlider(value=0)' })]),
				code('Javascript("x")', [display({ 'application/javascript': 'x' })]),
				code('Markdown("**bold**")', [display({ 'text/markdown': '**bold** words', 'text/plain': '<IPython.core.display.Markdown object>' })]),
			]),
		);
		expect(codeBlocks(read.tree).filter((block) => block.lang === 'text')).toEqual([{ lang: 'text', value: '   a\n0  1' }]);
		expect(read.tree.children.at(-1)).toMatchObject({ type: 'paragraph', children: [{ type: 'strong' }, { type: 'text', value: ' words' }] });
		expect(read.notes).toEqual([
			{ message: 'an output of type `text/html` is shown as its plain-text form', line: 3 },
			{ message: expect.stringMatching(/^left out an output of type `text\/html`: /), line: 7 },
			{ message: expect.stringMatching(/^left out an output of type `application\/vnd\.jupyter\.widget-view\+json`: /), line: 11 },
			{ message: expect.stringMatching(/^left out an output of type `application\/javascript`: /), line: 15 },
		]);
		expect(read.cells.map((cell) => cell.line)).toEqual([1, 3, 7, 11, 15, 19]);
	});

	it('shows terminal text as a terminal does: no ANSI colours, backspaces and carriage returns applied', () => {
		expect(terminalText('\u001b[0;31mValueError\u001b[0m: bad')).toBe('ValueError: bad');
		expect(terminalText(' 10%\r 50%\r100%\r\nDone\n')).toBe('100%\nDone\n');
		expect(terminalText('Epoch 1/2 [=>...]\r\nab\b\bcd\u0007\n')).toBe('Epoch 1/2 [=>...]\ncd\n');
	});

	it('shortens an output of more than 100 lines to its first and last lines, saying so in the block and in a note', () => {
		const notes: string[] = [];
		const whole = Array.from({ length: 100 }, (_, i) => `epoch ${i + 1}`).join('\n');
		expect(shortened(whole, notes)).toBe(whole);
		const log = Array.from({ length: 1000 }, (_, i) => `epoch ${i + 1}`).join('\n');
		const shown = shortened(log, notes).split('\n');
		expect(shown).toHaveLength(81);
		expect(shown.slice(0, 2)).toEqual(['epoch 1', 'epoch 2']);
		expect(shown[60]).toBe('[… 920 more lines of output …]');
		expect(shown.at(-1)).toBe('epoch 1000');
		expect(notes).toEqual([`an output of 1000 lines (${log.length} characters) shows its first and last lines only; the notebook has all of it`]);
		// One enormous line is cut too.
		const line = 'x'.repeat(50_000);
		expect(shortened(line, []).length).toBeLessThan(10_000);
	});

	it('keeps an image pasted into a Markdown cell, and gives the alt text of one that names no attachment', () => {
		const read = readNotebook(
			'notes.ipynb',
			notebook([markdown('Intro'), markdown(['A sketch:\n', '\n', '![sketch](attachment:image.png)\n', '![lost](attachment:other.png)'], { attachments: { 'image.png': { 'image/png': PNG } } })]),
		);
		expect(images(read.tree)).toEqual(['/notes.ipynb/notes-cell-2-image.png']);
		expect(toString(read.tree.children.at(-1)!)).toBe('sketch\nlost');
		expect(read.notes).toEqual([{ message: 'the image "attachment:other.png" names no attachment of its cell, so its alt text stands in for it', line: 6 }]);
	});

	it('reads frontmatter in the first cell only: a later cell\'s `---` is a rule', () => {
		const read = readNotebook('x.ipynb', notebook([markdown('---\ntitle: A notebook\n---\n# Start'), markdown('---\n## Exercises\n---')]));
		expect(read.tree.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'thematicBreak', 'heading', 'thematicBreak']);
	});

	it('notes a file that is no notebook, and reads nothing of it', () => {
		const read = readNotebook('broken.ipynb', '{"cells": [');
		expect(read.tree.children).toEqual([]);
		expect(messages(read.notes)).toEqual([expect.stringMatching(/^the file is no notebook Jupyter can open \(its JSON does not parse: .*\), so nothing of it was imported$/)]);
	});
});
