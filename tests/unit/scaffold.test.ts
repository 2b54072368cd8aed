import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/content-check.ts';
import { scaffold } from '../../src/lib/scaffold.ts';

describe('scaffold', () => {
	it('writes skeletons that pass every content check', () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-scaffold-'));
		cpSync('tests/fixtures/site/content', dir, { recursive: true });
		const context = { nextPhaseOrder: 1, nextRoadmapOrder: 1, nextTrackOrder: 2, roadmap: 'sample', track: 'mobile' };
		const files = [
			...scaffold('track', 'mobile', context),
			...scaffold('roadmap', 'demo', context),
			...scaffold('phase', 'demo/basics', context),
			...scaffold('topic', 'graphql-federation', context),
			...scaffold('role', 'platform-engineer', context),
		];
		for (const file of files) {
			mkdirSync(dirname(join(dir, file.path)), { recursive: true });
			writeFileSync(join(dir, file.path), file.text);
		}
		const { problems, content } = checkContent(dir, dir);
		expect(problems).toEqual([]);
		expect(content.phases.map((p) => `${p.roadmap}/${p.id}`)).toContain('demo/basics');
		expect(content.roles.map((r) => r.id)).toEqual(['platform-engineer']);
		expect(content.roadmaps.find((r) => r.id === 'demo')?.data.track).toBe('mobile');
		expect(content.tracks.map((t) => t.id)).toContain('mobile');
	});

	it('marks what the author must replace', () => {
		const [index] = scaffold('roadmap', 'demo', { nextPhaseOrder: 1, nextRoadmapOrder: 3 });
		expect(index!.text).toContain('order: 3');
		expect(index!.text).toContain('summary: "TODO:');
	});
});
