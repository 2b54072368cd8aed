import { describe, expect, it } from 'vitest';
import { searchIndexes, searchIndexLanguage } from '../../src/lib/search/search-indexes.ts';

const built = { top: ['404.html', '_astro/', 'index.html', 'compare/', 'roadmaps/', 'topics/', 'robots.txt'], roadmaps: ['api', 'python-zh', 'rust-ja', 'sql'] };

describe('search indexes', () => {
	it('indexes only the languages Pagefind segments apart, by their primary subtag', () => {
		expect(['en', 'es', 'ru', 'pt-BR', 'ko'].map(searchIndexLanguage)).toEqual(['en', 'en', 'en', 'en', 'en']);
		expect(['zh', 'zh-Hant', 'ja', 'th'].map(searchIndexLanguage)).toEqual(['zh', 'zh', 'ja', 'th']);
	});

	it('keeps one index of every page while no roadmap needs segmenting', () => {
		const roadmaps = [{ id: 'api', language: 'en' }, { id: 'sql', language: 'es' }];
		expect(searchIndexes(roadmaps, built)).toEqual([{ language: 'en', bundle: 'pagefind' }]);
	});

	it('gives each segmented language its roadmaps in a bundle of its own, and leaves them out of the site\'s index', () => {
		const roadmaps = [
			{ id: 'api', language: 'en' },
			{ id: 'python-zh', language: 'zh-CN' },
			{ id: 'rust-ja', language: 'ja' },
			{ id: 'sql', language: 'es' },
		];
		expect(searchIndexes(roadmaps, built)).toEqual([
			{ language: 'en', bundle: 'pagefind', glob: '{404.html,_astro/**/*.html,index.html,compare/**/*.html,roadmaps/{*.html,api/**/*.html,sql/**/*.html},topics/**/*.html}' },
			{ language: 'zh', bundle: 'pagefind/zh', glob: 'roadmaps/python-zh/**/*.html' },
			{ language: 'ja', bundle: 'pagefind/ja', glob: 'roadmaps/rust-ja/**/*.html' },
		]);
	});
});
