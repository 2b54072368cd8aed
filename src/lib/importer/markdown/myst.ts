/**
 * MyST, the Markdown of Jupyter Book and Sphinx, writes directives as fences whose info string names them in braces
 * ("```{note}", "```{code-cell} ipython3", or with colons, ":::{note}") and targets as lines of their own ("(ar1_processes)="). GitHub shows
 * them as code, and roles as a name in braces before code ("{doc}`Intro <intro>`"); the site shows what they mean
 * where it can: code cells as code in their kernel's language, admonitions as alerts, raw HTML as HTML (converted like
 * any other), roles as their words. Directives that only drive the book's build
 * (an index entry, a table of contents) go, with a note; the others stay as written.
 */
import type { Code, Html, InlineCode, Nodes, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { ALERTS, alert, MYST_BUILD_ONLY } from './admonitions.ts';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { ImportNote } from './notes.ts';
import { parseMarkdown } from './parse.ts';
import { readYamlMap } from '../site-nav.ts';

const DIRECTIVE = /^\{([\w-]+)\}$/;
const TARGET = /^\([\w.:-]+\)=$/;
const TARGET_LINE = /^\([\w.:-]+\)=[ \t]*\n/;

const OPTION = /^:([\w-]+):[ \t]*(.*)$/;

/**
 * A directive's options and body: its options are `:key: value` lines, or a YAML block between `---` lines, at its
 * start (a flag, `:hidden:`, has the value "").
 */
export function directiveParts(value: string): { options: Record<string, string>; body: string } {
	const lines = value.split('\n');
	if (lines[0]?.trim() === '---') {
		const end = lines.indexOf('---', 1);
		const yaml = end < 0 ? {} : (readYamlMap(lines.slice(1, end).join('\n')) ?? {});
		const options = Object.fromEntries(Object.entries(yaml).map(([key, option]) => [key, option === null || option === undefined ? '' : String(option).trim()]));
		return { options, body: lines.slice(end < 0 ? 0 : end + 1).join('\n').trim() };
	}
	const options: Record<string, string> = {};
	let start = 0;
	for (let option = OPTION.exec(lines[0]?.trim() ?? ''); option; option = OPTION.exec(lines[++start]?.trim() ?? '')) options[option[1]!] = option[2]!.trim();
	return { options, body: lines.slice(start).join('\n').trim() };
}

/** A directive's body without its options. */
const directiveBody = (value: string) => directiveParts(value).body;

/** "ipython3" → "python", "ir" → "r": the language of a Jupyter kernel's code. */
const kernelLanguage = (kernel: string) => kernel.toLowerCase().replace(/^i(?=python|r$|julia)/, '').replace(/\d+$/, '');

function replacement(node: Code, notes: ImportNote[]): RootContent[] | null {
	const name = DIRECTIVE.exec(node.lang ?? '')?.[1]?.toLowerCase();
	if (!name) return null;
	const line = node.position?.start.line;
	if (name === 'code-cell') return [{ ...node, lang: kernelLanguage(node.meta?.split(/\s+/)[0] ?? '') || null, meta: null, value: directiveBody(node.value) }];
	if (name === 'raw' && /^html\b/i.test(node.meta ?? '')) return [{ type: 'html', value: node.value, ...(node.position ? { position: node.position } : {}) } satisfies Html];
	if (name === 'math') return [{ ...node, lang: 'latex', meta: null, value: directiveBody(node.value) }];
	if (MYST_BUILD_ONLY.has(name)) {
		notes.push({ message: `left out the MyST directive {${name}}: it drives the book's build and shows nothing itself`, ...(line ? { line } : {}) });
		return [];
	}
	const kind = ALERTS[name];
	if (!kind) return null;
	const body = parseMarkdown(directiveBody(node.value)).children;
	// An admonition's or sidebar's own title ("```{admonition} Why AR(1)?") leads its text.
	return [alert(kind, (name === 'admonition' || name === 'sidebar') && node.meta ? node.meta.trim() : null, body)];
}

const ROLE = /\{([\w:-]+)\}$/;

/**
 * A role ("{doc}`equalizing difference model <equalizing_difference>`", "{cite}`kuznets1939`") is its text: a
 * reference's words without its target, or the key it names; math stays code.
 */
function roleReplacement(text: Text, code: InlineCode): PhrasingContent[] | null {
	const role = ROLE.exec(text.value);
	if (!role) return null;
	const before: PhrasingContent[] = text.value.length > role[0].length ? [{ ...text, value: text.value.slice(0, -role[0].length) }] : [];
	if (role[1] === 'math') return [...before, code];
	const shown = /^(.*?)\s*<[^>]*>$/.exec(code.value)?.[1] || code.value;
	return [...before, { type: 'text', value: role[1] === 'cite' ? `[${shown}]` : shown }];
}

/** Rewrites MyST directives and roles and drops MyST targets in a parsed file, noting what it leaves out. */
export function mystDirectives(tree: Root, notes: ImportNote[]): void {
	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		if (parent === undefined || index === undefined) return;
		const next = parent.children[index + 1];
		if (node.type === 'text' && next?.type === 'inlineCode') {
			const roled = roleReplacement(node, next);
			if (roled) {
				(parent.children as PhrasingContent[]).splice(index, 2, ...roled);
				return [SKIP, index + roled.length];
			}
		}
		// A target on the line over a setext heading's text is read into the heading ("(setup)=\nSetup\n====="): it goes.
		if (node.type === 'heading' && node.children[0]?.type === 'text') node.children[0].value = node.children[0].value.replace(TARGET_LINE, '');
		const replaced = node.type === 'code' ? replacement(node, notes) : node.type === 'paragraph' && TARGET.test(toString(node).trim()) ? [] : null;
		if (replaced === null) return;
		(parent.children as RootContent[]).splice(index, 1, ...replaced);
		return [SKIP, index + replaced.length];
	});
}
