import { markdownConfigDefaults, rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import type { Root as HastRoot } from 'hast';
import type { Heading, Link, List, Paragraph, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { shiftHeadings } from '../../src/lib/importer/markdown/headings.ts';
import type { ImportNote } from '../../src/lib/importer/markdown/notes.ts';
import { parseMarkdown } from '../../src/lib/importer/markdown/parse.ts';
import { jsxComponents } from '../../src/lib/importer/markdown/jsx-components.ts';
import { firstSvelteBranches } from '../../src/lib/importer/markdown/svelte-blocks.ts';
import { rawHtmlToMarkdown } from '../../src/lib/importer/markdown/raw-html.ts';
import { codeLanguages } from '../../src/lib/importer/markdown/code-languages.ts';
import { drawnTrees } from '../../src/lib/importer/markdown/drawn-trees.ts';
import { underIndentedLists } from '../../src/lib/importer/markdown/under-indented-lists.ts';
import { remaining } from '../../src/lib/importer/tidy.ts';
import { mystDirectives, mystLabelLinks } from '../../src/lib/importer/markdown/myst.ts';
import { admonitionBlocks } from '../../src/lib/importer/markdown/admonitions.ts';
import { removeSiteMarkup } from '../../src/lib/importer/markdown/attribute-lists.ts';
import { crossReferences, executableChunks, letteredLists, shortcodes } from '../../src/lib/importer/markdown/quarto.ts';
import { hugoShortcodeText } from '../../src/lib/importer/markdown/shortcodes.ts';
import { inlineReferences } from '../../src/lib/importer/markdown/references.ts';
import { remoteImagesToLinks } from '../../src/lib/importer/markdown/remote-images.ts';
import { safeUrls } from '../../src/lib/importer/markdown/safe-urls.ts';
import { toMdx } from '../../src/lib/importer/markdown/serialize.ts';
import { resourceKinds } from '../../src/lib/importer/markdown/resource-kinds.ts';
import { headingSlugs } from '../../src/lib/importer/markdown/slugs.ts';
import { preprocessorExpressions } from '../../src/lib/importer/markdown/preprocessor-expressions.ts';
import { mdxProblems } from '../../src/lib/checks/mdx-check.ts';

// How the site reads an MDX body: MDX with GFM (the project's markdown processor adds remark-gfm).
const mdxParser = createProcessor({ remarkPlugins: [remarkGfm] });
const mdxText = (mdx: string) => toString(mdxParser.parse(mdx));

/** Runs one tree transform on Markdown, and gives the MDX it serializes to with the notes it made. */
function transform(markdown: string, step: (tree: Root, notes: ImportNote[]) => void) {
	const tree = parseMarkdown(markdown);
	const notes: ImportNote[] = [];
	step(tree, notes);
	return { tree, notes, mdx: toMdx(tree).trimEnd(), messages: notes.map((note) => note.message).join('\n') };
}

const nodesOf = <T extends Root['children'][number] | Root>(tree: Root, type: string) => {
	const found: T[] = [];
	visit(tree, type, (node) => {
		found.push(node as T);
	});
	return found;
};

describe('parseMarkdown', () => {
	it('reads GitHub Markdown (tables, task lists, strikethrough, autolinks, footnotes) and keeps source lines', () => {
		const tree = parseMarkdown('# Заголовок\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n~~old~~ www.example.com note[^1]\n\n[^1]: 脚注');
		expect(tree.children.map((node) => node.type)).toEqual(['heading', 'table', 'list', 'paragraph', 'footnoteDefinition']);
		expect(tree.children.map((node) => node.position?.start.line)).toEqual([1, 3, 7, 10, 12]);
		expect((tree.children[2] as List).children.map((item) => item.checked)).toEqual([true, false]);
		const paragraph = tree.children[3] as Paragraph;
		expect(paragraph.children.map((node) => node.type)).toEqual(['delete', 'text', 'link', 'text', 'footnoteReference']);
		expect((paragraph.children[2] as Link).url).toBe('http://www.example.com');
	});

	it('reads YAML after the comments a file opens with as its frontmatter, as Pandoc does, keeping the positions after it', () => {
		const tree = parseMarkdown('<!-- Keep in step with build.sh. -->\n---\ntitle: Statistics\n---\n\n# Welcome\n');
		expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'html', 'heading']);
		expect(tree.children[2]!.position?.start.line).toBe(6);
		// Rules around a heading hold no YAML map.
		expect(parseMarkdown('<!-- badges -->\n---\n# Title\n---\n').children.map((node) => node.type)).toEqual(['html', 'thematicBreak', 'heading', 'thematicBreak']);
	});

	it('shows emoji shortcodes as the emoji GitHub shows, but not in code nor names it does not know', () => {
		expect(toString(parseMarkdown('# :dollar: Build a Bank\n\nI :hearts: it, `:smile:` and 10:30:00 and :not_an_emoji:.'))).toBe('💵 Build a BankI ♥️ it, :smile: and 10:30:00 and :not_an_emoji:.');
	});

	it('reads bold that closes on Chinese or Japanese punctuation as bold, and writes it so that any Markdown reads it so', () => {
		const text = '**强化学习（Reinforcement Learning，RL）**讨论的问题。**この文を強調できますか？**残念ながら。';
		const paragraph = parseMarkdown(text).children[0] as Paragraph;
		expect(paragraph.children.map((node) => node.type)).toEqual(['strong', 'text', 'strong', 'text']);
		// The character after the bold is written as a reference (`&#x8BA8;`), which closes it in CommonMark too.
		const written = toMdx(parseMarkdown(text));
		const reread = createProcessor({ remarkPlugins: [remarkGfm] }).parse(written);
		expect(toString(reread)).toBe(toString(paragraph));
		expect((reread.children[0] as Paragraph).children.map((node) => node.type)).toEqual(['strong', 'text', 'strong', 'text']);
	});
});

describe('toMdx', () => {
	// Each must come out as MDX that parses without problems and shows exactly the text the Markdown showed.
	const nasty = [
		'Braces { and } and {inline} and {{double}}',
		'Generic <T> and List<String>, a < b, b > a, <3 and <= too',
		'Backslash \\ and \\\\ and escaped \\* star, a lone * star and a_b_c snake_case',
		'\\{ already escaped \\} and \\< too',
		'import x from "y"\n\nexport const a = 1\n\n- import inside a list',
		'Inline `code {x} <T> \\` ` and ``a ` b``',
		'```js\nconst a = {b: <T>1};\nif (a < b) {}\n```',
		'    indented code {x} <y>',
		'| Col {1} | <b |\n|---|---:|\n| `{x}` | a \\| b |',
		'- [ ] todo {x}\n- [x] done\n  - nested\n    1. deep <one>\n\n5. five\n6. six',
		'*em* **strong** ~~del~~ ***both*** _under_',
		'[link {x}](https://example.com/a_(b) "title {t}") ![alt <y>](img.png) <https://auto.example> www.example.com user@example.com',
		'[ref][r] and [r]\n\n[r]: https://example.com/{x} "t"',
		'Note[^1] and another[^long-name]\n\n[^1]: text {x}\n[^long-name]: more <text>',
		'> quote {x}\n> > nested <y>',
		'a\n\n---\n\n* * *\n\nb',
		'hard  \nbreak and\\\nbackslash break',
		'&lt;entity&gt; &amp; &#123; &copy; &#x3C;T>',
		'# Heading {id}\n\nSetext <h>\n---',
		'Привет {мир} <тег> 你好 <世界> مرحبا {عالم} 💻 {emoji}',
		'Trailing backslash \\',
		'$ dollar, % percent, # hash, | pipe, ~ tilde, ^ caret, ! bang, [brackets], (parens)',
	];

	it('writes a link inside a link (an address GFM linked inside `<a href="mailto: …">`) as its text, so the outer link stays one', () => {
		const inner = { type: 'link' as const, url: 'mailto:ann.lee@example.org', children: [{ type: 'text' as const, value: 'ann.lee@example.org' }] };
		const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'mailto: ann.lee@example.org', children: [inner] }, { type: 'text', value: '.' }] }] };
		const mdx = toMdx(tree);
		expect(mdx.trim()).toBe('[ann.lee@example.org](<mailto: ann.lee@example.org>).');
		expect(mdxProblems(mdx, 'x.mdx', 1)).toEqual([]);
	});

	it.each(nasty)('writes valid MDX that shows the same text: %j', (markdown) => {
		const mdx = toMdx(parseMarkdown(markdown));
		expect(mdxProblems(mdx, 'x.mdx', 1)).toEqual([]);
		expect(mdxText(mdx)).toBe(toString(parseMarkdown(markdown)));
	});

	it('escapes what MDX reads as code, and leaves code as written', () => {
		expect(toMdx(parseMarkdown('a {b} <T> `{c} <T>`'))).toBe('a \\{b} \\<T> `{c} <T>`\n');
		expect(toMdx(parseMarkdown('```\n{x} <T>\n```'))).toBe('```\n{x} <T>\n```\n');
		expect(toMdx(parseMarkdown('import y'))).toBe('&#x69;mport y\n');
	});

	it('writes a line break in a table cell as `<br />`, which keeps the row on its line', () => {
		const tree = parseMarkdown('| Readings |\n| - |\n| [A](https://a.org/) <br/> [B](https://b.org/) |');
		rawHtmlToMarkdown(tree, []);
		const mdx = toMdx(tree);
		expect(mdx).toContain('| [A](https://a.org/) <br /> [B](https://b.org/) |');
		expect(toMdx(parseMarkdown('one\\\ntwo'))).toBe('one\\\ntwo\n');
	});

	it('writes one stable style: - bullets, * emphasis, ** strong, ``` fences, --- rules, one space after markers', () => {
		const mdx = toMdx(parseMarkdown('* a\n* b\n\n_em_ __strong__\n\n~~~\ncode\n~~~\n\n***\n\n1.  one\n\n+ [x] done'));
		expect(mdx).toBe('- a\n- b\n\n*em* **strong**\n\n```\ncode\n```\n\n---\n\n1. one\n\n- [x] done\n');
	});

	it('round-trips tables, task lists, nested lists, footnotes and breaks', () => {
		const markdown = '| a | b |\n| - | - |\n| 1 | 2 |\n\n- [ ] todo\n- [x] done\n  - nested\n\nline\\\nbreak[^n]\n\n[^n]: note';
		expect(toMdx(parseMarkdown(markdown))).toBe(`${markdown}\n`);
	});

	it('writes HTML that no step converted as the text it is, never as JSX', () => {
		const mdx = toMdx(parseMarkdown('<div>\nblock\n</div>\n\ntext <kbd>K</kbd>'));
		expect(mdxProblems(mdx, 'x.mdx', 1)).toEqual([]);
		expect(mdxText(mdx)).toBe('<div>\nblock\n</div>text <kbd>K</kbd>');
	});
});

