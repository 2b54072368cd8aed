import { parse as parseJavaScript } from 'acorn';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import { parseEntities } from 'parse-entities';
import remarkCjkFriendly from 'remark-cjk-friendly/parseOnly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGemoji from 'remark-gemoji';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { parse as parseToml } from 'smol-toml';
import { parseDocument } from 'yaml';
import { resolveWikiLinks, wikiLinkSyntax } from './wiki-links.ts';
import { heroOf } from '../sites/vitepress.ts';
import { parseEffort } from '../durations.ts';
import type { NumberRange } from '../../../schemas/common.ts';

const parserWith = (singleDollarTextMath: boolean, frontmatter: boolean, wikiLinks: boolean): { parse: (text: string) => Root } => {
	// Bold and italics that close on CJK punctuation (`**强化学习（RL）**讨论`), as the site reads them (astro.config.mjs).
	const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkMath, { singleDollarTextMath });
	// Frontmatter (Jekyll, Hugo, Docusaurus, dev.to…) is metadata GitHub shows as a table, not text of the plan.
	if (frontmatter) parser.use(remarkFrontmatter, ['yaml', 'toml']);
	if (wikiLinks) {
		const data = parser.data();
		data.micromarkExtensions = [...(data.micromarkExtensions ?? []), wikiLinkSyntax.micromark];
		data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), wikiLinkSyntax.fromMarkdown];
	}
	return parser;
};
/**
 * By whether the text may start with frontmatter and may hold wiki links: the parser reading single dollars as math,
 * and the one that does not.
 */
const parsers = new Map(
	[true, false].flatMap((frontmatter) =>
		[true, false].map((wikiLinks) => [`${frontmatter} ${wikiLinks}`, { tex: parserWith(true, frontmatter, wikiLinks), dollarsAsText: parserWith(false, frontmatter, wikiLinks) }] as const),
	),
);

/**
 * Parses Markdown as GitHub renders it (tables, task lists, strikethrough, autolinks, footnotes, math, emoji
 * shortcodes) into mdast;
 * every node keeps its source position, so the importer can name the line a change came from. Text that starts no
 * document (a notebook's cell after the first) has no frontmatter: its opening `---` is a rule. Given the plan's files,
 * its wiki links (`[[Week 1]]`) that name one become links to it.
 */
export function parseMarkdown(written: string, { frontmatter = true, wikiLinkFiles }: { frontmatter?: boolean; wikiLinkFiles?: readonly string[] } = {}): Root {
	const { tex, dollarsAsText } = parsers.get(`${frontmatter} ${wikiLinkFiles !== undefined}`)!;
	const first = tex.parse(written);
	const text = frontmatter ? (frontmatterAfterComments(written, first, tex) ?? written) : written;
	const parsed = text === written ? first : tex.parse(text);
	// A document with one pair of single dollars that cannot be TeX ("$5 and $10", `$HOME` … `$PATH`) uses dollars
	// for other things: it is read again with only `$$` as math, as the parser cannot un-read what a pair swallowed.
	const tree = singleDollarsAreTex(parsed, text) ? parsed : dollarsAsText.parse(text);
	// GitHub shows ":dollar:" and ":hearts:" as the emoji they name; so do the pages (their text is no code).
	emojiShortcodes(tree);
	if (wikiLinkFiles) resolveWikiLinks(tree, wikiLinkFiles);
	return tree;
}

/**
 * The text with the YAML block that follows the comments it opens with put first, the comments after it: Pandoc (R
 * Markdown, Quarto) reads such a block as the document's metadata. The text keeps its length, and what follows both
 * its positions. Null when the text opens otherwise.
 */
