// What astro.config.mjs reads of the content is kept between builds while no content file changes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cacheDirFor } from '../../src/lib/build/content-dir.ts';
import { repoRoot } from './bad-input-corpus.ts';

const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/lib/checks/content-check.ts', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/lib/checks/content-check.ts')>();
	return { ...original, checkContent: (...args: Parameters<typeof original.checkContent>) => (checks.count++, original.checkContent(...args)) };
});

const content = mkdtempSync(join(tmpdir(), 'waymark-config-content-'));
cpSync(join(repoRoot, 'tests/fixtures/site/content'), content, { recursive: true });
// The memos live in the content folder's own cache (content-dir.ts reads the variable once, when first imported).
const contentDirBefore = process.env['WAYMARK_CONTENT_DIR'];
process.env['WAYMARK_CONTENT_DIR'] = content;

afterAll(() => {
	if (contentDirBefore === undefined) delete process.env['WAYMARK_CONTENT_DIR'];
	else process.env['WAYMARK_CONTENT_DIR'] = contentDirBefore;
	rmSync(content, { recursive: true, force: true });
	rmSync(cacheDirFor(content), { recursive: true, force: true });
});

describe('configContent', () => {
	it('checks the frontmatter again only when a content file changed', async () => {
		const { configContent } = await import('../../src/lib/build/config-content.ts');
		const first = configContent(content);
		expect(first.roadmaps.map((roadmap) => roadmap.id).sort()).toEqual(['course-catalogue', 'sample']);
		expect(first.redirected).toContain('/roadmaps/');
		expect(checks.count).toBe(1);

		expect(configContent(content)).toEqual(first);
		expect(checks.count).toBe(1);

		const file = join(content, 'roadmaps/sample/index.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, '$&\nlanguage: ja'));
		const edited = configContent(content);
		expect(checks.count).toBe(2);
		expect(edited.roadmaps).toContainEqual({ id: 'sample', language: 'ja' });
	});
});
