import type { Element, ElementContent, Root } from 'hast';

const textOf = (node: ElementContent): string =>
	node.type === 'text' ? node.value : node.type === 'element' && node.tagName !== 'ul' && node.tagName !== 'ol' ? node.children.map(textOf).join('') : '';

/**
 * GFM task lists render bare read-only checkboxes; naming each after its item lets screen readers
 * say what is (or is not) ticked, and satisfies WCAG's "form elements have labels".
 */
export default function rehypeTaskListLabels() {
	return (tree: Root) => {
		const visit = (node: Root | Element) => {
			for (const child of node.children) {
				if (child.type !== 'element') continue;
				if (child.tagName === 'li') {
					const box = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'input' && c.properties['type'] === 'checkbox');
					if (box) box.properties['ariaLabel'] = child.children.filter((c) => c !== box).map(textOf).join('').trim();
				}
				visit(child);
			}
		};
		visit(tree);
	};
}
