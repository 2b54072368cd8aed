import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheDir } from './content-dir.ts';

// Any change to the site's library code may change a result, so results of another version are not reused.
function libraryVersion(): string {
	const lib = join(import.meta.dirname, '..');
	const hash = createHash('sha256');
	for (const file of readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort()) {
		hash.update(file).update('\0').update(readFileSync(join(lib, file))).update('\0');
	}
	return hash.digest('hex');
}

/** A file's identity by content: its SHA-256, as memos key their results and offline lists version their files. */
export const contentDigest = (input: string | Uint8Array) => createHash('sha256').update(input).digest('base64url');

export interface FileMemo<T> {
	/** The result for `input` from the run before, else `compute()`'s. */
	get(input: string, compute: () => T): T;
	/** The same for a step that is asynchronous. */
	getAsync(input: string, compute: () => Promise<T>): Promise<T>;
	/** Keeps this run's results only, so the file does not grow with inputs that are gone. */
	save(): void;
}

/**
 * Results of a pure, costly step by a hash of its input, kept in a JSON file between builds: after editing one file,
 * a build meets almost only inputs it has seen (pages copied by the incremental build, bodies that did not change).
 */
export function fileMemo<T>(file: string): FileMemo<T> {
	const version = libraryVersion();
	let previous = new Map<string, T>();
	if (existsSync(file)) {
		try {
			const stored = JSON.parse(readFileSync(file, 'utf8')) as { version: string; results: Record<string, T> };
			if (stored.version === version) previous = new Map(Object.entries(stored.results));
		} catch {
			// An unreadable file (a write cut short) only costs computing everything again.
		}
	}
	const next: Record<string, T> = {};
	return {
		get(input, compute) {
			const key = contentDigest(input);
			return (next[key] = previous.get(key) ?? compute());
		},
		async getAsync(input, compute) {
			const key = contentDigest(input);
			return (next[key] = previous.get(key) ?? (await compute()));
		},
		save() {
			mkdirSync(dirname(file), { recursive: true });
			// Two processes may save one memo (the build's check and Astro's config): each renames a whole file into place.
			const written = `${file}.${process.pid}`;
			writeFileSync(written, JSON.stringify({ version, results: next }));
			renameSync(written, file);
		},
	};
}

/** Where a build keeps a memo: in Astro's cache folder, with what else the build caches. */
export const memoFile = (name: string) => join(cacheDir, 'waymark-memos', `${name}.json`);
