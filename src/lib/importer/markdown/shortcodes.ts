/**
 * Hugo's shortcodes, as its themes' course and tutorial sites write them: `{{< name args >}}` (or `{{% name %}}`,
 * whose content is Markdown), paired with `{{< /name >}}` around a block. The site shows what they mean, as
 * GitHub-flavoured Markdown does: an aside (hugo-book's `hint`, Learn's and Relearn's `notice`, Hextra's `callout`,
 * Docsy's `alert` and `pageinfo`) is a GitHub alert; a collapsible block (`details`, `expand`) a `<details>` section;
 * a tab (`{{< tab "Linux" >}}`, Hextra's `{{< tabs items="A,B" >}}`) its label in bold over its content; cards
 * (`{{< card link="x" title="y" >}}` in `cards`, or a `feature-grid`'s `feature-card`s) a list of links; a file tree (Hextra's `filetree/folder`, `filetree/file`) a
 * nested list of names; `highlight` and `mermaid` code blocks. Other paired shortcodes (`steps`, a theme's hero
 * blocks) are their content, their tags left out with a note. A link that names its page by Hugo's `ref` or `relref`
 * (`[Setup]({{< ref "/guide/setup" >}})`) links that page's file. GitBook writes the same blocks as Liquid-like tags,
 * `{% hint style="info" %}` … `{% endhint %}`, `{% tabs %}`/`{% tab title="A" %}`, `{% code title="app.js" %}` around a
 * fenced block, and links `{% embed url="…" %}` and `{% file src="…" %}`: they are read alike.
 */
import type { Code, List, ListItem, Paragraph, Parents, PhrasingContent, RootContent, Strong } from 'mdast';
import { visit } from 'unist-util-visit';
import { ALERTS, alert, collapsible, parseLines } from './admonitions.ts';
import type { ImportNote } from './notes.ts';
import { parseMarkdown } from './parse.ts';

/** A shortcode's arguments: its positional ones in order, and its named ones (`title="Tip"`). */
export interface ShortcodeArguments {
	positional: string[];
	named: Record<string, string>;
}

