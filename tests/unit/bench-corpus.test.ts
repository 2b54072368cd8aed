import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPages, writeWaymarkCorpus } from '../../scripts/bench/corpus.ts';
import { searchPart } from '../../scripts/bench/search-bytes.ts';
import { checkContent } from '../../src/lib/checks/content-check.ts';

describe('benchmark corpus', () => {
	it('is deterministic and tags phases with taxonomy topics', () => {
		const a = corpusPages(2, 3, ['sql', 'redis', 'docker']);
		expect(a).toEqual(corpusPages(2, 3, ['sql', 'redis', 'docker']));
		expect(a).toHaveLength(6);
		expect(a.every((p) => p.topics.length > 0 && p.topics.every((t) => ['sql', 'redis', 'docker'].includes(t)))).toBe(true);
		expect(a[0]!.body).toMatch(/\| Tool \| Purpose \|/);
	});

	it('writes a Waymark content folder that passes every content check', () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-corpus-'));
		writeWaymarkCorpus(dir, corpusPages(2, 3, ['sql', 'redis']), 'content/topics');
		const { problems, content } = checkContent(dir, dir);
		expect(problems).toEqual([]);
		expect(content.phases).toHaveLength(6);
		expect(content.roadmaps.map((r) => r.data.track)).toEqual(['backend', 'frontend']);
	});

	it('spreads a library of roadmaps evenly over 8 tracks', () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-corpus-'));
		writeWaymarkCorpus(dir, corpusPages(24, 1, ['sql']), 'content/topics');
		const { problems, content } = checkContent(dir, dir);
		expect(problems).toEqual([]);
		expect(content.tracks).toHaveLength(8);
		const perTrack = Object.groupBy(content.roadmaps, (r) => r.data.track);
		expect(Object.values(perTrack).map((roadmaps) => roadmaps!.length)).toEqual(Array(8).fill(3));
	});

	it('writes prose with a long tail, as real writing has: few words on every page, most on a few', () => {
		const pages = corpusPages(4, 50, ['sql']);
		const pagesWith = new Map<string, number>();
		for (const page of pages) for (const word of new Set(page.body.match(/[a-z]+/g))) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
		const counts = [...pagesWith.values()];
		expect(pagesWith.size).toBeGreaterThan(2000);
		expect(counts.filter((n) => n > pages.length / 2).length).toBeLessThan(50);
		expect(counts.filter((n) => n <= 3).length).toBeGreaterThan(pagesWith.size / 2);
	});

	it('makes the 10,000-phase library: 200 roadmaps of 50 phases', () => {
		const pages = corpusPages(200, 50, ['sql']);
		expect(pages).toHaveLength(10_000);
		expect(new Set(pages.map((p) => p.roadmap)).size).toBe(200);
	});
});

describe('search cost', () => {
	it("tells the search script and title and word search's files from Pagefind's engine, index, filters and fragments", () => {
		expect(searchPart('/_astro/search.Bx1c2d3e.js')).toBe('script');
		expect(['/sub/search/titles/re.json', '/search/titles.json'].map(searchPart)).toEqual(['titles', 'titles']);
		expect(['/sub/search/words/ro.json', '/search/words.json'].map(searchPart)).toEqual(['words', 'words']);
		expect(['/pagefind/pagefind.js', '/sub/pagefind/pagefind-worker.js', '/pagefind/wasm.en.pagefind', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.en_f7d7e76152.pf_meta'].map(searchPart)).toEqual(Array(5).fill('engine'));
		expect(searchPart('/pagefind/index/en_3c54314.pf_index')).toBe('index');
		expect(searchPart('/pagefind/filter/en_2551b42.pf_filter')).toBe('filter');
		expect(searchPart('/pagefind/fragment/en_107e2b7.pf_fragment')).toBe('fragment');
		expect(searchPart('/pagefind/pagefind-highlight.js')).toBe('other');
	});
});
