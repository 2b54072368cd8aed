import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { type ContentProblem, fieldPath } from './friendly-errors.ts';
import { type MdxNode, untrustedMarkupProblems } from './untrusted-markup.ts';

/** A frontmatter field, as keys from the top; `'*'` stands for every entry of a list. */
export type FieldPattern = readonly (string | '*')[];

// The fields pages render through <Inline> (src/components/Inline.astro, inlineMarkdown()).
export const ROADMAP_INLINE_MARKDOWN_FIELDS: readonly FieldPattern[] = [['source', 'title'], ['commitment', 'note'], ['groups', '*', 'summary']];
export const PHASE_INLINE_MARKDOWN_FIELDS: readonly FieldPattern[] = [
	['goal'],
	['projects', '*', 'title'],
	['projects', '*', 'details', '*'],
	['outcomes', '*'],
	['resources', '*'],
];

// Plain Markdown, as an author reads these strings; HTML in them is shown as text (inlineMarkdown escapes it).
const markdown = createProcessor({ format: 'md', remarkPlugins: [remarkGfm] });

/** Every string at `pattern` in frontmatter data, with its path. */
function stringsAt(data: unknown, pattern: FieldPattern, path: (string | number)[] = []): [(string | number)[], string][] {
	if (pattern.length === 0) return typeof data === 'string' ? [[path, data]] : [];
	if (data === null || typeof data !== 'object') return [];
	const [key, ...rest] = pattern;
	if (key === '*') return Array.isArray(data) ? data.flatMap((item, index) => stringsAt(item, rest, [...path, index])) : [];
	return stringsAt((data as Record<string, unknown>)[key!], rest, [...path, key!]);
}

/**
 * Unsafe and remote URLs in the frontmatter strings rendered as inline Markdown, reported at the field's value:
 * a link there must be as safe as one in the body, whatever inlineMarkdown() renders today.
 */
export function inlineMarkdownUrlProblems(
	data: unknown,
	fields: readonly FieldPattern[],
	file: string,
	positionOf: (path: readonly PropertyKey[]) => { line: number; column: number },
): ContentProblem[] {
	return fields.flatMap((pattern) =>
		stringsAt(data, pattern).flatMap(([path, text]) => {
			// Links, images and definitions all need a bracket or an angle bracket; most fields have neither.
			if (!/[[<]/.test(text)) return [];
			const place = { file, ...positionOf(path), field: fieldPath(path) };
			return untrustedMarkupProblems(markdown.parse(text) as MdxNode, () => place);
		}),
	);
}
