// The files of title search (see title-words.ts), from the site model: one per word prefix, each holding at most
// TITLE_FILE_SIZE names, so that the first results of a search cost a few kB however large the library grows.
import type { SiteModel } from '../model/model.ts';
import { FIRST_PREFIX_LENGTH, prefixOf, titleWords, type TitleFile } from './title-words.ts';

/** A page title search finds by its name. */
export interface TitleEntry {
	title: string;
	url: string;
	/** What the result shows under the name: a phase's roadmap, or the kind of page. */
	context: string;
	/** Other names the page is searched by: a topic's or role's aliases. */
	otherNames: string[];
}

/** Every named page, in the order search shows equal matches: roadmaps, tracks, topics, roles, then phases. */
export function titleEntries(site: SiteModel): TitleEntry[] {
	return [
		...site.roadmaps.map((roadmap) => ({ title: roadmap.data.title, url: roadmap.url, context: 'Roadmap overview', otherNames: [] })),
		...site.tracks.map((track) => ({ title: track.data.name, url: track.url, context: 'Track', otherNames: [] })),
		...site.topics.map((topic) => ({ title: topic.data.name, url: topic.url, context: 'Topic', otherNames: topic.data.aliases })),
		...site.roles.map((role) => ({ title: role.data.title, url: role.url, context: 'Role', otherNames: role.data.aliases })),
		...site.roadmaps.flatMap((roadmap) => roadmap.phases.map((phase) => ({ title: phase.data.title, url: phase.url, context: roadmap.data.title, otherNames: [] }))),
	];
}

/** Names a file holds at most: a few kB gzipped, and far more than a search shows. */
export const TITLE_FILE_SIZE = 100;

/** The title search files by prefix: every first prefix of a word, and longer ones under a file with `longer`. */
export function titleFiles(entries: readonly TitleEntry[], size = TITLE_FILE_SIZE): Map<string, TitleFile> {
	const words = entries.map((entry) => [...new Set([entry.title, ...entry.otherNames].flatMap(titleWords))]);
	const files = new Map<string, TitleFile>();
	// Members are indexes into `entries`, ascending, so every file keeps the entries' order.
	const file = (members: number[], longer: string[]): TitleFile => {
		const contexts: string[] = [];
		const contextIndex = new Map<string, number>();
		const entryOf = (index: number): TitleFile['entries'][number] => {
			const { title, url, context, otherNames } = entries[index]!;
			if (!contextIndex.has(context)) contextIndex.set(context, contexts.push(context) - 1);
			return [title, url, contextIndex.get(context)!, ...otherNames];
		};
		return { longer, contexts, entries: members.slice(0, size).map(entryOf) };
	};
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
		files.set(prefix, file(members, [...longer.keys()].map((child) => [...child].at(-1)!)));
		for (const [child, childMembers] of longer) add(child, childMembers);
	};
	const all = entries.map((_, index) => index);
	for (const [prefix, members] of byPrefix(all, (index) => words[index]!.map((word) => prefixOf(word, FIRST_PREFIX_LENGTH)))) add(prefix, members);
	return files;
}

/** The prefixes a search starts from (TITLE_PREFIXES_PATH lists them): the files that are not under another's `longer`. */
export const firstPrefixes = (files: Map<string, TitleFile>) => [...files.keys()].filter((prefix) => [...prefix].length <= FIRST_PREFIX_LENGTH).sort();
