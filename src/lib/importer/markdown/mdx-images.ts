/**
 * An MDX page's images written as JSX: `<Image src={lga} alt="…" />` of an image it imports (`import lga from
 * '../../assets/lga.png'`, Astro), `<img src={require('./img/x.png').default} />` or `<img src={useBaseUrl('/img/x.png')}
 * />` (Docusaurus). GitHub's Markdown cannot read them (an attribute `{ lga }` is no HTML, and a tag spread over lines
 * is then text): each becomes the Markdown image it shows, whose file is then copied like any.
 */
import type { Expression, Program } from 'estree';
import type { Image, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { moduleStatements, parseMarkdown } from './parse.ts';

/** A reader of MDX, for the JSX that GitHub's Markdown cannot read. */
export const mdxParser = unified().use(remarkParse).use(remarkMdx);
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#].*)?$/i;

/** The images a page imports, by the name it gives each (`import lga from '../assets/lga.png'`). */
function imageImports(tree: Root, text: string): Map<string, string> {
	const imports = new Map<string, string>();
	for (const node of tree.children) {
		const { start, end } = node.position ?? {};
		if (node.type !== 'paragraph' || start?.offset === undefined || end?.offset === undefined) continue;
		for (const statement of moduleStatements(text.slice(start.offset, end.offset)) ?? []) {
			if (statement.type !== 'ImportDeclaration' || typeof statement.source.value !== 'string' || !IMAGE_FILE.test(statement.source.value)) continue;
			const binding = statement.specifiers.find((specifier) => specifier.type === 'ImportDefaultSpecifier');
			if (binding) imports.set(binding.local.name, statement.source.value);
		}
	}
	return imports;
}

/**
 * The path an attribute's expression names, as the site's bundler reads it: an imported image's name, `require('…')`
 * (maybe `.default`, maybe through webpack loaders), `useBaseUrl('…')` (a path from the site's root), or a string; undefined for any other.
 */
function pathOf(expression: Expression, imports: ReadonlyMap<string, string>): string | undefined {
	if (expression.type === 'Identifier') return imports.get(expression.name);
	if (expression.type === 'Literal') return typeof expression.value === 'string' ? expression.value : undefined;
	if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) return expression.quasis[0]?.value.cooked ?? undefined;
	if (expression.type === 'MemberExpression' && !expression.computed && expression.property.type === 'Identifier' && expression.property.name === 'default') {
		return pathOf(expression.object as Expression, imports);
	}
	if (expression.type === 'CallExpression' && expression.callee.type === 'Identifier' && ['require', 'useBaseUrl'].includes(expression.callee.name)) {
		const [argument] = expression.arguments;
		// Webpack reads `!file-loader!../assets/x.png` as loaders, each ended by "!", then the file.
		return argument?.type === 'Literal' && typeof argument.value === 'string' ? argument.value.split('!').at(-1) : undefined;
	}
	return undefined;
}

/** An attribute's value: its text, or the path its expression names. */
function attributeValue(element: MdxJsxFlowElement | MdxJsxTextElement, name: string, imports: ReadonlyMap<string, string>): string | undefined {
	const attribute = element.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
	const value = attribute?.type === 'mdxJsxAttribute' ? attribute.value : undefined;
	if (typeof value === 'string' || value === undefined || value === null) return value ?? undefined;
	const statement = (value.data?.estree as Program | undefined)?.body[0];
	return statement?.type === 'ExpressionStatement' ? pathOf(statement.expression, imports) : undefined;
}

/**
 * The Markdown image a JSX element shows: an `<img>` or a component (`<Image>`, `<Picture>`) without content whose
 * `src` names an image file; undefined for any other.
 */
function imageOf(node: RootContent, imports: ReadonlyMap<string, string>): Image | undefined {
	const element = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : node;
	if ((element?.type !== 'mdxJsxFlowElement' && element?.type !== 'mdxJsxTextElement') || element.children.length > 0) return undefined;
	if (!element.name || !/^(?:img|\p{Lu})/u.test(element.name)) return undefined;
	const url = attributeValue(element, 'src', imports);
	if (!url || !IMAGE_FILE.test(url)) return undefined;
	const title = attributeValue(element, 'title', imports);
	return { type: 'image', url, alt: attributeValue(element, 'alt', imports) ?? '', ...(title ? { title } : {}) };
}

/**
 * Turns each paragraph or HTML block (of the page, a quote or a list item) that opens with a JSX image (see the
 * module's comment) into a paragraph holding that image, followed by the text after it (a caption written on the next
 * line is in the same paragraph).
 */
export function mdxImages(tree: Root, text: string): void {
	const imports = imageImports(tree, text);
	visit(tree, (parent) => {
		if (parent.type !== 'root' && parent.type !== 'blockquote' && parent.type !== 'listItem') return;
		parent.children = parent.children.map((node) => imageParagraph(node, text, imports) ?? node) as typeof parent.children;
	});
}

/** The paragraph of the JSX image a paragraph or HTML block opens with; undefined when it opens with none. */
function imageParagraph(node: RootContent, text: string, imports: ReadonlyMap<string, string>): Paragraph | undefined {
	const { start, end } = node.position ?? {};
	if ((node.type !== 'paragraph' && node.type !== 'html') || start?.offset === undefined || end?.offset === undefined) return undefined;
	const source = text.slice(start.offset, end.offset);
	if (!/^<(?:img|\p{Lu})/u.test(source) || !source.includes('{')) return undefined;
	let parsed: Root;
	try {
		parsed = mdxParser.parse(source);
	} catch {
		// Not JSX that MDX reads: left to the HTML conversion, as GitHub would read it.
		return undefined;
	}
	const [first] = parsed.children;
	const image = first && imageOf(first, imports);
	const rest = source.slice(first?.position?.end.offset ?? source.length);
	// HTML after the image in its block is left to the HTML conversion with it.
	if (!image || (node.type === 'html' && rest.trim())) return undefined;
	const after = textAfter(rest, node.position);
	return { type: 'paragraph', children: [{ ...image, position: node.position }, ...(after.length > 0 ? [{ type: 'break' as const }, ...after] : [])], position: node.position };
}

/**
 * The Markdown of a paragraph's source after its JSX image, read as the rest of that paragraph (its text nodes cannot
 * be cut at a source offset: Markdown takes the indent off its lines); its nodes have the paragraph's place.
 */
function textAfter(rest: string, position: Paragraph['position']): PhrasingContent[] {
	const parsed = parseMarkdown(rest, { frontmatter: false });
	visit(parsed, (node) => {
		node.position = position;
	});
	const [paragraph] = parsed.children;
	return parsed.children.length === 1 && paragraph?.type === 'paragraph' ? paragraph.children : [];
}
