// The real build script on a temporary content folder: a failure at any step must leave the output
// folder exactly as it was, and a published URL or heading anchor may only disappear behind an alias.
// Slow: each build is a full Astro build (5-10 s), so the cases are few and run in order on one content folder.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/lib/build/content-dir.ts';
import { checkContent } from '../../src/lib/checks/content-check.ts';
import { applyCase, contentFolder, repoRoot } from './bad-input-corpus.ts';

const BUILD_TIMEOUT = 180_000;

let content: string;
let out: string;

beforeAll(() => {
	content = contentFolder();
	out = mkdtempSync(join(tmpdir(), 'waymark-build-safety-out-'));
});

afterAll(() => {
	rmSync(content, { recursive: true, force: true });
	rmSync(out, { recursive: true, force: true });
	rmSync(cacheDirFor(content), { recursive: true, force: true });
});

function build() {
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: repoRoot,
		env: { ...process.env, WAYMARK_CONTENT_DIR: content, WAYMARK_OUT_DIR: out, SITE_URL: 'http://127.0.0.1:4321' },
		encoding: 'utf8',
		timeout: BUILD_TIMEOUT,
	});
	return { ...result, output: `${result.stdout}\n${result.stderr}` };
}

/** One hash over every file's path and bytes: equal hashes mean the folder is byte-for-byte unchanged. */
function treeHash(dir: string): string {
	const hash = createHash('sha256');
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	for (const file of files) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
	return `${files.length} files, ${hash.digest('hex')}`;
}

const phases = () => join(content, 'roadmaps/backend');

describe('build safety (real build into temporary folders)', () => {
	it(
		'builds valid content into the output folder and records the published URLs',
		() => {
			const result = build();
			expect(result.status, result.output).toBe(0);
			expect(existsSync(join(out, 'index.html'))).toBe(true);
			expect(existsSync(join(out, 'roadmaps/backend/databases/index.html'))).toBe(true);
			expect(readFileSync(join(content, 'published-urls.txt'), 'utf8')).toContain('/roadmaps/backend/databases/\n');
		},
		BUILD_TIMEOUT,
	);

	it(
		'stops at a content error, naming file, line and field, and leaves the output folder byte-for-byte unchanged',
		() => {
			const before = treeHash(out);
			const databases = readFileSync(join(phases(), 'databases.mdx'));
			applyCase('type-order-string', content);
			const result = build();
			expect(result.status, result.output).toBe(1);
			expect(result.stderr).toContain('roadmaps/backend/databases.mdx:3:8  order  must be a number');
			expect(result.stderr).toContain('Nothing was built.');
			expect(result.stderr).toContain('was left untouched');
			expect(treeHash(out)).toBe(before);
			expect(existsSync(join(repoRoot, '.work', `staging-${result.pid}`))).toBe(false);
			writeFileSync(join(phases(), 'databases.mdx'), databases);
		},
		BUILD_TIMEOUT,
	);

	it(
		"refuses to publish an import's or a skeleton's TODO placeholder, which a draft may hold",
		() => {
			const before = treeHash(out);
			const index = join(content, 'roadmaps/backend/index.mdx');
			const original = readFileSync(index);
			applyCase('placeholder-roadmap-title', content);
			const result = build();
			expect(result.status, result.output).toBe(1);
			expect(result.stderr).toContain('roadmaps/backend/index.mdx:2:8  title  is still a placeholder');
			expect(treeHash(out)).toBe(before);
			expect(checkContent(content, content).problems).toEqual([]);
			writeFileSync(index, original);
		},
		BUILD_TIMEOUT,
	);

	it(
		'refuses to drop a published phase URL, pointing to `aliases`; with the alias it builds a redirect page',
		() => {
			const before = treeHash(out);
			renameSync(join(phases(), 'databases.mdx'), join(phases(), 'data-stores.mdx'));
			const dropped = build();
			expect(dropped.status, dropped.output).toBe(1);
			expect(dropped.stderr).toContain('/roadmaps/backend/databases/ was published but this build no longer serves it');
			expect(dropped.stderr).toContain('aliases: [databases]');
			expect(treeHash(out)).toBe(before);
			expect(existsSync(join(repoRoot, '.work', `staging-${dropped.pid}`))).toBe(false);

			const renamed = join(phases(), 'data-stores.mdx');
			writeFileSync(renamed, readFileSync(renamed, 'utf8').replace('\ntopics:', '\naliases: [databases]\ntopics:'));
			const aliased = build();
			expect(aliased.status, aliased.output).toBe(0);
			expect(existsSync(join(out, 'roadmaps/backend/data-stores/index.html'))).toBe(true);
			const redirect = readFileSync(join(out, 'roadmaps/backend/databases/index.html'), 'utf8');
			expect(redirect).toContain('url=/roadmaps/backend/data-stores/');
			expect(redirect).toContain('noindex');
			expect(treeHash(out)).not.toBe(before);
		},
		2 * BUILD_TIMEOUT,
	);

	it(
		'refuses to drop a published heading anchor, naming the marker that keeps it; with a former ID the old anchor lands',
		() => {
			const before = treeHash(out);
			const phase = join(phases(), 'data-stores.mdx');
			const text = readFileSync(phase, 'utf8');
			writeFileSync(phase, text.replace('## What to learn', '## What you will learn'));
			const dropped = build();
			expect(dropped.status, dropped.output).toBe(1);
			// The anchor published under the phase's former URL is followed through its alias too.
			for (const url of ['/roadmaps/backend/data-stores/', '/roadmaps/backend/databases/']) {
				expect(dropped.stderr).toContain(`roadmaps/backend/data-stores.mdx  ${url}#what-to-learn was published but no heading on the page has that ID any more`);
			}
			expect(dropped.stderr).toContain('`## What you will learn {/* #what-to-learn */}`');
			expect(dropped.stderr).toContain('published anchors would break');
			expect(treeHash(out)).toBe(before);

			writeFileSync(phase, text.replace('## What to learn', '## What you will learn {/* #what-you-will-learn, #what-to-learn */}'));
			const aliased = build();
			expect(aliased.status, aliased.output).toBe(0);
			expect(readFileSync(join(out, 'roadmaps/backend/data-stores/index.html'), 'utf8')).toContain('<h2 id="what-you-will-learn"><span id="what-to-learn"></span>What you will learn</h2>');
			const anchors = readFileSync(join(content, 'published-anchors.txt'), 'utf8');
			expect(anchors).toContain('/roadmaps/backend/data-stores/#what-to-learn\n');
			expect(anchors).toContain('/roadmaps/backend/data-stores/#what-you-will-learn\n');
		},
		2 * BUILD_TIMEOUT,
	);
});
