/** Groups that the files' names number, named by the folder's index where a row or item of it links their files. */
import type { Link, ListItem, Node, Parent, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Group, PlanFile, Unit } from '../plan.ts';
import { parseUnitLabel, type UnitLabel, wordKey } from './label.ts';
import type { ResolveLink } from './linked-files.ts';

/** The table rows and list items of a tree, each with the links inside it. */
function linkingEntries(tree: Node): Array<{ entry: TableRow | ListItem; links: Link[] }> {
	const entries: Array<{ entry: TableRow | ListItem; links: Link[] }> = [];
	const links = (node: Node): Link[] => (node.type === 'link' ? [node as Link] : 'children' in node ? (node as Parent).children.flatMap(links) : []);
	const walk = (node: Node) => {
		if (node.type === 'tableRow' || node.type === 'listItem') entries.push({ entry: node as TableRow | ListItem, links: links(node) });
		if ('children' in node) for (const child of (node as Parent).children) walk(child);
	};
	walk(tree);
	return entries;
}

/** The unit labels of the entry's strong, emphasised and link texts, in order ("[Module 1](…)", "**Module 1: Python Preliminaries**"). */
function entryLabels(entry: TableRow | ListItem): UnitLabel[] {
	const spans: string[] = [];
	const collect = (node: Node) => {
		if (node.type === 'strong' || node.type === 'link' || node.type === 'emphasis') spans.push(toString(node));
		else if ('children' in node) for (const child of (node as Parent).children) collect(child);
	};
	collect(entry);
	return spans.flatMap((span) => parseUnitLabel(span.trim()) ?? []).filter((label) => label.word && label.numberTo === undefined);
}

/** Of the labels numbered `number`, the one that says the most: "Module 1: Python Preliminaries" over "Module 1". */
function namingLabel(labels: readonly UnitLabel[], number: number): UnitLabel | null {
	return labels.filter((label) => label.number === number).sort((a, b) => b.rest.length - a.rest.length)[0] ?? null;
}

/**
 * Groups labelled from their files' names ("t81_558_class_01_…" are "Class 1") take the name the folder's index gives
 * them: the table row or list item linking one of their files that holds a label of the same number, "[Module 1](…) |
 * **Module 1: Python Preliminaries**", names the group "Module 1: Python Preliminaries", as the author's index shows
 * it. Only when every such entry links one group's files and each group has one entry.
 */
export function indexNamedGroups(index: PlanFile, units: readonly Unit[], groups: readonly Group[], resolve: ResolveLink): Group[] {
	const groupOfFile = new Map(units.flatMap((unit) => (unit.group !== undefined && groups[unit.group]!.label ? [[unit.file, unit.group] as const] : [])));
	if (groupOfFile.size === 0) return [...groups];
	const entries = linkingEntries(index.tree).map(({ entry, links }) => ({
		labels: entryLabels(entry),
		linked: new Set(
			links.flatMap((link) => {
				const file = resolve(link.url, index);
				return (file && groupOfFile.get(file)) ?? [];
			}),
		),
	}));
	const named = new Map<number, UnitLabel>();
	const name = (group: number, label: UnitLabel | null) => {
		if (!label) return true;
		if (named.has(group)) return false;
		named.set(group, label);
		return true;
	};
	for (const { labels, linked } of entries) {
		if (linked.size !== 1) continue;
		const group = [...linked][0]!;
		if (!name(group, namingLabel(labels, groups[group]!.label!.number))) return [...groups];
	}
	// An entry linking none of the files (its link dead, or none) names the group its first label numbers, when that
	// label's word is the groups' own or the one the linking entries name them by ("Module 6" beside "Module 5").
	const words = new Set([...groupOfFile.values(), ...named.values()].map((g) => wordKey(typeof g === 'number' ? groups[g]!.label! : g)));
	const byNumber = new Map([...new Set(groupOfFile.values())].map((g) => [groups[g]!.label!.number, g] as const));
	for (const { labels, linked } of entries) {
		const first = labels[0];
		const group = first && words.has(wordKey(first)) ? byNumber.get(first.number) : undefined;
		if (linked.size > 0 || group === undefined || named.has(group)) continue;
		name(group, namingLabel(labels, first!.number));
	}
	return groups.map((group, i) => {
		const label = named.get(i);
		if (!label) return group;
		const title = label.rest || group.label!.rest;
		return { ...group, rawTitle: title ? `${label.text}: ${title}` : label.text, label: { ...label, rest: title } };
	});
}
