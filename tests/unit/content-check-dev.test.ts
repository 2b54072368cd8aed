// What `npm run dev` shows about content (src/integrations/content-check-dev.ts): the build's own check and wording,
// and what `npm run new` and `npm run import` write passes it as it passes the build's.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { devContentReport, overlayError, problemPage } from '../../src/integrations/content-check-dev/report.ts';
import { checkContent } from '../../src/lib/checks/content-check.ts';
import { formatProblem } from '../../src/lib/checks/friendly-errors.ts';
import { runImport } from '../../src/lib/importer/run.ts';
import { scaffold } from '../../src/lib/scaffold.ts';
import { repoRoot } from './bad-input-corpus.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary copy of the fixture site's content, removed after the tests. */
function fixtureCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-dev-check-'));
	folders.push(dir);
	cpSync(join(repoRoot, 'tests/fixtures/site/content'), dir, { recursive: true });
	return dir;
}

describe('the dev server’s content check', () => {
	it('reports what the build reports, in the build’s words, and points the overlay at the first problem', () => {
		const dir = fixtureCopy();
		const phase = join(dir, 'roadmaps/sample/tables.mdx');
		writeFileSync(phase, readFileSync(phase, 'utf8').replace('kind: week', 'kind: mnth'));
		const report = devContentReport(dir, dir);
		expect(report.lines).toEqual(checkContent(dir, dir).problems.map(formatProblem));
		expect(report.lines).toEqual([expect.stringMatching(/^roadmaps\/sample\/tables\.mdx:4:7 {2}kind {2}must be one of .* {2}\(got: "mnth"\) {2}fix: did you mean "month"\?$/)]);
		expect(report.summary).toMatch(/^✖ 1 content problem in 1 of \d+ files \(checked in \d+ ms\)/);
		const error = overlayError(report, dir);
		expect(error.message).toBe(report.lines[0]);
		expect(error.loc).toEqual({ file: phase, line: 4, column: 7 });
		expect(error.title).toBe('1 content problem in 1 file');
	});

	it('serves a page that lists the problems (as text, not markup), opens the overlay with them and reloads through Vite’s client', () => {
		const problem = { file: 'x.mdx', line: 3, column: 1, field: '(body)', message: '<script> would run code', fix: 'remove it' };
		const page = problemPage({ problems: [problem], lines: [formatProblem(problem)], summary: '✖ 1 content problem', took: 1 }, '/site');
		expect(page).toContain('<pre id="content-problems">x.mdx:3:1  (body)  &lt;script&gt; would run code  fix: remove it</pre>');
		expect(page).not.toContain('<script> would');
		expect(page).toContain("import '/@vite/client';");
		expect(page).toContain('new ErrorOverlay({"name":"ContentProblem","title":"1 content problem in 1 file","message":"x.mdx:3:1  (body)  &lt;script&gt; would run code  fix: remove it"');
		expect(page).toContain('"loc":{"file":"/site/x.mdx","line":3,"column":1}');
	});

	it('passes what `npm run new` writes', () => {
		const dir = fixtureCopy();
		// A new roadmap joins one of the fixture's tracks, as `npm run new` has it choose one.
		const context = { nextPhaseOrder: 9, nextRoadmapOrder: 9, roadmap: 'sample', track: 'general' };
		const files = [
			...scaffold('roadmap', 'demo', context),
			...scaffold('phase', 'demo/basics', context),
			...scaffold('phase', 'sample/extra', context),
			...scaffold('topic', 'graphql-federation', context),
			...scaffold('role', 'platform-engineer', context),
		];
		for (const file of files) {
			mkdirSync(dirname(join(dir, file.path)), { recursive: true });
			writeFileSync(join(dir, file.path), file.text);
		}
		const report = devContentReport(dir, dir);
		expect(report.lines).toEqual([]);
		expect(report.summary).toMatch(/^✔ \d+ content files are valid/);
	});

	it('passes what `npm run import` writes', () => {
		const dir = mkdtempSync(join(tmpdir(), 'waymark-dev-check-import-'));
		folders.push(dir);
		const content = join(dir, 'content');
		cpSync(join(repoRoot, 'content/topics'), join(content, 'topics'), { recursive: true });
		const silent = { log: () => {}, error: () => {} };
		for (const [source, id] of [['001_0bcc1a57cc4ae6b9', 'nine-steps'], ['004_4d7a37817f354f2c', 'twelve-weeks']] as const) {
			expect(runImport([join(repoRoot, 'content/sources', `${source}.md`), '--id', id, '--out', content], dir, silent)).toBe(0);
		}
		expect(devContentReport(content, dir).lines).toEqual([]);
	});
});
