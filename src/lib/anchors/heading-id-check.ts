import type { Heading } from 'mdast';
import GithubSlugger, { slug } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { MdxNode, Place } from '../checks/untrusted-markup.ts';
import type { ContentProblem } from '../checks/friendly-errors.ts';
import { isMarker, markerTokens } from './explicit-id.ts';

const SYNTAX = '`## Title {/* #id */}`, or `{/* #id, #former-id */}` to keep a former anchor';

interface PlacedId {
	id: string;
	/** The heading's line in the file. */
	line: number;
	heading: string;
	/** Where the author wrote the ID, for an explicit or former ID; none for an ID made from the heading's text. */
	marker?: { where: ReturnType<Place>; source: string };
}

/**
 * Explicit heading IDs (src/lib/anchors/explicit-id.ts) that would not work: a marker that does not end its heading,
 * an ID not written as heading IDs are (`#PostgreSQL`, `#c++`), and an ID that another heading of the page already
 * has, from its text or its own marker (two elements with one ID: links land on the first).
 */
export function headingIdProblems(tree: MdxNode, place: Place): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const ids: PlacedId[] = [];
	// IDs made from text are numbered in order (`intro`, `intro-1`) over the headings without a marker, as rehypeHeadingIds does.
	const slugger = new GithubSlugger();
	const visit = (node: MdxNode) => {
		if (node.type !== 'heading') return node.children?.forEach(visit);
		const children = node.children ?? [];
		const start = node.position?.start ?? { line: 1, column: 1 };
		const { line } = place(start);
		const at = (child: MdxNode) => place(child.position?.start ?? start);
		const heading = toString({ ...node, children: children.filter((child) => !isMarker(child)) } as Heading, { includeImageAlt: false }).trim();
		for (const misplaced of children.slice(0, -1).filter((child) => isMarker(child))) {
			problems.push({ ...at(misplaced), message: 'a heading ID must end its heading', got: `{${misplaced.value}}`, fix: `move it to the end of the line: ${SYNTAX}` });
		}
		const last = children.at(-1);
		if (!last || !isMarker(last)) {
			ids.push({ id: slugger.slug(heading), line, heading });
			return;
		}
		const marker = { where: at(last), source: `{${last.value}}` };
		for (const token of markerTokens(last.value)!) {
			const id = token.replace(/^#/, '');
			if (token.startsWith('#') && slug(id) === id && id !== '') {
				ids.push({ id, line, heading, marker });
				continue;
			}
			const fix = slug(id) ? `write it as \`#${slug(id)}\` (lower case, hyphens, no punctuation): ${SYNTAX}` : `write an ID after the #: ${SYNTAX}`;
			problems.push({ ...marker.where, message: `"${token}" is not a heading ID`, got: marker.source, fix });
		}
	};
	visit(tree);
	for (const [index, placed] of ids.entries()) {
		const other = ids.find((each, i) => i !== index && each.id === placed.id);
		if (!placed.marker || !other) continue;
		const otherIs = other.marker ? `written on the heading “${other.heading}”` : `made from the text of the heading “${other.heading}”`;
		problems.push({
			...placed.marker.where,
			message: `heading ID "#${placed.id}" is already the ID ${otherIs} (line ${other.line})`,
			got: placed.marker.source,
			fix: 'give each heading an ID of its own: a link can land on only one of them',
		});
	}
	return problems;
}
