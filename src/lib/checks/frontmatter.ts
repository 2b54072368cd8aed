import type { FileMemo } from '../build/file-memo.ts';
import { type Document, isCollection, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode, type YAMLError } from 'yaml';

export interface SourcePosition {
	line: number;
	column: number;
}

export interface ParsedFrontmatter {
	data: unknown;
	/** Line of the file where the YAML starts (1-based): 2 for MDX frontmatter, 1 for a YAML file. */
	yamlStartLine: number;
	/**
	 * Position, in the file, of the value at a data path, or of its key with `at: 'key'` (an unknown key is
	 * reported where the key is written, not its value); the nearest present ancestor when the path is absent.
	 */
	positionOf: (path: readonly PropertyKey[], at?: 'value' | 'key') => SourcePosition;
	/** MDX body after the frontmatter ('' for YAML files). */
	body: string;
	bodyStartLine: number;
	/** YAML syntax errors, positioned in the file; `code` is the yaml library's error code. */
	syntaxErrors: Array<{ code: string; message: string; position: SourcePosition }>;
}

export class MissingFrontmatterError extends Error {
	/** How to repair the file. */
	readonly fix: string;
	constructor(message: string, fix: string) {
		super(message);
		this.fix = fix;
	}
}

// The closing `---` starts a line, as Astro reads it: a `---` inside a value ("… 128Mi --- apiVersion …") closes nothing.
const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[^\S\r\n]*(?:\r?\n|$)/;
const OPENING_FENCE = /^---\r?\n/;

/**
 * Where an unterminated quoted string or flow collection (`[a, b` or `{a: 1`) begins. The parser reports
 * where it gave up, which is often the end of the frontmatter; the author needs the line that opened it.
 */
function openedAt(doc: Document, error: YAMLError): number | undefined {
	const opens = /quote/.test(error.message)
		? (node: YamlNode) => isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
		: /end with a [\]}]/.test(error.message)
			? (node: YamlNode) => isCollection(node) && node.flow === true
			: undefined;
	if (!opens) return undefined;
	let start: number | undefined;
	visit(doc, (_key, node) => {
		if (isNode(node) && opens(node) && node.range && node.range[0] < error.pos[0] && node.range[1] >= error.pos[0]) start = node.range[0];
	});
	return start;
}

/** What a build keeps of a YAML text that parsed without errors: its data, when JSON holds it exactly. */
export type StoredYaml = { data: unknown } | null;

/** Whether JSON gives `value` back as it is (no `.inf`, `.nan`, -0 or undefined, which it would change). */
function survivesJson(value: unknown): boolean {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
	if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
	if (Array.isArray(value)) return value.every(survivesJson);
	if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(survivesJson);
	return false;
}

function parseYaml(yaml: string, yamlStartLine: number) {
	const lineCounter = new LineCounter();
	const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toFile = (offset: number): SourcePosition => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + yamlStartLine - 1, column: col };
	};
	return { doc, toFile };
}

/** The position of the value (or key) at a data path in a parsed document; see ParsedFrontmatter.positionOf. */
function positionIn({ doc, toFile }: ReturnType<typeof parseYaml>, yamlStartLine: number, path: readonly PropertyKey[], at: 'value' | 'key'): SourcePosition {
	let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
	let best: SourcePosition = { line: yamlStartLine, column: 1 };
	for (const [i, key] of path.entries()) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
			if (!pair) return best;
			const keyNode = pair.key as YamlNode;
			if (keyNode.range) best = toFile(keyNode.range[0]);
			if (at === 'key' && i === path.length - 1) return best;
			node = pair.value as YamlNode | null;
			if (node?.range) best = toFile(node.range[0]);
		} else if (isSeq(node) && typeof key === 'number') {
			node = node.items[key] as YamlNode | undefined;
			if (node?.range) best = toFile(node.range[0]);
		} else {
			return best;
		}
	}
	return best;
}

/**
 * Splits an MDX file into frontmatter and body, or reads a whole YAML file, keeping source positions. With
 * `storedYaml` from the build before, YAML it has seen is not parsed again unless a position is asked for (a problem
 * to report): parsing is most of the frontmatter check, run twice per build (the build's check and Astro's config).
 */
export function parseContentFile(text: string, kind: 'mdx' | 'yaml', storedYaml?: FileMemo<StoredYaml>): ParsedFrontmatter {
	let yaml: string;
	let yamlStartLine: number;
	let body = '';
	let bodyStartLine = 1;
	if (kind === 'mdx') {
		const match = FRONTMATTER.exec(text);
		if (!match) {
			throw OPENING_FENCE.test(text)
				? new MissingFrontmatterError('the frontmatter block is never closed (no line `---` after the fields)', 'add a line `---` after the last field, before the text')
				: new MissingFrontmatterError('the file has no frontmatter block (a first line `---`, YAML fields, then `---`)', 'start the file with `---`, the fields, and `---`');
		}
		yaml = match[1] ?? '';
		yamlStartLine = 2;
		body = text.slice(match[0].length);
		bodyStartLine = match[0].split('\n').length;
	} else {
		yaml = text;
		yamlStartLine = 1;
	}
	let parsed: ReturnType<typeof parseYaml> | undefined;
	const parsedYaml = () => (parsed ??= parseYaml(yaml, yamlStartLine));
	const positionOf = (path: readonly PropertyKey[], at: 'value' | 'key' = 'value') => positionIn(parsedYaml(), yamlStartLine, path, at);
	const stored = storedYaml?.get(yaml, () => {
		const { doc } = parsedYaml();
		if (doc.errors.length > 0) return null;
		const data = doc.toJS() ?? {};
		return survivesJson(data) ? { data } : null;
	});
	if (stored) return { data: stored.data, yamlStartLine, positionOf, body, bodyStartLine, syntaxErrors: [] };
	const { doc, toFile } = parsedYaml();
	return {
		data: doc.errors.length > 0 ? undefined : (doc.toJS() ?? {}),
		yamlStartLine,
		positionOf,
		body,
		bodyStartLine,
		syntaxErrors: syntaxErrors(doc, toFile),
	};
}

/**
 * YAML errors in file positions, one per place: one slip often trips several parser rules at the same
 * spot, and a single report (naming the last line involved) is easier to act on than a repeated one.
 */
function syntaxErrors(doc: Document, toFile: (offset: number) => SourcePosition): ParsedFrontmatter['syntaxErrors'] {
	const byStart = new Map<number, { code: string; messages: string[]; end: number }>();
	for (const error of doc.errors) {
		const start = openedAt(doc, error) ?? error.pos[0];
		const entry = byStart.get(start) ?? { code: error.code, messages: [], end: error.pos[1] };
		const message = error.message.split('\n')[0]!;
		if (!entry.messages.includes(message)) entry.messages.push(message);
		entry.end = Math.max(entry.end, error.pos[1]);
		byStart.set(start, entry);
	}
	return [...byStart].map(([start, { code, messages, end }]) => {
		const position = toFile(start);
		// pos[1] is exclusive: step back so that an error ending at a line break stays on its line.
		const lastLine = toFile(Math.max(start, end - 1)).line;
		const lines = lastLine > position.line ? ` (lines ${position.line}–${lastLine})` : '';
		return { code, message: `${messages.join('; ')}${lines}`, position };
	});
}
