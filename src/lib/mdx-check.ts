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
		const { line = 1, column = 1, reason } = error as { line?: number; column?: number; reason?: string };
		return [{ ...at(line, column), message: `MDX syntax error: ${reason ?? String(error)}`, fix: ESCAPE_HINT }];
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
