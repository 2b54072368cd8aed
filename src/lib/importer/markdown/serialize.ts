import type { Break, Html, Link, Root } from 'mdast';
import { defaultHandlers } from 'mdast-util-to-markdown';
import remarkGfm from 'remark-gfm';
import { remarkSiteMath } from '../../../plugins/math.ts';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';


// A link in a link's text (an address GFM linked inside `<a href="mailto:…">`) is its text: Markdown has no nested
// links, and would read the outer one as text, its `(<mailto: …>)` as a JSX tag.
const withoutInnerLinks = (node: Link): Link => ({ ...node, children: node.children.flatMap((child) => (child.type === 'link' ? withoutInnerLinks(child).children : [child])) });

const serializer = unified()
	.use(remarkGfm)
	.use(remarkMdx)
	// Math as the site reads it: inline math between two dollars, as a single one is no delimiter there.
	.use([remarkSiteMath])
	.use(remarkStringify, {
		bullet: '-',
		emphasis: '*',
		strong: '*',
		fence: '`',
		rule: '-',
		listItemIndent: 'one',
		// Raw HTML that reaches the serializer was not converted: MDX would read it as JSX, so it shows as the text it is.
		handlers: {
			// A table row is one line: a line break in a cell is written as the element GitHub and MDX both read.
			break(node: Break, parent, state, info) {
				return state.stack.includes('tableCell') ? '<br />' : defaultHandlers.break(node, parent, state, info);
			},
			link: (node: Link, parent, state, info) => defaultHandlers.link(withoutInnerLinks(node), parent, state, info),
			html(node: Html, _parent, state, info) {
				const exit = state.enter('phrasing');
				const text = state.safe(node.value, info);
				exit();
				return text;
			},
		},
		// MDX reads a line starting with `import ` or `export ` as a JavaScript module statement.
		unsafe: [
			{ atBreak: true, character: 'i', after: 'mport\\s' },
			{ atBreak: true, character: 'e', after: 'xport\\s' },
		],
	});

/**
 * Writes mdast as MDX that shows exactly the text of the tree: what MDX would read as JavaScript or JSX
 * (`{`, `<`, `import`/`export` at a line start) is escaped, code is written as it is.
 */
export function toMdx(tree: Root): string {
	return serializer.stringify(tree);
}
