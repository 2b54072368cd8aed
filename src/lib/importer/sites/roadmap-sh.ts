/**
 * A roadmap of roadmap.sh (kamranahmedse/developer-roadmap's `src/data/roadmaps/<name>/`), as the entries of a table
 * of contents. The roadmap is a drawing, `<name>.json`: nodes placed on a canvas, its topics and subtopics the boxes a
 * reader follows from top to bottom, each explained by `content/<slug>@<node id>.md`. The JSON lists them in the order
 * they were added to the drawing, so their order is what the drawing says: the main line, edges drawn between topics
 * (whichever way), and where they are drawn, row by row (by `position.y`, then `x`), where no edge leads on.
 *
 * A reader takes each topic with the subtopics drawn off it: a topic is an entry that opens a group of them. A
 * subtopic belongs to what the drawing connects it to: an edge (either way) from a topic, or from a heading
 * (a `paragraph`, "Best Practices", that subtopics hang from without a page of its own: a group titled by it). Boxes
 * drawn touching, a column or a row of them, and boxes inside one `section` frame or against its edge in its column are
 * one block and go together, so a column whose first box alone has the edge, or a frame the edge reaches, is that
 * topic's, and a frame a topic is drawn across the top of is that topic's. A paragraph drawn around boxes is such a
 * frame, and a group titled by its words inside the topic's (unless they are a sentence, a note); a frame captioned by
 * a label at its top or foot is one titled by the label. Drawings join many stacks
 * to their topic with drawn lines (`vertical` and `horizontal` nodes) rather than edges: a line, or a run of touching
 * lines, connects what it touches, and titled frames drawn side by side are reached as one. A block that reaches
 * several topics (a line down the main path touches many) goes with the nearest; a block nothing connects goes with
 * what the frame it is stacked on goes with, else with the topic drawn nearest it. A subtopic opens a group of its own
 * too: of the boxes an edge leads to from it, and of the others in a frame it is drawn across the top of. A frame
 * around several topics, titled by the words written at its top ("Phase 1: Foundation"), is a part holding them.
 */
import { field, text } from './js-literal.ts';
import { acrossTop, type Box, boxOf, centre, distance, drawnOrder, inColumn, inside, touching, TOUCHING } from './roadmap-sh-drawing.ts';
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
// Words that end as a sentence does, which a note written on the canvas is and a heading is not.
const SENTENCE = /[.!。！]\s*$/u;
/** The subtopics as blocks: those drawn touching, or inside one frame or unframed in its column against its edge, are one. */
function blocksOf(subtopics: readonly Box[], frames: readonly Box[]): Box[][] {
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
	});
	for (const frame of frames) {
		const framed = subtopics.filter((box) => inside(box, frame) || (inColumn(box, frame) && !frames.some((other) => inside(box, other))));
		for (const box of framed.slice(1)) join(framed[0]!.id, box.id);
	}
	const blocks = new Map<string, Box[]>();
	for (const box of subtopics) blocks.set(root(box.id), [...(blocks.get(root(box.id)) ?? []), box]);
	return [...blocks.values()];
}

/**
 * The heads as a reader follows them: along the edges drawn between them (the roadmap's main line), whichever way each
 * was drawn, from the first of each line, and by where they are drawn where no edge leads on. A line is entered at its
 * start, a head no edge leads to, even when a later head of it is drawn higher up.
 */
