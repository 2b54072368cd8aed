import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { htmlTagNames } from 'html-tag-names';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { type Handle, toMdast } from 'hast-util-to-mdast';
import { htmlVoidElements } from 'html-void-elements';
import { phrasing } from 'mdast-util-phrasing';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { ImportNote } from './notes.ts';
import { ALERTS } from './admonitions.ts';
import { urlSafety } from '../../checks/url-safety.ts';
import { safeUrls } from './safe-urls.ts';
import { htmlScanner } from '../../html/scan.ts';
import { linearBlockTables } from './block-tables.ts';
import { closeGaps } from './removal-leftovers.ts';

// Elements whose content is not prose: removed whole, each with a note.
const REMOVED = new Set(['script', 'style', 'template', 'svg', 'math', 'canvas', 'title', 'meta', 'link', 'base', 'frameset', 'frame', 'applet']);
// Elements that embed another page or a media file: each becomes a link to what it embeds.
const EMBEDS: Record<string, string> = { iframe: 'src', embed: 'src', object: 'data', video: 'src', audio: 'src' };

const VOID = new Set(htmlVoidElements);
// Elements the HTML parser reads by rules of their own whatever their case (`<Iframe />` takes all that follows as
// its text): a component named like one is read as that element.
const OWN_PARSING = new Set([...VOID, ...REMOVED, ...Object.keys(EMBEDS), 'textarea', 'xmp', 'noembed', 'noframes', 'noscript', 'plaintext']);
const PAGE_LINK_REMOVED = 'removed a link to "#", the page itself: a control of the site the plan was written for';
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
// GitHub's sanitizing of READMEs, except that URLs of every scheme pass: safeUrls() then turns the unsafe ones
// into text with a note, instead of the sanitizer dropping them silently.
const schema: Schema = { ...defaultSchema, protocols: {} };

// Markdown between the tags of an HTML group stands in the HTML as a marker, and is put back after conversion.
const MARKER = /\uE000(\d+)\uE001/g;
const HAS_MARKER = /\uE000\d+\uE001/;
const marker = (index: number) => `\uE000${index}\uE001`;
/** The index of the kept node a text of one marker stands for, else undefined. */
const loneMarker = (text: string): string | undefined => /^\uE000(\d+)\uE001$/.exec(text.trim())?.[1];

/**
 * Turns raw HTML (block and inline) into plain Markdown as GitHub would show it: sanitized with GitHub's rules,
 * then converted (headings, paragraphs, emphasis, code, lists, tables, links, images…; other elements become
 * their text). Scripts, styles and similar are removed, embeds (iframe, video…) become links to what they embed,
 * comments vanish as they do on GitHub; everything else that is removed gets a note. An opening tag is converted
 * together with the Markdown after it up to its closing tag (`<kbd>` + `Ctrl` + `</kbd>`), which stays as it was.
 */
export function rawHtmlToMarkdown(tree: Root, notes: ImportNote[]): void {
	// A block's HTML is converted before the inline HTML of the paragraphs it holds: notes are sorted back into source order.
	const found: ImportNote[] = [];
	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		const components = node.type === 'paragraph' && parent && index !== undefined && FLOW_PARENTS.has(parent.type) ? componentLines(node) : null;
		if (components && parent && index !== undefined) {
			const blocks = components.flatMap((group) => convertGroup(group, false, true, found));
			(parent.children as Nodes[]).splice(index, 1, ...blocks);
			return [SKIP, index + blocks.length];
		}
		if ('children' in node && node.children.some((child) => child.type === 'html')) convertChildren(node, found);
		return undefined;
	});
	removeEmptyLeftovers(tree);
	notes.push(...found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
}

