import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter, rehypeHeadingIds, rehypeShiki } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import type { AstroConfig } from 'astro';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkSmartypants from 'remark-smartypants';
import type { PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { createStaticMdxRenderer, needsMdxCompiler } from '../../src/loaders/static-mdx.ts';

// The site's own Markdown settings, as Astro hands them to a loader (the plugins and Shiki theme of astro.config.mjs).
const markdown = config.markdown as AstroConfig['markdown'];
const renderer = createStaticMdxRenderer(markdown);
const render = (body: string) => renderer.render(body, resolve('content/roadmaps/x/phase.mdx'));
const { remarkPlugins, rehypePlugins } = markdown.processor!.options as { remarkPlugins: PluggableList; rehypePlugins: PluggableList };

/** What `@astrojs/mdx` makes of a body: MDX's own compiler with the same plugins, read as HTML before it becomes JS. */
async function renderedByMdx(body: string, path: string): Promise<string> {
	let html = '';
	const capture = () => (tree: HastRoot) => {
		// MDX leaves JSX for its JavaScript output, which renders a bare `<br />` as the element.
		visit(tree, 'mdxJsxTextElement', (node, index, parent) => {
			if (node.name === 'br' && parent && index !== undefined) parent.children[index] = { type: 'element', tagName: 'br', properties: {}, children: [] };
		});
		html = toHtml(tree);
	};
	const processor = createProcessor({
		remarkPlugins: [remarkSmartypants, ...remarkPlugins],
		rehypePlugins: [[rehypeShiki, markdown.shikiConfig, ['math']], ...rehypePlugins, rehypeHeadingIds, capture],
	});
	await processor.process(new VFile({ path, value: body }));
	return html;
}

/** Every body of the seed site and of the test fixture site, and one with everything else Markdown has. */
const sampleBodies = () => {
	const files = ['content/roadmaps', 'tests/fixtures/site/content/roadmaps'].flatMap((folder) => {
		const dir = resolve(folder);
		return readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => ({ path: join(dir, name), body: parseFrontmatter(readFileSync(join(dir, name), 'utf8')).content.trim() }));
	});
	const everything = [
		'Intro with a footnote[^1], `code`, **bold**, ~~struck~~, https://example.com and [a link](/roadmaps/x/).',
		'## Setup {/* #setup, #install */}',
		'- [ ] Install\n- [x] Configure\n  1. nested *item*',
		'> A quote "in quotes" -- with dashes...',
		'> \\[!WARNING]\n> An alert, as GitHub writes them.',
		'| Tool | Use |\n| :-- | --: |\n| psql | queries |',
		'```ts title="x.ts"\nconst x: number = 1;\n```',
		'```\nplain\n```',
		'Math inline, $$e^{i\\pi} + 1 = 0$$, and as a block, money being no math ($5, $10):\n\n$$\n\\frac{e^{x_i}}{\\sum_{j} e^{x_j}}\n$$',
		'```math\nx^2\n```',
		'***',
		'[^1]: The note.',
	].join('\n\n');
	return [...files, { path: resolve('content/roadmaps/x/everything.mdx'), body: everything }];
};

