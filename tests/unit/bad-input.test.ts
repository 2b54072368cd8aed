import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileMemo, type FileMemo } from '../../src/lib/build/file-memo.ts';
import { checkContent } from '../../src/lib/checks/content-check.ts';
import { type ContentProblem, formatProblem } from '../../src/lib/checks/friendly-errors.ts';
import type { StoredYaml } from '../../src/lib/checks/frontmatter.ts';
import type { BodyCheck } from '../../src/lib/checks/mdx-check.ts';
import { caseNames, contentFolder, readExpectation, repoRoot } from './bad-input-corpus.ts';

const folders: string[] = [];
afterAll(() => {
	for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of the corpus base with one case applied, removed after the tests. */
function folder(caseName?: string): string {
	const dir = contentFolder(caseName);
	folders.push(dir);
	return dir;
}

/** Problems as a build finds them (placeholders included), file paths relative to the content folder, written with `/` on every platform. */
function check(dir: string): ContentProblem[] {
	return checkContent(dir, dir, { placeholders: true }).problems.map((p) => ({ ...p, file: p.file.split(sep).join('/') }));
}

const cases = caseNames();

describe('bad-input corpus', () => {
	it('has at least 30 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(30);
	});

	it('starts from a valid base: zero problems', () => {
		const dir = folder();
		const { problems, filesChecked } = checkContent(dir, dir);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(filesChecked).toBe(7);
	});

	it('reads a frontmatter whose value holds `---` (a YAML example cut into one line): only a line `---` closes it', () => {
		const dir = folder();
		const file = join(dir, 'roadmaps', 'backend', 'databases.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('topics: [postgresql]\n', 'topics: [postgresql]\nresources:\n  - "limits: cpu: 200m --- apiVersion: v1 kind: Service"\n'));
		expect(check(dir).map(formatProblem)).toEqual([]);
	});

	it('takes garbled characters in a code block for the text a program printed, not for mojibake; in prose they still are', () => {
		const dir = folder();
		const file = join(dir, 'roadmaps', 'backend', 'databases.mdx');
		const base = readFileSync(file, 'utf8');
		writeFileSync(file, `${base}\n\n\`\`\`text\nanswer,question\n"In the repository thereâ€™s a link",Where?\n\`\`\`\n`);
		expect(check(dir).map(formatProblem)).toEqual([]);
		writeFileSync(file, `${base}\n\nIn the repository thereâ€™s a link.\n`);
		expect(check(dir).map((p) => p.message)).toEqual([expect.stringContaining('mojibake')]);
	});

	it.each(cases)('%s: reports the defect where it is, with a fix, and nothing else', (name) => {
		const expected = readExpectation(name);
		const problems = check(folder(name));
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: expected.file,
				line: expected.line,
				...(expected.column === undefined ? {} : { column: expected.column }),
				field: expected.field,
				message: expect.stringContaining(expected.messageContains),
				fix: expect.stringContaining(expected.fixContains),
				...(expected.gotContains === undefined ? {} : { got: expect.stringContaining(expected.gotContains) }),
			}),
		);
		expect(problems.map(formatProblem)).toHaveLength(expected.problems);
	});
});

describe('frontmatter parsed by the run before', () => {
	it.each(cases)('%s: the same problems at the same lines, parsing no YAML seen before', (name) => {
		const dir = folder(name);
		const file = join(folder(), 'frontmatter');
		const first = fileMemo<StoredYaml>(file);
		expect(checkContent(dir, dir, { placeholders: true, storedYaml: first }).problems).toEqual(checkContent(dir, dir, { placeholders: true }).problems);
		first.save();
		const stored = fileMemo<StoredYaml>(file);
		let parsed = 0;
		const counting: FileMemo<StoredYaml> = { ...stored, get: (input, compute) => stored.get(input, () => (parsed++, compute())) };
		expect(checkContent(dir, dir, { placeholders: true, storedYaml: counting }).problems).toEqual(checkContent(dir, dir, { placeholders: true }).problems);
		// Only YAML with errors (which is never stored) is parsed again.
		const broken = checkContent(dir, dir).problems.filter((p) => p.message.startsWith('YAML syntax error')).length;
		expect(parsed).toBeLessThanOrEqual(broken);
	});
});

describe('body checks from the run before', () => {
	it('report the same problems, parsing only bodies not seen before', () => {
		const dir = folder('mdx-unclosed-brace');
		const memoDir = folder();
		const parsed: string[] = [];
		// A memo that records which bodies had to be checked.
		const recording = (memo: FileMemo<BodyCheck>): FileMemo<BodyCheck> => ({
			...memo,
			get: (input, compute) => memo.get(input, () => (parsed.push(String(input)), compute())),
		});
		const file = join(memoDir, 'body-checks.json');
		const first = fileMemo<BodyCheck>(file);
		const withMemo = checkContent(dir, dir, { bodyChecks: recording(first) }).problems;
		first.save();
		expect(withMemo).toEqual(checkContent(dir, dir).problems);
		const mdxFiles = parsed.length;
		expect(mdxFiles).toBeGreaterThan(1);
		expect(checkContent(dir, dir, { bodyChecks: recording(fileMemo(file)) }).problems).toEqual(withMemo);
		expect(parsed).toHaveLength(mdxFiles);
	});

	it('check the images a body shows every time: an image file that breaks while its body stays the same is reported', () => {
		const dir = folder('image-file-not-an-image');
		const memo = join(folder(), 'body-checks.json');
		const image = join(dir, 'roadmaps', 'backend', 'images', 'b-tree.png');
		const broken = readFileSync(image);
		cpSync(join(repoRoot, 'tests/fixtures/import/day-course/images/pebble.png'), image);
		const first = fileMemo<BodyCheck>(memo);
		expect(checkContent(dir, dir, { bodyChecks: first }).problems.map(formatProblem)).toEqual([]);
		first.save();
		writeFileSync(image, broken);
		expect(checkContent(dir, dir, { bodyChecks: fileMemo(memo) }).problems).toEqual([expect.objectContaining({ file: 'roadmaps/backend/databases.mdx', line: 15, message: expect.stringContaining('not an image') })]);
	});
});

// The command authors run: all problems printed as file:line:column, exit code 1 (0 for valid content).
describe('npm run check:content on the corpus', () => {
	const run = (dir: string) =>
		spawnSync(process.execPath, ['scripts/check-content.ts'], {
			cwd: repoRoot,
			env: { ...process.env, WAYMARK_CONTENT_DIR: dir },
			encoding: 'utf8',
		});

	it('exits 0 on the valid base', () => {
		const result = run(folder());
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('✔ 7 content files are valid.');
		expect(result.status).toBe(0);
	});

	it.each(['type-order-string', 'yaml-unclosed-quote', 'mdx-unclosed-div', 'not-utf8-utf16', 'dangling-topic-in-phase', 'unsafe-url-entity-encoded-href'])(
		'%s: exits 1 and prints file:line:column, field and fix',
		(name) => {
			const expected = readExpectation(name);
			const result = run(folder(name));
			expect(result.status).toBe(1);
			const line = result.stderr.split('\n').find((l) => l.includes(`${expected.file}:${expected.line}:`));
			expect(line, result.stderr).toBeDefined();
			expect(line).toContain(expected.field || '(file)');
			expect(line).toContain(expected.messageContains);
			expect(line).toContain(`fix: `);
			expect(line).toContain(expected.fixContains);
			expect(result.stderr).toContain(`✖ ${expected.problems} problem${expected.problems === 1 ? '' : 's'} in 1 of `);
			expect(result.stderr).toContain('Nothing was built.');
		},
	);
});
