import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, builtFiles, mainText, readBuiltSite, scanPage, urlOfFile, type BuiltPage, type StoredPageScan } from '../../src/lib/build/built-site.ts';
import { fileMemo } from '../../src/lib/build/file-memo.ts';

const page = (file: string, html: string): BuiltPage => ({ url: urlOfFile(file), file, ...scanPage(html), digest: '', bytes: html.length });

describe('scanPage', () => {
	it('reads IDs, links (entities decoded) and a meta-refresh target', () => {
		const scanned = scanPage(
			'<html><head><meta http-equiv="Refresh" content="0;url=/roadmaps/new/"></head><body><h2 id="intro">Intro</h2><a href="/a/?x=1&amp;y=2#intro">x</a><a>no href</a></body></html>',
		);
		expect([...scanned.ids]).toEqual(['intro']);
		expect(scanned.links).toEqual(['/a/?x=1&y=2#intro']);
		expect(scanned.redirectTo).toBe('/roadmaps/new/');
	});
});

describe('builtFiles', () => {
	it('lists every file and folder by its path in the built site, sorted, as a recursive listing does', () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-built-files-'));
		try {
			for (const folder of ['roadmaps/r/phase-1', 'roadmaps/r/files', 'pagefind/fragment']) mkdirSync(join(dir, folder), { recursive: true });
			for (const file of ['index.html', 'roadmaps/r/index.html', 'roadmaps/r/phase-1/index.html', 'roadmaps/r/files/notes.pdf', 'pagefind/fragment/en_1.pf_fragment']) writeFileSync(join(dir, file), 'x');
			const files = builtFiles(dir);
			expect(files).toContain('roadmaps/r/phase-1/index.html');
			expect(files).toContain('roadmaps/r/phase-1');
			expect(files).toEqual(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort());
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('mainText', () => {
	it('reads only <main>: one line per block element, inline elements joined to their words, whitespace collapsed', () => {
		const html =
			'<header><p>Skip</p></header><main><h2 id="x">Post<strong>greSQL</strong> basics</h2>\n  <ul>\n    <li>B-tree &amp; GIN\n    indexes</li>\n' +
			'    <li>  <em>Joins</em>\tand  views </li>\n  </ul><p>one<br>two</p></main><footer>Not this</footer>';
		expect(mainText(html)).toBe('PostgreSQL basics\nB-tree & GIN indexes\nJoins and views\none\ntwo');
	});

	it('is empty for a page without <main>', () => {
		expect(mainText('<p>Redirecting…</p>')).toBe('');
	});
});

describe('brokenLinks', () => {
	const site = [
		page('index.html', '<a href="/roadmaps/x/#week-1">ok</a><a href="/roadmaps/x/#week-9">bad anchor</a><a href="/gone/">gone</a><a href="https://example.org/">external</a>'),
		page('roadmaps/x/index.html', '<h2 id="week-1">Week 1</h2><a href="../../#top">up</a>'),
	];

	it('reports missing pages and missing anchors, and ignores external links', () => {
		expect(brokenLinks(site)).toEqual([
			{ page: '/', href: '/roadmaps/x/#week-9', reason: 'no element with id "week-9" on /roadmaps/x/' },
			{ page: '/', href: '/gone/', reason: 'no such page' },
			{ page: '/roadmaps/x/', href: '../../#top', reason: 'no element with id "top" on /' },
		]);
	});

	it('resolves links to the files the site serves besides its pages (a roadmap\'s PDF), with the PDF viewer\'s anchors', () => {
		const withFiles = [page('index.html', '<a href="/roadmaps/x/files/notes.pdf#page=2">notes</a><a href="/roadmaps/x/files/gone.pdf">gone</a>')];
		expect(brokenLinks(withFiles, '/', new Set(['/roadmaps/x/files/notes.pdf']))).toEqual([{ page: '/', href: '/roadmaps/x/files/gone.pdf', reason: 'no such page' }]);
	});

	it('resolves a relative link from each page that carries it, an absolute one alike from all', () => {
		const pages = [
			page('a/index.html', '<h2 id="top">A</h2><a href="x/">x of a</a><a href="#top">top</a><a href="/a/#top">a</a>'),
			page('a/x/index.html', ''),
			page('b/index.html', '<a href="x/">x of b</a><a href="#top">top</a><a href="/a/#top">a</a>'),
		];
		expect(brokenLinks(pages)).toEqual([
			{ page: '/b/', href: 'x/', reason: 'no such page' },
			{ page: '/b/', href: '#top', reason: 'no element with id "top" on /b/' },
		]);
	});

	it('resolves links under the base path the site is served under, where a site path without it leads nowhere', () => {
		const underBase = [
			page('index.html', '<a href="/sub/roadmaps/x/#week-1">ok</a><a href="/sub">home</a><a href="/roadmaps/x/">no base</a><a href="/sub/gone/">gone</a>'),
			page('roadmaps/x/index.html', '<h2 id="week-1">Week 1</h2><a href="../../">up</a><a href="../../../">above the base</a>'),
		];
		expect(brokenLinks(underBase, '/sub/')).toEqual([
			{ page: '/', href: '/roadmaps/x/', reason: 'outside the base path /sub/ the site is served under' },
			{ page: '/', href: '/sub/gone/', reason: 'no such page' },
			{ page: '/roadmaps/x/', href: '../../../', reason: 'outside the base path /sub/ the site is served under' },
		]);
	});
});

describe('brokenLinks on odd URLs', () => {
	// Each of these once made the build die with "TypeError: Invalid URL" or "URIError: URI malformed" and a stack trace.
	const linksTo = (...hrefs: string[]) => [page('index.html', `<h2 id="top">Top</h2>${hrefs.map((href) => `<a href="${href}">x</a>`).join('')}`)];

	it.each(['http://[', 'https://exa mple.com', '//', 'https://', 'http://999.999.999.999/'])('reports %s as not a valid URL, without throwing', (href) => {
		expect(brokenLinks(linksTo(href))).toEqual([{ page: '/', href, reason: 'not a valid URL' }]);
	});

	it('reports javascript:, vbscript: and data: links as unsafe, however they are written', () => {
		expect(brokenLinks(linksTo('javascript:alert(1)', ' JaVa&#x09;ScRiPt:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>')).map((b) => b.reason)).toEqual([
			'unsafe javascript: URL: it would run code or carry a whole document',
			'unsafe javascript: URL: it would run code or carry a whole document',
			'unsafe vbscript: URL: it would run code or carry a whole document',
			'unsafe data: URL: it would run code or carry a whole document',
		]);
	});

	it('lets mailto:, tel: and other sites pass', () => {
		expect(brokenLinks(linksTo('mailto:', 'tel:', 'mailto:someone@example.org', 'tel:+441234', 'ftp://example.org/', '\\\\example.org/x'))).toEqual([]);
	});

	it('treats malformed percent-escapes as written: a missing page or ID, not a crash', () => {
		expect(brokenLinks(linksTo('/100%', '#%E0%A4%A', '#top'))).toEqual([
			{ page: '/', href: '/100%', reason: 'no such page' },
			{ page: '/', href: '#%E0%A4%A', reason: 'no element with id "%E0%A4%A" on /' },
		]);
	});

	it('reads a page with a third-party iframe and odd links from disk without throwing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-built-site-'));
		try {
			writeFileSync(join(dir, 'index.html'), '<iframe src="https://evil.example"></iframe><a href="http://[">x</a><a href="mailto:">m</a>');
			expect(brokenLinks(readBuiltSite(dir))).toEqual([{ page: '/', href: 'http://[', reason: 'not a valid URL' }]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('fileMemo', () => {
	it('computes each input once, and gives a later run the results of inputs it saw', () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-memo-'));
		const file = join(dir, 'memo');
		try {
			const computed: string[] = [];
			const length = (input: string) => () => (computed.push(input), input.length);
			const first = fileMemo<number>(file);
			expect(['ab', 'abc', 'ab'].map((input) => first.get(input, length(input)))).toEqual([2, 3, 2]);
			first.save();
			expect(computed).toEqual(['ab', 'abc', 'ab']);

			const second = fileMemo<number>(file);
			expect(['abc', 'abcd'].map((input) => second.get(input, length(input)))).toEqual([3, 4]);
			second.save();
			expect(computed.slice(3)).toEqual(['abcd']);
			// Only the inputs of the run before are kept: "ab" is computed again.
			expect(fileMemo<number>(file).get('ab', length('ab'))).toBe(2);
			expect(computed.slice(4)).toEqual(['ab']);

			for (const shard of readdirSync(file)) writeFileSync(join(file, shard), '{"version": "cut short');
			expect(fileMemo<number>(file).get('abc', length('abc'))).toBe(3);
			expect(computed.slice(5)).toEqual(['abc']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('rewrites only the files whose inputs changed', () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-memo-'));
		const inputs = Array.from({ length: 200 }, (_, i) => `page ${i}`);
		const run = (met: string[]) => {
			const memo = fileMemo<number>(dir);
			for (const input of met) memo.get(input, () => input.length);
			memo.save();
		};
		const writeTimes = () => new Map(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).mtimeMs]));
		try {
			run(inputs);
			const shards = readdirSync(dir);
			expect(shards.length).toBeGreaterThan(10);
			for (const shard of shards) utimesSync(join(dir, shard), 0, 0);
			run(inputs);
			expect([...writeTimes().values()].every((time) => time === 0)).toBe(true);

			run([...inputs.slice(1), 'page 200']);
			const rewritten = [...writeTimes()].filter(([, time]) => time !== 0);
			expect(rewritten.length).toBeGreaterThan(0);
			expect(rewritten.length).toBeLessThanOrEqual(2);
			const memo = fileMemo<number>(dir);
			let computed = 0;
			expect(memo.get('page 200', () => (computed++, 0))).toBe(8);
			expect(memo.get('page 0', () => (computed++, 6))).toBe(6);
			expect(computed).toBe(1);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('gives readBuiltSite the same pages from stored scans as from scanning', () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-scans-'));
		try {
			mkdirSync(join(dir, 'site/a'), { recursive: true });
			writeFileSync(join(dir, 'site/a/index.html'), '<h2 id="a">A</h2><a href="/b.html">b</a><link rel="stylesheet" href="/s.css">');
			writeFileSync(join(dir, 'site/b.html'), '<meta http-equiv="refresh" content="0;url=/a/">');
			const memo = fileMemo<StoredPageScan>(join(dir, 'scans'));
			const scanned = readBuiltSite(join(dir, 'site'), memo);
			memo.save();
			expect(scanned).toEqual(readBuiltSite(join(dir, 'site')));
			const stored = readBuiltSite(join(dir, 'site'), fileMemo<StoredPageScan>(join(dir, 'scans')));
			expect(stored).toEqual(scanned);
			expect(stored[0]!.ids).toEqual(new Set(['a']));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
