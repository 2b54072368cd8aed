import type { Heading } from 'mdast';
import { slug } from 'github-slugger';

/**
 * An explicit heading ID is an MDX comment at the end of the heading: `## PostgreSQL {/* #postgresql *\/}`.
 * A comment because MDX reads `{…}` as JavaScript: `{#postgresql}` is a syntax error in MDX 3, while a comment is
 * valid MDX in every tool and editor, renders nothing, and is the one expression the content check allows.
 * IDs after the first are former IDs (aliases) that keep landing on the heading:
 * `## New wording {/* #new-wording, #old-wording *\/}`.
 */
export interface HeadingIds {
	/** The heading's own ID, its `#anchor`. */
	id: string;
	/** Former IDs that still lead to the heading. */
	aliases: string[];
}

/** The MDX node a marker is: an inline expression whose source is the comment. */
interface Marker {
	type: 'mdxTextExpression';
	value: string;
}

/** Heading children as the MDX parser gives them: mdast's phrasing content plus MDX expressions. */
type Child = { type: string; value?: string };
const childrenOf = (heading: Heading) => heading.children as Child[];

/**
 * The IDs an expression's source lists, as written (`#id`, each with its `#`), or null when the expression is not a
 * marker: a comment whose text starts with `#`. IDs are separated by commas or spaces.
 */
export function markerTokens(expression: string): string[] | null {
	const comment = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(expression)?.[1]?.trim();
	if (comment === undefined || !comment.startsWith('#')) return null;
	return comment.split(/[\s,]+/).filter(Boolean);
}

export const isMarker = (node: Child): node is Marker => node.type === 'mdxTextExpression' && markerTokens(node.value ?? '') !== null;

/** An ID is written as heading IDs are made from text (lower case, hyphens, no punctuation), so links spell it alike. */
export const isValidId = (id: string) => id !== '' && slug(id) === id;

/** The ID and former IDs a heading's marker gives it, or null when the heading has no marker (its ID comes from its text). */
export function explicitIdsOf(heading: Heading): HeadingIds | null {
	const last = childrenOf(heading).at(-1);
	if (!last || !isMarker(last)) return null;
	const [id = '', ...aliases] = markerTokens(last.value)!.map((token) => token.replace(/^#/, ''));
	return { id, aliases };
}

/** The heading's explicit ID, or null when its ID comes from its text. */
export function explicitIdOf(heading: Heading): string | null {
	return explicitIdsOf(heading)?.id ?? null;
}

/** Takes the marker out of a heading (with the space before it) and returns what it said. */
export function removeExplicitIds(heading: Heading): HeadingIds | null {
	const ids = explicitIdsOf(heading);
	if (!ids) return null;
	const children = childrenOf(heading);
	children.pop();
	const before = children.at(-1);
	if (before?.type === 'text') {
		before.value = before.value!.trimEnd();
		if (before.value === '') children.pop();
	}
	return ids;
}

/**
 * Gives a heading an explicit ID (and former IDs), replacing any marker it has: the marker node is appended, so that
 * the MDX serializer writes `## Title {/* #id *\/}`. For the importer, where a source's links rely on an ID.
 */
export function setExplicitId(heading: Heading, id: string, aliases: readonly string[] = []): void {
	removeExplicitIds(heading);
	const marker: Marker = { type: 'mdxTextExpression', value: `/* ${[id, ...aliases].map((each) => `#${each}`).join(', ')} */` };
	childrenOf(heading).push({ type: 'text', value: ' ' }, marker);
}
