import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Code blocks whose info string adds attributes to the language after a comma, as rustdoc and mdBook write them
 * ("```rust,ignore", "```rust,no_run"): the language is what comes before it, so that the site highlights the code;
 * the attributes stay in the block's meta.
 */
export function codeLanguages(tree: Root): void {
	visit(tree, 'code', (node: Code) => {
		const [language, ...attributes] = (node.lang ?? '').split(',');
		if (attributes.length === 0 || !language) return;
		node.lang = language;
		node.meta = [attributes.join(','), node.meta].filter(Boolean).join(' ');
	});
}
