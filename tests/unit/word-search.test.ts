import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type FileMemo, fileMemo } from '../../src/lib/build/file-memo.ts';
import { type FragmentSummary, fragmentPageUrl, fragmentSummary, indexedPage } from '../../src/lib/search/pagefind-fragment.ts';
import { firstPrefixes } from '../../src/lib/search/prefix-tree.ts';
import { type IndexedPage, pageWords, WORD_SEARCH_LIMITS, type WordSearchFiles, wordSearchFiles } from '../../src/lib/search/text-word-files.ts';
import { postingFileOf, searchTextWords, type TextWordSource } from '../../src/lib/search/text-words.ts';

const page = (title: string, text: string, context = 'Backend'): IndexedPage => ({
	title,
	url: `/${title.toLowerCase().replace(/ /g, '-')}/`,
	context,
	words: pageWords(text),
	wordCount: text.split(/\s+/).length,
});

/** The files as the browser reads them, with the names of those read. */
function sourceOf({ wordFiles, postingFiles, pageFiles, numbering }: WordSearchFiles, read: string[] = []): TextWordSource {
	return {
		wordFile: async (prefix) => (read.push(prefix), wordFiles.get(prefix) ?? null),
		postingFile: async (at, file) => (read.push(`postings/${file}`), at === numbering ? (postingFiles[file] ?? null) : null),
		pageFile: async (at, file) => (read.push(`pages/${file}`), at === numbering ? (pageFiles[file] ?? null) : null),
	};
}

const search = (files: WordSearchFiles, query: string, limit = 8) => searchTextWords(query, sourceOf(files), limit).then((hits) => hits.map((hit) => hit.title));
const limits = (changed: Partial<typeof WORD_SEARCH_LIMITS>) => ({ ...WORD_SEARCH_LIMITS, ...changed });