function frontmatterAfterComments(text: string, tree: Root, parser: { parse: (text: string) => Root }): string | null {
	const comments = tree.children.findIndex((node) => node.type !== 'html' || !/^<!--[^]*-->$/.test(node.value.trim()));
	const fence = tree.children[comments];
	const start = fence?.position?.start.offset;
	if (comments < 1 || fence?.type !== 'thematicBreak' || start === undefined || text.charAt(start - 1) !== '\n') return null;
	// (Rules around a heading, "---\n# Setup\n---", are no metadata: YAML reads no map from them.)
	const rest = parser.parse(text.slice(start));
	const block = rest.children[0];
	const end = block?.type === 'yaml' && frontmatterFields(rest) !== null ? start + block.position!.end.offset! : null;
	return end === null ? null : `${text.slice(start, end)}\n${text.slice(0, start - 1)}${text.slice(end)}`;
}

const emojiShortcodes = remarkGemoji() as (tree: Root) => undefined;

/**
 * Whether every math between single dollars is TeX as GitHub and Pandoc delimit it: no space inside either dollar,
 * no letter or digit right outside them (`substring$' … r'love$`), no code inside.
 */
function singleDollarsAreTex(tree: Root, text: string): boolean {
	let tex = true;
	visit(tree, 'inlineMath', (node) => {
		const { start, end } = node.position ?? {};
		if (start?.offset === undefined || end?.offset === undefined || text.startsWith('$$', start.offset)) return undefined;
		const outside = `${text.charAt(start.offset - 1)}${text.charAt(end.offset)}`;
		tex = !/^\s|\s$/.test(node.value) && !/[A-Za-z0-9]/.test(outside) && !node.value.includes('`');
		return tex ? undefined : EXIT;
	});
	return tex;
}

// Where static site generators keep a page's place among its siblings: Docusaurus, Hugo, Jekyll's Just the Docs, Astro.
const POSITION_KEYS = ['sidebar_position', 'weight', 'nav_order', 'order'];
// Where lesson templates state how long a page takes to study, in words ("45 min", "2 hours").
const EFFORT_KEYS = ['time', 'estimated_time', 'estimatedTime', 'time_estimate', 'duration', 'effort', 'reading_time', 'readingTime'];
// A Carpentries episode's minutes of teaching and of exercises, as numbers.
const MINUTE_KEYS = ['teaching', 'exercises'];

/** The study time a page's frontmatter states: a Carpentries episode's minutes, or a time in words. */
function frontmatterEffort(fields: Record<string, unknown>): NumberRange | undefined {
	const minutes = MINUTE_KEYS.map((key) => fields[key]).filter((value): value is number => typeof value === 'number' && value >= 0);
	const total = minutes.reduce((sum, value) => sum + value, 0);
	if (total > 0) return { min: Math.round((total / 60) * 100) / 100, max: Math.round((total / 60) * 100) / 100 };
	for (const key of EFFORT_KEYS) {
		const value = fields[key];
		// As on a labelled line, "1:30h" is study time under a key naming it (`estimated_time`), not under the bare
		// `time`, which as often says when a class meets.
		const effort = typeof value === 'string' ? parseEffort(value, { hoursMinutes: key !== 'time' }) : null;
		if (effort) return effort;
	}
	return undefined;
}

/**
 * Takes a document's frontmatter out of its tree, and returns what its frontmatter says of it: its title
 * (`title: Rust in 4 Weeks`: the plan's title when it has no heading for one), and its place among the files beside it
 * (`sidebar_position: 3`, `weight: 30`, `nav_order: 2`), and how long it takes to study (`teaching: 30`, `time: 45 min`).
 */
