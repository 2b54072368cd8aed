import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Code, Image, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/importer/index.ts';
import { readNotebook } from '../../src/lib/importer/notebook/read.ts';
import { shortened, terminalText } from '../../src/lib/importer/notebook/outputs.ts';
import { runImport } from '../../src/lib/importer/run.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const fixture = join(repoRoot, 'tests/fixtures/import/notebook-course');
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

	it('runs streams on, as a line printed in pieces or a progress bar redrawn across outputs shows, and starts a result on a line of its own', () => {
		const stream = (text: string) => ({ output_type: 'stream', name: 'stdout', text });
		const read = readNotebook('x.ipynb', notebook([code('train()', [stream('Loading'), stream('... done\n'), stream('\r 10%'), stream('\r100%'), { output_type: 'execute_result', execution_count: 1, metadata: {}, data: { 'text/plain': '0.93' } }])]));
		expect(codeBlocks(read.tree)[1]).toEqual({ lang: 'text', value: 'Loading... done\n100%\n0.93' });
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

function writeFiles(root: string, files: Record<string, string>) {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
}

/** Calls `test` with a temporary folder and a content folder in it that has the site's tracks; removes them afterwards. */
function withImportFolders(test: (dir: string, content: string) => void) {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-notebooks-'));
	const content = join(dir, 'content');
	cpSync(join(repoRoot, 'content', 'tracks'), join(content, 'tracks'), { recursive: true });
	try {
		test(dir, content);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe('importing notebooks', () => {
	it('imports a folder of notebooks its README links: one phase per notebook, outputs shown, images written, links between them kept', () => {
		withImportFolders((dir, content) => {
			const lines: string[] = [];
			expect(runImport([fixture, '--id', 'numpy', '--out', content], dir, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
			const roadmap = join(content, 'roadmaps', 'numpy');
			const phase = (id: string) => readFileSync(join(roadmap, `${id}.mdx`), 'utf8');
			expect(readdirSync(roadmap).sort()).toEqual(['arrays.mdx', 'errors.mdx', 'images', 'index.mdx', 'plotting.mdx']);
			expect(['arrays', 'plotting', 'errors'].map((id) => /order: (\d+)/.exec(phase(id))![1])).toEqual(['1', '2', '3']);
			expect(phase('arrays')).toContain('```python\nimport numpy as np\n\na = np.arange(4)\nprint(a)\na.sum()\n```\n\n```text\n[0 1 2 3]\nnp.int64(6)\n```');
			expect(phase('arrays')).toContain('Next, [plot an array](/roadmaps/numpy/plotting/).');
			expect(phase('errors')).toContain('ValueError: operands could not be broadcast together');
			expect(phase('errors')).not.toContain('\u001b');
			// A link to a heading as Jupyter anchors it (its text, punctuation kept) leads to where the heading is.
			expect(phase('errors')).toContain('Back to [the first lesson](/roadmaps/numpy/arrays/), or to [its sums](/roadmaps/numpy/arrays/#sum-and-mean).');
			expect(phase('plotting')).toContain('![Output of the code above](./images/02_plotting-cell-2.png)');
			expect(phase('plotting')).toContain('![A sketch of the same picture](./images/02_plotting-cell-3-sketch.png)');
			// The image written is the notebook's output, byte for byte.
			const output = (JSON.parse(readFileSync(join(fixture, '02_plotting.ipynb'), 'utf8')) as { cells: Array<{ outputs?: Array<{ data?: Record<string, string> }> }> }).cells[1]!.outputs![0]!.data!['image/png']!;
			expect(readFileSync(join(roadmap, 'images', '02_plotting-cell-2.png')).toString('base64')).toBe(output);
			const report = lines.join('\n');
			expect(report).toContain('3 phases, split at an index linking 3 notebooks');
			expect(report).toMatch(/\(02_plotting\.ipynb, cell 4\) left out an output of type `application\/vnd\.jupyter\.widget-view\+json`/);
		});
	});

	it('takes a folder\'s numbered notebooks in name order, titled by their first heading, when nothing links them', () => {
		const lesson = (title: string) => notebook([markdown(`# ${title}\n\nText of ${title}.`), code('x = 1')]);
		const result = importPlan(
			{ index: { path: '.waymark-index.md', text: '# Course\n' }, files: [{ path: '10_classes.ipynb', text: lesson('Classes') }, { path: '02_setup.ipynb', text: lesson('Setup') }, { path: 'notes.md', text: '# Notes\n' }] },
			{ fileName: 'course.md', order: 0, track: 'backend' },
		);
		expect(result.phases.map((p) => [p.id, p.data['title']])).toEqual([
			['setup', 'Setup'],
			['classes', 'Classes'],
		]);
		expect(result.phases[0]!.body).toBe('Text of Setup.\n\n```python\nx = 1\n```');
		expect(result.pattern).toBe("the folder's 2 notebooks, in name order");
	});

	it('reads a course from its index notebook rather than the README beside it, and keeps its cells, not its JSON, in sources/', () => {
		withImportFolders((dir, content) => {
			const course = join(dir, 'course');
			writeFiles(course, {
				'README.md': '# The repository\n\nInstall with `pip install -r requirements.txt`.\n',
				'index.ipynb': notebook([markdown('# Machine Learning Notebooks'), markdown('## Notebooks\n1. [The landscape](01_landscape.ipynb)\n2. [A project](02_project.ipynb)')]),
				// Their first heading is a section's: the index's link text titles them.
				'01_landscape.ipynb': notebook([markdown('**Chapter 1**'), markdown('# Setup')]),
				'02_project.ipynb': notebook([markdown('# Setup')]),
			});
			expect(runImport([course, '--out', content], dir, silent)).toBe(0);
			const roadmap = join(content, 'roadmaps', 'machine-learning-notebooks');
			expect(readdirSync(roadmap).sort()).toEqual(['index.mdx', 'landscape.mdx', 'project.mdx']);
			expect(readFileSync(join(roadmap, 'landscape.mdx'), 'utf8')).toContain('title: "The landscape"');
			expect(readFileSync(join(content, 'sources', 'course.md'), 'utf8')).toBe('# Machine Learning Notebooks\n\n## Notebooks\n1. [The landscape](01_landscape.ipynb)\n2. [A project](02_project.ipynb)\n');
		});
	});

	it('imports one notebook on its own: its sections are the phases, and sources/ keeps its cells', () => {
		withImportFolders((dir, content) => {
			writeFiles(dir, { 'plan.ipynb': notebook([markdown('# Rust in a week'), markdown('## Day 1: Cargo\n\nNew project.'), code('cargo new hi', [display({ 'image/png': PNG })]), markdown('## Day 2: Ownership\n\nBorrowing.')], 'rust') });
			expect(runImport([join(dir, 'plan.ipynb'), '--id', 'rust', '--out', content], dir, silent)).toBe(0);
			expect(readdirSync(join(content, 'roadmaps', 'rust')).sort()).toEqual(['cargo.mdx', 'images', 'index.mdx', 'ownership.mdx']);
			expect(readFileSync(join(content, 'roadmaps', 'rust', 'cargo.mdx'), 'utf8')).toContain('```rust\ncargo new hi\n```\n\n![Output of the code above](./images/plan-cell-3.png)');
			const source = readFileSync(join(content, 'sources', 'plan.md'), 'utf8');
			expect(source).toBe('# Rust in a week\n\n## Day 1: Cargo\n\nNew project.\n\n```rust\ncargo new hi\n```\n\n## Day 2: Ownership\n\nBorrowing.\n');
		});
	});

	it("reads a Jupyter Book's notebooks' MyST as in its Markdown pages: directives, colon fences and roles, each cell on its own", () => {
		withImportFolders((dir, content) => {
			const book = join(dir, 'book');
			writeFiles(book, {
				'_toc.yml': 'format: jb-book\nroot: intro\nchapters:\n- file: loops\n',
				'intro.md': '# Python\n\nA course. Start with {doc}`loops`; skip {doc}`gone`.\n',
				'loops.ipynb': notebook([
					markdown('# Loops\n\nRead {doc}`the intro <intro>` first.'),
					markdown("```{admonition} Let's break it down\n:class: tip\nEach line.\n```"),
					code('for i in range(2): print(i)'),
					markdown(':::{warning}\nCareful.\n:::\n\n(sec-x)=\n## More'),
				]),
			});
			expect(runImport([book, '--id', 'py', '--out', content], dir, silent)).toBe(0);
			const phase = readFileSync(join(content, 'roadmaps', 'py', 'loops.mdx'), 'utf8');
			expect(phase).toContain('Read [the intro](/roadmaps/py/python/) first.');
			// A page named without words is linked by its title; one that is not there is its name.
			expect(readFileSync(join(content, 'roadmaps', 'py', 'python.mdx'), 'utf8')).toContain('Start with [Loops](/roadmaps/py/loops/); skip `gone`.');
			expect(phase).toContain("> \\[!TIP]\n> **Let's break it down**\n>\n> Each line.");
			// The target goes; its label stays the heading's anchor.
			expect(phase).toContain('> \\[!WARNING]\n> Careful.\n\n## More {/* #sec-x */}');
			expect(phase).not.toMatch(/\{admonition\}|:::|\(sec-x\)=/);
		});
	});

	it('reads the notebooks an MkDocs nav names', () => {
		withImportFolders((dir, content) => {
			const site = join(dir, 'site');
			writeFiles(site, {
				'mkdocs.yml': 'site_name: Plots\nplugins:\n  - mkdocs-jupyter\nnav:\n  - Lines: lines.ipynb\n  - bars.md\n',
				'docs/lines.ipynb': notebook([markdown('# Line charts\n\nplot(x, y)')]),
				'docs/bars.md': '# Bar charts\n\nbar(x, y)\n',
			});
			expect(runImport([site, '--id', 'plots', '--out', content], dir, silent)).toBe(0);
			const phase = (id: string) => readFileSync(join(content, 'roadmaps', 'plots', `${id}.mdx`), 'utf8');
			expect(phase('lines')).toMatch(/title: "Lines"\norder: 1\n[\s\S]*plot\(x, y\)/);
			expect(phase('bar-charts')).toContain('order: 2');
		});
	});
});

const silent = { log: () => {}, error: () => {} };