describe('word search files', () => {
	const pages = [
		page('Deploys', 'Ship it, then roll back: a rollback undoes a deploy. Rollback plans are tested.'),
		page('Long page', `${'filler '.repeat(200)}rollback once`),
		page('Caching', 'A cache keeps answers. Rollback of a cache is a flush.', 'Frontend'),
		page('Queues', 'A queue holds jobs for a worker.'),
	];
	const files = wordSearchFiles(pages);

	it('keeps a word\'s pages best first: more often, and on a shorter page, weighs more', async () => {
		expect(await search(files, 'rollback')).toEqual(['Deploys', 'Caching', 'Long page']);
		expect(await search(files, 'rollback', 1)).toEqual(['Deploys']);
	});

	it('shows each hit with the context Pagefind would show under it', async () => {
		const hits = await searchTextWords('flush', sourceOf(files), 8);
		expect(hits).toEqual([{ title: 'Caching', url: '/caching/', context: 'Frontend' }]);
	});

	it('finds pages while a word is typed, the word itself before longer ones', async () => {
		expect(await search(files, 'roll')).toEqual(['Deploys', 'Caching', 'Long page']);
		expect(await search(files, 'cache')).toEqual(['Caching']);
		expect(await search(files, 'queu')).toEqual(['Queues']);
	});

	it('requires every word of the query among its pages', async () => {
		expect(await search(files, 'rollback cache')).toEqual(['Caching']);
		expect(await search(files, 'rollback worker')).toEqual([]);
		expect(await search(files, 'nowhere')).toEqual([]);
		expect(await search(files, '  ')).toEqual([]);
	});

	it('leaves the characters of Chinese, Japanese and Thai text to the full text', async () => {
		const mixed = wordSearchFiles([page('Intro', '数据库 basics ฐานข้อมูล')]);
		expect(firstPrefixes(mixed.wordFiles)).toEqual(['ba']);
		expect(await search(mixed, '数据库')).toEqual([]);
	});

	it('keeps at most the given number of pages per word', () => {
		const many = wordSearchFiles(Array.from({ length: 20 }, (_, i) => page(`Page ${i}`, `common word ${i}`)), limits({ pagesPerWord: 5 }));
		const [, ...common] = many.wordFiles.get('co')!.words.find(([word]) => word === 'common')!;
		expect(common).toHaveLength(5);
	});

	it('writes each page and context once per file', () => {
		const file = files.wordFiles.get('ro')!;
		expect(file.pages.map(([title]) => title)).toEqual(['Deploys', 'Caching', 'Long page']);
		expect(file.contexts).toEqual(['Backend', 'Frontend']);
		expect(file.words.find(([word]) => word === 'roll')).toEqual(['roll', 0]);
	});

	it('splits a full prefix into longer ones, the words on most pages staying in the shorter file', async () => {
		const words = Array.from({ length: 60 }, (_, i) => `da${String.fromCharCode(97 + (i % 26))}${i}`);
		// Word i is on i + 1 pages: the last words are the most common.
		const library = Array.from({ length: 60 }, (_, p) => page(`Page ${p}`, words.filter((_, i) => i >= 59 - p).join(' ')));
		const split = wordSearchFiles(library, limits({ wordsPerFile: 10, pagesPerWord: 3 }));
		const da = split.wordFiles.get('da')!;
		expect(da.words.map(([word]) => word)).toEqual(words.slice(-10).reverse());
		expect(da.longer.length).toBeGreaterThan(0);
		expect(firstPrefixes(split.wordFiles)).toEqual(['da']);
		// Every word is found, in whichever file holds it, with its pages (word i is on i + 1 pages).
		for (const [i, word] of words.entries()) expect((await search(split, word)).length).toBeGreaterThanOrEqual(Math.min(i + 1, 3));
	});

	describe('a query of words whose best pages differ', () => {
		// "alpha" weighs most on pages 0–3, "beta" on pages 4–7; both are also on pages 8 and 9, less often.
		const text = (alpha: number, beta: number) => `${'alpha '.repeat(alpha)}${'beta '.repeat(beta)}${'filler '.repeat(20 - alpha - beta)}`;
		const library = [
			...Array.from({ length: 4 }, (_, i) => page(`Alpha ${i}`, text(9, 0))),
			...Array.from({ length: 4 }, (_, i) => page(`Beta ${i}`, text(0, 9))),
			page('Both once', text(1, 1), 'Frontend'),
			page('Both twice', text(2, 2), 'Frontend'),
		];
		const small = limits({ pagesPerWord: 4, postingsPerWord: 8, wordsPerPostingFile: 1 });

		it('finds their common pages in the words\' postings, and shows them from the file of pages', async () => {
			const files = wordSearchFiles(library, small);
			const read: string[] = [];
			const hits = await searchTextWords('alpha beta', sourceOf(files, read), 8);
			expect(hits).toEqual([
				{ title: 'Both twice', url: '/both-twice/', context: 'Frontend' },
				{ title: 'Both once', url: '/both-once/', context: 'Frontend' },
			]);
			expect(read).toEqual(expect.arrayContaining([`postings/${postingFileOf('alpha', files.postingFiles.length)}`, 'pages/0']));
		});

		it('reads no postings when the best pages already share one, or for a single word', async () => {
			const files = wordSearchFiles(library, small);
			const read: string[] = [];
			await searchTextWords('alpha', sourceOf(files, read), 8);
			await searchTextWords('alpha filler', sourceOf(files, read), 8);
			expect(read.filter((name) => name.includes('/'))).toEqual([]);
		});

		it('reads postings and pages only of the numbering its word files use, so a deploy in between names no other page', async () => {
			const before = wordSearchFiles(library, small);
			// A page added in front numbers every page anew.
			const after = wordSearchFiles([page('Aardvark', 'alpha beta'), ...library], small);
			expect(after.numbering).not.toBe(before.numbering);
			const mixed = { ...sourceOf(after), wordFile: sourceOf(before).wordFile };
			expect(await searchTextWords('alpha beta', mixed, 8)).toEqual([]);
			expect(await searchTextWords('alpha beta', sourceOf(after), 8)).toEqual(expect.arrayContaining([expect.objectContaining({ title: 'Aardvark' })]));
		});

		it('finds nothing without postings', async () => {
			expect(await search(wordSearchFiles(library, limits({ pagesPerWord: 4, postingsPerWord: 4 })), 'alpha beta')).toEqual([]);
		});

		it('keeps postings only for words on more pages than a word file keeps, spread over files by a hash of the word', () => {
			const { postingFiles } = wordSearchFiles(library, small);
			const words = postingFiles.flatMap((file) => Object.keys(file)).sort();
			expect(words).toEqual(['alpha', 'beta', 'filler']);
			for (const word of words) expect(postingFiles[postingFileOf(word, postingFiles.length)]![word]!.best.length).toBeGreaterThan(4);
			expect(postingFiles[postingFileOf('alpha', postingFiles.length)]!['alpha']!.best.slice(0, 4)).toEqual([0, 1, 2, 3]);
		});
	});

	describe('a query of words each on more pages than their postings rank', () => {
		// Each word weighs most on pages of its own; all three are also on two pages, where they weigh least.
		const words = ['alpha', 'beta', 'gamma'];
		const text = (counts: number[]) => `${words.map((word, i) => `${word} `.repeat(counts[i]!)).join('')}${'filler '.repeat(30 - counts.reduce((a, b) => a + b))}`;
		const library = [
			...words.flatMap((_, w) => Array.from({ length: 6 }, (_, i) => page(`Only ${words[w]} ${i}`, text(words.map((_, v) => (v === w ? 9 : 0)))))),
			...words.flatMap((_, w) => Array.from({ length: 4 }, (_, i) => page(`Not ${words[w]} ${i}`, text(words.map((_, v) => (v === w ? 0 : 3)))))),
			page('All three', text([1, 1, 1]), 'Frontend'),
			page('All three again', text([2, 1, 1]), 'Frontend'),
		];
		const small = limits({ pagesPerWord: 4, postingsPerWord: 8, wordsPerPostingFile: 1 });

		it('finds every page that has all of them, from the set of each word\'s pages', async () => {
			const files = wordSearchFiles(library, small);
			// No page with all three is among any word's best eight (its six own pages and two that lack another word).
			for (const word of words) expect(files.postingFiles[postingFileOf(word, files.postingFiles.length)]![word]!.every).toBeDefined();
			// In no list, both rank alike and come in the pages' order.
			expect(await search(files, 'alpha beta gamma')).toEqual(['All three', 'All three again']);
			expect(await search(files, 'gamma beta alpha')).toEqual(['All three', 'All three again']);
			expect(await search(files, 'alpha beta')).toEqual(['Not gamma 0', 'Not gamma 1', 'Not gamma 2', 'Not gamma 3', 'All three', 'All three again']);
		});

		it('keeps no set for a word whose postings rank all its pages', () => {
			const { postingFiles } = wordSearchFiles(library, limits({ pagesPerWord: 4, postingsPerWord: 64, wordsPerPostingFile: 1 }));
			expect(postingFiles.flatMap((file) => Object.values(file)).filter((posting) => posting.every)).toEqual([]);
		});
	});
});