const ARGUMENT = /(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`=]+))/g;

export function shortcodeArguments(written: string): ShortcodeArguments {
	const positional: string[] = [];
	const named: Record<string, string> = {};
	for (const [, key, double, single, raw, bare] of written.matchAll(ARGUMENT)) {
		const value = double !== undefined ? double.replace(/\\(.)/g, '$1') : (single ?? raw ?? bare ?? '');
		if (key) named[key.toLowerCase()] = value;
		else positional.push(value);
	}
	return { positional, named };
}

/** An opening tag at the start of a text: its name and arguments, and whether it closes itself. */
interface OpeningTag {
	written: string;
	name: string;
	args: string;
	selfClosing: boolean;
}

/** How a site writes its paired tags around a block. */
interface PairedTagSyntax {
	/** What each of its tags starts with. */
	start: string;
	/** The opening tag a text starts with, if any (a closing tag is none). */
	openingAt: (text: string) => OpeningTag | null;
	/** Any opening tag of `name`, and its closing tag. */
	opening: (name: string) => RegExp;
	closing: (name: string) => RegExp;
}

const escapeName = (name: string) => name.replace(/[.]/g, '\\.');

// "{{< hint info >}}", "{{% notice tip %}}", "{{< tabs items=\"A,B\" >}}": a name (a theme's may have a folder,
// "filetree/folder"), then its arguments. "{{</* x */>}}" is Hugo's way to show a shortcode as text: no shortcode.
const HUGO_OPENING = /^\{\{([<%])-?\s*([\w][\w/.-]*)((?:\s[^]*?)?)\s*-?\/?([>%])\}\}/;
const HUGO: PairedTagSyntax = {
	start: '{{',
	openingAt: (text) => {
		const tag = HUGO_OPENING.exec(text);
		if (!tag || tag[2]!.startsWith('/') || tag[1] !== (tag[4] === '>' ? '<' : '%')) return null;
		return { written: tag[0], name: tag[2]!, args: tag[3] ?? '', selfClosing: tag[0].endsWith('/>}}') || tag[0].endsWith('/%}}') };
	},
	opening: (name) => new RegExp(String.raw`\{\{[<%]-?\s*${escapeName(name)}(?=[\s>%/-])`, 'g'),
	closing: (name) => new RegExp(String.raw`\{\{[<%]-?\s*\/${escapeName(name)}\s*-?[>%]\}\}`, 'g'),
};

// "{% hint style="info" %}", closed by "{% endhint %}"; "{% embed url="…" %}" may stand alone.
const GITBOOK_OPENING = /^\{%-?\s*([a-z][\w-]*)((?:\s[^]*?)?)\s*-?%\}/;
const GITBOOK: PairedTagSyntax = {
	start: '{%',
	openingAt: (text) => {
		const tag = GITBOOK_OPENING.exec(text);
		return tag && !tag[1]!.startsWith('end') ? { written: tag[0], name: tag[1]!, args: tag[2] ?? '', selfClosing: false } : null;
	},
	opening: (name) => new RegExp(String.raw`\{%-?\s*${escapeName(name)}(?=[\s%-])`, 'g'),
	closing: (name) => new RegExp(String.raw`\{%-?\s*end${escapeName(name)}\s*-?%\}`, 'g'),
};

/** Where the tag `name` opened at `from` closes: the offsets of its closing tag, nested ones of its name skipped. */
function closingTag(syntax: PairedTagSyntax, source: string, name: string, from: number): { start: number; end: number } | null {
	const tags = [...source.slice(from).matchAll(syntax.opening(name))].map((m) => ({ at: from + m.index, open: true, length: m[0].length }));
	const ends = [...source.slice(from).matchAll(syntax.closing(name))].map((m) => ({ at: from + m.index, open: false, length: m[0].length }));
	let depth = 0;
	for (const tag of [...tags, ...ends].sort((a, b) => a.at - b.at)) {
		if (tag.open) depth++;
		else if (depth === 0) return { start: tag.at, end: tag.at + tag.length };
		else depth--;
	}
	return null;
}

// Asides by the GitHub alert of their kind: Docsy's colors and Relearn's styles name some kinds otherwise.
const ALERT_SHORTCODES = new Set(['hint', 'notice', 'callout', 'alert', 'admonition', 'pageinfo', 'note', 'tip', 'warning', 'info', 'caution', 'important', 'danger']);
const MORE_ALERTS: Record<string, string> = { primary: 'NOTE', secondary: 'NOTE', default: 'NOTE', red: 'CAUTION', orange: 'WARNING', green: 'TIP', blue: 'NOTE', grey: 'NOTE' };
const COLLAPSIBLE = new Set(['details', 'expand', 'collapse', 'spoiler']);
const CODE = new Set(['highlight', 'mermaid', 'code']);
// GitBook's tags that link a page or a file, with or without a caption between them and their closing tag.
const LINK_TAGS = new Set(['embed', 'file']);

const bold = (words: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: words }] }] });

/** An aside's GitHub alert: its kind named by its argument (`info`, `type="warning"`, `color="danger"`) or its name. */
function asideOf(name: string, args: ShortcodeArguments, body: RootContent[]): RootContent {
	const kind = [args.named['type'], args.named['style'], args.named['color'], args.positional[0], name].map((value) => value?.toLowerCase() ?? '').find((value) => ALERTS[value] ?? MORE_ALERTS[value]);
	const title = args.named['title'] ?? (name === 'notice' ? args.positional[1] : undefined);
	return alert(ALERTS[kind ?? ''] ?? MORE_ALERTS[kind ?? ''] ?? 'NOTE', title?.trim() || null, body);
}

/** Cards (`{{< card link="week-01" title="Week 1" subtitle="HTML basics" >}}`) as a list of links, each with its subtitle. */
function cardList(text: string): List | null {
	const items: ListItem[] = [];
	for (const match of text.matchAll(/\{\{[<%]-?\s*(?:[\w-]+\/)?(?:card|feature-card)\b([^]*?)-?[>%]\}\}/g)) {
		const words = cardWords(shortcodeArguments(match[1]!));
		if (words) items.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: words }] });
	}
	return items.length > 0 ? { type: 'list', ordered: false, spread: false, children: items } : null;
}

/** What a card shows: its title, linked when it links, then its subtitle. */
export function cardWords({ named }: ShortcodeArguments): PhrasingContent[] | null {
	const title = named['title']?.trim();
	if (!title) return null;
	const link = named['link'] ?? named['href'];
	const heading: PhrasingContent = link ? { type: 'link', url: link, children: [{ type: 'text', value: title }] } : ({ type: 'strong', children: [{ type: 'text', value: title }] } satisfies Strong);
	const subtitle = (named['subtitle'] ?? named['description'])?.replace(/<[^>]+>/g, '').trim();
	return [heading, ...(subtitle ? [{ type: 'text' as const, value: ` — ${subtitle}` }] : [])];
}

/** A file tree (Hextra's `filetree/folder` and `filetree/file`, each `name="…"`) as a nested list of the names. */
function fileTree(text: string): List | null {
	const root: ListItem[] = [];
	const stack: ListItem[][] = [root];
	for (const [, close, kind, args] of text.matchAll(/\{\{[<%]-?\s*(\/)?filetree\/(folder|file)\b([^]*?)-?[>%]\}\}/g)) {
		if (close) {
			if (stack.length > 1) stack.pop();
			continue;
		}
		const name = shortcodeArguments(args!).named['name'] ?? '';
		const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'inlineCode', value: kind === 'folder' ? `${name}/` : name }] }] };
		stack.at(-1)!.push(item);
		if (kind === 'folder') {
			const inner: ListItem[] = [];
			item.children.push({ type: 'list', ordered: false, spread: false, children: inner });
			stack.push(inner);
		}
	}
	const prune = (items: ListItem[]) => {
		for (const item of items) {
			const list = item.children[1] as List | undefined;
			if (list && list.children.length === 0) item.children.pop();
			else if (list) prune(list.children);
		}
	};
	prune(root);
	return root.length > 0 ? { type: 'list', ordered: false, spread: false, children: root } : null;
}

/** What a paired shortcode shows (see the module's comment), given its body's text and that text read as Markdown. */
function pairedShortcode(name: string, args: ShortcodeArguments, bodyText: string, body: () => RootContent[], notes: ImportNote[], line: number): RootContent[] {
	const base = name.toLowerCase();
	if (ALERT_SHORTCODES.has(base)) return [asideOf(base, args, body())];
	if (COLLAPSIBLE.has(base)) return collapsible(args.named['title'] ?? args.positional[0] ?? 'Details', body());
	// GitBook's `code` block wraps a fenced code block, titled by its file's name.
	if (base === 'code' && /^\s*(?:```|~~~)/.test(bodyText)) return [...(args.named['title'] ? [bold(args.named['title'])] : []), ...body()];
	if (CODE.has(base)) {
		const lang = base === 'mermaid' ? 'mermaid' : (args.named['lang'] ?? args.positional[0] ?? null);
		return [{ type: 'code', lang, meta: null, value: bodyText.replace(/^[ \t]*\n|\n[ \t]*$/g, '') } satisfies Code];
	}
	const cards = base === 'cards' || base.endsWith('feature-grid');
	if (cards || base === 'filetree/container' || base === 'filetree') {
		const list = cards ? cardList(bodyText) : fileTree(bodyText);
		return list ? [list] : [];
	}
	if (base === 'tab') {
		const label = args.named['name'] ?? args.named['title'] ?? args.named['header'] ?? args.positional[0];
		// An unnamed tab takes its name from its tabs' `items`, in order (see tabsOf).
		const heading = bold(label ?? '');
		if (label === undefined) heading.data = { unnamedTab: true } as Paragraph['data'];
		return [heading, ...body()];
	}
	if (base === 'tabs') return tabsOf(args, body());
	if (base === 'button') {
		const url = args.named['href'] ?? args.named['relref'] ?? args.named['ref'] ?? args.named['link'];
		const words = bodyText.trim();
		if (url && words) return [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: words }] }] }];
	}
	if (base === 'embed' || base === 'file') {
		const url = args.named['url'] ?? args.named['src'];
		// Without a caption, an embed shows its page (here, its address) and a file its name.
		const words = bodyText.trim() || (base === 'file' ? url?.split('/').at(-1) : url);
		if (url && words) return [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: words }] }] }];
	}
	if (base !== 'steps') notes.push({ message: `left out the tags of the shortcode "${name}": the site shows what it holds as text`, line });
	return body();
}

