// The bad-input corpus: a valid content folder (base/) and cases that each break one thing in it.
// Shared by bad-input.test.ts (content checker) and build-safety.test.ts (the real build).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const corpusDir = join(repoRoot, 'tests/fixtures/bad-input');
export const baseDir = join(corpusDir, 'base');
export const casesDir = join(corpusDir, 'cases');

/** What a case must produce: one problem at this place, among exactly `problems` problems. */
export interface Expectation {
	/** Path relative to the content folder. */
	file: string;
	line: number;
	column?: number;
	field: string;
	messageContains: string;
	fixContains: string;
	/** Part of the value shown as "got", when the author needs to see it (an unsafe URL as the browser reads it). */
	gotContains?: string;
	/** How many problems the whole content folder has; more would mean noise around the real one. */
	problems: number;
}

export const caseNames = (): string[] =>
	readdirSync(casesDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();

export function readExpectation(name: string): Expectation {
	return JSON.parse(readFileSync(join(casesDir, name, 'expect.json'), 'utf8')) as Expectation;
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/**
 * Writes a case's files over a content folder. Suffixes say what to do instead of copying:
 * `x.delete` deletes x; `x.latin1` and `x.utf16le` write x re-encoded, because the corpus itself
 * stays UTF-8 text (editors and git would otherwise "repair" the very bytes under test).
 */
export function applyCase(name: string, contentDir: string): void {
	const caseDir = join(casesDir, name);
	for (const file of filesUnder(caseDir)) {
		if (file === 'expect.json') continue;
		const source = join(caseDir, file);
		const target = (suffix: string) => join(contentDir, file.slice(0, -suffix.length));
		if (file.endsWith('.delete')) {
			rmSync(target('.delete'), { force: true });
			continue;
		}
		let bytes: Buffer = readFileSync(source);
		let path = join(contentDir, file);
		if (file.endsWith('.latin1')) {
			bytes = Buffer.from(bytes.toString('utf8'), 'latin1');
			path = target('.latin1');
		} else if (file.endsWith('.utf16le')) {
			// With the byte-order mark Windows Notepad writes (FF FE).
			bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);
			path = target('.utf16le');
		}
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, bytes);
	}
}

/** A fresh temporary copy of base/, with the named case applied when given. */
export function contentFolder(caseName?: string): string {
	const dir = mkdtempSync(join(tmpdir(), `waymark-bad-input-${caseName ?? 'base'}-`));
	cpSync(baseDir, dir, { recursive: true });
	if (caseName) applyCase(caseName, dir);
	return dir;
}
