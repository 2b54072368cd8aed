/**
 * The expressions of mdBook's preprocessors, alone in a paragraph: `{{#include …}}` naming no file of the book,
 * `{{#quiz quizzes/ch1.toml}}`, a course's `{{%segment outline}}`. The book's build puts there what they stand for,
 * made from other files; the page cannot show it, so they are left out with a note instead of shown as written.
 * An outline (`{{%segment outline}}`, `{{%session outline}}`) stands for the pages that come under the page in the
 * book's table of contents: the entries nested under its own, or, having none, those after it in its part (a
 * session's welcome page opens the part its segments make up). Those are written as a list of links to them.
 * A course's outline (`{{%course outline Fundamentals}}`, or `{{%course outline}}` for the page's own course) stands for
 * its schedule: mdbook-course reads the course and the session from a top-level entry's front matter (`course:`,
 * `session:`, in force until the next one names another) and makes each top-level entry a segment of that session,
 * leaving out those whose pages give no `minutes:`. It is written as the sessions, each with the links to its segments.
 * Hugo's `{{% notice %}}` (which ends in `%}}`) is a shortcode: markdown/shortcodes.ts reads it.
 */
import type { List, ListItem, Link, Root } from 'mdast';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';
import { resolvePlanPath } from '../links.ts';
import type { ImportNote } from './notes.ts';

const EXPRESSION = /^\{\{[#%][\w-]+(?:\s[^{}]*)?(?<![%>])\}\}$/;
const OUTLINE = /^\{\{%\w+ outline\}\}$/;
const COURSE_OUTLINE = /^\{\{%course outline(?:\s+([^{}]+))?\}\}$/;

/** A book's table of contents: its tree and its path, which its links are relative to. */
export interface TableOfContents {
	tree: Root;
	path: string;
	/** A page's front matter, by its path in the book. */
	fields?: (path: string) => Record<string, unknown> | null;
}

export function preprocessorExpressions(tree: Root, text: string, notes: ImportNote[], page?: { path: string; contents: TableOfContents }): void {
	visit(tree, 'paragraph', (node, index, parent) => {
		const { start, end } = node.position ?? {};
		if (!parent || index === undefined || start?.offset === undefined || end?.offset === undefined) return;
		const written = text.slice(start.offset, end.offset).trim();
		if (!EXPRESSION.test(written)) return;
		const course = COURSE_OUTLINE.exec(written);
		const outline = !page ? null : course ? courseOutline(course[1]?.trim(), page.path, page.contents) : OUTLINE.test(written) ? outlineOf(page.path, page.contents) : null;
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
	return linkList(entries, path, contents);
}

/** The entries' links, from the page at `path`, as a list; null when none has a link. */
function linkList(entries: readonly ListItem[], path: string, contents: TableOfContents): List | null {
	const items = entries.flatMap((item): ListItem[] => {
		const link = entryLink(item);
		if (!link) return [];
		const url = posix.relative(posix.dirname(path), resolvePlanPath(link.url, contents.path).path) + (link.url.includes('#') ? link.url.slice(link.url.indexOf('#')) : '');
		return [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ ...link, url }] }] }];
	});
	return items.length > 0 ? { type: 'list', ordered: false, spread: false, children: items } : null;
}

/** The sessions of the course named (or of the page's own), each with the links to its segments; null when it has none. */
function courseOutline(name: string | undefined, path: string, contents: TableOfContents): List | null {
	const fieldsOf = contents.fields;
	if (!fieldsOf) return null;
	const target = (item: ListItem) => {
		const link = entryLink(item);
		return link ? resolvePlanPath(link.url, contents.path).path : null;
	};
	const text = (fields: Record<string, unknown> | null, key: string) => (typeof fields?.[key] === 'string' ? (fields[key] as string) : undefined);
	const minutes = (item: ListItem): number => {
		const page = target(item);
		const own = Number((page && fieldsOf(page)?.['minutes']) ?? 0) || 0;
		const nested = item.children.find((child): child is List => child.type === 'list');
		return own + (nested?.children.reduce((sum, sub) => sum + minutes(sub), 0) ?? 0);
	};
	const under = (item: ListItem): boolean => target(item) === path || item.children.some((child) => child.type === 'list' && child.children.some(under));
	const segments: { course: string; session: string; item: ListItem }[] = [];
	let course: string | undefined;
	let session: string | undefined;
	let own = name;
	for (const list of contents.tree.children) {
		if (list.type !== 'list') continue;
		for (const item of list.children) {
			const page = target(item);
			const fields = page ? fieldsOf(page) : null;
			const named = text(fields, 'course');
			if (named !== undefined) [course, session] = [named === 'none' ? undefined : named, undefined];
			session = text(fields, 'session') ?? session;
			if (own === undefined && under(item)) own = course;
			if (course !== undefined && session !== undefined) segments.push({ course, session, item });
		}
	}
	const sessions = new Map<string, ListItem[]>();
	for (const segment of segments) {
		if (segment.course !== own || minutes(segment.item) === 0) continue;
		sessions.set(segment.session, [...(sessions.get(segment.session) ?? []), segment.item]);
	}
	const items = [...sessions].map(([session, entries]): ListItem => {
		const links = linkList(entries, path, contents);
		return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: session }] }, ...(links ? [links] : [])] };
	});
	return items.length > 0 ? { type: 'list', ordered: false, spread: false, children: items } : null;
}
