import type { Code, List, ListItem, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { parseUnitLabel } from '../detect/label.ts';

// A branch of a tree drawn as `tree` prints one: its connector ("├── ", "└─ ", heavy "┣━ " and "┗ ", ASCII's
// "|-- ", "`-- ", "+-- ") after the columns of the branches above it, then its text.
const BRANCH = /^([│┃|\s]*)(?:[├└┣┗][─━]*|[|`+]--+)\s+(\S.*)$/u;
// A line that only carries the branches above it down ("│", "┃", "|   |").
const CONNECTOR = /^[│┃|\s]*$/u;
// An entry that names a file or folder, before any comment ("src/", "index.ts", "Week 1 Materials/  # intro"): a
// tree of them is a project's layout, not a plan.
const FILE_NAME = /^(?:.*\/|[^\s/]+\.[A-Za-z]\w{0,5})$/u;
const isFileName = (entry: string) => FILE_NAME.test(entry.replace(/\s+#.*$/u, ''));

interface Entry {
	column: number;
	text: string;
	children: Entry[];
}

/**
 * The entries of a tree drawn in a code block, nested as drawn: each line without a connector at its start a root,
 * each branch under the nearest entry left of its connector. Null when the block is not a plan drawn so: a line
 * that is neither, a root without branches, fewer than three branches, entries that are mostly file names, or fewer
 * than two units labelled with a unit word ("Month 1-2", "Week 4"; a diagram of a program's calls has none).
 */
function drawnTree(text: string): Entry[] | null {
	const roots: Entry[] = [];
	// The open entries, outermost first: a branch hangs from the last one left of its connector.
	let open: Entry[] = [];
	let branches = 0;
	let fileNames = 0;
	let units = 0;
	for (const line of text.split('\n')) {
		if (CONNECTOR.test(line)) continue;
		const branch = BRANCH.exec(line);
		if (!branch) {
			if (/^\s/.test(line)) return null;
			const root = { column: -1, text: line.trim(), children: [] };
			if (parseUnitLabel(root.text)?.kind) units += 1;
			if (roots.at(-1)?.children.length === 0) return null;
			roots.push(root);
			open = [root];
			continue;
		}
		const entry: Entry = { column: [...branch[1]!].length, text: branch[2]!.trim(), children: [] };
		while (open.length > 0 && open.at(-1)!.column >= entry.column) open.pop();
		(open.at(-1)?.children ?? roots).push(entry);
		open.push(entry);
		branches += 1;
		if (isFileName(entry.text)) fileNames += 1;
		if (parseUnitLabel(entry.text)?.kind) units += 1;
	}
	if (branches < 3 || fileNames * 2 >= branches || units < 2 || roots.at(-1)?.children.length === 0) return null;
	return roots;
}

function listOf(entries: readonly Entry[], position: Code['position']): List {
	return {
		type: 'list',
		ordered: false,
		spread: false,
		children: entries.map(
			(entry): ListItem => ({
				type: 'listItem',
				spread: false,
				children: [
					{ type: 'paragraph', children: [{ type: 'text', value: entry.text }] },
					...(entry.children.length > 0 ? [listOf(entry.children, position)] : []),
				],
				...(position ? { position } : {}),
			}),
		),
		...(position ? { position } : {}),
	};
}

/**
 * A plan drawn as a tree in a code block ("Month 1-2: Foundation", "├── Week 1-3: JavaScript", "│   └── Closures")
 * is the nested list it draws: its units are read as any list's, and the page shows a list a screen reader can
 * follow instead of box-drawing characters. Only blocks without a language, or marked as plain text, are read so;
 * other drawings (a render graph, a data flow) stay as their author laid them out.
 */
export function drawnTrees(tree: Root): void {
	visit(tree, 'code', (node: Code, index, parent) => {
		if (!parent || index === undefined || !['', 'text', 'txt', 'plaintext', 'plain'].includes(node.lang ?? '')) return undefined;
		const entries = drawnTree(node.value);
		if (!entries) return undefined;
		parent.children.splice(index, 1, listOf(entries, node.position));
		return SKIP;
	});
}
