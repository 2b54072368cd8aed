import type { Element, ElementContent, Root, RootContent } from 'hast';
import { checklistItemChecks } from '../lib/model/progress.ts';

type Node = Root | RootContent;

const isElement = (node: Node, ...tagNames: string[]): node is Element => node.type === 'element' && tagNames.includes(node.tagName);
const isCheckbox = (node: Node): node is Element => isElement(node, 'input') && node.properties['type'] === 'checkbox';
// MDX adds its own node types (JSX, expressions); any node with children contributes their text.
const textOf = (node: Node): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');
const blocks = ['ul', 'ol', 'blockquote', 'pre', 'table', 'div', 'hr'];

/**
 * Where a task item's own line is, the line GFM puts the checkbox on: its first paragraph in a loose list, or
 * everything before its first block (the sub-list) in a tight one. The line is `parent.children.slice(0, end)`.
 */
function ownLine(item: Element): { parent: Element; end: number } {
	const paragraph = item.children.find((child) => isElement(child, 'p'));
	if (paragraph) return { parent: paragraph, end: paragraph.children.length };
	const firstBlock = item.children.findIndex((child) => isElement(child, ...blocks));
	return { parent: item, end: firstBlock === -1 ? item.children.length : firstBlock };
}

/**
 * GFM task lists render read-only checkboxes. This names each after its item, so that screen readers say what is
 * (or is not) ticked, and gives it `data-check`, a short hash of the item's own line (not its sub-list) unique on
 * the page. The page names the checklist (`data-checklist` on an ancestor); with JavaScript, progress.ts enables
 * the boxes and keeps their state with the reader's other progress under `item:<checklist>#<check>`.
 *
 * The source's `[x]` is the author's mark, not the reader's: without JavaScript the box shows it checked as GFM
 * renders it; with JavaScript the box shows the reader's own mark, and "(ticked by the author)" after the line
 * keeps the author's visible either way.
 */
export default function rehypeTaskListCheckboxes() {
	return (tree: Root) => {
		const items: { box: Element; parent: Element; end: number; text: string }[] = [];
		const visit = (node: Node) => {
			if (isElement(node, 'li')) {
				const { parent, end } = ownLine(node);
				const line = parent.children.slice(0, end);
				const box = line.find(isCheckbox);
				if (box) items.push({ box, parent, end, text: line.filter((child) => child !== box).map(textOf).join('') });
			}
			if ('children' in node) node.children.forEach(visit);
		};
		visit(tree);
		const checks = checklistItemChecks(items.map((item) => item.text));
		items.forEach(({ box, parent, end, text }, index) => {
			box.properties['ariaLabel'] = text.replace(/\s+/g, ' ').trim();
			box.properties['dataCheck'] = checks[index]!;
			if (box.properties['checked']) parent.children.splice(end, 0, ...authorMark());
		});
	};
}

const authorMark = (): ElementContent[] => [
	{ type: 'text', value: ' ' },
	{
		type: 'element',
		tagName: 'span',
		properties: { className: ['text-sm', 'text-slate-600', 'dark:text-slate-400'], dataPagefindIgnore: '' },
		children: [{ type: 'text', value: '(ticked by the author)' }],
	},
];