describe('safeUrls', () => {
	it('turns links to script into their text and images into their alt text, with a note each', () => {
		const { mdx, notes } = transform('[click **me**](javascript:alert(1)) and ![pic](DATA:image/png;base64,AAAA) and [ok](https://example.com)', safeUrls);
		expect(mdx).toBe('click **me** and pic and [ok](https://example.com)');
		expect(notes).toHaveLength(2);
		expect(notes[0]).toMatchObject({ line: 1, message: expect.stringContaining('javascript:alert(1)') });
	});

	it('sees through entities and control characters in the URL', () => {
		const { mdx, notes } = transform('[a](jav&#x09;ascript:alert(1)) [b](&#106;avascript:alert(1)) [c](<java\tscript:x>)', safeUrls);
		expect(mdx).toBe('a b c');
		expect(notes).toHaveLength(3);
	});

	it('unlinks references to an unsafe definition, once they carry its URL', () => {
		const { mdx, notes } = transform('See [docs][d] and ![logo][l] and [ссылка][ok].\n\n[d]: vbscript:x\n[l]: data:image/gif;base64,R0l\n[ok]: https://example.com', (tree, found) => {
			inlineReferences(tree);
			safeUrls(tree, found);
		});
		expect(mdx).toBe('See docs and logo and [ссылка](https://example.com).');
		expect(notes).toHaveLength(2);
	});

	it('ends an autolink that ran into the words after it where its URL ends, and unlinks a link to no URL', () => {
		const { mdx, notes } = transform('例如，我在<www.126.com>已经注册了账号。Then [x](<http://a b>).', safeUrls);
		expect(mdx).toBe('例如，我在\\<[www.126.com](http://www.126.com)>已经注册了账号。Then x.');
		expect(notes.map((n) => n.message)).toEqual([expect.stringContaining('now ends at "www.126.com"'), expect.stringContaining('not a valid URL')]);
	});

	it('unlinks a link to no address or to a file on the author\'s computer, and reads "file:x.md" as the file beside the plan', () => {
		const { mdx, notes } = transform('See [here.]() and [notes](file:///C:/Users/me/notes.md) and [aici](file:exercitii.md).', safeUrls);
		expect(mdx).toBe('See here. and notes and [aici](exercitii.md).');
		expect(notes.map((n) => n.message)).toEqual([expect.stringContaining('to no address'), expect.stringContaining("author's computer"), expect.stringContaining('now leads to "exercitii.md"')]);
	});

	it('checks the image inside an unsafe link too', () => {
		const { mdx, notes } = transform('[![badge](javascript:x)](javascript:y)', safeUrls);
		expect(mdx).toBe('badge');
		expect(notes).toHaveLength(2);
	});
});

describe('remoteImagesToLinks', () => {
	it('turns a remote image into a link with its alt text, "image" when it has none', () => {
		const { mdx, notes } = transform('![Диаграмма](https://example.com/d.png "t") ![](//cdn.example.com/x.svg) ![local](img/x.png)', remoteImagesToLinks);
		expect(mdx).toBe('[Диаграмма](https://example.com/d.png "t") [image](//cdn.example.com/x.svg) ![local](img/x.png)');
		expect(notes.map((note) => note.line)).toEqual([1, 1]);
	});

	it('turns a badge (an image in a link) into one link to the target with the alt text', () => {
		const { tree, mdx, notes } = transform('[![build passing](https://ci.example/badge.svg)](https://ci.example/run)', remoteImagesToLinks);
		expect(mdx).toBe('[build passing](https://ci.example/run)');
		expect(nodesOf<Link>(tree, 'link')).toHaveLength(1);
		expect(notes).toHaveLength(1);
	});

});

describe('mystDirectives', () => {
	it("links a MyST target's label to the heading the target stands before, in any page, and leaves a link to a file alone", () => {
		const schedule = '(page_schedule)=\n# Course Schedule\n\n(week_1)=\nWeek 1\n------\n\nText.\n\n(Heavy-tail:application)=\n## Application\n';
		// A file included twice has its labels twice: the first names the target.
		const faq = '# FAQ\n\nSee the [schedule](page_schedule), [week 1](week_1), [tails](Heavy-tail:application) and [the file](setup).\n\n(setup)=\n## Setup\n\n(setup)=\n## Setup\n';
		const files = [schedule, faq].map((text, i) => ({ path: ['about/schedule.md', 'faq.md'][i]!, tree: parseMarkdown(text) }));
		for (const file of files) mystDirectives(file.tree, []);
		mystLabelLinks(files, (url) => url === 'setup');
		expect(toMdx(files[1]!.tree).trimEnd()).toBe(
			'# FAQ\n\nSee the [schedule](/about/schedule.md#page_schedule), [week 1](/about/schedule.md#week_1), [tails](/about/schedule.md#heavy-tailapplication) and [the file](setup).\n\n## Setup\n\n## Setup',
		);
		// A label a heading ID cannot spell (capitals, a colon) anchors it as one can.
		expect(files[0]!.tree.children.find((node) => node.type === 'heading' && toString(node) === 'Application')?.data?.hProperties?.['id']).toBe('heavy-tailapplication');
		expect(files[1]!.tree.children.filter((node) => node.type === 'heading' && node.data?.hProperties?.['id'] === 'setup')).toHaveLength(1);
		expect(toMdx(files[0]!.tree)).not.toContain('(week_1)=');
	});

	it('shows code cells as code in their kernel\'s language, admonitions as alerts, raw HTML as HTML and roles as their words; drops targets and build-only directives with a note', () => {
		const myst = [
			'(ar1_processes)=',
			'# AR(1) Processes',
			'```{index} single: Autoregressive processes\n```',
			'```{code-cell} ipython3\n:tags: [hide-output]\nimport numpy as np\n```',
			'```{note}\nThe model is **linear**.\n```',
			'```{admonition} Why AR(1)?\nIt is simple.\n```',
			'```{raw} html\n<b>bold</b>\n```',
			'```{youtube}\nStays as written.\n```',
			'See {doc}`the supply\nmodel <intro_supply_demand>`, {doc}`intro`, {ref}`the model <sec-model>`, {cite}`kuznets1939` and {math}`x_t`.',
			':::{tip}\nColon **fenced**.\n:::',
			'::::{warning}\n:class: caution\n\nFirst.\n\nSecond.\n\n::::',
			':::{youtube}\nStays as written too.\n:::',
			'```{margin}\nA word aside.\n```',
			':::{sidebar} Further reading\nA book.\n:::',
		].join('\n\n');
		const { mdx, notes, tree } = transform(myst, (parsed, found) => {
			admonitionBlocks(parsed, myst, found);
			mystDirectives(parsed, found);
		});
		expect(mdx).toBe(
			[
				'# AR(1) Processes',
				'```python\nimport numpy as np\n```',
				'> \\[!NOTE]\n> The model is **linear**.',
				'> \\[!NOTE]\n> **Why AR(1)?**\n>\n> It is simple.',
				// An HTML node, which the importer's HTML step converts next (serialized on its own, it is text).
				'\\<b>bold\\</b>',
				'```{youtube}\nStays as written.\n```',
				// A page a role names is linked, in the role's words or (none given) its title when the import resolves it.
				'See [the supply\nmodel](intro_supply_demand), [](intro), the model, \\[kuznets1939] and `x_t`.',
				'> \\[!TIP]\n> Colon **fenced**.',
				'> \\[!WARNING]\n> First.\n>\n> Second.',
				':::\\{youtube}\nStays as written too.\n:::',
				// Asides set beside the text, where a page has no margin, are notes.
				'> \\[!NOTE]\n> A word aside.',
				'> \\[!NOTE]\n> **Further reading**\n>\n> A book.',
			].join('\n\n'),
		);
		expect(nodesOf(tree, 'html')).toHaveLength(1);
		expect(notes).toEqual([{ message: expect.stringContaining('{index}'), line: 5 }]);
	});
	it('shows what MyST lays out: figures, code, tabs, dropdowns, lesson and proof boxes, glossaries, nested in longer fences or opened under a paragraph; leaves out generated lists with a note', () => {
		const myst = [
			'```{figure} img/stage.svg\n:alt: Staging area\n:width: 100%\n\nThe **staging** area.\n```',
			'```{code-block} python\n:linenos:\n\ndef f():\n    return 1\n```',
			'```{code}c\nint x;\n```',
			'``````{exercise} Basic-1: Record changes\n  Add an onion.\n\n  `````{tabs}\n    ````{group-tab} Command line\n      ```console\n      $ git diff\n      ```\n    ````\n    ````{group-tab} GitHub\n\tClick the pen.\n    ````\n  `````\n``````',
			'```{solution} ex-basic\nUse `git add`.\n```',
			'```{instructor-note}\nTakes 10 minutes.\n```',
			'```{admonition} Why stage?\n:class: dropdown\nTo choose.\n```',
			'```{admonition} Shortcut\n:class: tip\nUse aliases.\n```',
			'```{dropdown} Show the answer\n42\n```',
			'Before the figure:\n:::{figure} img/log.png\n:alt: A log\n\nThe log\n:::',
			'::::{tab-set}\n:::{tab-item} Linux\nRun it.\n:::\n:::{tab-item} Windows\nClick it.\n:::\n::::',
			// A fence shorter than the one that opened the directive is its text; one left open closes where its container does.
			'::::::{group-tab} RStudio\nOpen it.\n::::\n:::{figure} img/rstudio.png\n::::::',
			':::{prf:definition} Hilbert space\nA complete inner product space.\n:::',
			'```{bibliography}\n:filter: docname in docnames\n```',
			':::{glossary}\n\nalias\n   A shortcut.\n\ncommit\n   A record\n   of changes.\n:::',
		].join('\n\n');
		const { mdx, notes } = transform(myst, (parsed, found) => {
			admonitionBlocks(parsed, myst, found);
			mystDirectives(parsed, found);
		});
		expect(mdx).toBe(
			[
				'![Staging area](img/stage.svg)\n\nThe **staging** area.',
				'```python\ndef f():\n    return 1\n```',
				'```c\nint x;\n```',
				'> \\[!NOTE]\n> **Basic-1: Record changes**\n>\n> Add an onion.\n>\n> **Command line**\n>\n> ```console\n> $ git diff\n> ```\n>\n> **GitHub**\n>\n> Click the pen.',
				// (HTML nodes, which the importer's HTML step makes the site's sections the reader opens.)
				'\\<details>\n\\<summary>Solution\\</summary>\n\nUse `git add`.\n\n\\</details>',
				'> \\[!NOTE]\n> **Instructor Note**\n>\n> Takes 10 minutes.',
				'\\<details>\n\\<summary>Why stage?\\</summary>\n\nTo choose.\n\n\\</details>',
				'> \\[!TIP]\n> **Shortcut**\n>\n> Use aliases.',
				'\\<details>\n\\<summary>Show the answer\\</summary>\n\n42\n\n\\</details>',
				'Before the figure:\n\n![A log](img/log.png)\n\nThe log',
				'**Linux**\n\nRun it.\n\n**Windows**\n\nClick it.',
				'**RStudio**\n\nOpen it.\n::::\n\n![](img/rstudio.png)',
				'> \\[!NOTE]\n> **Definition (Hilbert space)**\n>\n> A complete inner product space.',
				'**alias**\n\nA shortcut.\n\n**commit**\n\nA record\nof changes.',
			].join('\n\n'),
		);
		expect(notes).toEqual([{ message: expect.stringContaining('{bibliography}'), line: 82 }]);
	});
	it("shows nothing for colons alone on a directive body's last lines, which close nothing there", () => {
		const myst = ':::::{tabs}\n::::{group-tab} Linux\nRun it.\n\n:::{figure} img/run.png\n::::\n\nThen commit.\n::::\n\n:::::';
		const { mdx } = transform(myst, (parsed, found) => {
			admonitionBlocks(parsed, myst, found);
			mystDirectives(parsed, found);
		});
		expect(mdx).toBe('**Linux**\n\nRun it.\n\n![](img/run.png)\n\nThen commit.');
	});
	it('shows a list table as the table the book shows, its title over it, in a div too; one whose cells hold blocks as its lists', () => {
		const myst = [
			'````{div} full-width\n```{list-table} Commands\n:header-rows: 1\n:widths: 30 70\n\n* - Command\n  - Does\n* - `git add`\n  - Stages a file,\n    all of it\n* -\n  - An empty cell\n* - $|A|$\n  - Its size\n```\n````',
			'````{list-table}\n* - Code\n  - ```python\n    x = 1\n    ```\n````',
		].join('\n\n');
		const { mdx } = transform(myst, (parsed, found) => mystDirectives(parsed, found));
		expect(mdx).toBe(
			[
				'Commands',
				[
					'| Command           | Does                     |',
					'| ----------------- | ------------------------ |',
					'| `git add`         | Stages a file, all of it |',
					'|                   | An empty cell            |',
					'| $$\\vert A\\vert $$ | Its size                 |',
				].join('\n'),
				'- - Code\n  - ```python\n    x = 1\n    ```',
			].join('\n\n'),
		);
	});
});

