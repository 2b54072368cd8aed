// Word search, shared by the build (which writes its files) and the browser (which reads them): for every word of the
// pages' text, the few pages where it weighs most, filed by prefix as title search's names are. A search for a word no
// name holds shows those pages after one small file, while Pagefind's engine and index (about 180 kB at 10,000 phases)
// load for the full results. This module imports only title-words.ts: the browser's search script bundles it.
import { fileForWord, titleFileName, titleWords, type PrefixFile, type TitleHit } from './title-words.ts';

/** Where a prefix's file of words is served, under the site's base (src/integrations/pagefind.ts writes it). */
export const textWordFilePath = (prefix: string) => `search/words/${titleFileName(prefix)}.json`;

/** Where the list of first prefixes of word search is served. */
export const TEXT_WORD_PREFIXES_PATH = 'search/words.json';

/** One file of word search: the words that start with its prefix, those on most pages first, with their best pages. */
export interface TextWordFile extends PrefixFile {
	/** The contexts the pages point to (a phase's roadmap…), each written once. */
	contexts: string[];
	/** Title, URL and index into `contexts` of every page a word below names. */
	pages: Array<[title: string, url: string, context: number]>;
	/** A word, then the indexes into `pages` of the pages it weighs most on, best first. */
	words: Array<[word: string, ...pages: number[]]>;
}

/** The pages of one query word in its file: the word's own first, then those of longer words it starts, each once. */
function pagesOfWord(queryWord: string, file: TextWordFile): string[] {
	const [same, longer] = [(word: string) => word === queryWord, (word: string) => word !== queryWord && word.startsWith(queryWord)];
	const urls = [same, longer].flatMap((matches) => file.words.filter(([word]) => matches(word)).flatMap(([, ...pages]) => pages.map((page) => file.pages[page]![1])));
	return [...new Set(urls)];
}

/**
 * The pages a query's words are on. Each query word's file is read as title search reads its; a page is a hit when
 * it is among the best pages of every query word (a word starting with the query word counts, so a search finds pages
 * while it is typed). Best first: the sum of a page's places in the words' lists.
 */
export async function searchTextWords(query: string, load: (prefix: string) => Promise<TextWordFile | null>, limit: number): Promise<TitleHit[]> {
	const queryWords = [...new Set(titleWords(query))];
	if (queryWords.length === 0) return [];
	const files = await Promise.all(queryWords.map((word) => fileForWord(word, load)));
	if (files.includes(null)) return [];
	const lists = queryWords.map((word, index) => pagesOfWord(word, files[index]!));
	const places = lists.map((urls) => new Map(urls.map((url, place) => [url, place])));
	const hits = lists[0]!.filter((url) => places.every((place) => place.has(url)));
	const score = (url: string) => places.reduce((sum, place) => sum + place.get(url)!, 0);
	const pageByUrl = new Map(files.flatMap((file) => file!.pages.map(([title, url, context]) => [url, { title, url, context: file!.contexts[context] ?? '' }] as const)));
	// Array sort is stable: equal scores keep the first word's order.
	return hits
		.sort((a, b) => score(a) - score(b))
		.slice(0, limit)
		.map((url) => pageByUrl.get(url)!);
}
