/**
 * A roadmap of roadmap.sh (kamranahmedse/developer-roadmap's `src/data/roadmaps/<name>/`), as the entries of a table
 * of contents. The roadmap is a drawing, `<name>.json`: nodes placed on a canvas, its topics and subtopics the boxes a
 * reader follows from top to bottom, each explained by `content/<slug>@<node id>.md`. The JSON lists them in the order
 * they were added to the drawing, so their order is where they are drawn, row by row (by `position.y`, then `x`).
 *
 * A reader takes each topic with the subtopics drawn off it: a topic is an entry that opens a group of them. A
 * subtopic belongs to what the drawing connects it to: an edge (either way) from a topic, or from a heading
 * (a `paragraph`, "Best Practices", that subtopics hang from without a page of its own: a group titled by it). Boxes
 * drawn touching, a column or a row of them, and boxes inside one `section` frame are one block and go together, so a
 * column whose first box alone has the edge, or a frame the edge reaches, is that topic's. Drawings join many stacks
 * to their topic with drawn lines (`vertical` and `horizontal` nodes) rather than edges: a line, or a run of touching
 * lines, connects what it touches. A block that reaches several topics (a line down the main path touches many) goes
 * with the nearest; a block nothing connects goes with the topic drawn nearest it. A frame around several topics,
 * titled by the words written at its top ("Phase 1: Foundation"), is a part holding them.
 */
import { field, text } from './js-literal.ts';
import type { NavEntry } from './site-nav.ts';

// "content/internet@SiYUdtYMDImRPmV2_XPkH.md": a node's explanation, named by its slug and its node's ID.
const CONTENT_FILE = /^content\/[^/]*@(?<id>[^@/]+)\.md$/;
// The boxes that are lessons; the others are the drawing's titles, labels, lines, buttons and legends.
const LESSON_NODES = new Set(['topic', 'subtopic']);
// What subtopics hang from: a topic, or a heading written on the canvas.
const ANCHOR_NODES = new Set(['topic', 'paragraph']);
// The words written on the canvas, which title the frames they are in.
const TEXT_NODES = new Set(['label', 'paragraph']);
// The drawn lines, which connect the boxes they touch as an edge does.
const LINE_NODES = new Set(['vertical', 'horizontal']);
// Boxes this close (in canvas pixels) are drawn touching: a stack of subtopics leaves 4 or 5 between them.
const TOUCHING = 10;