describe('admonitionBlocks', () => {
	const converted = (markdown: string) =>
		transform(markdown, (parsed, found) => {
			admonitionBlocks(parsed, markdown, found);
			rawHtmlToMarkdown(parsed, found);
		});

	it('shows the containers of VitePress and Docusaurus as GitHub alerts, "details" as a section the reader opens, nested ones too', () => {
		const markdown = [
			'::: tip Learn in order\nEach module builds on the last.\n:::',
			':::warning\nDocusaurus style.\n:::',
			':::danger[Take care]\n- one\n- two\n:::',
			'::: details Show the answer\n42\n:::',
			':::: info Outer\nText.\n\n::: important\nInner.\n:::\n::::',
		].join('\n\n');
		expect(converted(markdown).mdx).toBe(
			[
				'> \\[!TIP]\n> **Learn in order**\n>\n> Each module builds on the last.',
				'> \\[!WARNING]\n> Docusaurus style.',
				'> \\[!CAUTION]\n> **Take care**\n>\n> - one\n> - two',
				'<details>\n  <summary>Show the answer</summary>\n\n  42\n</details>',
				'> \\[!NOTE]\n> **Outer**\n>\n> Text.\n>\n> > \\[!IMPORTANT]\n> > Inner.',
			].join('\n\n'),
		);
	});

	it("shows a Carpentries lesson's boxes as its pages do, closed by any fence as Pandoc nests them: alerts titled by their kind or opening heading, solutions sections the reader opens", () => {
		const markdown = [
			':::::::::::::::::: objectives\n\n- Move files.\n\n::::::::::::::::::::::::::::::',
			':::::::::::::::::: challenge\n\n## Moving files\n\nMove `a` to `b`.\n\n:::::::: solution\n\n## Solution\n\n`mv a b`\n\n::::::::::::::::::\n\n::::::::::::::::::::::::::::::',
			'::: instructor\nWatch for typos.\n:::',
		].join('\n\n');
		const { mdx, messages } = converted(markdown);
		expect(mdx).toBe(
			[
				'> \\[!NOTE]\n> **Objectives**\n>\n> - Move files.',
				'> \\[!NOTE]\n> **Moving files**\n>\n> Move `a` to `b`.\n>\n> <details>\n>   <summary>Solution</summary>\n>\n>   `mv a b`\n> </details>',
				'> \\[!NOTE]\n> **Instructor Note**\n>\n> Watch for typos.',
			].join('\n\n'),
		);
		expect(messages).toBe('');
	});

	it('ends a container at its closing fence when the lines after it are read into its paragraph, those lines blocks of their own', () => {
		const markdown = '<Tabs>\n\n:::note Exercise\nName a selector.\n:::\nThen **this** follows.\n\n:::note Try it\n<fieldset>\n<legend>Size</legend>\n</fieldset>\n:::\n\nLast.\n';
		expect(converted(markdown).mdx).toBe('\\<Tabs>\n\n> \\[!NOTE]\n> **Exercise**\n>\n> Name a selector.\n\nThen **this** follows.\n\n> \\[!NOTE]\n> **Try it**\n>\n> Size\n\nLast.');
	});

	it('shows Quarto\'s callouts as GitHub alerts, titled by their attribute, and keeps other divs\' content', () => {
		const markdown = '::: {.callout-tip title="Before you start"}\nInstall R.\n:::\n\n::: {.callout-warning}\nSlow.\n:::\n\n:::: {.columns}\nLeft.\n::::\n';
		const { mdx, messages } = converted(markdown);
		expect(mdx).toBe(['> \\[!TIP]\n> **Before you start**\n>\n> Install R.', '> \\[!WARNING]\n> Slow.', 'Left.'].join('\n\n'));
		expect(messages).toContain('left out the fences of the "{.columns}" container');
	});

	it('shows Quarto and R Markdown code chunks as code of their language without their options, leaves out hidden ones and shows the image one includes', () => {
		const markdown = [
			'```{r}\n#| label: setup\n#| eval: false\nlibrary(tidyverse)\n```',
			'```{python}\nprint(1)\n```',
			'```{r chunk-name, echo=FALSE}\nsource("_common.R")\n```',
			'```{r}\n#| include: false\nx <- 1\n```',
			'```{r}\n#| echo: false\n#| fig-cap: |\n#|   The whole game.\n#| fig-alt: A cycle.\nknitr::include_graphics("diagrams/game.png", dpi = 270)\n```',
			'```{.bash}\nls\n```',
			'````\n```{{r}}\n1 + 1\n```\n````',
		].join('\n\n');
		const { mdx, messages } = transform(markdown, executableChunks);
		expect(mdx).toBe(['```r\nlibrary(tidyverse)\n```', '```python\nprint(1)\n```', '![A cycle.](diagrams/game.png)', '*The whole game.*', '```bash\nls\n```', '````\n```{{r}}\n1 + 1\n```\n````'].join('\n\n'));
		expect(messages).toBe(['left out a {r} chunk with echo: false: its page shows only what it outputs, which the importer does not run', 'left out a {r} chunk with include: false: its page shows only what it outputs, which the importer does not run'].join('\n'));
	});

	it('shows a chunk Quarto shows as written ("```{{r}}") as Markdown with its fences', () => {
		const { mdx } = transform('```{{r}}\n1 + 1\n```\n', executableChunks);
		expect(mdx).toBe('````markdown\n```{r}\n1 + 1\n```\n````');
	});

	it('shows Quarto shortcodes as what they show: a video or embedded notebook a link, keys as code; the others are left out with a note', () => {
		const markdown = 'Watch:\n\n{{< video https://www.youtube.com/embed/wo9vZccmqwc title="Intro" >}}\n\nPress {{< kbd Shift-Ctrl-P >}} to run {{< var course.number >}}.\n\n{{< embed notebooks/eda.ipynb#fig-plot >}}\n\n{{< pagebreak >}}\n\n`{{< video x >}}` stays in code.\n';
		const { mdx, messages } = transform(markdown, shortcodes);
		expect(mdx).toBe('Watch:\n\n[Intro](https://www.youtube.com/embed/wo9vZccmqwc)\n\nPress `Shift-Ctrl-P` to run .\n\n[notebooks/eda.ipynb#fig-plot](notebooks/eda.ipynb#fig-plot)\n\n`{{< video x >}}` stays in code.');
		expect(messages).toBe(['left out the shortcode "{{< var course.number >}}": the site the plan was written for fills it in', 'left out the shortcode "{{< pagebreak >}}": the site the plan was written for fills it in'].join('\n'));
	});

	it("shows Hugo's paired shortcodes as what its themes show: asides alerts, details sections, tabs, cards and file trees lists, code blocks; the others' tags left out", () => {
		const markdown = [
			'{{< hint warning >}}\nBack up **first**.\n{{< /hint >}}',
			'{{% notice tip "Shortcut" %}}\nPress F5.\n\n- and more\n{{% /notice %}}',
			'{{< callout type="error" >}}Stop.{{< /callout >}}',
			'{{% alert title="Careful" color="danger" %}}\nHot.\n{{% /alert %}}',
			'{{% details title="Solution" closed="true" %}}\n`x = 1`\n{{% /details %}}',
			'{{< tabs items="npm,yarn" >}}\n{{< tab >}}\nnpm i\n{{< /tab >}}\n{{< tab >}}\nyarn\n{{< /tab >}}\n{{< /tabs >}}',
			'{{< cards >}}\n  {{< card link="week-01" title="Week 1" subtitle="HTML basics" >}}\n  {{< card link="week-02" title="Week 2" >}}\n{{< /cards >}}',
			'{{< filetree/container >}}\n{{< filetree/folder name="content" >}}\n{{< filetree/file name="_index.md" >}}\n{{< /filetree/folder >}}\n{{< /filetree/container >}}',
			'{{< highlight go "linenos=table" >}}\nfmt.Println(1)\n{{< /highlight >}}',
			'{{% steps %}}\n### Install\n\nRun it.\n{{% /steps %}}',
			'{{< hextra/hero-badge >}}\nNew\n{{< /hextra/hero-badge >}}',
		].join('\n\n');
		const { mdx, messages } = transform(markdown, (tree, notes) => admonitionBlocks(tree, markdown, notes));
		expect(mdx).toBe(
			[
				'> \\[!WARNING]\n> Back up **first**.',
				'> \\[!TIP]\n> **Shortcut**\n>\n> Press F5.\n>\n> - and more',
				'> \\[!CAUTION]\n> Stop.',
				'> \\[!CAUTION]\n> **Careful**\n>\n> Hot.',
				// The importer's HTML step makes the section the site's; until then it is HTML, which MDX would read as text.
				'\\<details>\n\\<summary>Solution\\</summary>\n\n`x = 1`\n\n\\</details>',
				'**npm**\n\nnpm i\n\n**yarn**\n\nyarn',
				'- [Week 1](week-01) — HTML basics\n- [Week 2](week-02)',
				'* `content/`\n  - `_index.md`',
				'```go\nfmt.Println(1)\n```',
				'### Install\n\nRun it.',
				'New',
			].join('\n\n'),
		);
		expect(messages).toBe('left out the tags of the shortcode "hextra/hero-badge": the site shows what it holds as text');
	});

	it("shows GitBook's blocks as its site does: hints alerts, tabs their labels over their text, a code block's title over it, embeds and files links", () => {
		const markdown = [
			'{% hint style="info" %}\nRead the [guide](https://scrumguides.org).\n{% endhint %}',
			'{% hint style="danger" %}\nNever `git push --force` to main.\n{% endhint %}',
			'{% tabs %}\n{% tab title="macOS" %}\nbrew install git\n{% endtab %}\n\n{% tab title="Windows" %}\nwinget install git\n{% endtab %}\n{% endtabs %}',
			'{% code title="app.js" overflow="wrap" %}\n```js\nconsole.log(1);\n```\n{% endcode %}',
			'{% embed url="https://www.youtube.com/watch?v=abc" %}',
			'{% embed url="https://git-scm.com/book" %}\nPro Git\n{% endembed %}',
			'{% file src=".gitbook/assets/slides.pdf" %}',
			'`{% hint %}` stays in code.',
		].join('\n\n');
		const { mdx, messages } = transform(markdown, (tree, notes) => admonitionBlocks(tree, markdown, notes));
		expect(mdx).toBe(
			[
				'> \\[!NOTE]\n> Read the [guide](https://scrumguides.org).',
				'> \\[!CAUTION]\n> Never `git push --force` to main.',
				'**macOS**\n\nbrew install git\n\n**Windows**\n\nwinget install git',
				'**app.js**\n\n```js\nconsole.log(1);\n```',
				'[https://www.youtube.com/watch?v=abc](https://www.youtube.com/watch?v=abc)',
				'[Pro Git](https://git-scm.com/book)',
				'[slides.pdf](.gitbook/assets/slides.pdf)',
				'`{% hint %}` stays in code.',
			].join('\n\n'),
		);
		expect(messages).toBe('');
	});

	it("shows Hugo's single shortcodes as what they show: a video a link to it, a figure its image and caption, a card its title linked; a page reference in a link its path", () => {
		const markdown = 'Watch {{< youtube w7Ft2ymGmfc >}} and {{% vimeo id="146022717" title="Intro" %}}.\n\n{{< figure src="/images/vpc.png" alt="VPC" caption="The network" >}}\n\n{{< card link="../setup" title="Setup" >}}\n';
		const { mdx } = transform(markdown, shortcodes);
		expect(mdx).toBe('Watch [YouTube: w7Ft2ymGmfc](https://www.youtube.com/watch?v=w7Ft2ymGmfc) and [Intro](https://vimeo.com/146022717).\n\n![VPC](/images/vpc.png)\\\n*The network*\n\n[Setup](../setup)');
		expect(hugoShortcodeText('See [setup]({{< ref "/guide/setup" >}}), [goal]({{% relref "topics/x.md#goal" %}}) and\n\n[x]: {{< ref "a b.md" >}}\n\n`[c]({{< ref "y" >}})` in code.\n')).toBe(
			'See [setup](/guide/setup), [goal](topics/x.md#goal) and\n\n[x]: <a b.md>\n\n`[c]({{< ref "y" >}})` in code.\n',
		);
		expect(hugoShortcodeText('{{< card\n  title="A"\n  link="a"\n>}}\n')).toBe('{{< card title="A" link="a" >}}\n');
	});

	it('keeps each item of a Pandoc lettered or roman-numbered list on a line of its own, with its letter; other text runs on', () => {
		const mdx = (markdown: string) => transform(markdown, letteredLists).mdx;
		expect(mdx('a. Read the data\nb. Clean `it`\n   and more\nc. Plot it\n')).toBe('a. Read the data\\\nb. Clean `it`\nand more\\\nc. Plot it');
		expect(mdx('A) Load\nB) Plot\n')).toBe('A) Load\\\nB) Plot');
		expect(mdx('A.  Load\nB.  Plot\n')).toBe('A.  Load\\\nB.  Plot');
		expect(mdx('(i) One\n(ii) Two\n(iii) Three\n')).toBe('(i) One\\\n(ii) Two\\\n(iii) Three');
		// Initials, letters that do not count on, and a paragraph that does not open with one are text.
		for (const text of ['I. Newton wrote to\nJ. Smith.', 'a. One\nc. Three', 'Steps:\na. One\nb. Two']) expect(mdx(`${text}\n`)).toBe(text);
	});

	it('links a Quarto cross-reference to a section ("@sec-tidy") to its heading, in any file, titled by it; others stay text', () => {
		const files = [
			{ path: 'intro.qmd', tree: parseMarkdown('# Intro\n\nIn @sec-tidy and @sec-setup, not @fig-plot nor v2@sec-tidy.\n\n## Setup {#sec-setup}\n') },
			{ path: 'parts/tidy data.qmd', tree: parseMarkdown('# Tidy data {#sec-tidy}\n') },
		];
		for (const file of files) removeSiteMarkup(file.tree, []);
		crossReferences(files);
		expect(toMdx(files[0]!.tree)).toContain('In [Tidy data](/parts/tidy%20data.qmd#sec-tidy) and [Setup](/intro.qmd#sec-setup), not @fig-plot nor v2\\@sec-tidy.');
	});

	it('keeps a container it has no equivalent for as its content, with a note, and text with colons as it is', () => {
		const markdown = '::: code-group\n```sh\nnpm i\n```\n:::\n\nMeet at 12:30, ratio a:b, see note:this.\n\n:::\n';
		const { mdx, messages } = converted(markdown);
		expect(mdx).toBe('```sh\nnpm i\n```\n\nMeet at 12:30, ratio a:b, see note:this.\n\n:::');
		expect(messages).toBe('left out the fences of the "code-group" container: the site shows its content as text');
	});

	it('shows MkDocs admonitions as alerts, collapsible ones as sections the reader opens, and content tabs as their label over their text', () => {
		const markdown = [
			'!!! note "How this works"\n    It reads **events**.\n    Twice.',
			'!!! example\n\n    Untitled.',
			'??? tip "Solution"\n    Hidden answer.',
			'???+ summary "Week 8"\n    !!! danger "Exam week"\n        **Mon:** Exam\n    **Wed:** Kinematics',
			'=== "Linux"\n\n    sudo apt install ros\n\n=== "macOS"\n\n    brew install ros',
			'Not indented, so no longer the tab.',
		].join('\n\n');
		expect(converted(markdown).mdx).toBe(
			[
				'> \\[!NOTE]\n> **How this works**\n>\n> It reads **events**.\n> Twice.',
				'> \\[!NOTE]\n> **Example**\n>\n> Untitled.',
				'<details>\n  <summary>Solution</summary>\n\n  Hidden answer.\n</details>',
				'<details>\n  <summary>Week 8</summary>\n\n  > \\[!CAUTION]\n  > **Exam week**\n  >\n  > **Mon:** Exam\n\n  **Wed:** Kinematics\n</details>',
				'**Linux**\n\nsudo apt install ros\n\n**macOS**\n\nbrew install ros',
				'Not indented, so no longer the tab.',
			].join('\n\n'),
		);
	});

	it("shows Obsidian's callouts as Obsidian does: a known kind the alert that says the same, titled by the author's title (else an unknown kind by its name), a foldable one a section the reader opens, nested ones kept", () => {
		const markdown = [
			'> [!INFO]\n> Clone the vault first.',
			'> [!tip] Use **this** [guide](guide.md)\n> Body line.',
			'> [!abstract]  \n> What do you *like*?',
			'> [!example]\n> - one\n> - two',
			'> [!Warning] Title only',
			'> [!faq]- Are callouts foldable?\n> Yes.',
			'> [!summary]+\n> Open by default.',
			'> [!question] Can they nest?\n>\n> > [!todo] Yes.\n> >\n> > > [!my-kind]\n> > > Deep.',
			'> [!NOTE]\n> A GitHub alert.',
			'> A quote, [!not] a callout.',
			'1. Step\n   > [!WARNING]\n   > In a list.',
		].join('\n\n');
		const { mdx, messages } = converted(markdown);
		expect(mdx).toBe(
			[
				'> \\[!NOTE]\n> Clone the vault first.',
				'> \\[!TIP]\n> **Use this [guide](guide.md)**\n>\n> Body line.',
				'> \\[!NOTE]\n> What do you *like*?',
				'> \\[!NOTE]\n> **Example**\n>\n> - one\n> - two',
				'> \\[!WARNING]\n> **Title only**',
				'<details>\n  <summary>Are callouts foldable?</summary>\n\n  Yes.\n</details>',
				'<details>\n  <summary>Summary</summary>\n\n  Open by default.\n</details>',
				'> \\[!NOTE]\n> **Can they nest?**\n>\n> > \\[!NOTE]\n> > **Yes.**\n> >\n> > > \\[!NOTE]\n> > > **My-kind**\n> > >\n> > > Deep.',
				'> \\[!NOTE]\n> A GitHub alert.',
				'> A quote, \\[!not] a callout.',
				'1. Step\n   > \\[!WARNING]\n   > In a list.',
			].join('\n\n'),
		);
		expect(messages).toBe('');
	});

	it("keeps a foldable callout's title as written: its bold, code and emphasis show in the summary the reader opens", () => {
		const markdown = '> [!faq]- **Why** learn `git` *first*?\n> Everything else uses it.';
		expect(converted(markdown).mdx).toBe('<details>\n  <summary>**Why** learn `git` *first*?</summary>\n\n  Everything else uses it.\n</details>');
	});

	it("reads a block's reference links by the document's definitions, and leaves a code fence it leaves open as it was", () => {
		const markdown = [
			'::: tip\nSee [the guide][guide] and ![the map][map].\n:::',
			'!!! note\n    Read [guide][].',
			'[guide]: ./guide.md "The guide"',
			'[map]: ./map.png',
			'!!! note\n    ```sh\n    ls',
			'After.',
		].join('\n\n');
		const { mdx } = transform(markdown, (tree, notes) => admonitionBlocks(tree, markdown, notes));
		expect(mdx).toContain('> See [the guide][guide] and ![the map][map].');
		expect(mdx).toContain('> Read [guide][].');
		// The definitions are the document's, once, where they were written; none went into the open fence.
		expect(mdx.match(/^\[guide\]:/gm)).toHaveLength(1);
		expect(mdx).toContain('> ```sh\n> ls\n> ```\n\nAfter.');
	});

	it('keeps the place in the file of what a block holds, so headings are read from the source where they stand', () => {
		const markdown = '# Setup\n\n=== "macOS"\n\n    ### **Step 1:** Download\n\n    Get it.\n';
		const { tree } = converted(markdown);
		const heading = nodesOf<Heading>(tree, 'heading')[1]!;
		expect(heading.position?.start).toEqual({ line: 5, column: 5, offset: 26 });
		expect(markdown.slice(heading.children[0]!.position!.start.offset, heading.children.at(-1)!.position!.end.offset)).toBe('**Step 1:** Download');
	});
});

