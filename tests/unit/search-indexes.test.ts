import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmapIndexedFiles, samePages } from '../../src/lib/search/published-pages.ts';
import { anyNameBut, roadmapsGlob, searchIndexes, searchIndexLanguage } from '../../src/lib/search/search-indexes.ts';

// Pagefind's globs as a RegExp, for the syntax search-indexes.ts writes: {a,b}, **/, *, ? and [!x].
function globMatcher(glob: string): (path: string) => boolean {
	const tokens: Record<string, string> = { '**/': '(?:.*/)?', '*': '[^/]*', '?': '[^/]', '[!': '[^/', '{': '(?:', '}': ')', ',': '|' };
	const source = glob.replace(/\*\*\/|\[!|[*?{},]|[.+^$()|]/g, (token) => tokens[token] ?? `\\${token}`);
	const pattern = new RegExp(`^${source}$`);
	return (path) => pattern.test(path);
}

const phases = anyNameBut('print');
const built = { top: ['404.html', '_astro/', 'index.html', 'compare/', 'roadmaps/', 'topics/', 'robots.txt'], roadmaps: ['api', 'python-zh', 'rust-ja', 'sql'] };

describe('search indexes', () => {
	it('indexes only the languages Pagefind segments apart, by their primary subtag', () => {
		expect(['en', 'es', 'ru', 'pt-BR', 'ko'].map(searchIndexLanguage)).toEqual(['en', 'en', 'en', 'en', 'en']);
		expect(['zh', 'zh-Hant', 'ja', 'th'].map(searchIndexLanguage)).toEqual(['zh', 'zh', 'ja', 'th']);
	});

	it('keeps one index of every page but the printable ones while no roadmap needs segmenting', () => {
		const roadmaps = [{ id: 'api', language: 'en' }, { id: 'sql', language: 'es' }];
		const [site, ...others] = searchIndexes(roadmaps, built);
		expect(others).toEqual([]);
		const holds = globMatcher(site!.glob);
		expect(['index.html', '404.html', 'compare/index.html', 'roadmaps/index.html', 'roadmaps/api/index.html', 'roadmaps/api/intro/index.html', 'roadmaps/sql/prints/index.html', 'roadmaps/sql/p/index.html'].filter(holds)).toHaveLength(8);
		expect(['roadmaps/api/print/index.html', 'robots.txt', 'roadmaps/api/notes.pdf'].filter(holds)).toEqual([]);
	});

	it('names every folder but one in a glob', () => {
		const holds = globMatcher(anyNameBut('print'));
		expect(['p', 'pr', 'pri', 'prin', 'printer', 'prints', 'phase-1', 'intro', 'xprint', 'Print'].filter(holds)).toHaveLength(10);
		expect(holds('print')).toBe(false);
	});

	it('gives each segmented language its roadmaps in a bundle of its own, and leaves them out of the site\'s index', () => {
		const roadmaps = [
			{ id: 'api', language: 'en' },
			{ id: 'python-zh', language: 'zh-CN' },
			{ id: 'rust-ja', language: 'ja' },
			{ id: 'sql', language: 'es' },
		];
		expect(searchIndexes(roadmaps, built)).toEqual([
			{ language: 'en', bundle: 'pagefind', glob: `{404.html,_astro/**/*.html,index.html,compare/**/*.html,roadmaps/{*.html,{api,sql}/{index.html,${phases}/**/*.html}},topics/**/*.html}` },
			{ language: 'zh', bundle: 'pagefind/zh', glob: `roadmaps/python-zh/{index.html,${phases}/**/*.html}` },
			{ language: 'ja', bundle: 'pagefind/ja', glob: `roadmaps/rust-ja/{index.html,${phases}/**/*.html}` },
		]);
	});

	it('leaves out of the site\'s index the roadmaps whose pages it read from the build before', () => {
		const roadmaps = [{ id: 'api', language: 'en' }, { id: 'python-zh', language: 'zh' }, { id: 'sql', language: 'en' }];
		const [site] = searchIndexes(roadmaps, built, new Set(['api']));
		const holds = globMatcher(site!.glob);
		expect(['index.html', 'roadmaps/index.html', 'roadmaps/sql/index.html', 'roadmaps/sql/p/index.html'].filter(holds)).toHaveLength(4);
		expect(['roadmaps/api/index.html', 'roadmaps/api/intro/index.html', 'roadmaps/python-zh/index.html'].filter(holds)).toEqual([]);
		const [allRead] = searchIndexes(roadmaps, built, new Set(['api', 'sql']));
		expect(['roadmaps/index.html', 'compare/index.html'].filter(globMatcher(allRead!.glob))).toHaveLength(2);
		expect(['roadmaps/api/index.html', 'roadmaps/sql/p/index.html'].filter(globMatcher(allRead!.glob))).toEqual([]);
	});
});

describe('pages read from the build before', () => {
	const site = (files: Record<string, string>) => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-published-pages-'));
		for (const [file, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), text);
		}
		return dir;
	};
	const pages = {
		'roadmaps/api/index.html': 'overview',
		'roadmaps/api/intro/index.html': 'intro',
		'roadmaps/api/old-name/index.html': 'redirect',
		'roadmaps/api/print/index.html': 'every phase',
		'roadmaps/api/source/deep/index.html': 'source',
		'roadmaps/api/notes.html': 'not a page of the index',
		'roadmaps/api/intro/card.png': 'image',
	};

	it('lists the files the index\'s glob reads, as the glob reads them', () => {
		const dir = site(pages);
		const files = roadmapIndexedFiles(dir, 'api');
		expect(files).toEqual(['roadmaps/api/index.html', 'roadmaps/api/intro/index.html', 'roadmaps/api/old-name/index.html', 'roadmaps/api/source/deep/index.html']);
		expect(Object.keys(pages).filter(globMatcher(roadmapsGlob(['api']))).sort()).toEqual(files);
		expect(roadmapIndexedFiles(dir, 'missing')).toEqual([]);
		rmSync(dir, { recursive: true });
	});

	it('are kept only when the new build has the same pages with the same bytes', () => {
		const before = site(pages);
		const same = site(pages);
		const edited = site({ ...pages, 'roadmaps/api/intro/index.html': 'intro, edited' });
		const added = site({ ...pages, 'roadmaps/api/new/index.html': 'new' });
		const { ['roadmaps/api/old-name/index.html']: _, ...fewer } = pages;
		const removed = site(fewer);
		const printEdited = site({ ...pages, 'roadmaps/api/print/index.html': 'every phase, edited' });
		expect(samePages(before, same, ['api'])).toBe(true);
		expect(samePages(before, printEdited, ['api'])).toBe(true);
		for (const after of [edited, added, removed]) expect(samePages(before, after, ['api'])).toBe(false);
		for (const dir of [before, same, edited, added, removed, printEdited]) rmSync(dir, { recursive: true });
	});
});
