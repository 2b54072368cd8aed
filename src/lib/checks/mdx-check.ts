import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { remarkSiteMath } from '../../plugins/math.ts';
import { isComponentName, type MdxNode, untrustedMarkupProblems } from './untrusted-markup.ts';
import type { ContentProblem } from './friendly-errors.ts';
import { headingIdProblems } from '../anchors/heading-id-check.ts';
import { urlSafety } from './url-safety.ts';

// GFM and math as the build parses bodies (astro.config.mjs): links and footnotes are what the page will have, and
// braces in TeX are TeX, not expressions.
const processor = createProcessor({ remarkPlugins: [remarkGfm, remarkSiteMath] });

const ESCAPE_HINT = 'to show the character itself, escape it: write `\\{` for {, `&lt;` for <';
const UNCLOSED_TAG_HINT = 'close the tag, or remove it (roadmap content is Markdown); ' + ESCAPE_HINT;
// Positions inside MDX messages, "(4:1-4:6)", relative to the body; an unclosed tag is located only there.
const RANGE_IN_MESSAGE = /\((\d+):(\d+)-(\d+):(\d+)\)/g;
const EXPRESSION = 'curly braces start a JavaScript expression in MDX';
const isComment = (expression: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);

/** An image a body shows from a file beside it (`![Pods](./images/pods.png)`): Astro must find and read it. */
export interface LocalImage {
	url: string;
	line: number;
	column: number;
}

export interface BodyCheck {
	problems: ContentProblem[];
	/** Its local images, for a check of the files themselves, which can change while the body does not. */
	localImages: LocalImage[];
}

/**
 * Finds what would break, misrender or run in an MDX body: syntax errors (unclosed tags, stray braces),
 * expressions and components (roadmap content never needs them; they fail or run code at build time), and
 * untrusted markup (unsafe URLs, scripts, event handlers, content loaded from other sites).
 */
export function mdxProblems(body: string, file: string, bodyStartLine: number): ContentProblem[] {
	return checkBody(body, file, bodyStartLine).problems;
}

/**
 * The file lines of a body's code blocks (its first line is the file's `bodyStartLine`): text shown verbatim, as a
 * program printed it. None when the body does not parse (its syntax error is reported).
 */
export function codeBlockLines(body: string, bodyStartLine: number): Set<number> {
	const lines = new Set<number>();
	let tree: MdxNode;
	try {
		tree = processor.parse(body) as MdxNode;
	} catch {
		return lines;
	}
	const visit = (node: MdxNode) => {
		if (node.type === 'code' && node.position) for (let line = node.position.start.line; line <= node.position.end.line; line++) lines.add(line + bodyStartLine - 1);
		node.children?.forEach(visit);
	};
	visit(tree);
	return lines;
}

/** mdxProblems, and the local images the body shows. */
export function checkBody(body: string, file: string, bodyStartLine: number): BodyCheck {
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
		return { problems: [{ ...place, message: `MDX syntax error: ${message}`, fix: /closing tag/.test(reason) ? UNCLOSED_TAG_HINT : ESCAPE_HINT }], localImages: [] };
	}
	const problems: ContentProblem[] = [];
	const localImages: LocalImage[] = [];
	const visit = (node: MdxNode) => {
		const start = node.position?.start ?? { line: 1, column: 1 };
		if (node.type === 'image' && node.url && urlSafety(node.url) === 'relative' && !node.url.startsWith('/')) {
			localImages.push({ url: node.url, line: start.line + bodyStartLine - 1, column: start.column });
		} else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value ?? '')) {
			problems.push({ ...at(start.line, start.column), message: EXPRESSION, got: `{${node.value}}`, fix: ESCAPE_HINT });
		} else if (node.type === 'mdxjsEsm') {
			problems.push({ ...at(start.line, start.column), message: 'import/export statements are not supported in roadmap content', got: node.value?.split('\n')[0], fix: 'remove the line' });
		} else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isComponentName(node.name ?? '')) {
			problems.push({ ...at(start.line, start.column), message: `unknown component <${node.name}>`, got: `<${node.name}>`, fix: 'roadmap content uses Markdown only; ' + ESCAPE_HINT });
		} else {
			// Attribute expressions run at build time like any other: `href={…}` or a spread `{...props}`.
			for (const attribute of node.attributes ?? []) {
				const { line, column } = attribute.position?.start ?? start;
				if (attribute.type === 'mdxJsxExpressionAttribute') {
					problems.push({ ...at(line, column), message: EXPRESSION, got: `{${attribute.value}}`, fix: 'remove it: write each attribute as name="value"' });
				} else if (typeof attribute.value === 'object' && attribute.value !== null && !isComment(attribute.value.value)) {
					problems.push({ ...at(line, column), message: EXPRESSION, got: `${attribute.name}={${attribute.value.value}}`, fix: `write the value in quotes: ${attribute.name}="…"` });
				}
			}
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	const place = (start: { line: number; column: number }) => at(start.line, start.column);
	problems.push(...untrustedMarkupProblems(tree, place), ...headingIdProblems(tree, place));
	return { problems: problems.sort((a, b) => a.line - b.line || a.column - b.column), localImages };
}