describe('removeSiteMarkup', () => {
	it('removes MkDocs attribute lists and Material icons with a note of each kind, keeps a heading\'s ID for its links, and leaves other braces alone', () => {
		const markdown = [
			'[Start](intro.md){ .md-button .md-button--primary } [Help](help.md){: #help }',
			'- :material-calendar-clock:{ .lg .middle } __Meetings__',
			'[:octicons-arrow-right-24: Schedule](schedule.md) and :fontawesome-brands-github: :simple-python:',
			'## Setup {#setup}',
			'A set {a=1} and { x } and {.5} stay.',
		].join('\n\n');
		const { mdx, messages, tree } = transform(markdown, (parsed, found) => removeSiteMarkup(parsed, found));
		expect(mdx).toBe('[Start](intro.md) [Help](help.md)\n\n- **Meetings**\n\n[Schedule](schedule.md) and\n\n## Setup\n\nA set \\{a=1} and \\{ x } and \\{.5} stay.');
		expect(nodesOf<Heading>(tree, 'heading')[0]!.data?.hProperties?.['id']).toBe('setup');
		expect(messages.split('\n').map((message) => message.replace(/"[^"]*"/, '…'))).toEqual([
			'removed the attribute list …: it styles the site the plan was written for',
			'removed the attribute list …: it styles the site the plan was written for',
			'removed the icon …: it is one of the icons of the MkDocs site the plan was written for',
			'removed the attribute list …: it styles the site the plan was written for',
			'removed the icon …: it is one of the icons of the MkDocs site the plan was written for',
			'removed the icon …: it is one of the icons of the MkDocs site the plan was written for',
			'removed the icon …: it is one of the icons of the MkDocs site the plan was written for',
		]);
	});

	it('gives a heading the ID Hugging Face\'s doc-builder writes in double brackets at its end, unnoted, once per page; brackets elsewhere stay', () => {
		const markdown = '## How do Transformers work?[[how-transformers-work]]\n\nSee [[notes]] here.\n\n## How do Transformers work?[[how-transformers-work]]\n\n## Defining the model[[defining-the-model]]';
		const { mdx, messages, tree } = transform(markdown, (parsed, found) => removeSiteMarkup(parsed, found));
		expect(mdx).toBe('## How do Transformers work?\n\nSee \\[\\[notes]] here.\n\n## How do Transformers work?\n\n## Defining the model');
		// The same section written again (for another framework) leaves the ID to the first; one the words give anyway
		// is left to them, so that the site can number a second heading so worded.
		expect(nodesOf<Heading>(tree, 'heading').map((heading) => heading.data?.hProperties?.['id'])).toEqual(['how-transformers-work', undefined, undefined]);
		expect(messages).toBe('');
		// JavaScript's internal slots written in a heading are its words.
		expect(transform('## [[Prototype]]\n\n## Super: internals, [[HomeObject]]', (parsed, found) => removeSiteMarkup(parsed, found)).mdx).toBe('## \\[\\[Prototype]]\n\n## Super: internals, \\[\\[HomeObject]]');
	});

	it('removes the attributes Pandoc gives an image or a link, key=value pairs alone (Quarto\'s `{width="20"}`), quoted values with spaces included', () => {
		const markdown = '![Logo](logo.png){width="20"} and ![Plot](plot.png){#fig-plot fig-alt="A scatter plot"}, [Slides](s.html){target=_blank}, but text {width=2} stays.';
		const { mdx } = transform(markdown, (parsed, found) => removeSiteMarkup(parsed, found));
		expect(mdx).toBe('![Logo](logo.png) and ![Plot](plot.png), [Slides](s.html), but text \\{width=2} stays.');
	});

	it('gives an image without words of its own the alt text of its Pandoc attributes (a Carpentries lesson\'s `{alt=\'…\'}`), unnoted', () => {
		const markdown = "![](fig/tree.svg){alt='The file system: a root directory over \"bin\" and \"data\"'}\n\n![A caption](fig/x.png){alt=\"Another\"}";
		const { mdx, notes } = transform(markdown, (parsed, found) => removeSiteMarkup(parsed, found));
		expect(mdx).toBe('![The file system: a root directory over "bin" and "data"](fig/tree.svg)\n\n![A caption](fig/x.png)');
		expect(notes.map((note) => note.message)).toEqual(['removed the attribute list "{alt="Another"}": it styles the site the plan was written for']);
	});
});

