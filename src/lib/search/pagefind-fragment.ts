// Pagefind's result fragments: one per indexed page, gzipped JSON after Pagefind's own signature. The build reads them
// back for what Pagefind indexed: the offline lists (which roadmap a fragment belongs to) and word search (its text).
import { gunzipSync } from 'node:zlib';
import { type FileMemo, memoFolder } from '../build/file-memo.ts';
import { type IndexedPage, pageWords } from './text-word-files.ts';
import { withBase } from '../urls.ts';

/** What a fragment holds of its page: its URL as indexed (without the site's base), text, length and meta values. */
interface PagefindFragment {
	url: string;
	content: string;
	word_count: number;
	meta: Record<string, string | undefined>;
}

/**
 * What the build reads of a fragment, kept between builds by the fragment's digest (after an edit, most pages and so
 * their fragments are unchanged): its page's URL as indexed, title, roadmap and length, and the page's words for word
 * search (see pageWords), joined by spaces, since a memo of thousands of pages parses many times faster so than as pairs.
 */
export interface FragmentSummary {
	url: string;
	title: string;
	context: string;
	wordCount: number;
	words: string;
	counts: number[];
}

function readFragment(file: Buffer): PagefindFragment {
	const text = gunzipSync(file).toString('utf8');
	return JSON.parse(text.slice(text.indexOf('{'))) as PagefindFragment;
}

function summarizeFragment(file: Buffer): FragmentSummary {
	const { url, content, word_count, meta } = readFragment(file);
	const { words, counts } = pageWords(content);
	return { url, title: meta['title'] ?? url, context: meta['roadmap'] ?? '', wordCount: word_count, words: words.join(' '), counts };
}

/** Where builds keep their fragments' summaries: Astro's word search writes them, the offline lists read them. */
export const fragmentSummariesFolder = () => memoFolder('search-fragments');

/** A fragment file's summary, from `memo` when a build before read the same fragment. */
export const fragmentSummary = (file: Buffer, memo?: FileMemo<FragmentSummary>): FragmentSummary =>
	memo ? memo.get(file, () => summarizeFragment(file)) : summarizeFragment(file);

/**
 * The URL (as indexed) of the page a fragment file indexed: from `memo` when a build before read the same fragment,
 * else from the fragment alone, without counting its words (the offline lists need no more).
 */
export const fragmentPageUrl = (file: Buffer, memo?: FileMemo<FragmentSummary>): string => memo?.find(file)?.url ?? readFragment(file).url;

/** The page a fragment indexed, as word search reads it, its URL under the site's `base`. */
export function indexedPage({ url, title, context, wordCount, words, counts }: FragmentSummary, base: string): IndexedPage {
	return { title, url: withBase(url, base), context, wordCount, words: { words: words === '' ? [] : words.split(' '), counts } };
}
