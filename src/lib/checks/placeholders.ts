import { type ContentProblem, fieldPath, showValue } from './friendly-errors.ts';

// What `npm run new` and `npm run import` write where only the author can say: "TODO: the roadmap title", "TODO".
const PLACEHOLDER = /^TODO\b/;

function placeholdersIn(value: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
	if (typeof value === 'string') return PLACEHOLDER.test(value.trim()) ? [[path, value]] : [];
	if (Array.isArray(value)) return value.flatMap((item, index) => placeholdersIn(item, [...path, index]));
	if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => placeholdersIn(item, [...path, key]));
	return [];
}

/**
 * The frontmatter fields that still hold a skeleton's or an import's placeholder: a draft may, a published site may
 * not show "TODO: the roadmap title" as a roadmap's name.
 */
export function placeholderProblems(data: unknown, file: string, positionOf: (path: readonly PropertyKey[]) => { line: number; column: number }): ContentProblem[] {
	return placeholdersIn(data).map(([path, value]) => ({
		file,
		...positionOf(path),
		field: fieldPath(path),
		message: 'is still a placeholder',
		got: showValue(value),
		fix: `replace it with what the placeholder asks for${/^TODO:/.test(value.trim()) ? ` (${value.trim().replace(/^TODO:\s*/, '')})` : ''}`,
	}));
}
