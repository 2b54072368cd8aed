// Word search, shared by the build (which writes its files) and the browser (which reads them): for every word of the
// pages' text, the few pages where it weighs most, filed by prefix as title search's names are. A search for a word no
// name holds shows those pages after one small file, while Pagefind's engine and index (about 180 kB at 10,000 phases)
// load for the full results. A query of several words whose best pages share none reads each word's longer list of
// pages (its postings: its best pages, and every page it is on when those leave some out) and the pages they have in
// common. This module imports only title-words.ts: the browser's search script bundles it.
import { fileForWord, titleFileName, titleWords, type PrefixFile, type TitleHit } from './title-words.ts';

/** Where a prefix's file of words is served, under the site's base (src/integrations/pagefind.ts writes it). */
export const textWordFilePath = (prefix: string) => `search/words/${titleFileName(prefix)}.json`;

/** Where the list of first prefixes of word search is served. */
export const TEXT_WORD_PREFIXES_PATH = 'search/words.json';

/**
 * Where one of the files of postings is served. Postings and files of pages name pages by number, so they live under
 * their numbering (see TextWordFile): a word file read before a deploy and one of these read after it never mix two
 * numberings, which would name another build's page; the old numbering's files are gone, and the full text answers.
 */
export const postingFilePath = (numbering: string, file: number) => `search/words/${numbering}/postings/${file}.json`;

/** Where the file of the pages numbered from `file * PAGES_PER_PAGE_FILE` is served. */
export const pageFilePath = (numbering: string, file: number) => `search/words/${numbering}/pages/${file}.json`;

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
	/** A digest of the pages' URLs in their order: the numbering that `pages` and the site's postings use. */
	numbering: string;
}

/** A word's postings: the numbers of its best pages, best first, and the set of every page it is on when they leave some out. */
export interface Posting {
	best: number[];
	/** Bit `n % 8` of byte `n >> 3` tells whether page n has the word (see pageSetText), so that pages outside `best` are found too. */
	every?: string;
}

/** Words on more pages than a word file keeps, each with its postings. */
export type PostingFile = Record<string, Posting>;

/**
 * A set of pages as a bit per page, base64: a word on hundreds of pages of 10,000 costs 1.25 kB raw however many it is
 * on, where its page numbers would cost several bytes each.
 */
export function pageSetText(pages: Iterable<number>, pageCount: number): string {
	const bytes = new Uint8Array(Math.ceil(pageCount / 8));
	for (const page of pages) bytes[page >> 3]! |= 1 << (page & 7);
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

/** The bytes of a set of pages that pageSetText wrote. */
function pageSetBytes(text: string): Uint8Array {
	return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
}

/** The pages numbered from `file * PAGES_PER_PAGE_FILE` on, for hits that postings found. */
export interface PageFile {
	contexts: string[];
	pages: Array<[title: string, url: string, context: number]>;
}

/** Where word search reads its files (fetched in the browser; null when missing). */
export interface TextWordSource {
	wordFile(prefix: string): Promise<TextWordFile | null>;
	postingFile(numbering: string, file: number): Promise<PostingFile | null>;
	pageFile(numbering: string, file: number): Promise<PageFile | null>;
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

/** A query word's pages: some best first, and the set of all of them when the list leaves some out. */
interface WordPages {
	ranked: number[];
	every?: Uint8Array;
}

/**
 * The pages every word is on, best first: the least sum of places in the words' lists, a page outside a list placed
 * after all of its pages (a stable sort keeps the first candidates' order).
 */
function commonPages(words: WordPages[]): number[] {
	const places = words.map(({ ranked }) => new Map(ranked.map((page, place) => [page, place])));
	const has = (page: number, index: number) => {
		const every = words[index]!.every;
		return every ? ((every[page >> 3] ?? 0) >> (page & 7)) & 1 : places[index]!.has(page);
	};
	const listed = words.filter(({ every }) => !every).sort((a, b) => a.ranked.length - b.ranked.length)[0];
	const candidates = listed?.ranked ?? Array.from({ length: words[0]!.every!.length * 8 }, (_, page) => page);
	const score = (page: number) => places.reduce((sum, place, index) => sum + (place.get(page) ?? words[index]!.ranked.length), 0);
	return candidates.filter((page) => words.every((_, index) => has(page, index))).sort((a, b) => score(a) - score(b));
}

/** A query word's postings, when it is a whole word its file holds and more pages have it than the file keeps. */
async function postingsOfWord(queryWord: string, file: TextWordFile, source: TextWordSource): Promise<WordPages | undefined> {
	if (file.postingFiles === 0 || !file.words.some(([word]) => word === queryWord)) return undefined;
	const posting = (await source.postingFile(file.numbering, postingFileOf(queryWord, file.postingFiles)))?.[queryWord];
	return posting && { ranked: posting.best, ...(posting.every ? { every: pageSetBytes(posting.every) } : {}) };
}

/** The title, URL and context of pages by number: from the word files read, else from the files of pages. */
async function hitsOf(pages: number[], files: TextWordFile[], source: TextWordSource): Promise<TitleHit[]> {
	const known = new Map(files.flatMap((file) => file.pages.map(([title, url, context, page]) => [page, { title, url, context: file.contexts[context] ?? '' }] as const)));
	const { numbering } = files[0]!;
	const pageFiles = new Map(
		await Promise.all(
			[...new Set(pages.filter((page) => !known.has(page)).map((page) => Math.floor(page / PAGES_PER_PAGE_FILE)))].map(async (file) => [file, await source.pageFile(numbering, file)] as const),
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
 * hits: every page that has all the words, as the postings of a word on many pages include the set of its pages.
 * Best first: the sum of a page's places in the words' lists.
 */
export async function searchTextWords(query: string, source: TextWordSource, limit: number): Promise<TitleHit[]> {
	const queryWords = [...new Set(titleWords(query))];
	if (queryWords.length === 0) return [];
	const found = await Promise.all(queryWords.map((word) => fileForWord(word, (prefix) => source.wordFile(prefix))));
	if (found.includes(null)) return [];
	const files = found as TextWordFile[];
	const best = queryWords.map((word, index): WordPages => ({ ranked: pagesOfWord(word, files[index]!) }));
	let hits = commonPages(best);
	// Word files of two numberings (one read before a deploy) cannot tell which page a number is.
	if (hits.length === 0 && queryWords.length > 1 && files.every(({ numbering }) => numbering === files[0]!.numbering)) {
		const postings = await Promise.all(queryWords.map((word, index) => postingsOfWord(word, files[index]!, source)));
		if (postings.some(Boolean)) hits = commonPages(postings.map((pages, index) => pages ?? best[index]!));
	}
	return hitsOf(hits.slice(0, limit), files, source);
}
