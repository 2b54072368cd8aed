/**
 * mdBook's include links (`{{#include ../listings/main.rs:anchor}}`, `{{#rustdoc_include …}}`, `{{#playground …}}`)
 * put the text of another file into a chapter before mdBook reads it as Markdown, mostly code listings kept beside
 * the book. The importer does the same, so a chapter shows its listings instead of the directives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

const INCLUDE = /\{\{#(?:include|rustdoc_include|playground)\s+([^}\s]+)[^}]*\}\}/g;
const ANCHOR_LINE = /\bANCHOR(?:_END)?:\s*[\w-]+/;

/** Lines `from` through `to` (1-based, either may be left out), or those between `ANCHOR: name` and `ANCHOR_END: name`. */
function selectLines(text: string, selector: readonly string[]): string | null {
	const lines = text.replace(/\n$/, '').split('\n');
	if (selector.length === 0) return lines.filter((line) => !ANCHOR_LINE.test(line)).join('\n');
	if (selector.length === 1 && !/^\d*$/.test(selector[0]!)) {
		const name = selector[0]!;
		if (!/^[\w-]+$/.test(name)) return null;
		const start = lines.findIndex((line) => new RegExp(`\\bANCHOR:\\s*${name}\\b`).test(line));
		const end = lines.findIndex((line, i) => i > start && new RegExp(`\\bANCHOR_END:\\s*${name}\\b`).test(line));
		if (start < 0) return null;
		const taken = lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => !ANCHOR_LINE.test(line));
		// An anchor inside a function is indented as the function is: shown alone, it starts at the margin.
		const indent = Math.min(...taken.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)![0].length));
		return taken.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
	}
	const [from, to] = selector.map((n) => (n === '' ? undefined : Number(n)));
	return lines.slice((from ?? 1) - 1, to).join('\n');
}

/**
 * A chapter's text with its include links replaced by what they include. Only files inside `bookRoot` are read (the
 * book's folder, where mdBook looks too); a link to any other file, or to one that is missing, stays as written.
 */
export function expandIncludes(text: string, chapterPath: string, bookRoot: string): string {
	return text.replace(INCLUDE, (directive, spec: string) => {
		const [file, ...selector] = spec.split(':');
		const path = resolve(dirname(chapterPath), file!);
		const inside = relative(bookRoot, path);
		if (inside.startsWith(`..${sep}`) || inside === '..' || !existsSync(path)) return directive;
		return selectLines(readFileSync(path, 'utf8'), selector) ?? directive;
	});
}
