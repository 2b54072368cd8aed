import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface SourcePosition {
	line: number;
	column: number;
}

export interface ParsedFrontmatter {
	data: unknown;
	/** Line of the file where the YAML starts (1-based): 2 for MDX frontmatter, 1 for a YAML file. */
	yamlStartLine: number;
	/** Position, in the file, of the value (or key) at a data path; the YAML start when the path is absent. */
	positionOf: (path: readonly PropertyKey[]) => SourcePosition;
	/** MDX body after the frontmatter ('' for YAML files). */
	body: string;
	bodyStartLine: number;
	/** YAML syntax errors, positioned in the file. */
	syntaxErrors: Array<{ message: string; position: SourcePosition }>;
}

export class MissingFrontmatterError extends Error {}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

/** Splits an MDX file into frontmatter and body, or reads a whole YAML file, keeping source positions. */
export function parseContentFile(text: string, kind: 'mdx' | 'yaml'): ParsedFrontmatter {
	let yaml: string;
	let yamlStartLine: number;
	let body = '';
	let bodyStartLine = 1;
	if (kind === 'mdx') {
		const match = FRONTMATTER.exec(text);
		if (!match) throw new MissingFrontmatterError('the file has no frontmatter block (a first line `---`, YAML fields, then `---`)');
		yaml = match[1]!;
		yamlStartLine = 2;
		body = text.slice(match[0].length);
		bodyStartLine = match[0].split('\n').length;
	} else {
		yaml = text;
		yamlStartLine = 1;
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toFile = (offset: number): SourcePosition => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + yamlStartLine - 1, column: col };
	};
	const positionOf = (path: readonly PropertyKey[]): SourcePosition => {
		let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
		let best: SourcePosition = { line: yamlStartLine, column: 1 };
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
				if (!pair) return best;
				const keyNode = pair.key as YamlNode;
				if (keyNode.range) best = toFile(keyNode.range[0]);
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
	};
	return {
		data: doc.errors.length > 0 ? undefined : (doc.toJS() ?? {}),
		yamlStartLine,
		positionOf,
		body,
		bodyStartLine,
		syntaxErrors: doc.errors.map((error) => ({
			message: error.message.split('\n')[0]!,
			position: toFile(error.pos[0]),
		})),
	};
}
