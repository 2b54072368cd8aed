import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * A link with nothing to read or see (an icon font's empty `<span class="fa fa-video">` was all it held, or `[](…)`)
 * is named by where it leads, as a bare URL would be: "youtu.be/VqKI2hnxvmg". Left empty, the page would hold a link
 * no reader can see or click.
 */
export function nameWordlessLinks(tree: Root): void {
	visit(tree, 'link', (link: Link) => {
		if (toString(link).trim() !== '' || link.children.some((child) => child.type === 'image' || child.type === 'imageReference')) return;
		link.children = [{ type: 'text', value: link.url.replace(/^[a-z][a-z+.-]*:\/\/(www\.)?/i, '').replace(/^mailto:/i, '').replace(/\/$/, '') || link.url }];
	});
}
