// Temporary plan folders for the importer's tests that run it on files, as `npm run import` does.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Writes files under `root` by their paths ("src/SUMMARY.md"), making the folders they need. */
export function writeFiles(root: string, files: Record<string, string>) {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
}

/**
 * Calls `test` with a temporary folder and a content folder in it that has the site's tracks, as `npm run import` finds
 * one; `fresh()` empties that content folder again. The temporary folder is removed afterwards.
 */
export function withImportFolders(test: (dir: string, content: string, fresh: () => void) => void) {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-import-'));
	const content = join(dir, 'content');
	const fresh = () => {
		rmSync(content, { recursive: true, force: true });
		cpSync(join(repoRoot, 'content', 'tracks'), join(content, 'tracks'), { recursive: true });
	};
	try {
		fresh();
		test(dir, content, fresh);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
