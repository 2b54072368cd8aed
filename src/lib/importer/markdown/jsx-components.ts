/**
 * An MDX page's component written with JavaScript in its attributes (`<MetricBoard metrics={[…]} />`, `<Card
 * icon={<FaPython />} title="Python" href="/python">`), often over several lines: GitHub's Markdown cannot read it as
 * HTML (an attribute `{[…]}` is no HTML) and would show it as text. Read as MDX, it is written again as the HTML of
 * its text attributes around its Markdown content, which the HTML step then shows as the site shows the component
 * (see raw-html.ts), with a note; what only its expressions hold (a chart's data) is not shown.
 */
import type { Program } from 'estree';
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { mdxParser } from './mdx-images.ts';
import { parseMarkdown } from './parse.ts';

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem']);
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Writes each paragraph or HTML block that is one such component (see the module's comment) again as HTML. */
export function jsxComponents(tree: Root, text: string): void {
	visit(tree, (parent: Nodes) => {
		if (!FLOW_PARENTS.has(parent.type) || !('children' in parent)) return;
		(parent.children as RootContent[]) = (parent.children as RootContent[]).flatMap((node) => componentNodes(node, text) ?? [node]);
	});
}

/** The HTML and Markdown a paragraph or HTML block that is one component with expression attributes is; undefined for another. */
function componentNodes(node: RootContent, text: string): RootContent[] | undefined {
	const { start, end } = node.position ?? {};
	if ((node.type !== 'paragraph' && node.type !== 'html') || start?.offset === undefined || end?.offset === undefined) return undefined;
	// A paragraph that opens with anything but the text or HTML of a tag is read already (an image, see mdx-images.ts).
	if (node.type === 'paragraph' && node.children[0]?.type !== 'text' && node.children[0]?.type !== 'html') return undefined;
	const source = text.slice(start.offset, end.offset);
	if (!/^<\p{Lu}/u.test(source) || !source.includes('{')) return undefined;
	const element = elementOf(source);
	// An opening tag alone, its content and closing tag after a blank line (`<Card icon={…} title="Python">`), is
	// written again alone: the HTML step reads it with what follows up to its closing tag.
	const name = /^<([\p{L}\p{N}_.:-]+)/u.exec(source)![1]!;
	const opening = element ? undefined : elementOf(`${source}</${name}>`);
	const nodes: RootContent[] | undefined = element ? asHtml(element, source) : opening?.children.length === 0 ? [{ type: 'html', value: `<${name}${attributesOf(opening)}>` }] : undefined;
	if (!nodes) return undefined;
	for (const added of nodes) {
		visit(added, (child) => {
			child.position = node.position;
		});
	}
	return nodes;
}

/** The one JSX element `source` is, read as MDX; undefined when it is not one (then GitHub's reading stands). */
function elementOf(source: string): MdxJsxFlowElement | MdxJsxTextElement | undefined {
	let parsed: Root;
	try {
		parsed = mdxParser.parse(source);
	} catch {
		return undefined;
	}
	const [only] = parsed.children.length === 1 ? parsed.children : [];
	const element = only?.type === 'paragraph' && only.children.length === 1 ? only.children[0] : only;
	return element?.type === 'mdxJsxFlowElement' || element?.type === 'mdxJsxTextElement' ? element : undefined;
}

/** A JSX element's text attributes, as HTML writes them (` title="Python" open`); those JavaScript writes are left out. */
const attributesOf = (element: MdxJsxFlowElement | MdxJsxTextElement) =>
	element.attributes
		.flatMap((attribute) => (attribute.type !== 'mdxJsxAttribute' ? [] : attribute.value === null || attribute.value === undefined ? [` ${attribute.name}`] : typeof attribute.value === 'string' ? [` ${attribute.name}="${escapeAttribute(attribute.value)}"`] : []))
		.join('');

/** A JSX element as HTML with its text attributes, around its content read as Markdown (its components so too). */
function asHtml(element: MdxJsxFlowElement | MdxJsxTextElement, source: string): RootContent[] {
	const attributes = attributesOf(element);
	const name = element.name ?? '';
	if (element.children.length === 0) return [{ type: 'html', value: `<${name}${attributes} />` }];
	return [{ type: 'html', value: `<${name}${attributes}>` }, ...contentOf(element.children, source), { type: 'html', value: `</${name}>` }];
}

/**
 * A component's content: its Markdown read again as Markdown, and a text it writes as a JavaScript string (`` {`Task:
 * …`} ``, a prompt to copy) a block of code, as the site shows it in a box; other expressions show nothing.
 */
function contentOf(children: readonly Nodes[], source: string): RootContent[] {
	const blocks: RootContent[] = [];
	let from: number | undefined;
	let to: number | undefined;
	const flush = () => {
		if (from === undefined || to === undefined) return;
		const content = source.slice(from, to);
		const inner = parseMarkdown(content, { frontmatter: false });
		jsxComponents(inner, content);
		blocks.push(...inner.children);
		from = to = undefined;
	};
	for (const child of children) {
		// A component inside is written so too, whether or not it has expressions (`<Card>` in `<CardGroup cols={2}>`).
		if (child.type === 'mdxJsxFlowElement') {
			flush();
			blocks.push(...asHtml(child, source));
			continue;
		}
		if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') {
			flush();
			const value = stringOf(child.data?.estree);
			if (value !== undefined) blocks.push({ type: 'code', value: value.trim() });
			continue;
		}
		from ??= child.position?.start.offset;
		to = child.position?.end.offset ?? to;
	}
	flush();
	return blocks;
}

/** The string an expression is (a string, or a template without expressions); undefined for another. */
function stringOf(program: Program | null | undefined): string | undefined {
	const statement = program?.body[0];
	const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
	if (expression?.type === 'Literal' && typeof expression.value === 'string') return expression.value;
	if (expression?.type === 'TemplateLiteral' && expression.expressions.length === 0) return expression.quasis[0]?.value.cooked ?? undefined;
	return undefined;
}
