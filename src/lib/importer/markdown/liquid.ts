/**
 * Jekyll renders a page's Liquid before reading its Markdown, so a course site's pages write links and values with
 * it: `[HW1]({{ site.baseurl }}{% link hw/hw1.md %})`, `{{ '/assets/logo.png' | relative_url }}`,
 * `# {{ page.title }}`, `{% raw %}{{ template }}{% endraw %}`. The importer renders what it can as Jekyll does (a
 * link to the page's file from the site's root, the configuration's and the page's own values) and leaves the rest
 * out, with a note: what the site's templates build (`{% include lesson.html %}`, `{% for m in site.modules %}`).
 * A loop over the site's data files is the exception: a course keeps its schedule in `_data/schedule.yml` and its
 * page's table loops over it, which liquidjs renders as Jekyll would. So is a page whose Liquid reads only values the
 * importer knows, its frontmatter's and the site's (a schedule's dates, `{{ page.days[lec] | date: '%a %-m/%-d' }}`).
 * Code keeps what it cannot render as written, since a lesson may show template code.
 */
import { Drop, type FS, Liquid, TagToken, TokenKind, Tokenizer, type TopLevelToken } from 'liquidjs';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { removeSiteMarkup } from './attribute-lists.ts';
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

/** A Jekyll document as Liquid reads it: its fields, and, written out whole, its text. */
class JekyllDocument extends Drop {
	readonly #body: string;

	constructor(fields: Record<string, unknown>, body: string) {
		super();
		Object.assign(this, fields);
		this.#body = body;
	}

	override valueOf(): string {
		return this.#body;
	}
}

export const documentDrop = (fields: Record<string, unknown>, body: string): Drop => new JekyllDocument(fields, body);

/** The offsets of a text's code (blocks and inline), where Liquid the importer cannot render stays as written. */
function codeRanges(tree: Root): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	visit(tree, ['code', 'inlineCode'], (node) => {
		const { start, end } = node.position ?? {};
		if (start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset]);
	});
	return ranges;
}

/** A site's includes (`_includes/<path>`, by path) as liquidjs reads templates; one the importer does not have is empty. */
type Includes = Readonly<Record<string, string>>;

/** The includes as liquidjs's file system: what the theme includes (its `head.html`) is no part of the plan's text. */
const includesFs = (includes: Includes): FS => ({
	resolve: (_folder, file) => file.replace(/^\/+/, ''),
	exists: async () => true,
	existsSync: () => true,
	readFile: async (file) => includes[file] ?? '',
	readFileSync: (file) => includes[file] ?? '',
});

/**
 * liquidjs with Jekyll's own tags and filters that pages use, and the site's includes (`{% include schedule.html
 * week=w %}`, read as Jekyll reads their parameters, `include.week`). Dates keep the zone they are written in, as
 * Ruby's do; a tag's trimming (`-%}`) takes one line break, not all.
 */
function jekyllEngine(strictFilters: boolean, includes: Includes): Liquid {
	// `where` matches a value in a list too (a lecture's `tags`), as Jekyll's does.
	const engine = new Liquid({ strictFilters, strictVariables: false, preserveTimezones: true, greedy: false, jekyllWhere: true, jekyllInclude: true, fs: includesFs(includes), root: [''], relativeReference: false });
	for (const name of ['link', 'post_url']) engine.registerTag(name, { parse(token) { this['path'] = token.args; }, render() { return tag(name, String(this['path'])); } });
	for (const name of URL_FILTERS) engine.registerFilter(name, (value: unknown) => { const url = String(value ?? ''); return url && fromRoot(url); });
	for (const name of ['markdownify', 'smartify']) engine.registerFilter(name, (value: unknown) => value);
	return engine;
}

interface Engines {
	/** A data loop's rows render with what a filter only the site knows leaves of them; a whole page does not. */
	loose: Liquid;
	strict: Liquid;
	/**
	 * A layout is HTML, in which Markdown is text: what it `markdownify`s (a module's events) is HTML there, as in
	 * Jekyll, whose kramdown makes its attribute lists (`**LEC 1**{: .label }`) the site's styles.
	 */
	layout: Liquid;
}