function readingOrder(heads: readonly Box[], next: ReadonlyMap<string, ReadonlySet<string>>, links: ReadonlyMap<string, ReadonlySet<string>>): Box[] {
	const drawn = [...heads].sort(drawnOrder);
	const byId = new Map(drawn.map((box) => [box.id, box]));
	// The line may pass through what is no head ("Basic Collaboration", a heading with no subtopics of its own).
	const along = (box: Box, edges: ReadonlyMap<string, ReadonlySet<string>>) => {
		const seen = new Set([box.id]);
		const found: Box[] = [];
		for (let ids = [...(edges.get(box.id) ?? [])]; ids.length > 0; ) {
			const id = ids.shift()!;
			if (seen.has(id)) continue;
			seen.add(id);
			const head = byId.get(id);
			if (head) found.push(head);
			else ids.push(...(edges.get(id) ?? []));
		}
		return found.sort(drawnOrder);
	};
	const previous = new Map<Box, Box>();
	for (const box of drawn) for (const after of along(box, next)) if (!previous.has(after)) previous.set(after, box);
	const order: Box[] = [];
	const placed = new Set<Box>();
	// Edges drawn against the reading ("CSS" to "HTML" on a line from HTML to CSS to JavaScript) still join the line.
	const follow = (box: Box) => {
		placed.add(box);
		order.push(box);
		for (const after of along(box, links)) if (!placed.has(after)) follow(after);
	};
	for (const box of drawn) {
		if (placed.has(box)) continue;
		let start = box;
		const walked = new Set([box]);
		for (let up = previous.get(start); up && !placed.has(up) && !walked.has(up); up = previous.get(start)) {
			walked.add(up);
			start = up;
		}
		follow(start);
	}
	return order;
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
 * roadmap's folder), in the order of its main line, then of where they are drawn, titled as they are labelled, each
 * topic opening a group of its subtopics (a heading they hang from or a paragraph framing them, a group titled by it;
 * a subtopic, a group of those it leads to or heads); and the content files it draws no node for, which roadmap.sh
 * does not show. Null when the value is no such drawing.
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
	const next = new Map<string, Set<string>>();
	const edges = field(drawing, 'edges');
	for (const edge of Array.isArray(edges) ? edges : []) {
		const [source, target] = [text(field(edge, 'source')), text(field(edge, 'target'))];
		if (!source || !target) continue;
		links.set(source, (links.get(source) ?? new Set()).add(target));
		links.set(target, (links.get(target) ?? new Set()).add(source));
		next.set(source, (next.get(source) ?? new Set()).add(target));
	}
	const byId = new Map(boxes.map((box) => [box.id, box]));
	const topics = lessons.filter((box) => box.type === 'topic');
	const subtopics = lessons.filter((box) => box.type === 'subtopic');
	// A frame around subtopics and no topic is titled by its words, a paragraph's ("Document DBs" around MongoDB and
	// CouchDB) when they are a heading and no sentence, which is a note on what it holds; or by a label written at its top
	// or foot, inside it or against its edge ("Browser APIs" under its column). A paragraph only frames what it titles.
	// A label under or over a frame, within its width and less than its own height from its edge.
	const gap = (label: Box, frame: Box) => Math.min(Math.abs(label.y - (frame.y + frame.height)), Math.abs(frame.y - (label.y + label.height)));
	const nextTo = (label: Box, frame: Box) =>
		label.x >= frame.x - TOUCHING && label.x + label.width <= frame.x + frame.width + TOUCHING && gap(label, frame) < label.height;
	const groupFrames = boxes.filter((box) => (box.type === 'section' || box.type === 'paragraph') && subtopics.some((sub) => inside(sub, box)) && !topics.some((topic) => inside(topic, box)));
	const labels = boxes.filter((box) => box.type === 'label' && box.label);
	const captionOf = (frame: Box) => {
		const framed = subtopics.filter((sub) => inside(sub, frame));
		const within = labels.filter((label) => inside(label, frame) && (framed.every((sub) => sub.y < label.y) || framed.every((sub) => sub.y > label.y)));
		// Words written in another frame are its own, and words between two frames the nearer's ("Popular AI Models" atop
		// the frame below).
		const against = labels.filter((label) =>
			nextTo(label, frame) && !groupFrames.some((other) => inside(label, other) || (other !== frame && nextTo(label, other) && gap(label, other) < gap(label, frame))));
		// Labels side by side over its columns ("Unix" and "Linux") caption those columns, not the frame.
		const captions = within.length > 0 ? within : against;
		return captions.length === 1 ? captions[0]!.label : undefined;
	};
	const titles = new Map(groupFrames.flatMap((box) => {
		const title = box.type === 'paragraph' && box.label && !SENTENCE.test(box.label) ? box.label : captionOf(box);
		return title ? [[box, title] as const] : [];
	}));
	const titling = new Set(titles.keys());
	const frames = [...boxes.filter((box) => box.type === 'section'), ...[...titling].filter((box) => box.type === 'paragraph')];
	// Lines connect what they touch; so do titled frames drawn side by side, a grid of them reached as one.
	const carries = (box: Box) => LINE_NODES.has(box.type) || titling.has(box);
	// What a block's boxes and frames reach through edges, drawn lines and touching titled frames: the anchors among them.
	const anchorsReached = (start: readonly Box[]): Box[] => {
		const seen = new Set(start.map((box) => box.id));
		const queue = [...start];
		const anchors: Box[] = [];
		for (let box = queue.shift(); box; box = queue.shift()) {
			const from = box;
			const joined = (other: Box) => LINE_NODES.has(from.type) || LINE_NODES.has(other.type) || (titling.has(from) && titling.has(other));
			const drawn = boxes.filter((other) => touching(from, other) && joined(other));
			for (const reached of [...[...(links.get(from.id) ?? [])].flatMap((id) => byId.get(id) ?? []), ...drawn]) {
				if (seen.has(reached.id)) continue;
				seen.add(reached.id);
				if (carries(reached)) queue.push(reached);
				else if (ANCHOR_NODES.has(reached.type)) anchors.push(reached);
			}
		}
		return anchors;
	};
	const nearestTo = (at: { x: number; y: number }, candidates: Iterable<Box>) =>
		[...candidates].reduce<Box | undefined>((best, box) => (best && distance(centre([best]), at) <= distance(centre([box]), at) ? best : box), undefined);
	const area = (box: Box) => box.width * box.height;

	// What each box opens: a topic or heading its blocks, a subtopic those it leads to, a titled frame what it holds.
	const childrenOf = new Map<Box, Box[]>();
	const add = (parent: Box, boxes: readonly Box[]) => childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), ...boxes]);
	const loose: Box[] = [];
	let unplaced: { block: Box[]; top: Box[]; around: Box[] }[] = [];
	const anchorOfFrame = new Map<Box, Box>();
	for (const block of blocksOf(subtopics, frames)) {
		const around = frames.filter((frame) => block.some((box) => inside(box, frame)));
		const frame = around.sort((a, b) => area(a) - area(b))[0];
		// A subtopic drawn across a frame's top ("Authentication" over its methods) heads it: the others are its own.
		const head = frame && block.find((box) => acrossTop(box, frame));
		// An edge from one of them to another makes that one its own ("Pull Requests" to "PR from a Fork" in one frame).
		const leads = (from: Box, to: Box) => from !== to && next.get(from.id)?.has(to.id) === true;
		const leaders = (box: Box) => block.filter((other) => leads(other, box) && !block.some((up) => leads(up, other)));
		let top = block.filter((box) => leaders(box).length === 0);
		for (const box of block) if (leaders(box).length > 0) add(nearestTo(centre([box]), leaders(box))!, [box]);
		if (head && top.length > 1) {
			add(head, top.filter((box) => box !== head));
			top = [head];
		}
		if (frame && titling.has(frame)) {
			add(frame, top.filter((box) => inside(box, frame)));
			top = [frame, ...top.filter((box) => !inside(box, frame))];
		}
		// A topic drawn across the top of a frame ("Serverless" over its providers) heads it, whatever lines run through it.
		const anchor = topics.find((topic) => around.some((frame) => acrossTop(topic, frame))) ?? nearestTo(centre(block), anchorsReached([...block, ...around]));
		if (!anchor) unplaced.push({ block, top, around });
		else {
			add(anchor, top);
			for (const frame of around) anchorOfFrame.set(frame, anchor);
		}
	}
	// A frame nothing reaches drawn against another in its column ("Email Protocols" under the other protocols) goes with it.
	const stackedOn = ({ around }: { around: Box[] }) =>
		around.flatMap((frame) => frames.flatMap((other) => (other !== frame && inColumn(frame, other) ? (anchorOfFrame.get(other) ?? []) : [])))[0];
	for (const item of unplaced.filter(stackedOn)) add(stackedOn(item)!, item.top);
	unplaced = unplaced.filter((item) => !stackedOn(item));
	// A block no topic or heading reaches goes with the topic drawn nearest it, unless an edge from a subtopic leads
	// into it ("git reset" to its flags): then it is that subtopic's, box by box to the one whose edge leads to it, else the
	// nearer, when several lead into a column.
	const leadInto = ({ block }: { block: Box[] }) =>
		subtopics.filter((box) => !block.includes(box) && block.some((sub) => next.get(box.id)?.has(sub.id)));
	const withNearestTopic = ({ block, top }: { block: Box[]; top: Box[] }) => {
		const topic = nearestTo(centre(block), topics);
		if (topic) add(topic, top);
		else loose.push(...top);
	};
	unplaced.filter((item) => leadInto(item).length === 0).forEach(withNearestTopic);
	let led = unplaced.filter((item) => leadInto(item).length > 0);
	const placed = () => new Set([...childrenOf.values()].flat().flatMap((box) => [box, ...(childrenOf.get(box) ?? [])]));
	for (let progress = true; progress; ) {
		const now = placed();
		const ready = led.filter((item) => leadInto(item).some((box) => now.has(box)));
		for (const item of ready) {
			const from = leadInto(item).filter((box) => now.has(box));
			for (const box of item.top) {
				const own = from.filter((leader) => next.get(leader.id)?.has(box.id));
				add(nearestTo(centre([box]), own.length > 0 ? own : from)!, [box]);
			}
		}
		led = led.filter((item) => !ready.includes(item));
		progress = ready.length > 0;
	}
	led.forEach(withNearestTopic);

	const entryOf = (box: Box): NavEntry => {
		const children = (childrenOf.get(box) ?? []).sort(drawnOrder).map(entryOf);
		const page = LESSON_NODES.has(box.type) ? { url: fileOf.get(box.id)! } : {};
		return { title: titles.get(box) ?? box.label, ...page, ...(children.length > 0 ? { children } : {}) };
	};
	const headings = [...childrenOf.keys()].filter((box) => ANCHOR_NODES.has(box.type) && !titling.has(box));
	const heads = readingOrder([...new Set([...topics, ...headings]), ...loose], next, links);
	const partOf = partsOf(heads, frames, boxes.filter((box) => TEXT_NODES.has(box.type) && box.label));
	const entries: NavEntry[] = [];
	const partEntries = new Map<Box, NavEntry>();
	for (const head of heads) {
		const entry = entryOf(head);
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
