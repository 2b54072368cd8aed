/**
 * Makes Markdown safe to publish as MDX: what MDX would read as JavaScript or JSX (`{`, `}`, a `<` that does
 * not open a real HTML tag, HTML comments, `import`/`export` at the start of a line) is escaped, links to files
 * that will not exist become plain text, and headings are shifted so that the body starts at `##`.
 * Code (fenced blocks and `inline code`) is left exactly as written.
 */
import { headingOf, scanLines } from './lines.ts';

// Elements of HTML that may appear in Markdown prose; anything else after `<` is text.
const HTML_ELEMENTS = new Set(
	'a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s samp small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'.split(' '),
);
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'col', 'wbr']);
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/;
const AUTOLINK = /^<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>/;
const EMAIL_AUTOLINK = /^<([\w.!#$%&'*+/=?^`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)+)>/;

/** Applies `transform` to the prose of a Markdown text, leaving fenced code blocks and inline code untouched. */
export function mapProse(text: string, transform: (prose: string) => string): string {
	const out: string[] = [];
	let prose: string[] = [];
	const flush = () => {
		if (prose.length > 0) out.push(mapInline(prose.join('\n'), transform));
		prose = [];
	};
	for (const line of scanLines(text)) {
		if (line.inFence) {
			flush();
			out.push(line.text);
		} else {
			prose.push(line.text);
		}
	}
	flush();
	return out.join('\n');
}

/** Splits prose at code spans (a run of backticks closed by a run of the same length). */
function mapInline(text: string, transform: (prose: string) => string): string {
	let out = '';
	let plain = '';
	for (let i = 0; i < text.length; ) {
		if (text[i] === '\\' && text[i + 1] === '`') {
			plain += '\\`';
			i += 2;
			continue;
		}
		if (text[i] === '`') {
			const run = /^`+/.exec(text.slice(i))![0];
			const close = new RegExp(`(?<!\`)${run}(?!\`)`).exec(text.slice(i + run.length));
			if (close) {
				const end = i + run.length + close.index + run.length;
				out += transform(plain) + text.slice(i, end);
				plain = '';
				i = end;
				continue;
			}
			plain += run;
			i += run.length;
			continue;
		}
		plain += text[i];
		i++;
	}
	return out + transform(plain);
}

/** Escapes one run of prose (no code in it). */
function escapeProse(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; ) {
		const ch = text[i]!;
		const rest = text.slice(i);
		if (ch === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
			// Already a Markdown escape, which MDX honours too.
			out += text.slice(i, i + 2);
			i += 2;
			continue;
		}
		if (ch === '{' || ch === '}') {
			out += `\\${ch}`;
			i++;
			continue;
		}
		if (ch === '<') {
			const comment = /^<!--([\s\S]*?)-->/.exec(rest);
			const autolink = AUTOLINK.exec(rest);
			const email = EMAIL_AUTOLINK.exec(rest);
			const tag = TAG.exec(rest);
			if (comment) {
				out += `{/*${comment[1]!.replace(/\*\//g, '* /')}*/}`;
				i += comment[0].length;
			} else if (autolink) {
				out += `[${autolink[1]}](${autolink[1]})`;
				i += autolink[0].length;
			} else if (email) {
				out += `[${email[1]}](mailto:${email[1]})`;
				i += email[0].length;
			} else if (tag && HTML_ELEMENTS.has(tag[2]!.toLowerCase()) && tag[2] === tag[2]!.toLowerCase()) {
				// JSX needs void elements closed: <br> → <br />.
				const close = !tag[1] && !tag[4] && VOID_ELEMENTS.has(tag[2]!) ? `<${tag[2]}${tag[3]} />` : tag[0];
				out += close;
				i += tag[0].length;
			} else {
				out += '&lt;';
				i++;
			}
			continue;
		}
		out += ch;
		i++;
	}
	// A line starting with `import ` or `export ` would be read as a JavaScript module statement.
	return out.replace(/^(import|export)(?=\s)/gm, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** Escapes what MDX would misread; real HTML tags are kept (void ones closed). */
export function escapeMdx(body: string): string {
	return mapProse(body, escapeProse);
}

/** Escapes every `<` too, for bodies whose HTML MDX still cannot parse. */
export function escapeAllAngles(body: string): string {
	return mapProse(body, (prose) => prose.replace(/<(?!!--)/g, '&lt;'));
}

const LINK = /(!?)\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const ABSOLUTE = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|#|\/\/)/;

/**
 * Links to the author's other files ("../README.md", "notes/x.md", "img.png") will not exist on the site: the
 * link becomes its text followed by the original reference, so nothing the author wrote is lost.
 */
export function unlinkRelative(body: string): { text: string; references: string[] } {
	const references: string[] = [];
	const text = mapProse(body, (prose) =>
		prose.replace(LINK, (whole, bang: string, label: string, url: string) => {
			if (ABSOLUTE.test(url)) return whole;
			references.push(url);
			return bang ? `${label || 'image'} (original image: \`${url}\`)` : `${label} (original link: \`${url}\`)`;
		}),
	);
	return { text, references };
}

/** Shifts every heading by the same amount so that the shallowest one is at `top` (## by default). */
export function normalizeHeadings(lines: readonly string[], top = 2): string[] {
	const scanned = scanLines(lines.join('\n'));
	const levels = scanned.map((l) => headingOf(l)?.level).filter((l): l is number => l !== undefined);
	if (levels.length === 0) return [...lines];
	const shift = top - Math.min(...levels);
	return scanned.map((line) => {
		const heading = headingOf(line);
		if (!heading || shift === 0) return line.text;
		const level = Math.min(6, Math.max(1, heading.level + shift));
		return line.text.replace(/^ {0,3}#{1,6}/, '#'.repeat(level));
	});
}
