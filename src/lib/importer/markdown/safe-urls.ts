import type { Link, Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { urlSafety } from '../../checks/url-safety.ts';
import type { ImportNote } from './notes.ts';

const shown = (url: string) => JSON.stringify(url.length > 60 ? `${url.slice(0, 57)}…` : url);

/**
 * Links and images whose URL could run script or is not one GitHub keeps stop being links: a link keeps its text and
 * an image its alt text, each with a note. So do links to no valid URL (see invalidLinkReplacement). Reference
 * links are links by then (inlineReferences).
 */
export function safeUrls(tree: Root, notes: ImportNote[]): void {
	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		if (parent === undefined || index === undefined) return;
		const replacement = unsafeReplacement(node);
		if (replacement === undefined) return;
		notes.push({ message: replacement.message, line: node.position?.start.line });
		(parent.children as Nodes[]).splice(index, 1, ...replacement.nodes);
		// The link's own text is checked too: it may hold an image with an unsafe URL.
		return [SKIP, index];
	});
}

// What a URL cannot hold unencoded, and what a host cannot hold at all: where an autolink written against text runs
// into it ("<www.126.com>已经注册" is, for GFM as on GitHub, one link up to the next space).
const NOT_URL = /[<>"{}|\\^`]|[^\x00-\x7f]/;

/**
 * A link whose URL no browser can read. An autolink (its text is its URL) that ran into the words after it ends where
 * the URL does, the words after it plain text again; any other such link becomes its text.
 */
function invalidLinkReplacement(node: Link, text: (value: string) => PhrasingContent[]): { nodes: PhrasingContent[]; message: string } {
	const written = toString(node);
	const cut = node.children.length === 1 && node.url.endsWith(written) ? written.search(NOT_URL) : -1;
	const kept = cut > 0 ? written.slice(0, cut).replace(/[.,:;!?)]+$/, '') : '';
	const url = node.url.slice(0, node.url.length - written.length) + kept;
	if (kept && URL.parse(url)) {
		return {
			nodes: [{ ...node, url, children: [{ type: 'text', value: kept }] }, ...text(written.slice(kept.length))],
			message: `the link written as ${shown(written)} ran into the text after it; it now ends at ${shown(kept)}`,
		};
	}
	return { nodes: node.children, message: `link "${written}" to ${shown(node.url)}, which is not a valid URL, became plain text` };
}

function unsafeReplacement(node: Nodes): { nodes: PhrasingContent[]; message: string } | undefined {
	const text = (value: string): PhrasingContent[] => (value ? [{ type: 'text', value, ...(node.position ? { position: node.position } : {}) }] : []);
	switch (node.type) {
		case 'link':
			if (urlSafety(node.url) === 'unsafe') return { nodes: node.children, message: `link "${toString(node)}" to an unsafe URL ${shown(node.url)} became plain text` };
			// "[here]()" leads nowhere; "[exercises](file:exercises.md)" means the file beside the plan, while
			// "file:///C:/…" names one on the author's computer, which no reader has.
			if (node.url.trim() === '') return { nodes: node.children, message: `link "${toString(node)}" to no address became plain text` };
			if (/^file:/i.test(node.url)) {
				const path = node.url.replace(/^file:/i, '');
				return path.startsWith('//')
					? { nodes: node.children, message: `link "${toString(node)}" to a file on the author's computer ${shown(node.url)} became plain text` }
					: { nodes: [{ ...node, url: path }], message: `link "${toString(node)}" written as ${shown(node.url)} now leads to ${shown(path)}` };
			}
			return URL.parse(node.url, 'http://waymark.invalid/') ? undefined : invalidLinkReplacement(node, text);
		case 'image':
			return urlSafety(node.url) === 'unsafe'
				? { nodes: text(node.alt ?? ''), message: `image "${node.alt ?? ''}" from an unsafe URL ${shown(node.url)} became its alt text` }
				: undefined;
		default:
			return undefined;
	}
}