const enginesOf = new WeakMap<Includes, Engines>();
const NO_INCLUDES: Includes = {};

/** The engines for a site's includes, made once for each site. */
function engines(includes: Includes): Engines {
	const existing = enginesOf.get(includes);
	if (existing) return existing;
	const layout = jekyllEngine(true, includes);
	layout.registerFilter('markdownify', (value: unknown) => {
		const tree = parseMarkdown(String(value ?? ''), { frontmatter: false });
		removeSiteMarkup(tree, []);
		return toHtml(unified().use(remarkRehype).runSync(tree));
	});
	const made = { loose: jekyllEngine(false, includes), strict: jekyllEngine(true, includes), layout };
	enginesOf.set(includes, made);
	return made;
}

/** The file an include tag names (`{% include schedule.html week=1 %}`), when the site has it. */
const includedFile = (args: string, includes: Includes) => {
	const file = /^\s*([^\s{}]+)/.exec(args)?.[1];
	return file !== undefined && Object.hasOwn(includes, file) ? file : undefined;
};

// Tags whose text is the site's templates, which a page rendered whole would lose, unless the site has the include.
const TEMPLATE_TAGS = new Set(['include', 'include_relative', 'render']);

/** Jekyll's context for a page: its frontmatter, and the site without its address (links from its root read as such). */
const contextOf = (site: Record<string, unknown>, page: Record<string, unknown>) => ({ site: { ...site, baseurl: '', url: '' }, page });

/**
 * Whether a value a page reads (`page.days[lec]`, `site.data.schedule.size`) is one the context holds, as far as its
 * path is written out: what only Jekyll computes (`page.url`, `site.posts`) is not there.
 */
function known(context: Record<string, unknown>, segments: readonly unknown[]): boolean {
	let value: unknown = context;
	for (const [index, segment] of segments.entries()) {
		// An index the template computes, read when it renders.
		if (typeof segment !== 'string' && typeof segment !== 'number') return index > 1;
		if ((Array.isArray(value) || typeof value === 'string') && ['size', 'first', 'last'].includes(String(segment))) return true;
		value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
		if (value === undefined) return false;
	}
	return segments.length > 1;
}

// A line holding only tags (`{% for row in page.rows %}`), which Jekyll renders as a blank line.
const TAGS_ONLY = /^[ \t]*(?:\{%-?(?:[^%]|%(?!\}))*?-?%\}[ \t]*)+$/;

/**
 * A page's body rendered whole by liquidjs, when every value its Liquid reads is one the importer knows (a field of the
 * frontmatter, of the configuration or a data file, or what the page itself assigns), it includes none of the site's
 * templates nor Liquid in code, and liquidjs knows its every tag and filter; null otherwise, for the passes below. A
 * line that only held tags after a table's row or HTML goes with them, as those passes do: kramdown reads block HTML to
 * its closing tag, but a blank line would end it (and a table) in CommonMark.
 */
