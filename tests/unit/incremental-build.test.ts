// The real build script, four times on one content folder and once more from scratch: a build that copies the pages
// whose render key is unchanged from the build before (experimental.incrementalBuild) must publish exactly what a
// build without that cache publishes. Slow: five full Astro builds of the fixture site.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/lib/build/content-dir.ts';
import { repoRoot } from './bad-input-corpus.ts';

const BUILD_TIMEOUT = 180_000;

let content: string;
let out: string;
// The content folder's own cache: the content layer, the incremental build's pages, the build's memos.
const cacheDir = () => cacheDirFor(content);

beforeAll(() => {
	content = mkdtempSync(join(tmpdir(), 'waymark-incremental-'));
	cpSync(join(repoRoot, 'tests/fixtures/site/content'), content, { recursive: true });
	out = mkdtempSync(join(tmpdir(), 'waymark-incremental-out-'));
});

afterAll(() => {
	rmSync(content, { recursive: true, force: true });
	rmSync(out, { recursive: true, force: true });
	rmSync(cacheDir(), { recursive: true, force: true });
});

function build(): string {
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: repoRoot,
		env: { ...process.env, WAYMARK_CONTENT_DIR: content, WAYMARK_OUT_DIR: out, SITE_URL: 'http://127.0.0.1:4321' },
		encoding: 'utf8',
		timeout: BUILD_TIMEOUT,
	});
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status, output).toBe(0);
	return output;
}

// Pagefind names its filter files by a hash over a map it does not order, so two builds of the same pages may name
// them differently; so do the offline lists and the service worker, which list them. The lists are compared without
// Pagefind's files, everything else byte for byte.
const published = () =>
	new Map(
		readdirSync(out, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name).slice(out.length + 1))
			.filter((file) => !file.startsWith('pagefind/') && file !== 'sw.js')
			.map((file) => {
				const bytes = readFileSync(join(out, file));
				const { search, bytes: size, version, ...list } = file.startsWith('offline/') && file.endsWith('.json') ? JSON.parse(bytes.toString()) : { list: bytes };
				return [file, createHash('sha256').update(JSON.stringify(list)).digest('hex')];
			}),
	);

const fragments = () => readdirSync(join(out, 'pagefind/fragment')).sort();

/** Pagefind's log when the site's index kept pages it read from the published build (see published-pages.ts). */
const PAGES_READ_BEFORE = /Indexed \d+ pages for search, [1-9]\d* of them read from the build before/;

/** Pages Astro copied from the build before rather than rendered (its log is coloured where CI=true). */
const copied = (output: string) => new Set([...stripVTControlCharacters(output).matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]));

const edit = (file: string, change: (text: string) => string) => {
	const path = join(content, 'roadmaps', file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
};

describe('incremental builds (real builds into a temporary folder)', () => {
	it(
		're-render only the pages of the roadmaps an edit reaches, and publish what a build from scratch publishes',
		() => {
			build();

			// A body and a title in one roadmap: its own pages change (the title shows in its sidebar), the other's do not.
			edit('course-catalogue/statistics.mdx', (text) => `${text}\nA paragraph added after the first build.\n`);
			edit('course-catalogue/intro-python.mdx', (text) => text.replace('title: "Introduction to Python"', 'title: "Python from scratch"'));
			// The other roadmap's source document: its page only.
			writeFileSync(join(content, 'sources/sample.md'), `${readFileSync(join(content, 'sources/sample.md'), 'utf8')}\nA line added to the source.\n`);
			const second = copied(build());
			expect(second).toContain('/roadmaps/sample/tables/index.html');
			expect(second).toContain('/roadmaps/sample/index.html');
			expect(second).not.toContain('/roadmaps/course-catalogue/sql-basics/index.html');
			// The roadmap's files besides its pages follow its pages; title search's files their contents.
			for (const file of ['/compare/data/sample.json', '/offline/sample.json']) expect(second).toContain(file);
			for (const file of ['/compare/data/course-catalogue.json', '/offline/course-catalogue.json', '/sources/sample/index.html']) expect(second).not.toContain(file);
			expect(readFileSync(join(out, 'sources/sample/index.html'), 'utf8')).toContain('A line added to the source.');
			expect([...second].some((file) => file?.startsWith('/search/titles/'))).toBe(true);
			expect(readFileSync(join(out, 'roadmaps/course-catalogue/sql-basics/index.html'), 'utf8')).toContain('Python from scratch');

			// A title another roadmap's page names: a course-catalogue phase requires this one.
			edit('sample/tables.mdx', (text) => text.replace('title: "Tables and task lists"', 'title: "Tables, lists and tasks"'));
			const thirdOutput = build();
			const third = copied(thirdOutput);
			expect(third).not.toContain('/roadmaps/course-catalogue/pipelines/index.html');
			expect(readFileSync(join(out, 'roadmaps/course-catalogue/pipelines/index.html'), 'utf8')).toContain('Tables, lists and tasks');
			// Search read course-catalogue's published pages early, as its files were unchanged, and found one changed.
			expect(thirdOutput).not.toMatch(PAGES_READ_BEFORE);

			// A body no other roadmap shows: search keeps the other roadmap's pages as read from the published site.
			edit('sample/tables.mdx', (text) => `${text}\nOne more paragraph.\n`);
			expect(stripVTControlCharacters(build())).toMatch(PAGES_READ_BEFORE);
			const incremental = published();
			const incrementalFragments = fragments();

			rmSync(cacheDir(), { recursive: true, force: true });
			expect(copied(build()).size).toBe(0);
			const fromScratch = published();
			expect([...incremental.keys()].sort()).toEqual([...fromScratch.keys()].sort());
			const differing = [...fromScratch].filter(([file, hash]) => incremental.get(file) !== hash).map(([file]) => file);
			expect(differing).toEqual([]);
			// Fragments are named by their contents: the same pages indexed with the same text.
			expect(incrementalFragments).toEqual(fragments());
		},
		5 * BUILD_TIMEOUT,
	);
});
