// The files of word search (see text-words.ts), from the text Pagefind indexed: one per word prefix, each holding the
// most common words of that prefix with the few pages each weighs most on; the longer lists of the words on more pages
// (postings), spread over files by a hash of the word; and the pages postings name, by number.
import { createHash } from 'node:crypto';
import { distinctValues, type PrefixShare, prefixTree } from './prefix-tree.ts';
import { PAGES_PER_PAGE_FILE, type PageFile, pageSetText, type PostingFile, postingFileOf, type TextWordFile } from './text-words.ts';
import { isUnspacedCharacter, titleWords } from './title-words.ts';

/** A page as Pagefind indexed it (its result fragment): what word search reads and what a hit shows. */
export interface IndexedPage {
	title: string;
	url: string;
	/** What a result shows under the title: the phase's roadmap, as Pagefind's results do. */
	context: string;
	/** The words of the page's searchable text (see pageWords). */
	words: PageWords;
	/** Words in the page's text, as Pagefind counts them: a page's length for ranking. */
	wordCount: number;
}

/** The words of a text that word search files, each once, with how often it occurs (`counts[i]` times `words[i]`). */
export interface PageWords {
	words: string[];
	counts: number[];
}

/** Every file word search reads. */
export interface WordSearchFiles {
	/** By prefix. */
	wordFiles: Map<string, TextWordFile>;
	/** By number (see postingFileOf). */
	postingFiles: PostingFile[];
	/** By number: file n holds the pages numbered from n * PAGES_PER_PAGE_FILE. */
	pageFiles: PageFile[];
	/** The numbering postings and files of pages are served under (see postingFilePath). */
	numbering: string;
}

export interface WordSearchLimits {
	/** Words a word file holds at most (with their pages, a few kB gzipped). */
	wordsPerFile: number;
	/** Pages a word file keeps per word: as many as the search dialog shows, since the full text's results follow. */
	pagesPerWord: number;
	/**
	 * Pages a word's postings rank. Two words that are each on thousands of pages rarely share a page among their eight
	 * best; among their best n, about n² / (pages in the site) pages if the words were independent (more, as words
	 * of one subject go together), and three words about n³ / (pages)². A word on more pages than this also has the
	 * set of all its pages, so that the pages found are all those that have every word of the query, ranked by the lists.
	 */
	postingsPerWord: number;
	/** Words a file of postings holds, on average (a kB or two gzipped). */
	wordsPerPostingFile: number;
}

export const WORD_SEARCH_LIMITS: WordSearchLimits = { wordsPerFile: 32, pagesPerWord: 8, postingsPerWord: 256, wordsPerPostingFile: 4 };

/** Longer "words" are tokens (hashes, run-together identifiers) that nobody types. */
const MAX_WORD_LENGTH = 32;

/**
 * The words word search files. Characters of Chinese, Japanese or Thai text are left to Pagefind, which finds their
 * words by segmenting it: the best pages of each character would rarely share a page with those of the next, and every
 * character would lengthen the list of prefixes.
 */
const filed = (word: string) => [...word].length <= MAX_WORD_LENGTH && !isUnspacedCharacter(word);

// BM25's term-frequency part: a word weighs more the more often it occurs, with diminishing returns, and less on a long
// page than on a short one. A word's own rarity (its IDF) ranks nothing here, since each word's pages are ranked apart.
const SATURATION = 1.2;
const LENGTH_WEIGHT = 0.75;

/** A word's best pages so far: [weight, page number] in page order, sorted best first when `keep` more have come. */
interface BestPages {
	pages: Array<[number, number]>;
	/** The least weight among the best `keep` at the last sort: a page that weighs no more cannot join them. */
	threshold: number;
}

