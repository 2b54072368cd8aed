import type { List, ListItem, PhrasingContent, Root } from 'mdast';

/**
 * A property line as Notion writes one under a page's title in a Markdown export: its name (a database column's,
 * without line breaks or a colon of its own), a colon, a space and its value ("Status: Done", "Created: January 8,
 * 2024 3:14 PM", "Tags: CSS, Layout").
 */
const PROPERTY_NAME = /^([^:\n]{1,60}):(?:[ \t]+\S|[ \t]+$)/;

/** The paragraph's inline content, split at its line ends: one array of nodes a line. */
function lines(children: readonly PhrasingContent[]): PhrasingContent[][] {
	const result: PhrasingContent[][] = [[]];
	for (const child of children) {
		if (child.type === 'break') {
			result.push([]);
			continue;
		}
		if (child.type !== 'text') {
			result.at(-1)!.push(child);
			continue;
		}
		child.value.split('\n').forEach((part, at) => {
			if (at > 0) result.push([]);
			if (part !== '') result.at(-1)!.push({ type: 'text', value: part });
		});
	}
	return result;
}

/**
 * A Notion page's properties (the lines of `Name: value` its export writes as one paragraph under the `#` title) are
 * the page's fields, shown by Notion as a list of them beside its text: a list, each property's name bold, so that
 * they read as fields (and the labelled ones, "Duration: 1 week", are read as the phase's) rather than as a paragraph
 * run together.
 */
export function notionProperties(tree: Root): void {
	const at = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
	const paragraph = at < 0 ? undefined : tree.children[at + 1];
	if (paragraph?.type !== 'paragraph') return;
	const properties = lines(paragraph.children);
	// A value is text after the name's colon and space, or a link or code that follows it.
	const named = properties.map((line) => (line[0]?.type === 'text' && (line.length > 1 || /\S$/.test(line[0].value)) ? PROPERTY_NAME.exec(line[0].value) : null));
	if (!named.every((match) => match !== null)) return;
	const items = properties.map((line, index): ListItem => {
		const name = named[index]![1]!;
		const [first, ...rest] = line as [PhrasingContent & { type: 'text' }, ...PhrasingContent[]];
		const value = first.value.slice(name.length + 1).trimStart();
		return {
			type: 'listItem',
			spread: false,
			children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${name.trim()}:` }] }, { type: 'text', value: ` ${value}` }, ...rest] }],
		};
	});
	const list: List = { type: 'list', ordered: false, spread: false, children: items };
	tree.children.splice(at + 1, 1, list);
}