/** Tabs: each tab its label in bold over its content; tabs without a name of their own named by `items="A,B"` in order. */
function tabsOf(args: ShortcodeArguments, body: RootContent[]): RootContent[] {
	const items = (args.named['items'] ?? '').split(',').map((item) => item.trim());
	let next = 0;
	for (const node of body) {
		const data = node.data as { unnamedTab?: boolean } | undefined;
		if (node.type !== 'paragraph' || !data?.unnamedTab) continue;
		const label = items[next++] || `Tab ${next}`;
		node.children = [{ type: 'strong', children: [{ type: 'text', value: label }] }];
		delete node.data;
	}
	return body;
}

const withoutPositions = (nodes: RootContent[]) => {
	for (const node of nodes) visit(node, (inner) => void delete inner.position);
	return nodes;
};

/**
 * The paired shortcodes and GitBook blocks in `parent`'s children, as what the site shows. A pair opens at the start
 * of a node (a paragraph, or a block it heads) and closes at the end of one of its siblings; what is between is read as
 * Markdown, its own tags converted too. A GitBook link tag alone in its paragraph (`{% embed url="…" %}`) closes itself.
 */
export function pairedTagBlocks(parent: Parents, source: string, notes: ImportNote[]): void {
	const children = parent.children as RootContent[];
	for (let i = 0; i < children.length; i++) {
		const node = children[i]!;
		const start = node.position?.start.offset;
		const syntax = start === undefined ? undefined : [HUGO, GITBOOK].find((candidate) => source.startsWith(candidate.start, start));
		const tag = syntax?.openingAt(source.slice(start));
		if (!syntax || !tag) continue;
		const openEnd = start! + tag.written.length;
		const alone = syntax === GITBOOK && source.slice(openEnd, node.position!.end.offset).trim() === '' && LINK_TAGS.has(tag.name);
		const close = tag.selfClosing ? null : (closingTag(syntax, source, tag.name, openEnd) ?? (alone ? { start: openEnd, end: openEnd } : null));
		if (!close) continue;
		const end = children.findIndex((sibling, j) => j >= i && (sibling.position?.end.offset ?? -1) >= close.end);
		if (end < 0) continue;
		const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
		const column = node.position!.start.column - 1;
		const bodyText = source.slice(openEnd, close.start);
		// The body's whole lines when the tags stand on lines of their own; else its text alone, read on its own.
		const onOwnLines = /^[ \t]*\n/.test(bodyText) && /\n[ \t]*$/.test(bodyText);
		const body = () =>
			onOwnLines
				? lineOf(close.start) - 1 > lineOf(openEnd) ? parseLines(source, lineOf(openEnd) + 1, lineOf(close.start) - 1, column, notes) : []
				: withoutPositions(parseMarkdown(bodyText.trim(), { frontmatter: false }).children);
		const shown = pairedShortcode(tag.name, shortcodeArguments(tag.args), bodyText, body, notes, lineOf(start!));
		// What the last node holds after the closing tag stays, read on its own.
		const lastEnd = children[end]!.position!.end.offset!;
		const after = source.slice(close.end, lastEnd);
		const rest = after.trim() ? (/^[ \t]*\n/.test(after) ? parseLines(source, lineOf(close.end) + 1, lineOf(lastEnd), column, notes) : withoutPositions(parseMarkdown(after.trim(), { frontmatter: false }).children)) : [];
		children.splice(i, end - i + 1, ...shown, ...rest);
		i += shown.length - 1;
	}
}

