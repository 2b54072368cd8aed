import type { Image, Link, Parents, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ImportNote } from './notes.ts';
import { urlSafety } from '../../checks/url-safety.ts';

/**
 * Images from other sites would make the reader's browser call a third party, so each becomes a link to the
 * image whose text is its alt text ("image" without one), with a note. An image that is already a link's text
 * (a badge: `[![build](badge.svg)](ci)`) becomes that text, so the link stays a single link; without alt text, the
 * link's address is its text.
 */
export function remoteImagesToLinks(tree: Root, notes: ImportNote[]): void {
	visit(tree, 'image', (node: Image, index, parent: Parents | undefined) => {
		if (parent === undefined || index === undefined || urlSafety(node.url) !== 'remote') return;
		const inLink = parent.type === 'link';
		// Without alt text, a linked image (an avatar, a button) is named by where it leads, as a bare URL would be.
		const value = node.alt || (inLink ? parent.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') : '') || 'image';
		const text: Text = { type: 'text', value, ...(node.position ? { position: node.position } : {}) };
		notes.push({
			message: inLink
				? `remote image ${JSON.stringify(node.url)} inside a link became the link's text "${text.value}" (it would load from another site)`
				: `remote image ${JSON.stringify(node.url)} became a link "${text.value}" (it would load from another site)`,
			line: node.position?.start.line,
		});
		(parent.children as PhrasingContent[])[index] = inLink ? text : asLink(node, text);
	});
}

function asLink(image: Image, text: Text): Link {
	return { type: 'link', url: image.url, title: image.title ?? null, children: [text], ...(image.position ? { position: image.position } : {}) };
}
