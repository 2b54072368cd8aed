import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentInputs, readPublishedInputs, unchangedRoadmaps, writePublishedInputs } from '../../src/lib/build/published-inputs.ts';

const made: string[] = [];
function contentFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-inputs-'));
	made.push(dir);
	const files: Record<string, string> = {
		'roadmaps/api/index.mdx': '---\ntitle: API\n---\n',
		'roadmaps/api/intro.mdx': '---\ntitle: Intro\n---\n',
		'roadmaps/sql/index.mdx': '---\ntitle: SQL\n---\n',
		'roadmaps/sql/assets/diagram.svg': '<svg/>',
		'topics/redis.yaml': 'name: Redis\n',
		'sources/api.md': '# API\n',
		'published-urls.txt': '/roadmaps/api/\n',
	};
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), text);
	}
	return dir;
}
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('what the published site was built from', () => {
	it('names the roadmaps an edit cannot have reached: every roadmap but the edited one, while nothing shared changed', () => {
		const dir = contentFolder();
		const published = { dir: '/site/dist', inputs: contentInputs(dir) };
		expect(unchangedRoadmaps(contentInputs(dir), published, '/site/dist')).toEqual(['api', 'sql']);

		appendFileSync(join(dir, 'roadmaps/api/intro.mdx'), 'One more line.\n');
		expect(unchangedRoadmaps(contentInputs(dir), published, '/site/dist')).toEqual(['sql']);
		// A file of the roadmap's folder that is no entry (an image) is its input too.
		writeFileSync(join(dir, 'roadmaps/sql/assets/diagram.svg'), '<svg></svg>');
		expect(unchangedRoadmaps(contentInputs(dir), published, '/site/dist')).toEqual([]);
	});

	it('names none when a shared file changed, or for another output folder or none published', () => {
		const dir = contentFolder();
		const published = { dir: '/site/dist', inputs: contentInputs(dir) };
		// What the build itself writes after publishing is no input.
		appendFileSync(join(dir, 'published-urls.txt'), '/roadmaps/sql/\n');
		expect(unchangedRoadmaps(contentInputs(dir), published, '/site/dist')).toEqual(['api', 'sql']);
		expect(unchangedRoadmaps(contentInputs(dir), published, '/elsewhere')).toEqual([]);
		expect(unchangedRoadmaps(contentInputs(dir), undefined, '/site/dist')).toEqual([]);
		for (const shared of ['topics/redis.yaml', 'sources/api.md']) {
			const copy = mkdtempSync(join(tmpdir(), 'waymark-inputs-'));
			made.push(copy);
			cpSync(dir, copy, { recursive: true });
			appendFileSync(join(copy, shared), '\n');
			expect(unchangedRoadmaps(contentInputs(copy), { dir: '/site/dist', inputs: contentInputs(dir) }, '/site/dist')).toEqual([]);
		}
	});

	it('is stored after a build and read back, and a missing or unreadable record is none', () => {
		const dir = contentFolder();
		const record = { dir: '/site/dist', inputs: contentInputs(dir) };
		writePublishedInputs(join(dir, 'published.json'), record);
		expect(readPublishedInputs(join(dir, 'published.json'))).toEqual(record);
		expect(readPublishedInputs(join(dir, 'missing.json'))).toBeUndefined();
		writeFileSync(join(dir, 'broken.json'), '{"dir": ');
		expect(readPublishedInputs(join(dir, 'broken.json'))).toBeUndefined();
	});
});