// A link's or definition's address written as Hugo's reference to a page: "]({{< ref "/guide/setup" >}})",
// "]: {{% relref "./topics/x.md#goal" %}}".
const REF_ADDRESS = /(\]\(\s*|\]:[ \t]*)\{\{([<%])-?\s*(?:rel)?ref\s+(?:"([^"]*)"|'([^']*)'|([^\s>%]+))\s*-?([>%])\}\}/g;
// A shortcode whose arguments go on over several lines ("{{< card\n  title=…\n>}}"), which Markdown would read apart.
const MULTILINE_SHORTCODE = /\{\{([<%])-?[ \t]*[\w][\w/.-]*[ \t]*\n[^]*?[>%]\}\}/g;

/**
 * A Hugo page's text as Markdown can read its shortcodes: the addresses its links give as Hugo references (`ref`,
 * `relref`) written as the paths they name (from the content folder when they start with "/", else from the page),
 * which links then read like any other, and each shortcode written over several lines on one; not in code, where a
 * page about Hugo shows them. The text is read first for its code, whose places it must not touch.
 */
export function hugoShortcodeText(text: string): string {
	if (!/\{\{[<%]/.test(text)) return text;
	const code: Array<[number, number]> = [];
	visit(parseMarkdown(text), (node) => {
		if ((node.type === 'code' || node.type === 'inlineCode') && node.position?.start.offset !== undefined) code.push([node.position.start.offset, node.position.end.offset!]);
	});
	const inCode = (offset: number) => code.some(([from, to]) => offset >= from && offset < to);
	return text
		.replace(MULTILINE_SHORTCODE, (written: string, open: string, offset: number) => (inCode(offset) || !written.endsWith(open === '<' ? '>}}' : '%}}') ? written : written.replace(/[ \t]*\n[ \t]*/g, ' ')))
		.replace(REF_ADDRESS, (written, before: string, open: string, double?: string, single?: string, bare?: string, close?: string, offset?: number) => {
			if (inCode(offset!) || (open === '<') !== (close === '>')) return written;
			const target = (double ?? single ?? bare ?? '').trim();
			return `${before}${target.includes(' ') ? `<${target}>` : target}`;
		});
}