describe('codeLanguages', () => {
	it('takes the language of "```rust,ignore" before the comma, keeping the attributes in the meta', () => {
		const { mdx } = transform('```rust,ignore title="main.rs"\nfn main() {}\n```\n\n```console\n$ cargo run\n```', codeLanguages);
		expect(mdx).toBe('```rust ignore title="main.rs"\nfn main() {}\n```\n\n```console\n$ cargo run\n```');
	});
});

describe('underIndentedLists', () => {
	const mdx = (markdown: string) => transform(markdown, underIndentedLists).mdx;

	it('nests a list indented under a numbered item by less than its text, and joins the numbered items it parted', () => {
		const plan = ['1) MODULO 1 — Basi', '  - Variabili', '  - Cicli', '2) MODULO 2 — Funzioni', '  - Ricorsione'].join('\n');
		expect(mdx(plan)).toBe(['1. MODULO 1 — Basi', '   - Variabili', '   - Cicli', '2. MODULO 2 — Funzioni', '   - Ricorsione'].join('\n'));
	});

	it('joins numbered items a blank line sets apart again into one loose list, as CommonMark reads them indented', () => {
		expect(mdx('1. Test:\n * run it\n\n2. Plan:\n * who speaks\n')).toBe('1. Test:\n   - run it\n\n2. Plan:\n   - who speaks');
	});

	it('leaves lists apart that a blank line or no indentation sets apart', () => {
		expect(mdx('1) Install\n\n  - Python\n')).toBe('1. Install\n\n- Python');
		expect(mdx('1) Install\n- Python\n')).toBe('1. Install\n\n- Python');
	});
});

describe('drawnTrees', () => {
	const mdx = (markdown: string) => transform(markdown, drawnTrees).mdx;

	it('reads a tree drawn in a code block as the nested list it draws, each line without a connector a root', () => {
		const drawing = ['```', 'Month 1-2: Foundation', '├── Week 1-3: JavaScript', '│   ├── Closures', '│   └── Async', '│', '└── Week 4: HTML', '', 'Month 3: React', '└── Hooks', '```'].join('\n');
		expect(mdx(drawing)).toBe(['- Month 1-2: Foundation', '  - Week 1-3: JavaScript', '    - Closures', '    - Async', '  - Week 4: HTML', '- Month 3: React', '  - Hooks'].join('\n'));
	});

	it('reads the ASCII connectors of `tree --charset ascii`, short and heavy ones, by the column they stand in', () => {
		const drawing = ['```text', 'Roadmap', '|-- Week 1: Basics', '|   `-- Syntax', '+-- Week 2: Tools', '┃  ┗ Git', '```'].join('\n');
		expect(mdx(drawing)).toBe(['- Roadmap', '  - Week 1: Basics', '    - Syntax', '  - Week 2: Tools', '    - Git'].join('\n'));
	});

	it('leaves a project\'s layout, code, a chart, a diagram without units and a root without branches as they are', () => {
		const layout = ['```', 'labs/', '├── Week 1 Materials/   # intro', '│   └── day-2.md', '└── Week 2 - ROS/', '```'].join('\n');
		const code = ['```python', 'tree', '├── Week 1 a', '├── Week 2 b', '└── e f', '```'].join('\n');
		const chart = ['```', 'Entry level:  Month 6', 'Skills:', '├── Week 1: React', '├── Week 2: Node', '└── CS: Networks', '```'].join('\n');
		const diagram = ['```', 'Render graph', '  └─ Pass: 3D', '       ├─ Pass: gizmo', '       └─ Pass: present', '```'].join('\n');
		const short = ['```', 'Plan', '├── Week 1', '└── Week 2', '```'].join('\n');
		for (const block of [layout, code, chart, diagram, short]) expect(mdx(block)).toBe(block);
	});
});

describe('remaining', () => {
	it('leaves out the items units took at any depth, and an item left with its title alone once its lists became units', () => {
		const tree = parseMarkdown('- Basics\n  - [HTML](html.md)\n  - [CSS](css.md)\n- Scripts\n  Start slow.\n  - [JS](js.md)\n- Notes\n  - a tip\n');
		const [, basics, scripts] = nodesOf<List>(tree, 'list');
		const taken = new Set([...basics!.children, ...scripts!.children]);
		expect(toMdx({ type: 'root', children: remaining(tree.children, taken) }).trimEnd()).toBe('- Scripts\n  Start slow.\n- Notes\n  - a tip');
	});
});

