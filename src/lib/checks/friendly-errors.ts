import type { z } from 'astro/zod';
import { closestMatch } from './suggest.ts';

/** One problem in one content file, in the form authors read: where, which field, what, what was there, how to fix it. */
export interface ContentProblem {
	file: string;
	line: number;
	column: number;
	field: string;
	message: string;
	got?: string | undefined;
	fix: string;
}

export function formatProblem(p: ContentProblem): string {
	const got = p.got === undefined ? '' : `  (got: ${p.got})`;
	return `${p.file}:${p.line}:${p.column}  ${p.field || '(file)'}  ${p.message}${got}  fix: ${p.fix}`;
}

export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
		'',
	);
}

/** Short, single-line rendering of a value an author wrote. */
export function showValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

type AnySchema = z.ZodType;

/** Unwraps optional/default/nullable/pipe wrappers to reach the schema that describes a value's shape. */
function unwrap(schema: AnySchema): AnySchema {
	let current = schema as AnySchema & { _zod: { def: Record<string, unknown> } };
	for (let guard = 0; guard < 10; guard++) {
		const def = current._zod.def;
		const inner = (def['innerType'] ?? (def['type'] === 'pipe' ? def['in'] : undefined)) as typeof current | undefined;
		if (!inner) break;
		current = inner;
	}
	return current;
}

/**
 * The schema declared at `path` (following object shapes and array elements), still wrapped: an optional
 * field's description sits on its optional wrapper, not on the type inside.
 */
function declaredAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
	let schema: AnySchema | undefined = root;
	for (const key of path) {
		if (!schema) return undefined;
		const def: Record<string, unknown> = (unwrap(schema) as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
		if (def['type'] === 'object') schema = (def['shape'] as Record<string, AnySchema>)[String(key)];
		else if (def['type'] === 'array') schema = def['element'] as AnySchema;
		else return undefined;
	}
	return schema;
}

/** The schema of the value at `path`, unwrapped to its shape. */
function schemaAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
	const schema = declaredAt(root, path);
	return schema && unwrap(schema);
}

function objectKeys(root: AnySchema, path: readonly PropertyKey[]): string[] {
	const schema = schemaAt(root, path);
	const def = schema && (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
	return def?.['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
}

function describeExpected(root: AnySchema, path: readonly PropertyKey[]): string | undefined {
	return declaredAt(root, path)?.description ?? schemaAt(root, path)?.description ?? (root as AnySchema & { shape?: Record<string, AnySchema> }).description;
}

function article(type: string): string {
	return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** zod's type names in the words of someone writing YAML. */
const TYPE_WORDS: Record<string, string> = { int: 'whole number', array: 'list', object: 'set of `key: value` fields' };
const typeWord = (type: string) => TYPE_WORDS[type] ?? type;
/** How to write a value of a type in YAML, where that is not obvious. */
const TYPE_EXAMPLES: Record<string, string> = { array: ', e.g. `[first, second]` or one `- item` per line' };

/**
 * Turns zod issues into problems that name the field, show what the author wrote and say how to fix it.
 * This is the one place where schema messages are made friendly; the build, the checker and the importer all use it.
 */
export function problemsFromZod(
	error: z.ZodError,
	data: unknown,
	schema: AnySchema,
	file: string,
	positionOf: (path: readonly PropertyKey[], at?: 'value' | 'key') => { line: number; column: number },
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const issue of error.issues) {
		const path = issue.path;
		if (issue.code === 'unrecognized_keys') {
			const known = objectKeys(schema, path);
			for (const key of issue.keys) {
				const suggestion = closestMatch(key, known);
				problems.push({
					file,
					...positionOf([...path, key], 'key'),
					field: fieldPath([...path, key]),
					message: 'unknown field',
					got: showValue(valueAt(data, [...path, key])),
					fix: suggestion
						? `did you mean \`${suggestion}\`? Rename the key.`
						: `remove it; allowed fields here are ${known.map((k) => `\`${k}\``).join(', ')}`,
				});
			}
			continue;
		}
		const got = valueAt(data, path);
		const field = fieldPath(path);
		const position = positionOf(path);
		const describe = describeExpected(schema, path);
		const hint = describe ? ` (${describe})` : '';
		switch (issue.code) {
			case 'invalid_type': {
				const missing = got === undefined;
				const type = article(typeWord(issue.expected));
				problems.push({
					file,
					...position,
					field,
					message: missing ? 'required field is missing' : `must be ${type}`,
					got: missing ? undefined : showValue(got),
					fix: missing
						? `add \`${String(path.at(-1))}:\` with ${type} value${hint}`
						: `write ${type} here${TYPE_EXAMPLES[issue.expected] ?? ''}${hint}`,
				});
				break;
			}
			case 'too_small': {
				// An empty string or list is the common case, and zod's "expected string to have >=1 characters" reads like code.
				const empty = Number(issue.minimum) === 1 && (issue.origin === 'string' || issue.origin === 'array');
				problems.push({
					file,
					...position,
					field,
					message: empty ? (issue.origin === 'string' ? 'must not be empty' : 'must list at least one entry') : issue.message,
					got: showValue(got),
					fix: empty ? `fill it in${describe ? `: ${describe}` : ''}` : describe ? `expected: ${describe}` : 'correct the value',
				});
				break;
			}
			case 'invalid_value': {
				const allowed = issue.values.map((v) => String(v));
				const suggestion = typeof got === 'string' ? closestMatch(got, allowed) : undefined;
				problems.push({
					file,
					...position,
					field,
					message: `must be one of ${allowed.map((v) => `"${v}"`).join(', ')}`,
					got: showValue(got),
					fix: suggestion ? `did you mean "${suggestion}"?` : `use one of the allowed values`,
				});
				break;
			}
			default:
				problems.push({
					file,
					...position,
					field,
					message: issue.message,
					got: showValue(got),
					fix: describe ? `expected: ${describe}` : 'correct the value',
				});
		}
	}
	return problems;
}
