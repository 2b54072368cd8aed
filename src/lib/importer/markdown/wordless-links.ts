import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

/**
 * A link with nothing to read or see (an icon font's empty `<span class="fa fa-video">` was all it held, or `[](…)`)
 * is named by where it leads, as a bare URL would be: "youtu.be/VqKI2hnxvmg". Left empty, the page would hold a link
 * no reader can see or click. Beside a link with words to the same place (an avatar that was its image, then the
 * name), it goes: it would only say that place again.
 */
export function nameWordlessLinks(tree: Root): void {
	visit(tree, 'link', (link: Link, index, parent) => {
		if (toString(link).trim() !== '' || link.children.some((child) => child.type === 'image' || child.type === 'imageReference')) return CONTINUE;
		if (parent && index !== undefined && parent.children.some((other) => other !== link && other.type === 'link' && other.url === link.url && toString(other).trim() !== '')) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		link.children = [{ type: 'text', value: link.url.replace(/^[a-z][a-z+.-]*:\/\/(www\.)?/i, '').replace(/^mailto:/i, '').replace(/\/$/, '') || link.url }];
		return CONTINUE;
	});
}