/** A page's words as word search ranks them: its text's words (see titleWords) that are filed, counted. */
export function pageWords(text: string): PageWords {
	const counts = new Map<string, number>();
	for (const word of titleWords(text)) if (filed(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
	return { words: [...counts.keys()], counts: [...counts.values()] };
}

/** Keeps the best `keep` pages, best first; a stable sort keeps the earlier page first among equal weights. */
function keepBest(best: BestPages, keep: number) {
	best.pages.sort((a, b) => b[0] - a[0]);
	if (best.pages.length >= keep) {
		best.pages.length = keep;
		best.threshold = best.pages[keep - 1]![0];
	}
}

/** For every word: the pages it is on (by number, in order), and its best `keep` pages as [weight, page number], best first. */
function rankedWords(pages: readonly IndexedPage[], keep: number) {
	const averageLength = pages.reduce((sum, page) => sum + page.wordCount, 0) / Math.max(1, pages.length) || 1;
	// One entry per word, found once per word of a page: the site's words are looked up millions of times.
	const byWord = new Map<string, { on: number[]; best: BestPages }>();
	pages.forEach((page, index) => {
		const { words, counts } = page.words;
		const lengthFactor = SATURATION * (1 - LENGTH_WEIGHT + (LENGTH_WEIGHT * page.wordCount) / averageLength);
		for (let i = 0; i < words.length; i++) {
			const word = words[i]!;
			let entry = byWord.get(word);
			if (!entry) byWord.set(word, (entry = { on: [], best: { pages: [], threshold: 0 } }));
			entry.on.push(index);
			const count = counts[i]!;
			const weight = count / (count + lengthFactor);
			if (weight <= entry.best.threshold) continue;
			entry.best.pages.push([weight, index]);
			// Sorting once per `keep` pages costs less than placing every page as it comes.
			if (entry.best.pages.length === 2 * keep) keepBest(entry.best, keep);
		}
	});
	const pagesOf = new Map<string, number[]>();
	const best = new Map<string, Array<[number, number]>>();
	for (const [word, entry] of byWord) {
		keepBest(entry.best, keep);
		pagesOf.set(word, entry.on);
		best.set(word, entry.best.pages);
	}
	return { pagesOf, best };
}

/** Every file of word search, from every indexed page (numbered in the given order). */
export function wordSearchFiles(pages: readonly IndexedPage[], limits: WordSearchLimits = WORD_SEARCH_LIMITS): WordSearchFiles {
	const { pagesOf, best } = rankedWords(pages, Math.max(limits.pagesPerWord, limits.postingsPerWord));
	const withPostings = [...best].filter(([, list]) => list.length > limits.pagesPerWord);
	const postingFileCount = Math.ceil(withPostings.length / limits.wordsPerPostingFile);
	const postingFiles = Array.from({ length: postingFileCount }, (): PostingFile => ({}));
	for (const [word, list] of withPostings) {
		const on = pagesOf.get(word)!;
		postingFiles[postingFileOf(word, postingFileCount)]![word] = {
			best: list.map(([, page]) => page),
			...(on.length > list.length ? { every: pageSetText(on, pages.length) } : {}),
		};
	}

	const numbering = createHash('sha256').update(pages.map(({ url }) => url).join('\n')).digest('hex').slice(0, 12);

	// Best first in every file: the words on most pages.
	const pageCount = (word: string) => pagesOf.get(word)!.length;
	const words = [...pagesOf.keys()].sort((a, b) => pageCount(b) - pageCount(a) || (a < b ? -1 : a > b ? 1 : 0));
	const wordFile = ({ members, longer }: PrefixShare): TextWordFile => {
		const contexts = distinctValues((context: string) => context);
		const filePages = distinctValues((index: number): TextWordFile['pages'][number] => {
			const { title, url, context } = pages[index]!;
			return [title, url, contexts.indexOf(context), index];
		});
		const fileWords = members.slice(0, limits.wordsPerFile).map((member): TextWordFile['words'][number] => {
			const word = words[member]!;
			return [word, ...best.get(word)!.slice(0, limits.pagesPerWord).map(([, index]) => filePages.indexOf(index))];
		});
		return { longer, contexts: contexts.values, pages: filePages.values, words: fileWords, postingFiles: postingFileCount, numbering };
	};
	const wordFiles = new Map([...prefixTree(words.map((word) => [word]), limits.wordsPerFile)].map(([prefix, share]) => [prefix, wordFile(share)]));

	const pageFiles = Array.from({ length: postingFileCount === 0 ? 0 : Math.ceil(pages.length / PAGES_PER_PAGE_FILE) }, (_, file): PageFile => {
		const contexts = distinctValues((context: string) => context);
		const filePages = pages.slice(file * PAGES_PER_PAGE_FILE, (file + 1) * PAGES_PER_PAGE_FILE).map(({ title, url, context }): PageFile['pages'][number] => [title, url, contexts.indexOf(context)]);
		return { contexts: contexts.values, pages: filePages };
	});
	return { wordFiles, postingFiles, pageFiles, numbering };
}
