import type { Element, ElementContent, Root } from 'hast';

const linkIcon: ElementContent = {
	type: 'element',
	tagName: 'svg',
	properties: { ariaHidden: 'true', width: 14, height: 14, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: '2' },
	children: [
		{ type: 'element', tagName: 'path', properties: { d: 'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7' }, children: [] },
		{ type: 'element', tagName: 'path', properties: { d: 'M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7' }, children: [] },
	],
};

/**
 * The anchor link and copy-link button every linkable place gets (LinkControls.astro renders the same).
 * `what` names the place for screen readers, e.g. `“Auth”` or `the topic “Redis”`.
 */
export function linkControls(id: string, what: string): ElementContent[] {
	return [
		{
			type: 'element',
			tagName: 'a',
			properties: { href: `#${id}`, className: ['anchor-link'], dataPagefindIgnore: '' },
			children: [
				{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
				{ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to ${what}` }] },
			],
		},
		{
			type: 'element',
			tagName: 'button',
			properties: { type: 'button', className: ['copy-link'], dataCopyLink: `#${id}`, hidden: true, dataPagefindIgnore: '' },
			children: [
				linkIcon,
				{ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Copy link to ${what}` }] },
			],
		},
	];
}

const textOf = (node: ElementContent): string =>
	node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/**
 * Gives every h2–h4 with an id a visible anchor link and a copy-link button, so any section can be linked to.
 * The controls sit beside the heading, not inside it, so that search results and the outline show clean titles.
 */
export default function rehypeHeadingLinks() {
	return (tree: Root) => {
		const visit = (node: Root | Element) => {
			node.children = node.children.map((child) => {
				if (child.type !== 'element') return child;
				const id = child.properties['id'];
				if (!/^h[2-4]$/.test(child.tagName) || typeof id !== 'string') {
					visit(child);
					return child;
				}
				return {
					type: 'element',
					tagName: 'div',
					properties: { className: ['heading-wrapper', `heading-${child.tagName}`] },
					children: [child, ...linkControls(id, `“${textOf(child).trim()}”`)],
				} satisfies Element;
			}) as typeof node.children;
		};
		visit(tree);
	};
}