function convertChildren(parent: Parents, notes: ImportNote[]): void {
	const children: Nodes[] = parent.children;
	const inPhrasing = !FLOW_PARENTS.has(parent.type);
	const gaps = new Set<Nodes>();
	for (let start = 0; start < children.length; start++) {
		if (children[start]!.type !== 'html') continue;
		const end = groupEnd(children, start);
		const group = children.slice(start, end);
		// HTML that is all its paragraph, cell or heading holds is not in a sentence.
		const alone = children.every((child, i) => (i >= start && i < end) || (child.type === 'text' && child.value.trim() === ''));
		const noted = notes.length;
		const converted = convertGroup(group, inPhrasing, alone, notes);
		// A link to "#" removed from a sentence leaves a gap, whose brackets and separators go with it (a tag that
		// shows nothing, `</t>`, leaves the text around it as it is); not in a heading, whose anchor GitHub makes
		// from what is left, spaces and all ("title-k-"), as links to it do.
		const removedLink = notes.slice(noted).some((note) => note.message === PAGE_LINK_REMOVED);
		const gap: Nodes = { type: 'text', value: '' };
		const replacement = converted.length === 0 && removedLink && inPhrasing && parent.type !== 'heading' ? [gap] : converted;
		if (replacement[0] === gap) gaps.add(gap);
		children.splice(start, group.length, ...replacement);
		start += replacement.length - 1;
	}
	if (gaps.size > 0) closeGaps(children, gaps);
}

/**
 * The components a paragraph is made of, each from its opening tag to its closing one, on lines of their own
 * (`<Note>Install Python first.</Note>`, maybe followed by another on the next line): MDX reads each as a block, so its
 * content may be blocks (an alert), not words of a sentence. Null for a paragraph with anything else.
 */
function componentLines(node: Paragraph): Nodes[][] | null {
	const groups: Nodes[][] = [];
	for (let start = 0; start < node.children.length; ) {
		const first = node.children[start]!;
		if (first.type !== 'html' || !/^<\p{Lu}/u.test(first.value)) return null;
		const end = groupEnd(node.children, start);
		const group = node.children.slice(start, end);
		const last = group.at(-1)!;
		if (group.length < 2 || last.type !== 'html' || !last.value.startsWith('</')) return null;
		groups.push(group);
		const next = node.children[end];
		// Components follow each other on lines of their own (a line break is a text node of white space).
		if (next && !(next.type === 'text' && next.value.trim() === '' && next.value.includes('\n'))) return null;
		start = end + (next ? 1 : 0);
	}
	return groups.length > 0 ? groups : null;
}

/** The index after the last node of the group that `children[start]` (an HTML node) opens. */
function groupEnd(children: readonly Nodes[], start: number): number {
	let open = 0;
	// A void element (<br>, <img>) opens nothing; `<br/>` is the same tag. Nor does a tag closed as JSX closes it (an
	// MDX page's `<Iframe />`), which HTML would read as open to the end of the page.
	const scanner = htmlScanner({ startTag: (name, _attributes, selfClosing) => void (VOID.has(name) || selfClosing || open++), endTag: () => void open-- });
	for (let index = start; index < children.length; index++) {
		const child = children[index]!;
		if (child.type === 'html') scanner.write(child.value);
		if (open <= 0) return index + 1;
	}
	return children.length;
}

function convertGroup(group: readonly Nodes[], inPhrasing: boolean, alone: boolean, notes: ImportNote[]): Nodes[] {
	const place = spanOf(group);
	const line = place?.start.line;
	const kept: Nodes[] = [];
	const html = group
		.map((node) => {
			if (node.type === 'html') return node.value;
			if (node.type === 'text') return escapeHtml(node.value);
			kept.push(node);
			return phrasing(node) ? marker(kept.length - 1) : `<p>${marker(kept.length - 1)}</p>`;
		})
		.join(inPhrasing ? '' : '\n');

	const hast = fromHtml(html, { fragment: true, verbose: true });
	const removedMarkers = prepare(hast, html, notes, line, inPhrasing && !alone);
	const clean = sanitize(hast, schema) as HastRoot;
	// A paragraph of one marker stands for a block of Markdown the HTML holds (a code block in a table's cell).
	linearBlockTables(clean, (paragraph) => {
		const only = paragraph.children.length === 1 ? paragraph.children[0] : undefined;
		const index = only?.type === 'text' ? loneMarker(only.value) : undefined;
		return index !== undefined && !phrasing(kept[Number(index)]!);
	});
	// In flow, what the HTML holds is blocks (an <iframe> alone on a line is a paragraph of its own, not inline text).
	const converted = toMdast(clean, { document: !inPhrasing, handlers: { details: collapsibleSection } }) as Root;
	// The converter gives positions in the HTML string; the source lines are the group's. A browser reads a URL
	// attribute without the spaces around it (`src=" https://… "`), which a Markdown destination would keep.
	visit(converted, (node) => {
		if (place) node.position = place;
		else delete node.position;
		if ((node.type === 'link' || node.type === 'image') && node.url !== node.url.trim()) node.url = node.url.trim();
	});
	safeUrls(converted, notes);

	const restored = restoreKept(converted, kept, removedMarkers);
	return inPhrasing ? restored.children.flatMap(toPhrasing) : restored.children;
}

