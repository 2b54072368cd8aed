import { describe, expect, it } from 'vitest';
import { anyNameBut, searchIndexes, searchIndexLanguage } from '../../src/lib/search/search-indexes.ts';

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
});