describe('inlineReferences', () => {
	it('gives reference links and images their definition\'s URL and title, the first definition of a label winning, and drops the definitions', () => {
		const { mdx, tree } = transform('[Rand][r], [r][], ![Logo][] and [not a reference].\n\n[r]: ch02.html#random "Random"\n[R]: other.html\n[logo]: img/logo.png\n', inlineReferences);
		expect(mdx).toBe('[Rand](ch02.html#random "Random"), [r](ch02.html#random "Random"), ![Logo](img/logo.png) and \\[not a reference].');
		expect(nodesOf(tree, 'definition')).toEqual([]);
		expect(mdxProblems(mdx, 'x.mdx', 1)).toEqual([]);
	});

	it('lets remote images given by reference become links too', () => {
		const { mdx } = transform('![Logo][] and ![*alt*][l]\n\n[logo]: https://example.com/logo.png\n[l]: https://example.com/l.png', (tree, notes) => {
			inlineReferences(tree);
			remoteImagesToLinks(tree, notes);
		});
		expect(mdx).toBe('[Logo](https://example.com/logo.png) and [alt](https://example.com/l.png)');
	});
});

describe('jsxComponents', () => {
	it('shows the components an MDX page writes with JavaScript attributes, over several lines, as the site shows them: their text attributes and content, a string they hold as code', () => {
		const markdown = [
			"<MetricBoard title=\"Capability map\" metrics={[\n  { label: 'Guides', value: '15' },\n]} />",
			'<Cards>\n  <Card icon={<FaPython />} title="Python" href="/python">Learn the language.</Card>\n</Cards>',
			'<CardGroup cols={2}>\n  <Card\n    title="Pandas"\n    href="/pandas"\n  >\n    Tables.\n  </Card>\n</CardGroup>',
			'<PromptCard title="Brief">\n{`Name:\nGoal:`}\n</PromptCard>',
			'<Card icon={<SiNumpy />} title="NumPy" href="/numpy">\n\nArrays.\n\n</Card>',
			'<Greeting name={user} /> in a sentence stays text.',
		].join('\n\n');
		const { mdx, notes } = transform(markdown, (tree, found) => {
			jsxComponents(tree, markdown);
			rawHtmlToMarkdown(tree, found);
		});
		expect(mdx).toBe(['**Capability map**\n\n- Guides\n\n  15', '[Python](/python)\n\nLearn the language.', '[Pandas](/pandas)\n\nTables.', '**Brief**\n\n```\nName:\nGoal:\n```', '[NumPy](/numpy)\n\nArrays.', '\\<Greeting name=\\{user} /> in a sentence stays text.'].join('\n\n'));
		expect(notes.map((note) => note.message)).toContain('removed the MDX component <MetricBoard title="Capability map" />: it belongs to the site the plan was written for');
	});
});

describe('jsxComponents with lists in their attributes', () => {
	it("shows an attribute that is a list of records of text, a quiz's choices, as a list of its first texts, then in a fold each with a field set true named and the others below", () => {
		const markdown = '<Banner notebooks={[{ label: "Colab", value: "https://colab.example.org/nb.ipynb" }]} />\n\n### 1. Which is a language?\n\n<Question\n\tchoices={[\n\t\t{ text: "HTML", explain: "A `markup` one." },\n\t\t{ text: "Python", explain: "Right!", correct: true },\n\t]}\n/>';
		const { mdx } = transform(markdown, (tree, found) => {
			jsxComponents(tree, markdown);
			rawHtmlToMarkdown(tree, found);
		});
		// The marks and the texts after a choice are what the quiz tells once the reader chose: they follow in a fold.
		expect(mdx).toBe('### 1. Which is a language?\n\n- HTML\n- Python\n\n<details>\n  <summary>Answers</summary>\n\n  - HTML\n\n    A `markup` one.\n  - Python (correct)\n\n    Right!\n</details>');
	});
});

describe('rawHtmlToMarkdown with light and dark images', () => {
	it('keeps the image light mode shows and leaves out its dark-mode copy', () => {
		const pair = '<div class="flex">\n<img class="block dark:hidden" src="https://example.com/a.svg" alt="Overview">\n<img class="hidden dark:block" src="https://example.com/a-dark.svg" alt="Overview">\n</div>';
		const github = '![Logo](logo.png#gh-light-mode-only) <img src="logo-dark.png#gh-dark-mode-only" alt="Logo">';
		const { mdx, messages } = transform(`${pair}\n\n${github}`, rawHtmlToMarkdown);
		expect(mdx).toBe('![Overview](https://example.com/a.svg)\n\n![Logo](logo.png#gh-light-mode-only)');
		expect(messages).toContain('left out the dark-mode copy of an image, "https://example.com/a-dark.svg"');
	});
});

describe('rawHtmlToMarkdown with links to the page itself', () => {
	it('removes a link to "#", a control of the site (back to top, a script\'s button), and keeps links to a section', () => {
		const html = '<div class="header">\n<h2 id="week1">Week 1</h2>\n<a href="#" class="top"><img src="top.png" alt="top"></a>\n</div>\n\n<div><a href="#" style="visibility: hidden;">← Previous Week</a> <a href="#week1">Week 1</a></div>';
		const { mdx, messages } = transform(html, rawHtmlToMarkdown);
		expect(mdx).toBe('## Week 1\n\n[Week 1](#week1)');
		expect(messages).toContain('removed a link to "#", the page itself: a control of the site the plan was written for');
	});
	it('takes away the brackets around a removed link and the separators it leaves with nothing to separate', () => {
		const lines = [
			'- Lecture 17 (<a href="#">Recording 17</a>)',
			'- Lecture 18 <a href="#">Slides</a> | <a href="#">Video</a>',
			'- <a href="https://example.com/s">Slides</a> | <a href="#">Video</a>',
			'- <a href="#">Video</a> · [Notes](notes.md)',
			'- [Slides](s.pdf) | <a href="#">Video</a> | [Notes](notes.md)',
			'- Lab <a href="#">[PDF]</a>, then the quiz',
			'- <a href="#">Slides</a> | <a href="#">Video</a>',
		];
		const { mdx } = transform(lines.join('\n'), rawHtmlToMarkdown);
		expect(mdx).toBe(['- Lecture 17', '- Lecture 18', '- [Slides](https://example.com/s)', '- [Notes](notes.md)', '- [Slides](s.pdf) | [Notes](notes.md)', '- Lab, then the quiz'].join('\n'));
		// An item of nothing but such links goes, and a list of nothing but such items.
		expect(transform('Links:\n\n- <a href="#">Slides</a>\n- <a href="#">Video</a>\n\nEnd.', rawHtmlToMarkdown).mdx).toBe('Links:\n\nEnd.');
		// HTML that shows nothing without being a link (an icon, a stray end tag) leaves the text around it as it is.
		expect(transform('<span class="icon"></span> -- "Resume": go on', rawHtmlToMarkdown).mdx).toContain('-- "Resume": go on');
		expect(transform('Pros</br>\n</t>: fast', rawHtmlToMarkdown).mdx).toMatch(/Pros\n: fast$/);
	});
});

describe('rawHtmlToMarkdown with a timetable', () => {
	it('removes the list of evenly spaced times that is its axis, and keeps a list of times that is not one', () => {
		const axis = ['9:00 AM', '9:30 AM', '10:00 AM', '10:30 AM', '11:00 AM'].map((time) => `<li class="time">${time} </li>`).join('\n');
		const html = `<ul class="timeline">\n${axis}\n</ul>\n<ul>\n<li>Lecture</li>\n<li>9:30 AM–10:30 AM</li>\n</ul>\n\n<ul><li>9:00</li><li>10:00</li><li>13:00</li><li>15:00</li></ul>`;
		const { mdx, messages } = transform(html, rawHtmlToMarkdown);
		expect(mdx).toBe('- Lecture\n- 9:30 AM–10:30 AM\n\n* 9:00\n* 10:00\n* 13:00\n* 15:00');
		expect(messages).toContain('removed a list of 5 evenly spaced times of day: the axis of a timetable the site draws, whose entries say their own times');
	});
});

describe('firstSvelteBranches', () => {
	it("keeps the first branch of each {#if} … {:else} … {/if} block on lines of its own, outside code, and names each block's line", () => {
		const page = "# Train\n\n{#if fw === 'pt'}\nUse `Trainer`.\n\n```py\n{#if kept}\n```\n{:else}\n\n## Keras\n\nUse `fit()`.\n{/if}\n\nDone.\n";
		const { text, blocks } = firstSvelteBranches(page);
		expect(text).toBe("# Train\n\n\nUse `Trainer`.\n\n```py\n{#if kept}\n```\n\n\n\n\n\n\n\nDone.\n");
		expect(blocks).toEqual([3]);
		expect(firstSvelteBranches('{#if open}\nNever closed.\n').text).toBe('{#if open}\nNever closed.\n');
		// The switch between the branches, a component given only the page's variables, is its site's control.
		expect(firstSvelteBranches('<FrameworkSwitchCourse {fw} />\n\n# Train\n\nA <Widget {fw} /> in a sentence.\n')).toEqual({ text: '\n\n# Train\n\nA <Widget {fw} /> in a sentence.\n', blocks: [], controls: [1] });
		expect(firstSvelteBranches("> [!TIP]\n> {#if fw === 'pt'}\n> Use a GPU.\n> {:else}\n> Use a TPU.\n> {/if}\n> Or both.\n").text).toBe('> [!TIP]\n>\n> Use a GPU.\n>\n>\n>\n> Or both.\n');
	});
});

