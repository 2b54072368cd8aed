import { rehypeHeadingIds, rehypeShiki, syntaxHighlightDefaults } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { type PluggableList, unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';

type MarkdownConfig = AstroConfig['markdown'];
/** What a loader stores as an entry's `rendered` (the type Astro's renderMarkdown returns). */
type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** A node as the MDX parser gives it: mdast plus MDX's expressions, JSX and ESM. */
type MdxNode = { type: string; value?: string; url?: string; name?: string | null; attributes?: unknown[]; children?: MdxNode[] };

const isComment = (expression: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
/** `./map.png`, `img/x.svg`: a file beside the content, which only the MDX compiler turns into an optimised image. */
const isRelativeUrl = (url: string) => !/^([a-z][a-z\d+.-]*:|\/|#)/i.test(url);

/** `<br />` in a sentence or a table cell, where Markdown has no line break of its own: a line break, as MDX renders it. */
const isLineBreak = (node: MdxNode) => node.type === 'mdxJsxTextElement' && node.name === 'br' && !node.attributes?.length && !node.children?.length;

/**
 * What only MDX's compiler can render: JSX elements (but a bare `<br />`), import/export, expressions other than comments, and images
 * stored beside the content. Roadmap bodies rarely have any (the content check allows no components), so nearly every
 * body is plain Markdown written in MDX syntax, and is rendered here, once, instead.
 */
export function needsMdxCompiler(tree: MdastRoot): boolean {
	let needed = false;
	visit(tree as MdxNode, (node: MdxNode) => {
		const expression = node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
		if (
			node.type === 'mdxjsEsm' ||
			node.type === 'mdxJsxFlowElement' ||
			(node.type === 'mdxJsxTextElement' && !isLineBreak(node)) ||
			(expression && !isComment(node.value ?? '')) ||
			((node.type === 'image' || node.type === 'definition') && isRelativeUrl(node.url ?? ''))
		) {
			needed = true;
			return false;
		}
		return undefined;
	});
	return needed;
}

/** MDX renders a comment as nothing; so does this (explicit heading IDs have been read from theirs by then). */
function remarkDropComments() {
	return (tree: MdastRoot) => {
		visit(tree as MdxNode, (node: MdxNode, index, parent: MdxNode | undefined) => {
			if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && parent?.children && index !== undefined) {
				parent.children.splice(index, 1);
				return [SKIP, index];
			}
			return undefined;
		});
	};
}

function remarkLineBreaks() {
	return (tree: MdastRoot) => {
		visit(tree as MdxNode, (node: MdxNode, index, parent: MdxNode | undefined) => {
			// As an element of its own, not Markdown's break, which adds a line end and trims the space after it.
			if (isLineBreak(node) && parent?.children && index !== undefined) parent.children[index] = { type: 'jsxLineBreak', data: { hName: 'br' } } as MdxNode;
		});
	};
}

export interface StaticMdxRenderer {
	/** The body's HTML and headings, or undefined when the body needs MDX's compiler (see needsMdxCompiler). */
	render(body: string, filePath: string): Promise<RenderedContent | undefined>;
}

/**
 * Renders MDX bodies to HTML as `@astrojs/mdx` would, from the same Markdown settings (GFM, smart punctuation, the
 * site's remark and rehype plugins, Shiki), but without compiling each body into a JavaScript module for Vite to
 * bundle: at thousands of phases that compilation was the largest cost of a build. The content layer keeps the HTML,
 * so a rebuild renders only the bodies that changed.
 */
export function createStaticMdxRenderer(markdown: MarkdownConfig): StaticMdxRenderer {
	const options = (markdown.processor?.options ?? {}) as { remarkPlugins?: PluggableList; rehypePlugins?: PluggableList; remarkRehype?: object; gfm?: boolean; smartypants?: boolean | object };
	// Astro's own default when the config leaves it unset (a config not yet resolved by Astro, as in tests).
	const highlight = markdown.syntaxHighlight ?? syntaxHighlightDefaults;
	const highlightType = typeof highlight === 'object' ? highlight.type : highlight;
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(options.gfm ?? markdown.gfm ?? true ? [remarkGfm] : [])
		.use((options.smartypants ?? markdown.smartypants ?? true) !== false ? [[remarkSmartypants, typeof options.smartypants === 'object' ? options.smartypants : {}]] : [])
		.use(options.remarkPlugins ?? [])
		.use(remarkDropComments)
		.use(remarkLineBreaks)
		.use(remarkRehype, { ...options.remarkRehype })
		.use(highlightType === 'shiki' ? [[rehypeShiki, markdown.shikiConfig, (typeof highlight === 'object' ? highlight.excludeLangs : undefined) ?? syntaxHighlightDefaults.excludeLangs]] : [])
		.use(options.rehypePlugins ?? [])
		.use(rehypeHeadingIds)
		.use(rehypeStringify);
	return {
		async render(body, filePath) {
			// The path makes rehypeHeadingIds read headings as MDX does; frontmatter is not the body's business here.
			const file = new VFile({ value: body, path: filePath, data: { astro: { frontmatter: {} } } });
			const tree = processor.parse(file);
			if (needsMdxCompiler(tree)) return undefined;
			const html = processor.stringify(await processor.run(tree, file), file);
			return { html, metadata: { headings: file.data.astro?.headings ?? [] } };
		},
	};
}
