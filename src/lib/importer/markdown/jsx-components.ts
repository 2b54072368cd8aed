/**
 * An MDX page's component written with JavaScript in its attributes (`<MetricBoard metrics={[…]} />`, `<Card
 * icon={<FaPython />} title="Python" href="/python">`), often over several lines: GitHub's Markdown cannot read it as
 * HTML (an attribute `{[…]}` is no HTML) and would show it as text. Read as MDX, it is written again as the HTML of
 * its text attributes around its Markdown content, which the HTML step then shows as the site shows the component
 * (see raw-html.ts), with a note, and a list its expressions hold (a quiz's choices) as a list; what else only its
 * expressions hold (a chart's numbers) is not shown.
 */
import type { ObjectExpression, Program } from 'estree';
import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { collapsible } from './admonitions.ts';
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
		// A list its attributes hold is no text of the page to read again for components: its items have no place.
		visit(added, (child) => {
			if (child === added || added.type !== 'list') child.position = node.position;
			else delete child.position;
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

/**
 * A JSX element as HTML with its text attributes, around its content read as Markdown (its components so too), and
 * followed by the lists its attributes hold (see recordLists).
 */
function asHtml(element: MdxJsxFlowElement | MdxJsxTextElement, source: string): RootContent[] {
	const attributes = attributesOf(element);
	const name = element.name ?? '';
	const lists = recordLists(element);
	if (element.children.length === 0) return [{ type: 'html', value: `<${name}${attributes} />` }, ...lists];
	return [{ type: 'html', value: `<${name}${attributes}>` }, ...contentOf(element.children, source), { type: 'html', value: `</${name}>` }, ...lists];
}

/**
 * An attribute that is a list of records of text (a quiz's `choices={[{ text: "…", explain: "…", correct: true }]}`)
 * is what the component shows, one entry after another: a Markdown list, each item its first text, a field set true
 * named after it ("(correct)"), its other texts below it; its texts are Markdown, as the component writes them.
 * Records marked true or false are choices the reader makes before the component tells which are right and why: the
 * list shows the choices alone, and the marks and texts follow in a fold the reader opens after choosing.
 */
function recordLists(element: MdxJsxFlowElement | MdxJsxTextElement): RootContent[] {
	return element.attributes.flatMap((attribute) => {
		if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'object' || !attribute.value) return [];
		const statement = attribute.value.data?.estree?.body[0];
		const array = statement?.type === 'ExpressionStatement' && statement.expression.type === 'ArrayExpression' ? statement.expression : undefined;
		const records = array?.elements.map((item) => (item?.type === 'ObjectExpression' ? fieldsOf(item) : undefined));
		// Records holding addresses are the site's links around the page (a banner's notebooks to open it in), left out as before.
		if (!records?.length || records.some((record) => !record || typeof record[0]?.[1] !== 'string' || record.some(([, value]) => typeof value === 'string' && /^https?:\/\//i.test(value)))) return [];
		const fieldLists = records as [string, string | boolean][][];
		const list = (answered: boolean): List => ({
			type: 'list',
			ordered: false,
			spread: false,
			children: fieldLists.map((fields): ListItem => {
				const texts = fields.flatMap(([, value]) => (typeof value === 'string' ? [value] : []));
				const flags = fields.flatMap(([key, value]) => (value === true ? [` (${key})`] : []));
				const blocks = (answered ? [`${texts[0]!}${flags.join('')}`, ...texts.slice(1)] : [texts[0]!]).flatMap((text) => parseMarkdown(text, { frontmatter: false }).children);
				return { type: 'listItem', spread: false, children: blocks as ListItem['children'] };
			}),
		});
		const choices = fieldLists.some((fields) => fields.some(([, value]) => typeof value === 'boolean'));
		return choices ? [list(false), ...collapsible('Answers', [list(true)])] : [list(true)];
	});
}

/** An object literal's fields of text or true/false, by name, in order; undefined when it has another. */
function fieldsOf(object: ObjectExpression): [string, string | boolean][] | undefined {
	const fields = object.properties.map((property) => {
		if (property.type !== 'Property' || property.computed) return undefined;
		const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
		const value = property.value.type === 'Literal' ? property.value.value : property.value.type === 'TemplateLiteral' && property.value.expressions.length === 0 ? property.value.quasis[0]?.value.cooked : undefined;
		return key !== undefined && (typeof value === 'string' || typeof value === 'boolean') ? ([key, value] as [string, string | boolean]) : undefined;
	});
	return fields.every((field) => field !== undefined) ? fields : undefined;
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