describe('rawHtmlToMarkdown', () => {
	const convert = (markdown: string) => transform(markdown, rawHtmlToMarkdown);

	it.each([
		['Press <kbd>Ctrl</kbd>+<kbd>C</kbd>', 'Press `Ctrl`+`C`'],
		['H<sub>2</sub>O, E=mc<sup>2</sup>, <small>small</small>, <b>b</b> <strong>s</strong> <i>i</i> <em>e</em> <code>{c}</code>', 'H2O, E=mc2, small, **b** **s** *i* *e* `{c}`'],
		['<h1 align="center">Заголовок</h1>', '# Заголовок'],
		['<p align="center">Centered <a href="https://example.com">link</a></p>', 'Centered [link](https://example.com)'],
		['<center>中文 text</center>', '中文 text'],
		['<div align="center">\n\n## 标题\n\nSome **bold** text\n\n</div>', '## 标题\n\nSome **bold** text'],
		['<details>\n<summary>Answer</summary>\n\nThe *answer* is 42.\n\n</details>', '<details>\n  <summary>Answer</summary>\n\n  The *answer* is 42.\n</details>'],
		['<details open><summary>Shown</summary><p>Text</p></details>', '<details open>\n  <summary>Shown</summary>\n\n  Text\n</details>'],
		// Folds nested in HTML alone, as awesome lists write them, a list of folds without items among them.
		[
			'<details>\n<summary>Roadmap</summary>\n<ol>\n<details>\n<summary>HTML</summary>\n<ul><li>Forms</li></ul>\n</details>\n<details><summary>CSS</summary>Flexbox</details>\n</ol>\n</details>',
			'<details>\n  <summary>Roadmap</summary>\n\n  <details>\n    <summary>HTML</summary>\n\n    - Forms\n  </details>\n\n  <details>\n    <summary>CSS</summary>\n\n    Flexbox\n  </details>\n</details>',
		],
		['<ul><li>one</li><li>two <b>bold</b></li></ul>', '- one\n- two **bold**'],
		['<ol><li>first</li><li>second</li></ol>', '1. first\n2. second'],
		['<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2<br>3</td></tr></table>', '| A | B        |\n| - | -------- |\n| 1 | 2<br />3 |'],
		['<blockquote>عربي quoted</blockquote>', '> عربي quoted'],
		['<pre><code>if (a < b) { x(); }</code></pre>', '```\nif (a < b) { x(); }\n```'],
		['<picture><source srcset="dark.png" media="(prefers-color-scheme: dark)"><img src="light.png" alt="Logo"></picture>', '![Logo](light.png)'],
		// A browser reads a URL attribute without the spaces around it.
		['<img src=" diagram.png " alt="Diagram"> and <a href=" https://example.com/ ">a link</a>', '![Diagram](diagram.png) and [a link](https://example.com/)'],
		['line<br>next', 'line\\\nnext'],
		['ends with a break<br>', 'ends with a break'],
		['see <a href="https://example.com">text with **bold** and `code`</a> end', 'see [text with **bold** and `code`](https://example.com) end'],
		['Press <kbd>**Ctrl**</kbd>', 'Press `Ctrl`'],
		['<div>\n\ntext <kbd>K</kbd>\n\n</div>', 'text `K`'],
		['<b>never closed, then text', '**never closed, then text**'],
		['<input type="checkbox" disabled checked> done', '☑ done'],
	])('%j becomes %j', (markdown, expected) => {
		const { mdx, notes } = convert(markdown);
		expect(mdx).toBe(expected);
		expect(notes).toEqual([]);
		expect(mdxProblems(mdx, 'x.mdx', 1)).toEqual([]);
	});

	it('reads a table whose cells hold code blocks row by row, each under its column header, as valid MDX', () => {
		const table = '<table>\n<thead><tr><th>Bad</th><th>Good</th></tr></thead>\n<tbody>\n<tr><td>\n\n```go\nfunc init() {\n    x = Foo{}\n}\n```\n\n</td><td>\n\n```go\nvar x = Foo{}\n```\n\n</td></tr>\n</tbody></table>\n';
		const { mdx } = convert(table);
		expect(mdx).toBe('**Bad**\n\n```go\nfunc init() {\n    x = Foo{}\n}\n```\n\n**Good**\n\n```go\nvar x = Foo{}\n```');
		expect(mdxProblems(mdx, 'x.mdx', 1)).toEqual([]);
		// A table of words stays a table.
		expect(convert('<table><tr><th>A</th></tr><tr><td>1</td></tr></table>').mdx).toBe('| A |\n| - |\n| 1 |');
	});

	it('reads a component alone in its paragraph, on one line, as a block, as MDX does: an alert, a section the reader opens', () => {
		expect(convert('<Note>Install **Python** first.</Note>').mdx).toBe('> \\[!NOTE]\n>\n> Install **Python** first.');
		expect(convert('<Accordion title="Why?">Because.</Accordion>').mdx).toBe('<details>\n  <summary>Why?</summary>\n\n  Because.\n</details>');
		// Fumadocs writes a warning "warn"; a callout or aside of no type is the site's default, a note.
		expect(convert('<Callout type="warn">Mind the gap.</Callout>').mdx).toBe('> \\[!WARNING]\n>\n> Mind the gap.');
		expect(convert('<Callout>Plain.</Callout>').mdx).toBe('> \\[!NOTE]\n>\n> Plain.');
	});

	it('keeps the Markdown between an opening and a closing tag as it was, source position included', () => {
		const { tree } = convert('Text\n\n<div>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n</div>');
		const [table] = nodesOf<Table>(tree, 'table');
		expect(table?.position?.start.line).toBe(5);
		const [paragraph] = nodesOf<Paragraph>(tree, 'paragraph');
		expect(paragraph?.position?.start.line).toBe(1);
	});

	it('gives converted nodes the source lines of their HTML', () => {
		const { tree } = convert('Intro\n\n<h2>Рецепт</h2>');
		expect(nodesOf<Heading>(tree, 'heading')[0]?.position?.start.line).toBe(3);
	});

	it('drops comments silently, as GitHub never shows them', () => {
		expect(convert('<!-- hidden\n\nacross lines -->\n\nvisible <!-- inline --> text')).toMatchObject({ mdx: 'visible  text', notes: [] });
	});

	it('removes an image\'s script attribute, keeping the image, with a note', () => {
		const { mdx, messages } = convert('<img src=x onerror=alert(1)>');
		expect(mdx).toBe('![](x)');
		expect(messages).toContain('onerror');
	});

	it('turns an iframe into a link to its page, with a note', () => {
		const { mdx, notes } = convert('<iframe src="https://evil.example"></iframe>');
		expect(mdx).toBe('[https://evil.example](https://evil.example)');
		expect(notes).toEqual([{ line: 1, message: expect.stringContaining('<iframe>') }]);
	});

	it('turns video, embed and object into links (by title when there is one), and removes those with unsafe URLs', () => {
		const { mdx, notes } = convert('<video src="demo.mp4" title="Демо">fallback</video>\n\n<object data="movie.swf"></object>\n\n<embed src="javascript:alert(1)">\n\n<video><source src="https://example.com/v.webm"></video>');
		expect(mdx).toBe('[Демо](demo.mp4)\n\n[movie.swf](movie.swf)\n\n[https://example.com/v.webm](https://example.com/v.webm)');
		expect(notes).toHaveLength(4);
		expect(notes[2]!.message).toContain('javascript:alert(1)');
	});

	it('turns links to script into their text, with a note', () => {
		const { mdx, notes } = convert('Intro\n\n<a href="JaVaScRiPt:alert(1)">click</a> and <a href=" java&#x09;script:x">two</a>');
		expect(mdx).toBe('Intro\n\nclick and two');
		expect(notes.map((note) => note.line)).toEqual([3, 3]);
	});

	it('turns a data: image into its alt text, with a note', () => {
		expect(convert('<img src="data:image/png;base64,AAAA" alt="dot">')).toMatchObject({ mdx: 'dot', notes: [{ line: 1 }] });
	});

	it('removes scripts, styles and other non-prose elements with their content, with a note each', () => {
		const { mdx, notes } = convert('<script>alert(1)</script>\n\n<style>p { color: red }</style>\n\ninline <script>x()</script> text <svg><text>drawn</text></svg>');
		expect(mdx).toBe('inline  text');
		expect(notes.map((note) => note.message)).toEqual([
			expect.stringContaining('<script>'),
			expect.stringContaining('<style>'),
			expect.stringContaining('<script>'),
			expect.stringContaining('<svg>'),
		]);
	});

	it('removes a stylesheet whose blank lines split it into Markdown blocks (after a <link> the HTML block ends at the first one) whole, with its note', () => {
		const { mdx, notes } = convert('<link rel="stylesheet" href="a.css"/>\n<style>\n    .a {\n        color: red;\n    }\n\n    .b {\n        color: blue;\n    }\n</style>\n\n<p>Welcome</p>');
		expect(mdx).toBe('Welcome');
		expect(notes.map((note) => note.message)).toEqual([expect.stringContaining('<link>'), expect.stringContaining('<style>')]);
	});

	it('keeps tags that are not HTML (`List<String>`, `<T>`, `<repo-url>`) as text, with a note', () => {
		const { mdx, notes } = convert('List<String> of <T>, run `git clone <x>` or git clone <repo-url>');
		expect(mdx).toBe('List\\<String> of \\<T>, run `git clone <x>` or git clone \\<repo-url>');
		expect(mdxText(mdx)).toBe('List<String> of <T>, run git clone <x> or git clone <repo-url>');
		expect(notes).toHaveLength(3);
	});

	it("shows a site's own elements around the page's text on lines of their own (`<hfoption label=\"TGI\">`, a tab) as its components: their content under their label, with a note", () => {
		const { mdx, messages } = convert('<hfoptions>\n\n<hfoption value="tgi" label="TGI">\n\nTGI is easy.\n\n</hfoption>\n\n<hfoption value="vllm" label="vLLM">\n\nvLLM is fast.\n\n</hfoption>\n\n</hfoptions>');
		expect(mdx).toBe('**TGI**\n\nTGI is easy.\n\n**vLLM**\n\nvLLM is fast.');
		expect(messages).toContain('removed the site element <hfoption value="tgi" label="TGI">: it belongs to the site the plan was written for (its content is kept)');
		// A tag no closing tag follows is the author's text, as above, and so is one around a line's words.
		expect(convert('Write <your-name> here.\n\n<your-name>').mdx).toBe('Write \\<your-name> here.\n\n\\<your-name>');
		expect(convert('<include>./shared.mdx</include>\n\n<include cwd>\n  ./example.ts\n</include>').mdx).toBe('\\<include>./shared.mdx\\</include>\n\n\\<include cwd> ./example.ts \\</include>');
	});

	it('keeps the text of HTML anchors and notes that their ids are gone', () => {
		const { mdx, messages } = convert('<a name="day-5"></a>\n\n## Day 5\n\n<h3 id="custom">Custom</h3>');
		expect(mdx).toBe('## Day 5\n\n### Custom');
		expect(messages).toContain('#day-5');
		expect(messages).toContain('#custom');
	});

	it('converts HTML in headings, list items, quotes, table cells and footnotes', () => {
		const { mdx, notes } = convert('## Title <kbd>K</kbd>\n\n- item <b>bold</b>\n- <div>block in list</div>\n\n> quote <i>it</i>\n\n| a | b |\n|---|---|\n| x<br>y | <kbd>k</kbd> |\n\nNote[^1]\n\n[^1]: with <b>bold</b>');
		expect(mdx).toBe('## Title `K`\n\n- item **bold**\n- block in list\n\n> quote *it*\n\n| a        | b   |\n| -------- | --- |\n| x<br />y | `k` |\n\nNote[^1]\n\n[^1]: with **bold**');
		expect(notes).toEqual([]);
	});

	it('never leaves raw HTML, and what it writes is valid MDX with no text of the HTML lost', () => {
		const hostile = [
			'<a href="JaVaScRiPt:alert(1)"><img src=x onerror=alert(1) alt="Кнопка"></a>',
			'<div onclick="x()">Клик {me}</div><iframe src="https://evil.example" title="Evil"></iframe>',
			'<table><caption>Таблица</caption><tr><td>{a}</td><td><ul><li>list <T></li></ul></td></tr></table>',
			'<dl><dt>术语</dt><dd>定义</dd></dl><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>',
			'a <span>b <em>c</em></span> <mark>d</mark> <u>e</u> <q>f</q> <abbr title="x">g</abbr>',
			'<details open><summary>مرحبا</summary><p>نص <code>&lt;x&gt;</code></p></details>',
		];
		for (const html of hostile) {
			const { tree, mdx } = convert(html);
			expect(nodesOf(tree, 'html')).toEqual([]);
			expect(mdxProblems(mdx, 'x.mdx', 1)).toEqual([]);
			const shown = mdxText(mdx);
			const words = html.replace(/<script[\s\S]*?<\/script>|<[^>]*>|"[^"]*"/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').split(/\s+/).filter(Boolean);
			for (const word of words) expect(shown, `${word} of ${html}`).toContain(word);
		}
	});
});