export function takeFrontmatter(tree: Root): { title?: string; summary?: string; description?: string; position?: number; effortHours?: NumberRange } {
	const fields = frontmatterFields(tree);
	// mdast types know YAML frontmatter only; TOML is the same kind of node.
	if (['yaml', 'toml'].includes(tree.children[0]?.type ?? '')) tree.children.shift();
	if (!fields) return {};
	// A VitePress or VuePress home page states its title and tagline in its hero.
	const hero = heroOf(fields);
	// Site generators put the title into HTML as it is, so "Week 8&mdash;Consistency" reads "Week 8—Consistency".
	const title = (typeof fields['title'] === 'string' ? parseEntities(fields['title']).trim() : '') || hero.title;
	const position = POSITION_KEYS.map((key) => fields[key]).find((value) => typeof value === 'number' && Number.isFinite(value)) as number | undefined;
	const effortHours = frontmatterEffort(fields);
	const description = typeof fields['description'] === 'string' ? fields['description'].trim() : '';
	return { ...(title ? { title } : {}), ...(hero.summary ? { summary: hero.summary } : {}), ...(description ? { description } : {}), ...(position !== undefined ? { position } : {}), ...(effortHours ? { effortHours } : {}) };
}

/** Hugo and Zola read a page's TOML front matter (`+++`) after blank lines too: those lines go, so that it is read as such. */
export const frontmatterFirst = (text: string) => text.replace(/^(?:[ \t]*\r?\n)+(?=\+\+\+[ \t]*\r?\n)/, '');

/**
 * The fields of a document's frontmatter, YAML (`---`) or TOML (`+++`, as Hugo sites write it); null when it has none,
 * or none that is a map.
 */
export function frontmatterFields(tree: Root): Record<string, unknown> | null {
	const first = tree.children[0] as { type: string; value?: string } | undefined;
	if ((first?.type !== 'yaml' && first?.type !== 'toml') || first.value === undefined) return null;
	try {
		// YAML the strict parser stops at is read as far as it goes: Jekyll's (Ruby's) parser takes a quoted value
		// continued at the margin, as a Carpentries episode's `keypoints` write a long one.
		const data: unknown = first.type === 'toml' ? parseToml(first.value) : parseDocument(first.value, { logLevel: 'silent' }).toJS();
		return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
	} catch {
		// Frontmatter that is not valid YAML or TOML still is not text of the plan.
		return null;
	}
}

/**
 * Writes in the values that an MDX page's expressions take from its frontmatter ("# {frontMatter.title}", a
 * Docusaurus doc's heading), as its site did; an expression naming no text field stays as written.
 */
export function fillFrontmatterExpressions(tree: Root, fields: Record<string, unknown> | null): void {
	if (!fields) return;
	visit(tree, 'text', (node) => {
		node.value = node.value.replace(/\{\s*(?:props\.)?frontMatter\.([\w$]+)\s*\}/g, (expression, key: string) => {
			const value = fields[key];
			return typeof value === 'string' || typeof value === 'number' ? String(value) : expression;
		});
	});
}

/**
 * Takes out the top-level paragraphs that are only ES module statements (`import QuestionList from
 * './_components/QuestionList';`): a Docusaurus or MDX document importing its own site's components, which mean
 * nothing on another site. Returns the line of each, for the notes.
 */
export function takeModuleStatements(tree: Root, text: string): number[] {
	const lines: number[] = [];
	tree.children = tree.children.filter((node) => {
		const { start, end } = node.position ?? {};
		if (node.type !== 'paragraph' || start?.offset === undefined || end?.offset === undefined) return true;
		const source = text.slice(start.offset, end.offset);
		if (!/^(?:import|export)\s/.test(source) || !isModuleStatements(source)) return true;
		lines.push(start.line);
		return false;
	});
	return lines;
}

/** Whether the text parses as JavaScript made only of imports and exports (prose seldom parses, but "a;" would). */
function isModuleStatements(source: string): boolean {
	const body = moduleStatements(source);
	return body !== null && body.length > 0 && body.every((statement) => statement.type === 'ImportDeclaration' || statement.type.startsWith('Export'));
}

/** The statements of a text that parses as a JavaScript module; null for one that does not. */
export function moduleStatements(source: string): Program['body'] | null {
	try {
		return parseJavaScript(source, { ecmaVersion: 'latest', sourceType: 'module' }).body as Program['body'];
	} catch {
		return null;
	}
}