const attribute = (node: Element, name: string) => {
	const value = node.properties[name];
	return typeof value === 'string' ? value.trim() : Array.isArray(value) ? value.join(' ').trim() : '';
};
const element = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const textNode = (value: string): ElementContent => ({ type: 'text', value });

/** A GitHub alert of `kind` ("> [!NOTE]" opening a quote) holding `content`. */
const alertElement = (kind: string, content: ElementContent[]) => element('blockquote', [element('p', [textNode(`[!${kind}]`)]), ...content]);

/**
 * What a docs site's component shows, as HTML GitHub shows: an aside (`<Aside type="caution">`, `<Callout
 * type="warning">`, `<Admonition type="tip">`, or one named by its kind, `<Note>`, `<Warning>`) a GitHub alert; an
 * accordion (`<Accordion title>`, `<Details>`) a section the reader opens; a card linking a page (`<LinkCard title
 * href description />`) that link; any other its title or label (`<TabItem label="npm">`, `<Step title>`) in bold
 * over its content.
 */
function componentContent(node: Element): ElementContent[] {
	const title = attribute(node, 'title') || attribute(node, 'label') || attribute(node, 'summary');
	const heading = title ? [element('p', [element('strong', [textNode(title)])])] : [];
	// An aside or callout without a type is the site's default one, a note (Starlight's, Nextra's, Fumadocs').
	const kind = ALERTS[attribute(node, 'type').toLowerCase()] ?? ALERTS[node.tagName] ?? (/^(?:aside|callout)$/.test(node.tagName) ? 'NOTE' : undefined);
	if (kind) return [alertElement(kind, [...heading, ...node.children])];
	if (/^(?:accordion|details|collapse|collapsible|spoiler)$/.test(node.tagName)) {
		return [element('details', [element('summary', [textNode(title || 'Details')]), ...node.children])];
	}
	const href = attribute(node, 'href');
	if (href && title) {
		const description = attribute(node, 'description');
		return [element('p', [element('a', [textNode(title)], { href }), ...(description ? [textNode(` — ${description}`)] : [])]), ...node.children];
	}
	return [...heading, ...node.children];
}

/**
 * Removes what must not reach the page, turns embeds into links, and notes both (before the sanitizer drops them
 * silently); returns the markers of the kept Markdown that removed elements held.
 */
