/**
 * Jekyll renders a page's Liquid before reading its Markdown, so a course site's pages write links and values with
 * it: `[HW1]({{ site.baseurl }}{% link hw/hw1.md %})`, `{{ '/assets/logo.png' | relative_url }}`,
 * `# {{ page.title }}`, `{% raw %}{{ template }}{% endraw %}`. The importer renders what it can as Jekyll does (a
 * link to the page's file from the site's root, the configuration's and the page's own values) and leaves the rest
 * out, with a note: what the site's templates build (`{% include lesson.html %}`, `{% for m in site.modules %}`).
 * A loop over the site's data files is the exception: a course keeps its schedule in `_data/schedule.yml` and its
 * page's table loops over it, which liquidjs renders as Jekyll would. Code keeps what it cannot render as written,
 * since a lesson may show template code.
 */
import { Liquid, TagToken, Tokenizer } from 'liquidjs';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ImportNote } from './notes.ts';
import { parseMarkdown } from './parse.ts';

// `{% raw %}…{% endraw %}`, `{% comment %}…{% endcomment %}`, a tag `{%- name args -%}` (its arguments may hold a
// "%", `date: "%s"`), an output `{{ value | filter }}`.
const LIQUID = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}|\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{%-?\s*([\w-]+)((?:[^%]|%(?!\}))*?)-?%\}|\{\{-?([^{}]*?)-?\}\}/g;
// The site's address and path: Jekyll puts them before links from the site's root, which the importer reads as such.
const SITE_ADDRESS = new Set(['site.baseurl', 'site.url', 'site.github.url']);
// Filters that make a link from the site's root, or leave a value's text as it is on a page.
const URL_FILTERS = new Set(['relative_url', 'absolute_url']);
/** A link as those filters write it: from the site's root, unless it already is or names another site. */
const fromRoot = (url: string) => (url.startsWith('/') || /^[a-z]+:/i.test(url) ? url : `/${url}`);
const TEXT_FILTERS = new Set(['markdownify', 'escape', 'strip', 'smartify', 'xml_escape']);

