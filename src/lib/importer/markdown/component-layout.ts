/**
 * Components of an MDX page that lay it out rather than hold its text. A component's tags on lines of their own
 * around headings (`<LectureDivider>` / `### Week 1` / `</LectureDivider>`, a `<LectureTable>` around the whole
 * schedule) would be cut apart where the plan splits at those headings, each half then shown as text: the tags go,
 * what they hold stays. A run of components of one name without content, one after another (`<LectureRow
 * date="22/09" topic="Intro" pdf="…" />`), is a table the site draws from their attributes, which hold all the page
 * says of each row: it becomes that table.
 */
import type { Link, Root, RootContent, Table, TableCell, Text } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { upperFirst } from '../lines.ts';
import { mdxParser } from './mdx-images.ts';
import type { ImportNote } from './notes.ts';

const SHOWN_BY = new Set(['title', 'label', 'summary', 'href']);
const OPENING_TAG = /^<(\p{Lu}[\w.]*)(?:\s[^<>]*)?>$/u;
const closingTag = (name: string) => new RegExp(`^</${name.replace(/\./g, '\\.')}\\s*>$`);

/** Removes the component tags around headings and writes runs of attribute-only components as tables (see the module's comment). */
export function componentLayout(tree: Root, text: string, notes: ImportNote[]): void {
	unwrapHeadings(tree, notes);
	rowTables(tree, text, notes);
}

function unwrapHeadings(tree: Root, notes: ImportNote[]): void {
	const removed = new Set<RootContent>();
	tree.children.forEach((node, start) => {
		const name = node.type === 'html' ? OPENING_TAG.exec(node.value.trim())?.[1] : undefined;
		if (!name) return;
		let depth = 0;
		for (let index = start + 1; index < tree.children.length; index++) {
			const next = tree.children[index]!;
			if (next.type === 'html' && OPENING_TAG.exec(next.value.trim())?.[1] === name) depth++;
			if (next.type !== 'html' || !closingTag(name).test(next.value.trim())) continue;
			if (depth-- > 0) continue;
			if (tree.children.slice(start + 1, index).some((between) => between.type === 'heading')) {
				removed.add(node).add(next);
				notes.push({ message: `removed the MDX component tags <${name}> … </${name}> around headings: they lay out the site the plan was written for (their content is kept)`, line: node.position?.start.line });
			}
			return;
		}
	});
	tree.children = tree.children.filter((node) => !removed.has(node));
}

/**
 * The component an HTML block or a paragraph is (a tag over several lines is no HTML block to CommonMark) when it is
 * one without content and with text attributes only (`<Row a="1" b="2" />`).
 */
function rowOf(node: RootContent, text: string): MdxJsxFlowElement | undefined {
	const { start, end } = node.position ?? {};
	if ((node.type !== 'html' && node.type !== 'paragraph') || start?.offset === undefined || end?.offset === undefined) return undefined;
	const source = text.slice(start.offset, end.offset).trim();
	if (!/^<\p{Lu}[^]*\/>$/u.test(source)) return undefined;
	let element: RootContent | undefined;
	try {
		[element] = mdxParser.parse(source).children;
	} catch {
		return undefined;
	}
	if (element?.type !== 'mdxJsxFlowElement' || element.children.length > 0 || !element.name) return undefined;
	const attributes = element.attributes;
	// One with a title, a label or a link (`<Card title href description />`) is shown by them as raw-html.ts shows it.
	const named = attributes.some((a) => a.type === 'mdxJsxAttribute' && SHOWN_BY.has(a.name));
	return !named && attributes.length >= 2 && attributes.every((a) => a.type === 'mdxJsxAttribute' && (typeof a.value === 'string' || a.value === null)) ? element : undefined;
}

/**
 * Each run of such components of one name, one after another, written as one table, when the page has two or more
 * of that name: one alone on the page may be anything (a video), one alone in a week is that week's one lesson.
 */
function rowTables(tree: Root, text: string, notes: ImportNote[]): void {
	const rows = tree.children.map((node) => rowOf(node, text));
	const counts = Map.groupBy(rows.filter((row) => row !== undefined), (row) => row.name);
	const children: RootContent[] = [];
	for (let start = 0; start < rows.length; ) {
		const name = rows[start]?.name;
		let end = start + 1;
		while (name && rows[end]?.name === name) end++;
		const nodes = tree.children.slice(start, end);
		if (!name || counts.get(name)!.length < 2) children.push(...nodes);
		else {
			children.push(table(rows.slice(start, end) as MdxJsxFlowElement[], nodes));
			notes.push({ message: `${nodes.length === 1 ? 'the component' : `the ${nodes.length} components`} <${name} … /> became a table of ${nodes.length === 1 ? 'its' : 'their'} attributes, as the site draws them`, line: nodes[0]!.position?.start.line });
		}
		start = end;
	}
	tree.children = children;
}

/** A column per attribute, in the order the rows first give them, but for one no row fills; a URL is a link named by its attribute ("pdf"). */
function table(rows: readonly MdxJsxFlowElement[], nodes: readonly RootContent[]): Table {
	const values = rows.map((row) => new Map(row.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '', typeof a.value === 'string' ? a.value.trim() : ''])));
	const columns = [...new Set(values.flatMap((row) => [...row.keys()]))].filter((name) => values.some((row) => row.get(name)));
	const cell = (children: TableCell['children']): TableCell => ({ type: 'tableCell', children });
	const valueCell = (name: string, value: string): TableCell =>
		cell(!value ? [] : /^https?:\/\//i.test(value) ? [{ type: 'link', url: value, children: [{ type: 'text', value: name }] } satisfies Link] : [{ type: 'text', value } satisfies Text]);
	const first = nodes[0]!.position;
	const last = nodes.at(-1)!.position;
	return {
		type: 'table',
		align: columns.map(() => null),
		children: [
			{ type: 'tableRow', children: columns.map((name) => cell([{ type: 'text', value: upperFirst(name) }])) },
			...values.map((row) => ({ type: 'tableRow' as const, children: columns.map((name) => valueCell(name, row.get(name) ?? '')) })),
		],
		...(first && last ? { position: { start: first.start, end: last.end } } : {}),
	};
}