describe('pages read from Pagefind\'s fragments', () => {
	const fragment = (page: object) => gzipSync(`pagefind_dcd${JSON.stringify(page)}`);
	const first = fragment({ url: '/roadmaps/r/first/', content: 'Rollback, then roll back the rollback.', word_count: 6, meta: { title: 'First', roadmap: 'R' } });

	it('are the pages as Pagefind indexed them, under the site\'s base, with their words counted', () => {
		expect(indexedPage(fragmentSummary(first), '/sub/')).toEqual({
			title: 'First',
			url: '/sub/roadmaps/r/first/',
			context: 'R',
			wordCount: 6,
			words: pageWords('Rollback, then roll back the rollback.'),
		});
		expect(pageWords('Rollback, then roll back the rollback.')).toEqual({ words: ['rollback', 'then', 'roll', 'back', 'the'], counts: [2, 1, 1, 1, 1] });
		expect(indexedPage(fragmentSummary(fragment({ url: '/x/', content: '', word_count: 0, meta: {} })), '/').words).toEqual({ words: [], counts: [] });
	});

	it('are read again only when their fragment is new to the memo of the builds before', () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-fragments-'));
		const decompressed: string[] = [];
		const recording = (memo: FileMemo<FragmentSummary>): FileMemo<FragmentSummary> => ({
			...memo,
			get: (input, compute) => memo.get(input, () => (decompressed.push('read'), compute())),
		});
		try {
			const before = fileMemo<FragmentSummary>(dir);
			const summary = fragmentSummary(first, recording(before));
			before.save();
			const second = fragment({ url: '/roadmaps/r/second/', content: 'Other words.', word_count: 2, meta: { title: 'Second' } });
			const after = recording(fileMemo<FragmentSummary>(dir));
			expect(fragmentSummary(first, after)).toEqual(summary);
			fragmentSummary(second, after);
			expect(decompressed).toEqual(['read', 'read']);
			// The offline lists take a page's URL from the memo, and read a new fragment for it without keeping it.
			const stored = fileMemo<FragmentSummary>(dir);
			expect(fragmentPageUrl(first, stored)).toBe('/roadmaps/r/first/');
			expect(fragmentPageUrl(second, stored)).toBe('/roadmaps/r/second/');
			expect(stored.find(second)).toBeUndefined();
			expect(fragmentPageUrl(first, { ...stored, find: () => ({ ...summary, url: '/from-memo/' }) })).toBe('/from-memo/');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
