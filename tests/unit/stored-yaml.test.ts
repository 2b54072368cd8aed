import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileMemo } from '../../src/lib/build/file-memo.ts';
import { parseContentFile, type StoredYaml } from '../../src/lib/checks/frontmatter.ts';

const dir = mkdtempSync(join(tmpdir(), 'stored-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Parses `text` once with a fresh memo, saves it, and parses it again from what was saved. */
function parsedTwice(text: string) {
	const file = join(dir, `${Math.random()}.json`);
	const first = fileMemo<StoredYaml>(file);
	parseContentFile(text, 'mdx', first);
	first.save();
	let parsedAgain = false;
	const stored = fileMemo<StoredYaml>(file);
	const again = parseContentFile(text, 'mdx', { ...stored, get: (input, compute) => stored.get(input, () => ((parsedAgain = true), compute())) });
	return { again, parsedAgain };
}

describe('frontmatter parsed by the build before', () => {
	it('gives the same data and positions without parsing the YAML again', () => {
		const text = '---\ntitle: Queues\norder: 3\ntopics:\n  - redis\n  - kafka\n---\n\nBody.\n';
		const { again, parsedAgain } = parsedTwice(text);
		const fresh = parseContentFile(text, 'mdx');
		expect(parsedAgain).toBe(false);
		expect(again.data).toEqual(fresh.data);
		expect(again.positionOf(['topics', 1])).toEqual({ line: 6, column: 5 });
		expect(again.positionOf(['order'], 'key')).toEqual(fresh.positionOf(['order'], 'key'));
		expect(again.body).toBe(fresh.body);
	});

	it('parses again what JSON would change (.inf, .nan) and YAML with errors', () => {
		for (const text of ['---\ntitle: A\nhours: .inf\n---\n', '---\ntitle: A\nhours: .nan\n---\n', '---\ntitle: "A\n---\n']) {
			const { again, parsedAgain } = parsedTwice(text);
			expect(parsedAgain).toBe(true);
			const fresh = parseContentFile(text, 'mdx');
			expect(again.data).toEqual(fresh.data);
			expect(again.syntaxErrors).toEqual(fresh.syntaxErrors);
		}
	});
});