interface Box {
	id: string;
	type: string;
	label: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

const number = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

function boxOf(node: unknown): Box | null {
	const id = text(field(node, 'id'));
	if (!id) return null;
	return {
		id,
		type: text(field(node, 'type')) ?? '',
		label: text(field(node, 'data', 'label')) ?? '',
		x: number(field(node, 'position', 'x'), Infinity),
		y: number(field(node, 'position', 'y'), Infinity),
		width: number(field(node, 'width'), number(field(node, 'measured', 'width'), 0)),
		height: number(field(node, 'height'), number(field(node, 'measured', 'height'), 0)),
	};
}

const drawnOrder = (a: Box, b: Box) => a.y - b.y || a.x - b.x;
const touching = (a: Box, b: Box) =>
	a.x <= b.x + b.width + TOUCHING && b.x <= a.x + a.width + TOUCHING && a.y <= b.y + b.height + TOUCHING && b.y <= a.y + a.height + TOUCHING;
const centre = (boxes: readonly Box[]) => {
	const left = Math.min(...boxes.map((box) => box.x));
	const top = Math.min(...boxes.map((box) => box.y));
	const right = Math.max(...boxes.map((box) => box.x + box.width));
	const bottom = Math.max(...boxes.map((box) => box.y + box.height));
	return { x: (left + right) / 2, y: (top + bottom) / 2 };
};
// A box drawn in a frame, though it may stick out of its edge by a little (the Design Engineer roadmap's last topics do).
const inside = (box: Box, frame: Box) => {
	const { x, y } = centre([box]);
	return x >= frame.x && y >= frame.y && x <= frame.x + frame.width && y <= frame.y + frame.height;
};
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/** The subtopics as blocks: those drawn touching, inside one frame or joined by an edge are one. */
function blocksOf(subtopics: readonly Box[], frames: readonly Box[], links: ReadonlyMap<string, ReadonlySet<string>>): Box[][] {
	const parent = new Map(subtopics.map((box) => [box.id, box.id]));
	const root = (id: string): string => {
		const up = parent.get(id)!;
		if (up === id) return id;
		const top = root(up);
		parent.set(id, top);
		return top;
	};
	const join = (a: string, b: string) => parent.set(root(a), root(b));
	subtopics.forEach((a, i) => {
		for (const b of subtopics.slice(i + 1)) if (touching(a, b)) join(a.id, b.id);
		for (const other of links.get(a.id) ?? []) if (parent.has(other)) join(a.id, other);
	});
	for (const frame of frames) {
		const framed = subtopics.filter((box) => inside(box, frame));
		for (const box of framed.slice(1)) join(framed[0]!.id, box.id);
	}
	const blocks = new Map<string, Box[]>();
	for (const box of subtopics) blocks.set(root(box.id), [...(blocks.get(root(box.id)) ?? []), box]);
	return [...blocks.values()];
}

/**
 * The parts a drawing frames: a `section` frame holding two heads or more (topics, headings) with words written in
 * it (a `label` or `paragraph`, "Phase 1: Foundation") is a part titled by the first of them, top to bottom, then left
 * to right. A head inside frames within frames belongs to the innermost.
 */
function partsOf(heads: readonly Box[], frames: readonly Box[], texts: readonly Box[]): Map<Box, { frame: Box; title: string }> {
	const titled = frames.flatMap((frame) => {
		const title = texts.filter((text) => inside(text, frame)).sort(drawnOrder)[0];
		return title ? [{ frame, title: title.label }] : [];
	});
	const area = (box: Box) => box.width * box.height;
	const innermost = new Map(heads.flatMap((head) => {
		const around = titled.filter(({ frame }) => inside(head, frame)).sort((a, b) => area(a.frame) - area(b.frame))[0];
		return around ? [[head, around] as const] : [];
	}));
	const counts = Map.groupBy(innermost.values(), (part) => part.frame);
	return new Map([...innermost].filter(([, part]) => counts.get(part.frame)!.length >= 2));
}

/**
 * The lessons of a roadmap.sh drawing (its JSON's value) whose content file is among `pages` (paths from the
 * roadmap's folder), in the order they are drawn, titled as they are labelled, each topic opening a group of its
 * subtopics (a heading they hang from, a group titled by it); and the content files it draws no node for, which
 * roadmap.sh does not show. Null when the value is no such drawing.
 */
export function roadmapShEntries(drawing: unknown, pages: readonly string[]): { entries: NavEntry[]; unshown: string[] } | null {
	const nodes = field(drawing, 'nodes');
	if (!Array.isArray(nodes)) return null;
	const fileOf = new Map(pages.flatMap((path) => {
		const id = CONTENT_FILE.exec(path)?.groups?.['id'];
		return id ? [[id, path] as const] : [];
	}));
	const boxes = nodes.flatMap((node) => boxOf(node) ?? []);
	const lessons = boxes.filter((box) => LESSON_NODES.has(box.type) && fileOf.has(box.id));
	if (lessons.length === 0) return null;

	const links = new Map<string, Set<string>>();
	const edges = field(drawing, 'edges');
	for (const edge of Array.isArray(edges) ? edges : []) {
		const [source, target] = [text(field(edge, 'source')), text(field(edge, 'target'))];
		if (!source || !target) continue;
		links.set(source, (links.get(source) ?? new Set()).add(target));
		links.set(target, (links.get(target) ?? new Set()).add(source));
	}
	const byId = new Map(boxes.map((box) => [box.id, box]));
	const frames = boxes.filter((box) => box.type === 'section');
	// What a block's boxes and frames reach through edges and drawn lines: the anchors among them.
	const anchorsReached = (start: readonly Box[]): Box[] => {
		const seen = new Set(start.map((box) => box.id));
		const queue = [...start];
		const anchors: Box[] = [];
		for (let box = queue.shift(); box; box = queue.shift()) {
			const from = box;
			const drawn = boxes.filter((other) => touching(from, other) && (LINE_NODES.has(from.type) || LINE_NODES.has(other.type)));
			for (const next of [...[...(links.get(from.id) ?? [])].flatMap((id) => byId.get(id) ?? []), ...drawn]) {
				if (seen.has(next.id)) continue;
				seen.add(next.id);
				if (ANCHOR_NODES.has(next.type)) anchors.push(next);
				else if (LINE_NODES.has(next.type)) queue.push(next);
			}
		}
		return anchors;
	};
	const topics = lessons.filter((box) => box.type === 'topic');
	const childrenOf = new Map<Box, Box[]>();
	const loose: Box[] = [];
	for (const block of blocksOf(lessons.filter((box) => box.type === 'subtopic'), frames, links)) {
		const connected = anchorsReached([...block, ...frames.filter((frame) => block.some((box) => inside(box, frame)))]);
		const at = centre(block);
		const nearest = (candidates: readonly Box[]) => candidates.reduce<Box | undefined>((best, box) => (best && distance(centre([best]), at) <= distance(centre([box]), at) ? best : box), undefined);
		const anchor = nearest(connected) ?? nearest(topics);
		if (anchor) childrenOf.set(anchor, [...(childrenOf.get(anchor) ?? []), ...block]);
		else loose.push(...block);
	}

	const entryOf = (box: Box): NavEntry => ({ title: box.label, url: fileOf.get(box.id)! });
	const heads = [...new Set([...topics, ...childrenOf.keys()]), ...loose].sort(drawnOrder);
	const partOf = partsOf(heads, frames, boxes.filter((box) => TEXT_NODES.has(box.type) && box.label));
	const entries: NavEntry[] = [];
	const partEntries = new Map<Box, NavEntry>();
	for (const head of heads) {
		const children = (childrenOf.get(head) ?? []).sort(drawnOrder).map(entryOf);
		const page = fileOf.get(head.id) !== undefined && LESSON_NODES.has(head.type) ? { url: fileOf.get(head.id)! } : {};
		const entry = { title: head.label, ...page, ...(children.length > 0 ? { children } : {}) };
		const part = partOf.get(head);
		if (!part) entries.push(entry);
		else if (partEntries.has(part.frame)) partEntries.get(part.frame)!.children!.push(entry);
		else {
			partEntries.set(part.frame, { title: part.title, children: [entry] });
			entries.push(partEntries.get(part.frame)!);
		}
	}
	const shown = new Set(lessons.map((box) => fileOf.get(box.id)!));
	return { entries, unshown: [...fileOf.values()].filter((path) => !shown.has(path)) };
}
