import { createProcessor } from '@mdx-js/mdx';
import type { ContentProblem } from './friendly-errors.ts';

const processor = createProcessor();

interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	position?: { start: { line: number; column: number } };
	children?: MdxNode[];
}

const ESCAPE_HINT = 'to show the character itself, escape it: write `\\{` for {, `&lt;` for <';
const UNCLOSED_TAG_HINT = 'close the tag, or remove it (roadmap content is Markdown); ' + ESCAPE_HINT;
// Positions inside MDX messages, "(4:1-4:6)", relative to the body; an unclosed tag is located only there.
const RANGE_IN_MESSAGE = /\((\d+):(\d+)-(\d+):(\d+)\)/g;

/**
 * Finds what would break or misrender an MDX body: syntax errors (unclosed tags, stray braces) and
 * expressions or components, which roadmap content never needs and which fail at build time.
 */
export function mdxProblems(body: string, file: string, bodyStartLine: number): ContentProblem[] {
	const at = (line: number, column: number) => ({ file, line: line + bodyStartLine - 1, column, field: '(body)' });
	let tree: MdxNode;
	try {
		tree = processor.parse(body) as MdxNode;
	} catch (error) {
		const { line, column, reason = String(error) } = error as { line?: number; column?: number; reason?: string };
		const range = [...reason.matchAll(RANGE_IN_MESSAGE)][0];
		const toFile = (bodyLine: string) => Number(bodyLine) + bodyStartLine - 1;
		// Without a position of its own, the error is at the tag the message names; ranges are rewritten to file lines.
		const place = line !== undefined ? at(line, column ?? 1) : range ? at(Number(range[1]), Number(range[2])) : at(1, 1);
		const message = reason.replace(RANGE_IN_MESSAGE, (_, l1: string, c1: string, l2: string, c2: string) => `(${toFile(l1)}:${c1}-${toFile(l2)}:${c2})`);
		return [{ ...place, message: `MDX syntax error: ${message}`, fix: /closing tag/.test(reason) ? UNCLOSED_TAG_HINT : ESCAPE_HINT }];
	}
	const problems: ContentProblem[] = [];
	const visit = (node: MdxNode) => {
		const start = node.position?.start ?? { line: 1, column: 1 };
		if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) {
			problems.push({ ...at(start.line, start.column), message: 'curly braces start a JavaScript expression in MDX', got: `{${node.value}}`, fix: ESCAPE_HINT });
		} else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '')) {
			problems.push({ ...at(start.line, start.column), message: `unknown component <${node.name}>`, got: `<${node.name}>`, fix: 'roadmap content uses Markdown only; ' + ESCAPE_HINT });
		} else if (node.type === 'mdxjsEsm') {
			problems.push({ ...at(start.line, start.column), message: 'import/export statements are not supported in roadmap content', got: node.value?.split('\n')[0], fix: 'remove the line' });
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return problems;
}
