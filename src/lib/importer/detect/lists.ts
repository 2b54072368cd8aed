/**
 * Units written as numbered list items that state a duration: "1. **Programming** =4 - 6 Months", or "1. Title"
 * with an indented "Time Estimate: 1-3 months". A list counts when at least half its items state one.
 */
import type { List, ListItem } from 'mdast';
import { type PlanFile, rawOf, type Unit } from '../plan.ts';
import { statesDuration } from './shared.ts';

export interface ListUnit {
	list: List;
	item: ListItem;
	number: number;
	rawTitle: string;
}

function itemTitle(item: ListItem, source: string): string | null {
	const first = item.children[0];
	return first?.type === 'paragraph' ? rawOf(first, source) : null;
}

/** The numbered items of the document's top-level lists that make its units (empty when fewer than two). */
export function findListUnits(file: PlanFile): ListUnit[] {
	const items = file.tree.children
		.filter((node): node is List => node.type === 'list' && node.ordered === true)
		.flatMap((list) => {
			const entries = list.children.map((item, i) => ({ list, item, number: (list.start ?? 1) + i, rawTitle: itemTitle(item, file.text) }));
			const stating = entries.filter((e) => e.rawTitle !== null && statesDuration(e.rawTitle, e.item.children.slice(1), file.text));
			return stating.length * 2 >= entries.length ? entries.filter((e): e is ListUnit => e.rawTitle !== null) : [];
		});
	return items.length >= 2 ? items : [];
}

export function listUnit(file: PlanFile, entry: ListUnit): Unit {
	return {
		label: { word: null, kind: null, number: entry.number, text: `Step ${entry.number}`, rest: entry.rawTitle },
		kind: 'step',
		rawTitle: entry.rawTitle,
		body: entry.item.children.slice(1),
		file,
		stated: {},
		requires: [],
	};
}