describe('resourceKinds', () => {
	it("moves a resource's kind out of its link's words ('[@video@How DNS works](…)') into a word after it, and leaves other at signs", () => {
		const { mdx } = transform('- [@video@How DNS works](https://example.org/dns)\n- [@official@Docs](https://example.org) and [a@b@c](https://example.org/x)\n- Mail [team@example.org](mailto:team@example.org)\n', resourceKinds);
		expect(mdx).toBe('- [How DNS works](https://example.org/dns) (video)\n- [Docs](https://example.org) (official) and [a@b@c](https://example.org/x)\n- Mail [team@example.org](mailto:team@example.org)');
	});
});

describe('shiftHeadings', () => {
	const depths = (markdown: string, top: number) => {
		const tree = parseMarkdown(markdown);
		shiftHeadings(tree, top);
		return nodesOf<Heading>(tree, 'heading').map((node) => node.depth);
	};

	it('moves the shallowest heading to `top` and the others with it', () => {
		expect(depths('# A\n## B\n### C', 2)).toEqual([2, 3, 4]);
		expect(depths('### A\n#### B\n> ### in a quote', 2)).toEqual([2, 3, 2]);
	});

	it('caps at 6', () => {
		expect(depths('# A\n## B\n##### C\n###### D', 3)).toEqual([3, 4, 6, 6]);
	});

	it('leaves a tree without headings alone', () => {
		expect(depths('text', 2)).toEqual([]);
	});
});

describe('headingSlugs', () => {
	const slugs = (markdown: string) => headingSlugs(parseMarkdown(markdown)).map((entry) => entry.slug);

	it('gives the anchors GitHub gives: emoji and punctuation removed, repeats numbered across the document', () => {
		expect(slugs('# 💻 Exercises: Day 5\n## Exercises\n## Exercises\n## Q&A: What\'s new?\n## Step 1 (Linux/macOS)')).toEqual([
			'-exercises-day-5',
			'exercises',
			'exercises-1',
			'qa-whats-new',
			'step-1-linuxmacos',
		]);
	});

	it('reads the text a heading shows: not alt text or HTML tags, footnote references as their number', () => {
		expect(slugs('## ![logo](x.png) Title <kbd>K</kbd>\n## Заголовок: «кавычки»\n## 日本語の見出し\n## عنوان عربي\n## Note[^b] and[^a]\n\n[^a]: a\n[^b]: b')).toEqual([
			'-title-k',
			'заголовок-кавычки',
			'日本語の見出し',
			'عنوان-عربي',
			'note1-and2',
		]);
	});

	it('gives the node each slug belongs to', () => {
		const [entry] = headingSlugs(parseMarkdown('text\n\n## Привет'));
		expect(entry?.node.position?.start.line).toBe(3);
	});
});

describe('heading anchors on the built page (Astro) against GitHub', () => {
	let ids: string[] = [];
	const captureIds = () => (tree: HastRoot) => {
		ids = [];
		visit(tree, 'element', (node) => {
			if (/^h[1-6]$/.test(node.tagName)) ids.push(String(node.properties['id']));
		});
	};
	// The MDX pipeline of astro.config.mjs (its markdown processor, Astro's defaults, smartypants on), ids read after rehypeHeadingIds.
	const renderer = unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeHeadingIds, captureIds] }).createMdxRenderer!(
		{ ...markdownConfigDefaults, syntaxHighlight: false },
		{ optimize: true },
	);

	/** GitHub's anchors for the source, and the ids the site gives the headings once imported. */
	async function anchors(markdown: string) {
		const tree = parseMarkdown(markdown);
		const github = headingSlugs(tree).map((entry) => entry.slug);
		rawHtmlToMarkdown(tree, []);
		shiftHeadings(tree, 2);
		await (await renderer).process(toMdx(tree), 'phase.mdx', {});
		return { github, site: ids };
	}

	it('agrees on emoji, punctuation, quotes, repeats, code, links, emphasis, HTML and non-Latin text', async () => {
		const { github, site } = await anchors(
			[
				'# 💻 Exercises: Day 5',
				'## Exercises',
				'## Exercises',
				'## Don\'t panic... "really"',
				'## Day 1 — Setup',
				'## `code -- dash` and [link](https://example.com)',
				'## **bold** _it_ ~~old~~',
				'## Braces {x} and \\<escaped\\>',
				'## Title <kbd>K</kbd> <a name="x"></a>',
				'## C++ / C# . Node.js 100%',
				'## Émoji 🚀🚀 end 🎉',
				'## Ünïcödé Привет мир 你好 مرحبا',
				'## Note[^1]',
				'',
				'[^1]: note',
			].join('\n'),
		);
		// The footnotes section's own heading comes last, with a fixed id (GitHub's too).
		expect(site).toEqual([...github, 'footnote-label']);
		expect(site[0]).toBe('-exercises-day-5');
	});

	it('differs where smartypants turns `--` into a dash before the id is made, and where a non-HTML tag is kept as text', async () => {
		const { github, site } = await anchors('## A -- B\n## List<T> generics');
		expect(github).toEqual(['a----b', 'list-generics']);
		expect(site).toEqual(['a--b', 'listt-generics']);
	});
});

describe('preprocessor expressions', () => {
	it("leaves out with a note an mdBook preprocessor's expression alone in a paragraph, not one in code or a Hugo shortcode", () => {
		const markdown = '# Hello\n\n{{%segment outline}}\n\n{{#quiz ../quizzes/ch01.toml}}\n\nRun `{{#include a.rs}}` here.\n\n```\n{{#include main.rs}}\n```\n\n{{% notice tip %}}\nText.\n{{% /notice %}}\n';
		const { mdx, notes } = transform(markdown, (tree, found) => preprocessorExpressions(tree, markdown, found));
		expect(mdx).not.toContain('segment outline');
		expect(mdx).not.toContain('quiz');
		expect(mdx).toContain('Run `{{#include a.rs}}` here.');
		expect(mdx).toContain('```\n{{#include main.rs}}\n```');
		expect(mdx).toContain('notice tip');
		expect(notes).toEqual([
			{ message: 'left out "{{%segment outline}}": the book\'s build puts there what it stands for, made from other files', line: 3 },
			{ message: 'left out "{{#quiz ../quizzes/ch01.toml}}": the book\'s build puts there what it stands for, made from other files', line: 5 },
		]);
	});

	it("writes an outline as the links to the pages under the page's entry in the table of contents, or after it in its part", () => {
		const summary = '# Day 1\n\n- [Welcome](day-1.md)\n- [Types](types.md)\n  - [`let`](types/let.md)\n  - [Values](types/values.md#ints)\n- [Loops](loops.md)\n\n# Day 2\n\n- [Welcome](day-2.md)\n';
		const contents = { tree: parseMarkdown(summary), path: 'SUMMARY.md' };
		const outline = (path: string, markdown: string) => transform(markdown, (tree, found) => preprocessorExpressions(tree, markdown, found, { path, contents }));
		const segment = outline('types.md', '# Types\n\n{{%segment outline}}\n');
		expect(segment.mdx).toBe('# Types\n\n- [`let`](types/let.md)\n- [Values](types/values.md#ints)');
		expect(segment.notes).toEqual([]);
		expect(outline('day-1.md', '{{%session outline}}\n').mdx).toBe('- [Types](types.md)\n- [Loops](loops.md)');
		expect(outline('types/let.md', '{{%segment outline}}\n').mdx).toBe('- [Values](values.md#ints)');
		expect(outline('day-2.md', '{{%session outline}}\n').notes).toHaveLength(1);
		expect(outline('types/values.md', 'See [Types](../types.md).\n\n{{%session outline}}\n').mdx).toBe('See [Types](../types.md).');
	});

	it("writes a course's outline as its sessions, each with the links to its segments that take minutes, as the pages' front matter sets them", () => {
		const summary = '- [Intro](intro.md)\n\n# Day 1\n\n- [Welcome](day-1.md)\n- [Types](types.md)\n  - [`let`](types/let.md)\n- [Loops](loops.md)\n\n# Day 1 Afternoon\n\n- [Welcome](day-1-pm.md)\n- [Traits](traits.md)\n\n# Android\n\n- [Welcome](android.md)\n- [Setup](android/setup.md)\n';
		const pages: Record<string, Record<string, unknown>> = {
			'day-1.md': { course: 'Fundamentals', session: 'Day 1 Morning', minutes: 5 },
			'types/let.md': { minutes: 10 },
			'loops.md': { minutes: 20 },
			'day-1-pm.md': { session: 'Day 1 Afternoon' },
			'traits.md': { minutes: 15 },
			'android.md': { course: 'Android', session: 'Android', minutes: 5 },
			'android/setup.md': { minutes: 5 },
		};
		const contents = { tree: parseMarkdown(summary), path: 'SUMMARY.md', fields: (path: string) => pages[path] ?? null };
		const outline = (path: string, markdown: string) => transform(markdown, (tree, found) => preprocessorExpressions(tree, markdown, found, { path, contents }));
		expect(outline('running/structure.md', '{{%course outline Fundamentals}}\n').mdx).toBe(
			'- Day 1 Morning\n  - [Welcome](../day-1.md)\n  - [Types](../types.md)\n  - [Loops](../loops.md)\n- Day 1 Afternoon\n  - [Traits](../traits.md)',
		);
		expect(outline('android/setup.md', '{{%course outline}}\n').mdx).toBe('- Android\n  - [Welcome](../android.md)\n  - [Setup](setup.md)');
		expect(outline('intro.md', '{{%course outline Unsafe}}\n').notes).toHaveLength(1);
	});
});