describe('bodies rendered in the content layer', () => {
	it('render every body exactly as the MDX compiler would', async () => {
		const bodies = sampleBodies();
		expect(bodies.length).toBeGreaterThan(50);
		for (const { path, body } of bodies) {
			const rendered = await renderer.render(body, path);
			expect(rendered, path).toBeDefined();
			expect(rendered!.html, path).toBe(await renderedByMdx(body, path));
		}
		// Every body of two sites, rendered twice with Shiki: seconds on a quiet machine, minutes on a loaded one.
	}, 180_000);

	it('apply explicit heading IDs and former IDs, and return the headings for the table of contents', async () => {
		const rendered = await render('## PostgreSQL 16 {/* #postgresql, #postgres */}\n\n### Indexes\n\nText.');
		expect(rendered!.html).toContain('<h2 id="postgresql">');
		expect(rendered!.html).toContain('<span id="postgres"></span>');
		expect(rendered!.html).not.toContain('/*');
		expect(rendered!.metadata!.headings).toEqual([
			{ depth: 2, slug: 'postgresql', text: 'PostgreSQL 16' },
			{ depth: 3, slug: 'indexes', text: 'Indexes' },
		]);
	});

	it('show GitHub alerts (`> [!NOTE]`, escaped as the importer writes it too) as alerts, and other quotes as quotes', async () => {
		const rendered = await render('> [!NOTE]\n> Read this first.\n\n> \\[!CAUTION]\n> Mind the gap.\n\n> Just a quote.');
		expect(rendered!.html).toMatch(/<div class="markdown-alert markdown-alert-note"[^>]*>\s*<p class="markdown-alert-title"[^>]*><svg[^>]*aria-hidden="true"[\s\S]*?<\/svg>NOTE<\/p>\s*<p>Read this first\.<\/p>/);
		expect(rendered!.html).toContain('markdown-alert-caution');
		expect(rendered!.html).toContain('<blockquote>\n<p>Just a quote.</p>\n</blockquote>');
		expect(rendered!.html).not.toContain('[!');
	});

	it('read bold that closes on Chinese or Japanese punctuation as bold, as the MDX compiler does', async () => {
		const body = '**强化学习（RL）**讨论的问题。**この文を強調できますか？**残念ながら。';
		const rendered = await render(body);
		expect(rendered!.html).toBe('<p><strong>强化学习（RL）</strong>讨论的问题。<strong>この文を強調できますか？</strong>残念ながら。</p>');
		expect(await renderedByMdx(body, resolve('content/roadmaps/x/phase.mdx'))).toBe(rendered!.html);
	});

	it('render TeX between two dollars, and in a math block, as MathML; single dollars are money', async () => {
		const html = (await render('Costs $5 or $10; $$x_i^2$$ inline.\n\n$$\n\\frac{a}{b}\n$$'))!.html;
		expect(html).toContain('Costs $5 or $10;');
		expect(html).toMatch(/<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"><semantics><mrow><msubsup><mi>x<\/mi><mi>i<\/mi><mn>2<\/mn><\/msubsup><\/mrow>/);
		expect(html).toMatch(/<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML" display="block"><semantics><mrow><mfrac><mi>a<\/mi><mi>b<\/mi><\/mfrac>/);
		// MathML only: no KaTeX layout that would need its stylesheet and fonts.
		expect(html).not.toContain('katex-html');
	});

	it('keep task lists as checkboxes, GFM tables, smart quotes and highlighted code, and drop comments', async () => {
		const rendered = await render(
			['- [ ] Read the guide', '- [x] Install it', '', '| A | B |', '| - | - |', '| 1 | 2 |', '', '"Quoted" text {/* a note for authors */}', '', '```sql', 'SELECT 1;', '```'].join('\n'),
		);
		const html = rendered!.html;
		expect(html).toMatch(/<input type="checkbox"[^>]*>/);
		expect(html).toContain('<table>');
		expect(html).toContain('“Quoted” text');
		expect(html).not.toContain('a note for authors');
		expect(html).toContain('class="astro-code github-dark-default"');
	});

	it('leave to MDX what only its compiler can render: JSX, import/export, expressions and images stored beside the body', async () => {
		for (const body of ['Text <kbd>Ctrl</kbd>.', '<details>\n\nMore\n\n</details>', "import X from './x.ts'\n\nText.", 'One {1 + 1}.', '![Map](./map.png)', '![Map][m]\n\n[m]: img/map.png']) {
			expect(await render(body), body).toBeUndefined();
		}
		for (const body of ['Plain *text*.', '![Logo](/logo.png)', '![Badge](https://example.com/b.svg)', 'Note {/* a comment */} here.', '| a |\n| - |\n| b <br /> c |']) {
			expect(await render(body), body).toBeDefined();
		}
	});

	it('needsMdxCompiler reads the MDX tree, not the text: a tag inside inline code is plain', () => {
		const tree = createProcessor().parse('Type `<kbd>` to `{x}`.');
		expect(needsMdxCompiler(tree as never)).toBe(false);
	});
});