/** The value of a Liquid expression (a quoted string, `site.x`, `page.x`), or undefined when it names nothing readable. */
function valueOf(expression: string, site: Record<string, unknown>, page: Record<string, unknown>): string | undefined {
	const quoted = /^(["'])(.*)\1$/.exec(expression);
	if (quoted) return quoted[2];
	if (SITE_ADDRESS.has(expression)) return '';
	const path = /^(site|page)((?:\.[\w-]+)+)$/.exec(expression);
	if (!path) return undefined;
	let value: unknown = path[1] === 'site' ? site : page;
	for (const key of path[2]!.slice(1).split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
}

/** An output's text: its value through its filters; undefined when a value or filter is one only the site knows. */
function output(inside: string, site: Record<string, unknown>, page: Record<string, unknown>): string | undefined {
	const [first, ...filters] = inside.split('|').map((part) => part.trim());
	let value = valueOf(first ?? '', site, page);
	for (const filter of filters) {
		if (value === undefined) return undefined;
		const [, name, argument] = /^([\w-]+)\s*(?::\s*(.+))?$/.exec(filter) ?? [];
		if (name && URL_FILTERS.has(name)) value = fromRoot(value);
		else if (name === 'prepend' || name === 'append') {
			const other = valueOf(argument ?? '', site, page);
			if (other === undefined) return undefined;
			value = name === 'prepend' ? other + value : value + other;
		} else if (!name || !TEXT_FILTERS.has(name)) return undefined;
	}
	return value;
}

/** A tag's text: `{% link x.md %}` is the link to the file from the site's root; other tags render nothing readable. */
function tag(name: string, argument: string): string | undefined {
	if (name === 'link' || name === 'post_url') return `/${argument.trim().replace(/^\/+/, '')}`;
	return undefined;
}

/** The offsets of a text's code (blocks and inline), where Liquid the importer cannot render stays as written. */
function codeRanges(tree: Root): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	visit(tree, ['code', 'inlineCode'], (node) => {
		const { start, end } = node.position ?? {};
		if (start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset]);
	});
	return ranges;
}

// Jekyll's own tags and filters that a data loop's rows use; what the site's templates hold (`include`) is theirs.
const engine = new Liquid({ strictFilters: false, strictVariables: false });
for (const name of ['link', 'post_url']) engine.registerTag(name, { parse(token) { this['path'] = token.args; }, render() { return tag(name, String(this['path'])); } });
engine.registerTag('include', { parse() {}, render() { return ''; } });
for (const name of URL_FILTERS) engine.registerFilter(name, (value: unknown) => { const url = String(value ?? ''); return url && fromRoot(url); });
for (const name of ['markdownify', 'smartify']) engine.registerFilter(name, (value: unknown) => value);

/**
 * The text with each loop over the site's data (`{% for w in site.data.schedule %}…{% endfor %}`, outside code)
 * rendered, after the `assign`s before it; a loop liquidjs cannot render stays for the pass below to leave out.
 */
function renderDataLoops(text: string, site: Record<string, unknown>, page: Record<string, unknown>, inCode: (offset: number) => boolean): string {
	if (!/\bsite\.data\b/.test(text)) return text;
	let tokens;
	try {
		tokens = new Tokenizer(text).readTopLevelTokens();
	} catch {
		return text;
	}
	// Jekyll's site address goes, as in outputs below: links from the site's root are read as such.
	const context = { site: { ...site, baseurl: '', url: '' }, page };
	const assigns: string[] = [];
	const loops: Array<{ begin: number; end: number; text: string }> = [];
	let opened: TagToken | null = null;
	let depth = 0;
	for (const token of tokens) {
		if (!(token instanceof TagToken)) continue;
		if (token.name === 'for') {
			if (depth === 0 && /\bin\s+site\.data\b/.test(token.args) && !inCode(token.begin)) opened = token;
			depth++;
		} else if (token.name === 'endfor' && depth > 0 && --depth === 0 && opened) {
			loops.push({ begin: opened.begin, end: token.end, text: text.slice(opened.begin, token.end) });
			opened = null;
		} else if (token.name === 'assign' && depth === 0) assigns.push(text.slice(token.begin, token.end));
	}
	let rendered = text;
	for (const loop of loops.reverse()) {
		try {
			const output = engine.parseAndRenderSync(`${assigns.join('')}${loop.text}`, context);
			// Rows of HTML or of a Markdown table lose the blank lines the loop's tags stood on: kramdown reads block
			// HTML to its closing tag, but a blank line would end it (and a table) in CommonMark.
			const rows = /^\{%[^]*?%\}\s*[<|]/.test(loop.text) ? output.replace(/^[ \t]*\n/gm, '').trimEnd() : output;
			rendered = `${rendered.slice(0, loop.begin)}${rows}${rendered.slice(loop.end)}`;
		} catch {
			// Left for the pass below, which notes it.
		}
	}
	return rendered;
}

/**
 * A Jekyll page's text with its Liquid rendered as above, given the site's configuration (`_config.yml`) and the
 * page's frontmatter; a tag or output it leaves out that stood alone on its line takes the line with it.
 */
export function renderLiquid(source: string, site: Record<string, unknown>, page: Record<string, unknown> | null): { text: string; notes: ImportNote[] } {
	const notes: ImportNote[] = [];
	if (!/\{[{%]/.test(source)) return { text: source, notes };
	const inCodeOf = (markdown: string) => {
		const code = codeRanges(parseMarkdown(markdown));
		return (offset: number) => code.some(([start, end]) => offset >= start && offset < end);
	};
	const written = inCodeOf(source);
	const text = renderDataLoops(source, site, page ?? {}, written);
	const inCode = text === source ? written : inCodeOf(text);
	const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
	// The frontmatter is read as YAML, not rendered.
	const body = /^---\n[\s\S]*?\n---(?:\n|$)/.exec(text)?.[0].length ?? 0;
	const rendered = text.replace(LIQUID, (found: string, raw: string | undefined, name: string | undefined, argument: string | undefined, inside: string | undefined, offset: number) => {
		if (offset < body) return found;
		if (raw !== undefined) return raw;
		// A comment is the author's note to themselves.
		if (name === undefined && inside === undefined) return '\uE003';
		const value = name !== undefined ? tag(name, argument ?? '') : output(inside!.trim(), site, page ?? {});
		if (value !== undefined) return value;
		if (inCode(offset)) return found;
		const shown = found.length > 60 ? `${found.slice(0, 57)}…` : found;
		if (name !== undefined && !/^(?:end|else|elsif|when)/.test(name)) notes.push({ message: `left out the Liquid tag "${shown}": the Jekyll site the plan was written for fills it in`, line: lineAt(offset) });
		if (inside !== undefined) notes.push({ message: `left out the Liquid value "${shown}": the Jekyll site the plan was written for fills it in`, line: lineAt(offset) });
		return '\uE003';
	});
	// A line that only held what was left out goes with it.
	return { text: rendered.replace(/^[ \t]*(?:\uE003[ \t]*)+\n/gm, '').replace(/\uE003/g, ''), notes };
}