function renderPage(body: string, site: Record<string, unknown>, page: Record<string, unknown>, includes: Includes, inCode: (offset: number) => boolean, content?: string): string | null {
	try {
		const tokens = new Tokenizer(body).readTopLevelTokens();
		if (tokens.some((token) => token instanceof TagToken && TEMPLATE_TAGS.has(token.name) && !(token.name === 'include' && includedFile(token.args, includes)))) return null;
		// Code shows a template as written (see below), unless `{% raw %}` already keeps it so.
		if (tokens.some((token) => (token instanceof TagToken ? !/^(?:end)?raw$/.test(token.name) : token.kind === TokenKind.Output) && inCode(token.begin))) return null;
		// A layout's `content` is the page it frames.
		const context = { ...contextOf(site, page), ...(content !== undefined ? { content } : {}) };
		const isContent = (segments: readonly unknown[]) => content !== undefined && segments.length === 1 && segments[0] === 'content';
		const { strict, layout } = engines(includes);
		// An include's parameters (`include.time`) are what its tag gives it.
		const isParameter = (segments: readonly unknown[]) => segments[0] === 'include';
		if (!strict.globalVariableSegmentsSync(body).every((segments) => isContent(segments) || isParameter(segments) || known(context, segments))) return null;
		// Loops of rows are marked, to be read as rows once rendered (see asRows), and includes, to be read so when they
		// write HTML; a comment on lines of its own, the author's note to themselves, goes with its lines, as in the pass below.
		const { loops, included } = topLevelLoops(body, tokens, () => true);
		const marked = [...loops.filter(ofRows).map((loop) => ({ ...loop, marks: ['\uE004', '\uE005'] })), ...included.map(({ begin, end }) => ({ begin, end, text: body.slice(begin, end), marks: ['\uE007', '\uE008'] }))]
			.sort((a, b) => b.begin - a.begin)
			.reduce((text, { begin, end, text: piece, marks: [open, close] }) => `${text.slice(0, begin)}${open}${piece}${close}${text.slice(end)}`, body)
			.replace(/^[ \t]*\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}[ \t]*(?:\n|$)/gm, '');
		let above = '';
		const template = marked
			.split('\n')
			.map((line) => {
				if (!TAGS_ONLY.test(line)) above = line.trim() ? line : above;
				else if (/^\s*[<|]/.test(above)) return line.replace(/^([ \t]*)\{%-?/, '$1{%-').replace(/-?%\}([ \t]*)$/, '-%}$1');
				return line;
			})
			.join('\n');
		return (content === undefined ? strict : layout)
			.parseAndRenderSync(template, context)
			.replace(/\uE004([^\uE005]*)\uE005/g, (_: string, rows: string) => asRows(rows))
			.replace(/\uE007([^\uE008]*)\uE008/g, (_: string, output: string) => (/^\s*</.test(output) ? asRows(output) : output));
	} catch {
		return null;
	}
}

interface Loop {
	begin: number;
	end: number;
	text: string;
}

/**
 * A text's top-level loops (`{% for … %}…{% endfor %}`) whose opening tag `accept`s, and the `assign`s and `include`s
 * outside loops.
 */
function topLevelLoops(text: string, tokens: readonly TopLevelToken[], accept: (token: TagToken) => boolean): { loops: Loop[]; assigns: string[]; included: TagToken[] } {
	const assigns: string[] = [];
	const included: TagToken[] = [];
	const loops: Loop[] = [];
	let opened: TagToken | null = null;
	let depth = 0;
	for (const token of tokens) {
		if (!(token instanceof TagToken)) continue;
		if (token.name === 'for') {
			if (depth === 0 && accept(token)) opened = token;
			depth++;
		} else if (token.name === 'endfor' && depth > 0 && --depth === 0 && opened) {
			loops.push({ begin: opened.begin, end: token.end, text: text.slice(opened.begin, token.end) });
			opened = null;
		} else if (token.name === 'assign' && depth === 0) assigns.push(text.slice(token.begin, token.end));
		else if (token.name === 'include' && depth === 0) included.push(token);
	}
	return { loops, assigns, included };
}

/**
 * Whether a loop writes rows of HTML or of a Markdown table, and its output as such: without the blank lines its tags
 * stood on, since kramdown reads block HTML to its closing tag, but a blank line would end it (and a table) in CommonMark.
 */
const ofRows = (loop: Loop) => /^\{%[^]*?%\}\s*[<|]/.test(loop.text);
const asRows = (output: string) => output.replace(/^[ \t]*\n/gm, '').trimEnd();

