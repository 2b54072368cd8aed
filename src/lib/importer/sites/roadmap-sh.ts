/**
 * A roadmap of roadmap.sh (kamranahmedse/developer-roadmap's `src/data/roadmaps/<name>/`), as the entries of a table
 * of contents. The roadmap is a drawing, `<name>.json`: nodes placed on a canvas, its topics and subtopics the boxes a
 * reader follows from top to bottom, each explained by `content/<slug>@<node id>.md`. Their order is where they are
 * drawn, row by row (by `position.y`, then `x`); the JSON lists them in the order they were added to the drawing.
 */
import { field, text } from './js-literal.ts';
import type { NavEntry } from './site-nav.ts';

// "content/internet@SiYUdtYMDImRPmV2_XPkH.md": a node's explanation, named by its slug and its node's ID.
const CONTENT_FILE = /^content\/[^/]*@(?<id>[^@/]+)\.md$/;
// The boxes that are lessons; the others are the drawing's titles, labels, lines, buttons and legends.
const LESSON_NODES = new Set(['topic', 'subtopic']);

const coordinate = (node: unknown, axis: 'x' | 'y') => {
	const value = field(node, 'position', axis);
	return typeof value === 'number' ? value : Infinity;
};

/**
 * The lessons of a roadmap.sh drawing (its JSON's value) whose content file is among `pages` (paths from the
 * roadmap's folder), in the order they are drawn, titled as they are labelled; and the content files it draws no
 * node for, which roadmap.sh does not show. Null when the value is no such drawing.
 */
export function roadmapShEntries(drawing: unknown, pages: readonly string[]): { entries: NavEntry[]; unshown: string[] } | null {
	const nodes = field(drawing, 'nodes');
	if (!Array.isArray(nodes)) return null;
	const fileOf = new Map(pages.flatMap((path) => {
		const id = CONTENT_FILE.exec(path)?.groups?.['id'];
		return id ? [[id, path] as const] : [];
	}));
	const lessons = nodes
		.filter((node) => LESSON_NODES.has(text(field(node, 'type')) ?? '') && fileOf.has(text(field(node, 'id')) ?? ''))
		.sort((a, b) => coordinate(a, 'y') - coordinate(b, 'y') || coordinate(a, 'x') - coordinate(b, 'x'));
	if (lessons.length === 0) return null;
	const drawn = new Set(lessons.map((node) => fileOf.get(text(field(node, 'id'))!)!));
	return {
		entries: lessons.map((node) => ({ title: text(field(node, 'data', 'label')) ?? '', url: fileOf.get(text(field(node, 'id'))!)! })),
		unshown: [...fileOf.values()].filter((path) => !drawn.has(path)),
	};
}