function prepare(tree: HastRoot, html: string, notes: ImportNote[], line: number | undefined, inSentence: boolean): Set<number> {
	const removedMarkers = new Set<number>();
	visit(tree, 'element', (node, index, parent) => {
		if (parent === undefined || index === undefined) return;
		const handlers = Object.keys(node.properties).filter((name) => /^on/i.test(name));
		if (handlers.length > 0) notes.push({ message: `removed the script attribute ${handlers.map((name) => name.toLowerCase()).join(', ')} of <${node.tagName}>`, line });
		const id = node.properties['id'] ?? node.properties['name'];
		if (id !== undefined && node.tagName !== 'input') notes.push({ message: `the HTML anchor id "${String(id)}" on <${node.tagName}> is not kept: links to #${String(id)} lead to the heading above it`, line });
		// A link to no more than its own page (`href="#"`) is a control of the site it was written for: back to the
		// page's top (IGME 202's arrow under each week), or a script's button ("← Previous Week"), which does nothing here.
		if (node.tagName === 'a' && node.properties['href'] === '#') {
			notes.push({ message: PAGE_LINK_REMOVED, line });
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		// A list holding no items, only folds (`<ol><details>…</details></ol>`, as awesome lists nest them), shows them as
		// the blocks they are, without a number: the converter would make them one numbered item.
		if (/^[ou]l$/.test(node.tagName) && node.children.some((child) => child.type === 'element') && !node.children.some((child) => child.type === 'element' && child.tagName === 'li')) {
			parent.children.splice(index, 1, ...node.children);
			return index;
		}
		const axis = timeAxisLength(node);
		if (axis > 0) {
			notes.push({ message: `removed a list of ${axis} evenly spaced times of day: the axis of a timetable the site draws, whose entries say their own times`, line });
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		if (node.tagName === 'a' && !node.properties['href']) {
			// An anchor target or a link without a target: its text stays, as plain text.
			parent.children.splice(index, 1, ...node.children);
			return [SKIP, index];
		}
		const { opening, closing } = node.data?.position ?? {};
		const tag = (place: Position | undefined) => (place?.start.offset !== undefined && place.end.offset !== undefined ? html.slice(place.start.offset, place.end.offset) : '');
		// `<QuestionList />`, `<Tabs>…</Tabs>`, `<Aside type="tip">` on lines of their own or alone in a table cell: a
		// component of the MDX site the plan was written for, whose content stays, shown as the site shows it. So is an
		// element of the site's own around the page's Markdown (`<hfoption label="TGI">` … `</hfoption>`, a tab). In a
		// sentence ("we call it as <ComponentName />") it is text, as below, and so is a tag no closing tag follows, or
		// one around words alone (`<include>./shared.mdx</include>`, which names what it stands for).
		const aroundLines = closing !== undefined && node.children.some((child) => child.type !== 'text');
		const component = /^<\p{Lu}/u.test(tag(opening)) ? closing || tag(opening).endsWith('/>') : aroundLines && !htmlTagNames.includes(node.tagName);
		if (!inSentence && component && !OWN_PARSING.has(node.tagName)) {
			notes.push({ message: `removed the ${/^<\p{Lu}/u.test(tag(opening)) ? 'MDX component' : 'site element'} ${tag(opening)}: it belongs to the site the plan was written for${closing ? ' (its content is kept)' : ''}`, line });
			parent.children.splice(index, 1, ...componentContent(node));
			return [SKIP, index];
		}
		if (!htmlTagNames.includes(node.tagName)) {
			// `List<String>`, `<T>`, `<your-name>`: GitHub hides what is not HTML, but the author meant it as text.
			const literal: HastContent[] = [{ type: 'text', value: tag(opening) }, ...node.children, { type: 'text', value: tag(closing) }];
			notes.push({ message: `${tag(opening)} is not an HTML element: kept as text (GitHub hides it)`, line });
			parent.children.splice(index, 1, ...literal);
			return [SKIP, index + 1];
		}
		// An aside set off from the text (a Notion callout, `<aside>💡 Review before the quiz</aside>`) is a note; one
		// in a sentence ("… and <aside> at the right") names the element.
		if (node.tagName === 'aside' && !inSentence) {
			parent.children.splice(index, 1, alertElement('NOTE', node.children));
			return [SKIP, index];
		}
		// A Markdown table has no caption: it is a line above the table, where the converter would make it a header cell's text.
		const caption = node.tagName === 'table' ? node.children.findIndex((child) => child.type === 'element' && child.tagName === 'caption') : -1;
		if (caption >= 0) {
			const [{ children }] = node.children.splice(caption, 1) as [Element];
			parent.children.splice(index, 0, element('p', children));
			return index + 1;
		}
		// An image the site shows only in dark mode (Tailwind's `hidden dark:block`, GitHub's `#gh-dark-mode-only`) is
		// the copy of the one beside it that light mode shows: the page, light, shows that one.
		if (node.tagName === 'img' && darkModeOnly(node)) {
			notes.push({ message: `left out the dark-mode copy of an image, ${JSON.stringify(String(node.properties['src'] ?? ''))}: the image beside it shows the same`, line });
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		if (node.tagName === 'img' && !node.properties['src']) {
			const alt = String(node.properties['alt'] ?? '');
			parent.children.splice(index, 1, ...(alt ? [{ type: 'text', value: alt } as const] : []));
			return [SKIP, index];
		}
		if (node.tagName === 'input' && node.properties['type'] === 'checkbox') {
			parent.children[index] = { type: 'text', value: node.properties['checked'] ? '☑' : '☐' };
			return index + 1;
		}
		if (REMOVED.has(node.tagName)) {
			notes.push({ message: `removed a <${node.tagName}> element and its content`, line });
			// Its content is its text, Markdown between its tags too (a stylesheet's rules that blank lines split into
			// code blocks): that goes with it.
			visit(node, 'text', (text) => void [...text.value.matchAll(MARKER)].forEach((found) => removedMarkers.add(Number(found[1]))));
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		const attribute = EMBEDS[node.tagName];
		if (attribute === undefined) return;
		const url = String(node.properties[attribute === 'data' ? 'data' : 'src'] ?? firstSource(node) ?? '');
		const replacement: HastContent[] = [];
		if (url && urlSafety(url) !== 'unsafe') {
			const title = node.properties['title'];
			replacement.push({ type: 'element', tagName: 'a', properties: { href: url }, children: [{ type: 'text', value: title ? String(title) : url }] });
			notes.push({ message: `the embedded <${node.tagName}> became a link to ${JSON.stringify(url)}`, line });
		} else {
			notes.push({ message: `removed an embedded <${node.tagName}>${url ? ` with the unsafe URL ${JSON.stringify(url)}` : ' without a URL'}`, line });
		}
		parent.children.splice(index, 1, ...replacement);
		return [SKIP, index + replacement.length];
	});
	return removedMarkers;
}

/**
 * `<details><summary>Solution</summary>…</details>`: a section the reader opens, as GitHub shows it (an exercise's
 * solution stays hidden until asked for). It stays an element, which MDX writes as JSX; its content is Markdown.
 */
const collapsibleSection: Handle = (state, node) => {
	const summary = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'summary');
	const title = summary ? state.all(summary) : [];
	const content = state.toFlow(state.all({ ...node, children: node.children.filter((child) => child !== summary) }));
	const titleLine: Paragraph = { type: 'paragraph', children: [{ type: 'mdxJsxTextElement', name: 'summary', attributes: [], children: title.length > 0 ? (title as PhrasingContent[]) : [{ type: 'text', value: 'Details' }] }] };
	const open = node.properties['open'] ? [{ type: 'mdxJsxAttribute' as const, name: 'open', value: null }] : [];
	return { type: 'mdxJsxFlowElement', name: 'details', attributes: open, children: [titleLine, ...content] };
};

/** Whether an element is hidden but in dark mode: a class `hidden` with one shown in dark (`dark:block`), or GitHub's fragment for it. */
function darkModeOnly(node: Element): boolean {
	const classes = attribute(node, 'className').split(/\s+/);
	return (classes.includes('hidden') && classes.some((name) => /^dark:(?!hidden$)/.test(name))) || String(node.properties['src'] ?? '').endsWith('#gh-dark-mode-only');
}

// A time of day, "9:30 AM", "13:00", "2 pm".
const TIME_OF_DAY = /^(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?m\.?)?$/i;
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');

/** The minutes after midnight a time of day is, or NaN when the text is no such time. */
function minutesOf(text: string): number {
	const [, hours, minutes = '0', half] = TIME_OF_DAY.exec(text.trim()) ?? [];
	if (hours === undefined) return Number.NaN;
	const hour = half ? (Number(hours) % 12) + (/p/i.test(half) ? 12 : 0) : Number(hours);
	return hour * 60 + Number(minutes);
}

/** How many times an element lists when it is a list of four or more times of day and nothing else, a step apart, the axis of a drawn timetable; else 0. */
function timeAxisLength(node: Element): number {
	if (node.tagName !== 'ul' && node.tagName !== 'ol') return 0;
	const items = node.children.filter((child) => child.type === 'element' || textOf(child).trim() !== '');
	const minutes = items.map((item) => (item.type === 'element' && item.tagName === 'li' ? minutesOf(textOf(item)) : Number.NaN));
	const step = minutes[1]! - minutes[0]!;
	return minutes.length >= 4 && step > 0 && minutes.every((value, i) => i === 0 || value - minutes[i - 1]! === step) ? minutes.length : 0;
}

const firstSource = (node: Element): unknown =>
	node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'source')?.properties['src'];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Puts the kept Markdown nodes back where their markers ended up. */
function restoreKept(tree: Root, kept: readonly Nodes[], removed: ReadonlySet<number>): Root {
	const placed = new Set<number>();
	const take = (index: string) => {
		placed.add(Number(index));
		return kept[Number(index)]!;
	};
	// A flow node's marker stands alone in the paragraph the HTML gave it.
	visit(tree, 'paragraph', (node, index, parent) => {
		const only = node.children.length === 1 ? node.children[0] : undefined;
		const whole = only?.type === 'text' ? loneMarker(only.value) : undefined;
		if (whole === undefined || parent === undefined || index === undefined || phrasing(kept[Number(whole)]!)) return;
		(parent.children as Nodes[])[index] = take(whole);
		return SKIP;
	});
	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		if (parent === undefined || index === undefined) return;
		if (node.type === 'text' && HAS_MARKER.test(node.value)) {
			const parts = node.value.split(MARKER).flatMap((part, i): Nodes[] =>
				i % 2 === 1 ? toPhrasing(take(part)) : part ? [{ ...node, value: part }] : [],
			);
			(parent.children as Nodes[]).splice(index, 1, ...parts);
			return index + parts.length;
		}
		if ((node.type === 'inlineCode' || node.type === 'code') && HAS_MARKER.test(node.value)) {
			node.value = node.value.replace(MARKER, (_, i: string) => toString(take(i)));
		}
		return undefined;
	});
	// Wherever else a marker went (an attribute, a dropped element), its Markdown is not lost: it follows the HTML;
	// but not from the content of an element removed with it.
	const unplaced = kept.filter((_, index) => !placed.has(index) && !removed.has(index)) as RootContent[];
	return { ...tree, children: [...tree.children, ...unplaced] };
}

