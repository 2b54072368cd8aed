/**
 * Frontmatter written without its opening fence: `key: value` lines closed by a `---` line, as javascript.info's
 * tasks state their importance ("importance: 5", then "---"). Its site reads them as the page's metadata, not as text.
 */
import type { Root } from 'mdast';
import { parseDocument } from 'yaml';
import type { ImportNote } from './notes.ts';

// Metadata keys are names a program reads ("importance", "libs"), not a sentence's opening words ("Goal: learn JS").
const FIELD_NAME = /^[a-z][a-z0-9_]*$/;

/** Makes the opening lines above a document's first `---` rule its frontmatter, when they are YAML fields alone. */
export function fencelessFrontmatter(tree: Root, text: string, notes: ImportNote[]): void {
	const rule = tree.children.findIndex((node) => node.type === 'thematicBreak');
	const above = tree.children.slice(0, Math.max(rule, 0));
	if (above.length === 0 || !above.every((node) => node.type === 'paragraph' || node.type === 'list')) return;
	const end = tree.children[rule]!.position?.start.offset;
	if (end === undefined) return;
	const value = text.slice(0, end).trim();
	const header = parseDocument(value, { logLevel: 'silent' });
	const fields: unknown = header.errors.length === 0 ? header.toJS() : null;
	if (!fields || typeof fields !== 'object' || Array.isArray(fields) || !Object.keys(fields).every((key) => FIELD_NAME.test(key))) return;
	tree.children.splice(0, rule + 1, { type: 'yaml', value });
	notes.push({ message: `read the lines above the first "---" rule (${Object.keys(fields).join(', ')}) as the page's metadata, as its site does: they are not shown`, line: 1 });
}