// A field of the site, by its name (`site.lectures`) or in brackets (`site['2026']`).
const SITE_FIELD = /^site(?:\.([\w-]+)|\[\s*(['"])([^'"\]]+)\2\s*\])/;

/**
 * The text with each loop over the site's data or collections (`{% for w in site.data.schedule %}…{% endfor %}`,
 * `{% for l in site.lectures %}`, outside code), or over a variable assigned what they hold, filtered or sorted
 * (`{% assign labs = site.lectures | where: "type", "lab" | sort: "date" %}`), and each of the site's includes
 * (`{% include schedule.html %}`, which loops over them in its stead) rendered, after the `assign`s before it; what
 * liquidjs cannot render stays for the pass below to leave out.
 */
function renderDataLoops(text: string, site: Record<string, unknown>, page: Record<string, unknown>, includes: Includes, inCode: (offset: number) => boolean): string {
	const held = (expression: string) => {
		// A collection named by a number is read by its name in brackets (`site['2026']`).
		const [, dotted, , bracketed] = SITE_FIELD.exec(expression.trim()) ?? [];
		const name = dotted ?? bracketed;
		const value = name === undefined ? undefined : site[name];
		return name === 'data' || (Array.isArray(value) && value.every((item) => item instanceof JekyllDocument));
	};
	if (!/\bsite(?:\.[\w-]|\[)|\{%-?\s*include\s/.test(text)) return text;
	let tokens;
	try {
		tokens = new Tokenizer(text).readTopLevelTokens();
	} catch {
		return text;
	}
	const assigned = new Set(
		tokens.flatMap((token) => {
			const [, name, value] = token instanceof TagToken && token.name === 'assign' ? (/^(\w+)\s*=\s*(.*)$/s.exec(token.args.trim()) ?? []) : [];
			return name && value && held(value) ? [name] : [];
		}),
	);
	const readsSite = (token: TagToken) => {
		const source = /^\w+\s+in\s+([\w.-]+|site\[[^\]]+\])/.exec(token.args.trim())?.[1] ?? '';
		return held(source) || assigned.has(source);
	};
	const context = contextOf(site, page);
	const { loops, assigns, included } = topLevelLoops(text, tokens, (token) => readsSite(token) && !inCode(token.begin));
	const drawn = [...loops, ...included.filter((tag) => includedFile(tag.args, includes) !== undefined && !inCode(tag.begin)).map(({ begin, end }) => ({ begin, end, text: text.slice(begin, end) }))];
	let rendered = text;
	for (const piece of drawn.sort((a, b) => b.begin - a.begin)) {
		try {
			const output = engines(includes).loose.parseAndRenderSync(`${assigns.join('')}${piece.text}`, context);
			rendered = `${rendered.slice(0, piece.begin)}${ofRows(piece) || /^\s*</.test(output) ? asRows(output) : output}${rendered.slice(piece.end)}`;
		} catch {
			// Left for the pass below, which notes it.
		}
	}
	return rendered;
}

/**
 * A Jekyll page's text with its Liquid rendered as above, given the site's configuration (`_config.yml`) and the
 * page's frontmatter, and the site's includes; a tag or output it leaves out that stood alone on its line takes the
 * line with it. Given the text of the page's layout, one that draws the page (see drawsPage) is rendered around it.
 */
export function renderLiquid(source: string, site: Record<string, unknown>, page: Record<string, unknown> | null, layout?: string, includes: Includes = NO_INCLUDES): { text: string; notes: ImportNote[] } {
	const rendered = renderText(source, site, page, includes);
	if (layout === undefined || !drawsPage(layout, contextOf(site, page ?? {}))) return rendered;
	const drawn = inLayout(rendered.text, layout, site, page ?? {}, includes);
	return drawn === null ? rendered : { text: drawn, notes: rendered.notes };
}

/**
 * A collection's document as a page writes it out whole (`{{ staffer }}`): its text rendered, in its layout when it has
 * one other than the site's frame, as Jekyll renders it; empty when that layout reads what only the site knows, as
 * the text alone would be missing what the layout adds (a staff member's name).
 */
export function renderDocument(source: string, site: Record<string, unknown>, fields: Record<string, unknown>, layout: string | undefined, includes: Includes = NO_INCLUDES): string {
	const { text } = renderText(source, site, fields, includes);
	const drawn = layout === undefined || isFrame(layout) ? text : inLayout(text, layout, site, fields, includes);
	return (drawn ?? '').replace(FRONTMATTER, '');
}

/** A page's rendered text in its layout, rendered; null when the layout cannot be. */
function inLayout(rendered: string, layout: string, site: Record<string, unknown>, page: Record<string, unknown>, includes: Includes): string | null {
	const frontmatter = FRONTMATTER.exec(rendered)?.[0] ?? '';
	// The layout's own frontmatter names the layout framing it, the theme's; its comments no reader sees.
	const shown = layout.replace(FRONTMATTER, '').replace(/<!--[\s\S]*?-->/g, '');
	const drawn = renderPage(shown, site, page, includes, () => false, CONTENT);
	if (drawn === null) return null;
	// What the layout writes is HTML, read as such without its blank lines (after one, Markdown reads an indented line
	// as code); the page's Markdown is set off from it by blank lines, to be read as Markdown, as Jekyll renders it first,
	// and the HTML after it starts a line again.
	const body = rendered.slice(frontmatter.length).trim();
	const text = drawn.replace(/^[ \t]*\n/gm, '').replace(new RegExp(`${CONTENT}[ \\t]*\\n?[ \\t]*`), () => `\n\n${body}\n\n`);
	return `${frontmatter.replace(/\n?$/, '\n')}${text}`;
}

const FRONTMATTER = /^---\n[\s\S]*?\n---(?:\n|$)/;
// Where a layout writes the page's content (`{{ content }}`), until it is read.
const CONTENT = '\uE006';

/**
 * Whether a layout draws the page from records of the page's own values or the site's data files, as Just the
 * Class's `module` layout lists a week's `days:` and their events from its frontmatter and a course template's
 * `schedule` layout loops over `_data/schedule.yml`: then the page is what it renders, its text only a part. A loop
 * over words (a post's `tags`) only labels the page; other layouts are the theme's frame (header, navigation, footer),
 * which no phase shows: a whole HTML document is one, whatever it loops over (a menu from `_data/navigation.yml`).
 */
function drawsPage(layout: string, context: Record<string, unknown>): boolean {
	if (isFrame(layout)) return false;
	const records = (path: string) => {
		const value = path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), context);
		return Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object');
	};
	try {
		return new Tokenizer(layout).readTopLevelTokens().some((token) => {
			const source = token instanceof TagToken && token.name === 'for' ? /\bin\s+((?:page|site\.data)(?:\.[\w-]+)+)/.exec(token.args)?.[1] : undefined;
			return source !== undefined && records(source);
		});
	} catch {
		return false;
	}
}

/** Whether a layout is a whole HTML document: the site's frame. */
const isFrame = (layout: string) => /<(?:html|head|body)[\s>]/i.test(layout);

/** A page's text with its Liquid rendered (see renderLiquid). */
function renderText(source: string, site: Record<string, unknown>, page: Record<string, unknown> | null, includes: Includes): { text: string; notes: ImportNote[] } {
	const notes: ImportNote[] = [];
	if (!/\{[{%]/.test(source)) return { text: source, notes };
	const inCodeOf = (markdown: string) => {
		const code = codeRanges(parseMarkdown(markdown));
		return (offset: number) => code.some(([start, end]) => offset >= start && offset < end);
	};
	// The frontmatter is read as YAML, not rendered.
	const frontmatter = FRONTMATTER.exec(source)?.[0] ?? '';
	const written = inCodeOf(source);
	const whole = renderPage(source.slice(frontmatter.length), site, page ?? {}, includes, (offset) => written(frontmatter.length + offset));
	if (whole !== null) return { text: frontmatter + whole, notes };
	const text = renderDataLoops(source, site, page ?? {}, includes, written);
	const inCode = text === source ? written : inCodeOf(text);
	const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
	const rendered = text.replace(LIQUID, (found: string, raw: string | undefined, name: string | undefined, argument: string | undefined, inside: string | undefined, offset: number) => {
		if (offset < frontmatter.length) return found;
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
	// A line that only held what was left out goes with it, and so does a list item (`- {% lec 1 %}`, a tag of the site's
	// plugins), which would be an empty bullet; one with words beside it keeps them.
	return { text: rendered.replace(/^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\uE003[ \t]*)+\n/gm, '').replace(/\uE003/g, ''), notes };
}
