import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { removeExplicitIds } from '../lib/anchors/explicit-id.ts';

/**
 * An empty element carrying a former ID, first inside the heading: a link to the old `#anchor` scrolls to the
 * heading natively, with or without JavaScript. Empty, so that the heading's text, outline and search entry stay the same.
 */
const formerAnchor = (id: string): Text => ({ type: 'text', value: '', data: { hName: 'span', hProperties: { id }, hChildren: [] } });

/**
 * Applies explicit heading IDs, `## Title {/* #id, #former-id *\/}` (src/lib/anchors/explicit-id.ts): the heading gets
 * the first as its id, which rehypeHeadingIds keeps instead of making one from the text, and an empty element for each
 * former ID. The marker itself is removed, so it is in neither the page nor the ID made from the text.
 */
export default function remarkExplicitHeadingIds() {
	return (tree: Root) => {
		visit(tree, 'heading', (heading: Heading) => {
			const ids = removeExplicitIds(heading);
			if (!ids) return;
			heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: ids.id } };
			heading.children.unshift(...ids.aliases.map(formerAnchor));
		});
	};
}
