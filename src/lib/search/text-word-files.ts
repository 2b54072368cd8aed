// The files of word search (see text-words.ts), from the text Pagefind indexed: one per word prefix, each holding the
// most common words of that prefix with the few pages each weighs most on.
import { distinctValues, type PrefixShare, prefixTree } from './prefix-tree.ts';
import type { TextWordFile } from './text-words.ts';
import { isUnspacedCharacter, titleWords } from './title-words.ts';

/** A page as Pagefind indexed it (its result fragment): what word search reads and what a hit shows. */
export interface IndexedPage {
	title: string;
	url: string;
	/** What a result shows under the title: the phase's roadmap, as Pagefind's results do. */
	context: string;
	/** The page's searchable text. */
	text: string;
	/** Words in `text`, as Pagefind counts them: a page's length for ranking. */
	wordCount: number;
}

/** Words a file holds at most (with their pages, a few kB gzipped). */
export const TEXT_WORD_FILE_SIZE = 32;

/** Pages kept per word: as many as the search dialog shows, since the full text's results follow. */
export const PAGES_PER_WORD = 8;

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

/** The word search files by prefix, from every indexed page. */
export function textWordFiles(pages: readonly IndexedPage[], size = TEXT_WORD_FILE_SIZE, pagesPerWord = PAGES_PER_WORD): Map<string, TextWordFile> {
	const averageLength = pages.reduce((sum, page) => sum + page.wordCount, 0) / Math.max(1, pages.length) || 1;
	// For each word: on how many pages it is, and its best pages so far as [weight, page], best first.
	const pageCount = new Map<string, number>();
	const best = new Map<string, Array<[number, number]>>();
	pages.forEach((page, index) => {
		const counts = new Map<string, number>();
		for (const word of titleWords(page.text)) if (filed(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
		const lengthFactor = SATURATION * (1 - LENGTH_WEIGHT + (LENGTH_WEIGHT * page.wordCount) / averageLength);
		for (const [word, count] of counts) {
			pageCount.set(word, (pageCount.get(word) ?? 0) + 1);
			const weight = count / (count + lengthFactor);
			const list = best.get(word) ?? [];
			if (list.length === pagesPerWord && weight <= list.at(-1)![0]) continue;
			// Equal weights keep the earlier page first: the build's page order decides, as it does for names.
			const at = list.findIndex(([other]) => other < weight);
			list.splice(at < 0 ? list.length : at, 0, [weight, index]);
			if (list.length > pagesPerWord) list.pop();
			best.set(word, list);
		}
	});
	// Best first in every file: the words on most pages.
	const words = [...pageCount.keys()].sort((a, b) => pageCount.get(b)! - pageCount.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
	const file = ({ members, longer }: PrefixShare): TextWordFile => {
		const contexts = distinctValues((context: string) => context);
		const filePages = distinctValues((index: number): TextWordFile['pages'][number] => {
			const { title, url, context } = pages[index]!;
			return [title, url, contexts.indexOf(context)];
		});
		const fileWords = members.slice(0, size).map((member): TextWordFile['words'][number] => {
			const word = words[member]!;
			return [word, ...best.get(word)!.map(([, index]) => filePages.indexOf(index))];
		});
		return { longer, contexts: contexts.values, pages: filePages.values, words: fileWords };
	};
	return new Map([...prefixTree(words.map((word) => [word]), size)].map(([prefix, share]) => [prefix, file(share)]));
}
