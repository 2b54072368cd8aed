import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { urlSafety } from '../../checks/url-safety.ts';
import type { ImportNote } from './notes.ts';

const shown = (url: string) => JSON.stringify(url.length > 60 ? `${url.slice(0, 57)}…` : url);

/**
 * Links, link definitions and images whose URL could run script or is not one GitHub keeps stop being links:
 * a link keeps its text and an image its alt text, each with a note. References to an unsafe definition go too.
 */
export function safeUrls(tree: Root, notes: ImportNote[]): void {
	const unsafeDefinitions = new Set<string>();
	visit(tree, 'definition', (node, index, parent) => {
		if (urlSafety(node.url) !== 'unsafe' || parent === undefined || index === undefined) return;
		unsafeDefinitions.add(node.identifier);
		notes.push({ message: `link definition [${node.label ?? node.identifier}] points at an unsafe URL ${shown(node.url)}; removed`, line: node.position?.start.line });
		parent.children.splice(index, 1);
		return index;
	});
	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		if (parent === undefined || index === undefined) return;
		const replacement = unsafeReplacement(node, unsafeDefinitions);
		if (replacement === undefined) return;
		notes.push({ message: replacement.message, line: node.position?.start.line });
		(parent.children as Nodes[]).splice(index, 1, ...replacement.nodes);
		// The link's own text is checked too: it may hold an image with an unsafe URL.
		return [SKIP, index];
	});
}

function unsafeReplacement(node: Nodes, unsafeDefinitions: ReadonlySet<string>): { nodes: PhrasingContent[]; message: string } | undefined {
	const text = (value: string): PhrasingContent[] => (value ? [{ type: 'text', value, ...(node.position ? { position: node.position } : {}) }] : []);
	switch (node.type) {
		case 'link':
			return urlSafety(node.url) === 'unsafe'
				? { nodes: node.children, message: `link "${toString(node)}" to an unsafe URL ${shown(node.url)} became plain text` }
				: undefined;
		case 'linkReference':
			return unsafeDefinitions.has(node.identifier)
				? { nodes: node.children, message: `link "${toString(node)}" to an unsafe URL became plain text` }
				: undefined;
		case 'image':
			return urlSafety(node.url) === 'unsafe'
				? { nodes: text(node.alt ?? ''), message: `image "${node.alt ?? ''}" from an unsafe URL ${shown(node.url)} became its alt text` }
				: undefined;
		case 'imageReference':
			return unsafeDefinitions.has(node.identifier)
				? { nodes: text(node.alt ?? ''), message: `image "${node.alt ?? ''}" from an unsafe URL became its alt text` }
				: undefined;
		default:
			return undefined;
	}
}
