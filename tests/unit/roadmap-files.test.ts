import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { roadmapFiles } from '../../src/lib/build/roadmap-files.ts';

describe('roadmapFiles', () => {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-files-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("lists the files of each roadmap's files/ folder, which the site serves, and nothing else of the roadmap", () => {
		mkdirSync(join(dir, 'roadmaps', 'course', 'files'), { recursive: true });
		mkdirSync(join(dir, 'roadmaps', 'course', 'images'), { recursive: true });
		mkdirSync(join(dir, 'roadmaps', 'other'), { recursive: true });
		writeFileSync(join(dir, 'roadmaps', 'course', 'files', 'notes.pdf'), '%PDF');
		writeFileSync(join(dir, 'roadmaps', 'course', 'images', 'a.png'), 'png');
		writeFileSync(join(dir, 'roadmaps', 'course', 'index.mdx'), '---\n---\n');
		expect(roadmapFiles(dir)).toEqual([{ roadmap: 'course', name: 'notes.pdf', path: join(dir, 'roadmaps', 'course', 'files', 'notes.pdf') }]);
	});
});