/** The inline content of a node, for a place where only inline content may stand. */
function toPhrasing(node: Nodes): PhrasingContent[] {
	if (phrasing(node)) return [node as PhrasingContent];
	if (node.type === 'code') return [{ type: 'inlineCode', value: node.value, ...(node.position ? { position: node.position } : {}) }];
	if (!('children' in node)) return [];
	return node.children.flatMap((child, index) => [
		...(index > 0 && !phrasing(child) ? [{ type: 'text', value: ' ' } as const] : []),
		...toPhrasing(child),
	]);
}

/**
 * What converted HTML can leave that shows nothing and that Markdown cannot write: a `<br>` outside a paragraph or
 * at either end of one (`end<br>` would be written `end\`, a visible backslash), spaces at either end of a
 * paragraph (written `&#x20;`), and paragraphs left empty.
 */
function removeEmptyLeftovers(tree: Root): void {
	// A list item whose only text was removed ("- <a href="#">Slides</a>") goes too, rather than show an empty bullet.
	const emptied = new Set<Nodes>();
	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		if (parent === undefined || index === undefined) return undefined;
		if (node.type === 'break' && FLOW_PARENTS.has(parent.type)) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
		while (node.children[0]?.type === 'break') node.children.shift();
		while (node.children.at(-1)?.type === 'break') node.children.pop();
		if (node.type !== 'paragraph') return undefined;
		const [first, last] = [node.children[0], node.children.at(-1)];
		if (first?.type === 'text') first.value = first.value.trimStart();
		if (last?.type === 'text') last.value = last.value.trimEnd();
		if (node.children.every((child) => child.type === 'text' && !child.value.trim())) {
			parent.children.splice(index, 1);
			if (parent.type === 'listItem' && parent.children.length === 0) emptied.add(parent);
			return [SKIP, index];
		}
		return undefined;
	});
	if (emptied.size === 0) return;
	visit(tree, 'list', (list) => {
		list.children = list.children.filter((item) => !emptied.has(item));
	});
	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		if (node.type !== 'list' || node.children.length > 0 || parent === undefined || index === undefined) return undefined;
		parent.children.splice(index, 1);
		return [SKIP, index];
	});
}

function spanOf(group: readonly Nodes[]): Position | undefined {
	const first = group[0]?.position;
	const last = group.at(-1)?.position;
	return first && last ? { start: first.start, end: last.end } : undefined;
}
