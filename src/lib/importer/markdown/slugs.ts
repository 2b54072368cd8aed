import type { Heading, Nodes, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';

export interface HeadingSlug {
	node: Heading;
	/** The heading's anchor, without `#`. */
	slug: string;
}

/**
 * The anchors GitHub gives the headings of a document, in order: the text the heading shows (without image alt
 * text or HTML tags; a footnote reference shows its number) lower-cased, punctuation and emoji removed, spaces as
 * hyphens, repeats numbered `-1`, `-2`… Pass the whole document GitHub showed: repeats are counted across it.
 */
export function headingSlugs(tree: Root): HeadingSlug[] {
	// Footnotes are numbered in the order of their first reference, as GitHub (and remark-rehype) number them.
	const footnoteNumbers = new Map<string, number>();
	visit(tree, 'footnoteReference', (node) => {
		if (!footnoteNumbers.has(node.identifier)) footnoteNumbers.set(node.identifier, footnoteNumbers.size + 1);
	});
	const shownText = (node: Nodes): string => {
		if (node.type === 'text' || node.type === 'inlineCode') return node.value;
		if (node.type === 'footnoteReference') return String(footnoteNumbers.get(node.identifier));
		return 'children' in node ? node.children.map(shownText).join('') : '';
	};
	const slugger = new GithubSlugger();
	const slugs: HeadingSlug[] = [];
	visit(tree, 'heading', (node) => {
		slugs.push({ node, slug: slugger.slug(shownText(node)) });
	});
	return slugs;
}
