// The files of title search (see title-words.ts), from the site model: one per word prefix, each holding at most
// TITLE_FILE_SIZE names, so that the first results of a search cost a few kB however large the library grows.
import type { SiteModel } from '../model/model.ts';
import { distinctValues, prefixTree, type PrefixShare } from './prefix-tree.ts';
import { titleWords, type TitleFile } from './title-words.ts';

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
	const file = ({ members, longer }: PrefixShare): TitleFile => {
		const contexts = distinctValues((context: string) => context);
		const entryOf = (index: number): TitleFile['entries'][number] => {
			const { title, url, context, otherNames } = entries[index]!;
			return [title, url, contexts.indexOf(context), ...otherNames];
		};
		const fileEntries = members.slice(0, size).map(entryOf);
		return { longer, contexts: contexts.values, entries: fileEntries };
	};
	return new Map([...prefixTree(words, size)].map(([prefix, share]) => [prefix, file(share)]));
}
