/**
 * The expressions of mdBook's preprocessors, alone in a paragraph: `{{#include …}}` naming no file of the book,
 * `{{#quiz quizzes/ch1.toml}}`, a course's `{{%segment outline}}`. The book's build puts there what they stand for,
 * made from other files; the page cannot show it, so they are left out with a note instead of shown as written.
 * An outline (`{{%segment outline}}`, `{{%session outline}}`) stands for the pages that come under the page in the
 * book's table of contents: the entries nested under its own, or, having none, those after it in its part (a
 * session's welcome page opens the part its segments make up). Those are written as a list of links to them.
 * Hugo's `{{% notice %}}` (which ends in `%}}`) is a shortcode: markdown/shortcodes.ts reads it.
 */
import type { List, ListItem, Link, Root } from 'mdast';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';
import { resolvePlanPath } from '../links.ts';
import type { ImportNote } from './notes.ts';

const EXPRESSION = /^\{\{[#%][\w-]+(?:\s[^{}]*)?(?<![%>])\}\}$/;
const OUTLINE = /^\{\{%\w+ outline\}\}$/;

/** A book's table of contents: its tree and its path, which its links are relative to. */
export interface TableOfContents {
	tree: Root;
	path: string;
}

export function preprocessorExpressions(tree: Root, text: string, notes: ImportNote[], page?: { path: string; contents: TableOfContents }): void {
	visit(tree, 'paragraph', (node, index, parent) => {
		const { start, end } = node.position ?? {};
		if (!parent || index === undefined || start?.offset === undefined || end?.offset === undefined) return;
		const written = text.slice(start.offset, end.offset).trim();
		if (!EXPRESSION.test(written)) return;
		const outline = page && OUTLINE.test(written) ? outlineOf(page.path, page.contents) : null;
		if (outline) {
			parent.children.splice(index, 1, outline);
			return;
		}
		notes.push({ message: `left out "${written}": the book's build puts there what it stands for, made from other files`, line: start.line });
		parent.children.splice(index, 1);
		return index;
	});
}

const entryLink = (item: ListItem): Link | undefined => {
	const first = item.children[0];
	return first?.type === 'paragraph' ? first.children.find((child): child is Link => child.type === 'link') : undefined;
};

/** The entries under the page's entry in the table of contents, as links from the page; null when it has none. */
function outlineOf(path: string, contents: TableOfContents): List | null {
	const target = (link: Link) => resolvePlanPath(link.url, contents.path).path;
	let entries: ListItem[] = [];
	visit(contents.tree, 'list', (list) => {
		const at = list.children.findIndex((item) => {
			const link = entryLink(item);
			return link !== undefined && target(link) === path;
		});
		if (at < 0) return;
		const nested = list.children[at]!.children.find((child): child is List => child.type === 'list');
		entries = nested ? nested.children : list.children.slice(at + 1);
		return false;
	});
	const items = entries.flatMap((item): ListItem[] => {
		const link = entryLink(item);
		if (!link) return [];
		const url = posix.relative(posix.dirname(path), target(link)) + (link.url.includes('#') ? link.url.slice(link.url.indexOf('#')) : '');
		return [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ ...link, url }] }] }];
	});
	return items.length > 0 ? { type: 'list', ordered: false, spread: false, children: items } : null;
}
