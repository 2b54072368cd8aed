// How search's small files divide a library among word prefixes (title search's names, and the words of the full
// text): each item (a name, a word) is filed under the first two characters of each of its words, and a prefix with
// more items than a file may hold keeps the first ones and hands all of them on to prefixes a character longer.
import { FIRST_PREFIX_LENGTH, prefixOf } from './title-words.ts';

/** One prefix's share: the indexes of its items, ascending, and the characters that continue it into longer files. */
export interface PrefixShare {
	/** Every item with a word of this prefix; its file keeps the first `size`. */
	members: number[];
	/** Empty when the file holds all its members; else the characters of the longer prefixes whose files hold them. */
	longer: string[];
}

/**
 * The prefixes of items whose words are `words` (lower-cased, see titleWords), each with its share. Items keep their
 * order in every share, so a file holds the first items of its prefix: give the best first.
 */
export function prefixTree(words: ReadonlyArray<readonly string[]>, size: number): Map<string, PrefixShare> {
	const shares = new Map<string, PrefixShare>();
	const byPrefix = (members: number[], prefixesOf: (index: number) => string[]) => {
		const groups = new Map<string, number[]>();
		for (const index of members) {
			for (const prefix of new Set(prefixesOf(index))) {
				const group = groups.get(prefix);
				if (group) group.push(index);
				else groups.set(prefix, [index]);
			}
		}
		return groups;
	};
	const add = (prefix: string, members: number[]) => {
		const length = [...prefix].length;
		// A one-character word is filed as itself, not as a prefix: longer words start at two characters.
		const longer =
			members.length > size && length >= FIRST_PREFIX_LENGTH
				? byPrefix(members, (index) => words[index]!.filter((word) => word.startsWith(prefix) && [...word].length > length).map((word) => prefixOf(word, length + 1)))
				: new Map<string, number[]>();
		shares.set(prefix, { members, longer: [...longer.keys()].map((child) => [...child].at(-1)!) });
		for (const [child, childMembers] of longer) add(child, childMembers);
	};
	const all = words.map((_, index) => index);
	for (const [prefix, members] of byPrefix(all, (index) => words[index]!.map((word) => prefixOf(word, FIRST_PREFIX_LENGTH)))) add(prefix, members);
	return shares;
}

/** The prefixes a search starts from (a site lists them): the files that are not under another's `longer`. */
export const firstPrefixes = (files: ReadonlyMap<string, unknown>) => [...files.keys()].filter((prefix) => [...prefix].length <= FIRST_PREFIX_LENGTH).sort();

/**
 * A file's table of values each written once (the contexts its entries point to, a word file's pages): `indexOf` adds
 * the value a key stands for the first time it is asked for, and gives its place.
 */
export function distinctValues<Key, Value>(valueOf: (key: Key) => Value): { values: Value[]; indexOf: (key: Key) => number } {
	const values: Value[] = [];
	const places = new Map<Key, number>();
	const indexOf = (key: Key) => {
		if (!places.has(key)) places.set(key, values.push(valueOf(key)) - 1);
		return places.get(key)!;
	};
	return { values, indexOf };
}
