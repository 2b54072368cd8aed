// Word search, shared by the build (which writes its files) and the browser (which reads them): for every word of the
// pages' text, the few pages where it weighs most, filed by prefix as title search's names are. A search for a word no
// name holds shows those pages after one small file, while Pagefind's engine and index (about 180 kB at 10,000 phases)
// load for the full results. A query of several words whose best pages share none reads each word's longer list of
// pages (its postings) and the pages they have in common. This module imports only title-words.ts: the browser's search
// script bundles it.
import { fileForWord, titleFileName, titleWords, type PrefixFile, type TitleHit } from './title-words.ts';

/** Where a prefix's file of words is served, under the site's base (src/integrations/pagefind.ts writes it). */
export const textWordFilePath = (prefix: string) => `search/words/${titleFileName(prefix)}.json`;

/** Where the list of first prefixes of word search is served. */
export const TEXT_WORD_PREFIXES_PATH = 'search/words.json';

/** Where one of the files of postings is served. */
export const postingFilePath = (file: number) => `search/words/postings/${file}.json`;

/** Where the file of the pages numbered from `file * PAGES_PER_PAGE_FILE` is served. */
export const pageFilePath = (file: number) => `search/words/pages/${file}.json`;

/** Pages a file of pages holds: postings name pages by number, and a hit costs the file that holds its page. */
export const PAGES_PER_PAGE_FILE = 64;

/** One file of word search: the words that start with its prefix, those on most pages first, with their best pages. */
export interface TextWordFile extends PrefixFile {
	/** The contexts the pages point to (a phase's roadmap…), each written once. */
	contexts: string[];
	/** Title, URL, index into `contexts` and number (as postings name it) of every page a word below names. */
	pages: Array<[title: string, url: string, context: number, page: number]>;
	/** A word, then the indexes into `pages` of the pages it weighs most on, best first. */
	words: Array<[word: string, ...pages: number[]]>;
	/** How many files of postings the site has (see postingFileOf). */
	postingFiles: number;
}

/** Words on more pages than a word file keeps, each with the numbers of its best pages, best first. */
export type PostingFile = Record<string, number[]>;

/** The pages numbered from `file * PAGES_PER_PAGE_FILE` on, for hits that postings found. */
export interface PageFile {
	contexts: string[];
	pages: Array<[title: string, url: string, context: number]>;
}

/** Where word search reads its files (fetched in the browser; null when missing). */
export interface TextWordSource {
	wordFile(prefix: string): Promise<TextWordFile | null>;
	postingFile(file: number): Promise<PostingFile | null>;
	pageFile(file: number): Promise<PageFile | null>;
}

/** The file of postings that holds a word's: a hash of the word (FNV-1a), so the browser needs no list of them. */
export function postingFileOf(word: string, files: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193) >>> 0;
	return hash % files;
}

/** The pages of one query word in its file, by number: the word's own first, then those of longer words it starts. */
function pagesOfWord(queryWord: string, file: TextWordFile): number[] {
	const [same, longer] = [(word: string) => word === queryWord, (word: string) => word !== queryWord && word.startsWith(queryWord)];
	const pages = [same, longer].flatMap((matches) => file.words.filter(([word]) => matches(word)).flatMap(([, ...pages]) => pages.map((page) => file.pages[page]![3])));
	return [...new Set(pages)];
}

/** The pages on every list, best first: the least sum of places in the lists (a stable sort keeps the first list's order). */
function commonPages(lists: number[][]): number[] {
	const places = lists.map((pages) => new Map(pages.map((page, place) => [page, place])));
	const score = (page: number) => places.reduce((sum, place) => sum + place.get(page)!, 0);
	return lists[0]!.filter((page) => places.every((place) => place.has(page))).sort((a, b) => score(a) - score(b));
}

/** A query word's postings, when it is a whole word its file holds and more pages have it than the file keeps. */
async function postingsOfWord(queryWord: string, file: TextWordFile, source: TextWordSource): Promise<number[] | undefined> {
	if (file.postingFiles === 0 || !file.words.some(([word]) => word === queryWord)) return undefined;
	return (await source.postingFile(postingFileOf(queryWord, file.postingFiles)))?.[queryWord];
}

/** The title, URL and context of pages by number: from the word files read, else from the files of pages. */
async function hitsOf(pages: number[], files: TextWordFile[], source: TextWordSource): Promise<TitleHit[]> {
	const known = new Map(files.flatMap((file) => file.pages.map(([title, url, context, page]) => [page, { title, url, context: file.contexts[context] ?? '' }] as const)));
	const pageFiles = new Map(
		await Promise.all(
			[...new Set(pages.filter((page) => !known.has(page)).map((page) => Math.floor(page / PAGES_PER_PAGE_FILE)))].map(async (file) => [file, await source.pageFile(file)] as const),
		),
	);
	return pages.flatMap((page) => {
		const hit = known.get(page);
		if (hit) return [hit];
		const pageFile = pageFiles.get(Math.floor(page / PAGES_PER_PAGE_FILE));
		const entry = pageFile?.pages[page % PAGES_PER_PAGE_FILE];
		return entry ? [{ title: entry[0], url: entry[1], context: pageFile!.contexts[entry[2]] ?? '' }] : [];
	});
}

/**
 * The pages a query's words are on. Each query word's file is read as title search reads its; a page is a hit when
 * it is among the best pages of every query word (a word starting with the query word counts, so a search finds pages
 * while it is typed). When no page is, the postings of the query's whole words are read and their common pages are the
 * hits. Best first: the sum of a page's places in the words' lists.
 */
export async function searchTextWords(query: string, source: TextWordSource, limit: number): Promise<TitleHit[]> {
	const queryWords = [...new Set(titleWords(query))];
	if (queryWords.length === 0) return [];
	const found = await Promise.all(queryWords.map((word) => fileForWord(word, (prefix) => source.wordFile(prefix))));
	if (found.includes(null)) return [];
	const files = found as TextWordFile[];
	const best = queryWords.map((word, index) => pagesOfWord(word, files[index]!));
	let hits = commonPages(best);
	if (hits.length === 0 && queryWords.length > 1) {
		const postings = await Promise.all(queryWords.map((word, index) => postingsOfWord(word, files[index]!, source)));
		if (postings.some(Boolean)) hits = commonPages(postings.map((pages, index) => pages ?? best[index]!));
	}
	return hitsOf(hits.slice(0, limit), files, source);
}
