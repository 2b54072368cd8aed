import { describe, expect, it } from 'vitest';
import { firstPrefixes } from '../../src/lib/search/prefix-tree.ts';
import { type IndexedPage, textWordFiles } from '../../src/lib/search/text-word-files.ts';
import { searchTextWords, type TextWordFile } from '../../src/lib/search/text-words.ts';

const page = (title: string, text: string, context = 'Backend'): IndexedPage => ({
	title,
	url: `/${title.toLowerCase().replace(/ /g, '-')}/`,
	context,
	text,
	wordCount: text.split(/\s+/).length,
});

const search = (files: Map<string, TextWordFile>, query: string, limit = 8) =>
	searchTextWords(query, async (prefix) => files.get(prefix) ?? null, limit).then((hits) => hits.map((hit) => hit.title));

describe('word search files', () => {
	const pages = [
		page('Deploys', 'Ship it, then roll back: a rollback undoes a deploy. Rollback plans are tested.'),
		page('Long page', `${'filler '.repeat(200)}rollback once`),
		page('Caching', 'A cache keeps answers. Rollback of a cache is a flush.', 'Frontend'),
		page('Queues', 'A queue holds jobs for a worker.'),
	];
	const files = textWordFiles(pages);

	it('keeps a word\'s pages best first: more often, and on a shorter page, weighs more', async () => {
		expect(await search(files, 'rollback')).toEqual(['Deploys', 'Caching', 'Long page']);
		expect(await search(files, 'rollback', 1)).toEqual(['Deploys']);
	});

	it('shows each hit with the context Pagefind would show under it', async () => {
		const hits = await searchTextWords('flush', async (prefix) => files.get(prefix) ?? null, 8);
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
		const mixed = textWordFiles([page('Intro', '数据库 basics ฐานข้อมูล')]);
		expect(firstPrefixes(mixed)).toEqual(['ba']);
		expect(await search(mixed, '数据库')).toEqual([]);
	});

	it('keeps at most the given number of pages per word', () => {
		const many = textWordFiles(Array.from({ length: 20 }, (_, i) => page(`Page ${i}`, `common word ${i}`)), 32, 5);
		const [, ...common] = many.get('co')!.words.find(([word]) => word === 'common')!;
		expect(common).toHaveLength(5);
	});

	it('writes each page and context once per file', () => {
		const file = files.get('ro')!;
		expect(file.pages.map(([title]) => title)).toEqual(['Deploys', 'Caching', 'Long page']);
		expect(file.contexts).toEqual(['Backend', 'Frontend']);
		expect(file.words.find(([word]) => word === 'roll')).toEqual(['roll', 0]);
	});

	it('splits a full prefix into longer ones, the words on most pages staying in the shorter file', async () => {
		const words = Array.from({ length: 60 }, (_, i) => `da${String.fromCharCode(97 + (i % 26))}${i}`);
		// Word i is on i + 1 pages: the last words are the most common.
		const library = Array.from({ length: 60 }, (_, p) => page(`Page ${p}`, words.filter((_, i) => i >= 59 - p).join(' ')));
		const split = textWordFiles(library, 10, 3);
		const da = split.get('da')!;
		expect(da.words.map(([word]) => word)).toEqual(words.slice(-10).reverse());
		expect(da.longer.length).toBeGreaterThan(0);
		expect(firstPrefixes(split)).toEqual(['da']);
		// Every word is found, in whichever file holds it, with its pages (word i is on i + 1 pages).
		for (const [i, word] of words.entries()) expect((await search(split, word)).length).toBeGreaterThanOrEqual(Math.min(i + 1, 3));
	});
});
