import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ImportNote } from './notes.ts';
import { urlSafety } from '../../checks/url-safety.ts';

/**
 * Images from other sites would make the reader's browser call a third party, so each becomes a link to the
 * image whose text is its alt text ("image" without one), with a note. An image that is already a link's text
 * (a badge: `[![build](badge.svg)](ci)`) becomes that text, so the link stays a single link.
 */
export function remoteImagesToLinks(tree: Root, notes: ImportNote[]): void {
	const definitions = new Map<string, Definition>();
	visit(tree, 'definition', (node) => {
		definitions.set(node.identifier, node);
	});
	const urlOf = (node: Image | ImageReference) => (node.type === 'image' ? node.url : definitions.get(node.identifier)?.url);

	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		if ((node.type !== 'image' && node.type !== 'imageReference') || parent === undefined || index === undefined) return;
		const url = urlOf(node);
		if (url === undefined || urlSafety(url) !== 'remote') return;
		const text: Text = { type: 'text', value: node.alt || 'image', ...(node.position ? { position: node.position } : {}) };
		const inLink = parent.type === 'link' || parent.type === 'linkReference';
		notes.push({
			message: inLink
				? `remote image ${JSON.stringify(url)} inside a link became the link's text "${text.value}" (it would load from another site)`
				: `remote image ${JSON.stringify(url)} became a link "${text.value}" (it would load from another site)`,
			line: node.position?.start.line,
		});
		(parent.children as PhrasingContent[])[index] = inLink ? text : asLink(node, text);
	});
}

// A collapsed or shortcut reference (`![Logo][]`) takes its label from its text, which is now the alt text: the
// link names its definition in full instead.
function asLink(image: Image | ImageReference, text: Text): Link | LinkReference {
	const position = image.position ? { position: image.position } : {};
	return image.type === 'image'
		? { type: 'link', url: image.url, title: image.title ?? null, children: [text], ...position }
		: { type: 'linkReference', identifier: image.identifier, label: image.label ?? null, referenceType: 'full', children: [text], ...position };
}
