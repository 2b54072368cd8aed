import { describe, expect, it } from 'vitest';
import { admonitionBlocks } from '../../src/lib/importer/markdown/admonitions.ts';
import { backtickedFenceInfo } from '../../src/lib/importer/markdown/fenced-boxes.ts';
import type { ImportNote } from '../../src/lib/importer/markdown/notes.ts';
import { parseMarkdown } from '../../src/lib/importer/markdown/parse.ts';
import { toMdx } from '../../src/lib/importer/markdown/serialize.ts';

/** The MDX a page's Markdown shows as, its fences' info strings read as the importer reads them. */
function converted(markdown: string): string {
	const text = backtickedFenceInfo(markdown);
	const tree = parseMarkdown(text);
	const notes: ImportNote[] = [];
	admonitionBlocks(tree, text, notes);
	return toMdx(tree).trimEnd();
}

describe('fenced boxes', () => {
	it('shows a fence named by a box kind over Markdown prose as an alert, its title attribute in bold', () => {
		const markdown = [
			'```warn header="Don\'t stop \\"bubbling\\" without a need!"\nBubbling is *convenient*.\n```',
			'````smart\nThe input may select multiple files, so `input.files` is an array.\n\nSo:\n\n```js\nlet a = 1;\n```\n````',
			'```quote author="Confucius (Analects)"\nLearning without thought is labor lost.\n```',
			'- Scroll:\n\n  ```tip\n  Read [the guide](guide.md).\n  ```',
		].join('\n\n');
		expect(converted(markdown)).toBe(
			[
				'> \\[!WARNING]\n> **Don\'t stop "bubbling" without a need!**\n>\n> Bubbling is *convenient*.',
				'> \\[!NOTE]\n> The input may select multiple files, so `input.files` is an array.\n>\n> So:\n>\n> ```js\n> let a = 1;\n> ```',
				'> \\[!NOTE]\n> **Confucius (Analects)**\n>\n> Learning without thought is labor lost.',
				'- Scroll:\n\n  > \\[!TIP]\n  > Read [the guide](guide.md).',
			].join('\n\n'),
		);
	});

	it("shows javascript.info's engine containers as its site does: online text as the page's, offline left out, compare as its lists under their titles", () => {
		const markdown = [
			'```js run\nalert(1);\n```',
			'```online\nClick the button above.\n```',
			'```offline\nOpen the site to run it.\n```',
			'```compare\n+ Simple.\n+ Fast.\n```',
			'```compare title-plus="Blob URL" title-minus="Data URL"\n+ Direct access.\n- No need to revoke.\n```',
			'```compare plus="CSS" minus="JavaScript"\n+ Simple.\n- Slow.\n```',
		].join('\n\n');
		expect(converted(markdown)).toBe(
			[
				'```js run\nalert(1);\n```',
				'Click the button above.',
				'- Simple.\n- Fast.',
				'**Blob URL**',
				'- Direct access.',
				'**Data URL**',
				'- No need to revoke.',
				'```compare plus="CSS" minus="JavaScript"\n+ Simple.\n- Slow.\n```',
			].join('\n\n'),
		);
	});

	it('keeps as code a fence of a language, of code in a name no highlighter knows, or of text with no sign of Markdown', () => {
		const markdown = [
			'```js title="app.js"\n// Say `hi`.\nlet a = 1;\n```',
			'```tpl\n{{< hint info >}}\n**Markdown** content\n{{< /hint >}}\n```',
			'```markup title="index.html"\n<div>\n  <p>Hello.</p>\n</div>\n```',
			'```out\ndef handle(self):\n\n    """Accepts `OKAY` responses."""\n```',
			'```output\nHello world.\n```',
			'```out\nCopy the text below.\n\n- `transformers` version: 4.12\n- Platform: Linux\n```',
		].join('\n\n');
		expect(converted(markdown)).toBe(markdown);
	});

	it('reads a fence whose title holds code as a fence, as its site does, though CommonMark takes it for text', () => {
		const markdown = '````warn header="Not `window.innerWidth`"\nUse `clientWidth`:\n\n```js\nalert(1);\n```\n````\n\n```smart header="Use `pattern:\\1` here"\nIn the replacement, `$1`.\n```\n\nAfter.';
		expect(converted(markdown)).toBe(
			'> \\[!WARNING]\n> **Not `window.innerWidth`**\n>\n> Use `clientWidth`:\n>\n> ```js\n> alert(1);\n> ```\n\n> \\[!NOTE]\n> **Use `pattern:\\1` here**\n>\n> In the replacement, `$1`.\n\nAfter.',
		);
		// A code block showing such a line is left as it is.
		const shown = '````md\n```warn header="`x`"\n````';
		expect(backtickedFenceInfo(shown)).toBe(shown);
	});
});
