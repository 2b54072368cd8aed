import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
	get(input: string | Uint8Array, compute: () => T): T;
	/** The result for `input` from the run before, if there was one; this run's results are not consulted or kept. */
	find(input: string | Uint8Array): T | undefined;
	/** The same for a step that is asynchronous. */
	getAsync(input: string | Uint8Array, compute: () => Promise<T>): Promise<T>;
	/** Keeps this run's results only, so the file does not grow with inputs that are gone. */
	save(): void;
}

// A memo is kept in shards by key, so that a build that met a few new inputs rewrites a few small files: at 5,000 pages
// the page scans are 35 MB, which took a second to write again after each edit. Shards are numbered, not named by a
// key's character, since a folder may not tell upper from lower case.
const SHARDS = 32;
const shardOf = (key: string) => String(key.charCodeAt(0) % SHARDS).padStart(2, '0');

interface StoredShard<T> {
	version: string;
	results: Record<string, T>;
}

/**
 * Results of a pure, costly step by a hash of its input, kept in a folder of JSON files between builds: after editing
 * one file, a build meets almost only inputs it has seen (pages copied by the incremental build, bodies that did not change).
 */
export function fileMemo<T>(dir: string): FileMemo<T> {
	const version = libraryVersion();
	const previous = new Map<string, T>();
	// How many results each shard's file holds for this version: a shard whose inputs were all met again, and only
	// they, is left as it is.
	const storedCounts = new Map<string, number>();
	// Only whole shards: a write cut short leaves its temporary file, named after the process.
	for (const name of (existsSync(dir) ? readdirSync(dir) : []).filter((file) => file.endsWith('.json'))) {
		try {
			const stored = JSON.parse(readFileSync(join(dir, name), 'utf8')) as StoredShard<T>;
			if (stored.version !== version) continue;
			const results = Object.entries(stored.results);
			for (const [key, result] of results) previous.set(key, result);
			storedCounts.set(name, results.length);
		} catch {
			// An unreadable file (a write cut short) only costs computing its results again.
		}
	}
	const next = new Map<string, T>();
	return {
		get(input, compute) {
			const key = contentDigest(input);
			const result = previous.get(key) ?? compute();
			next.set(key, result);
			return result;
		},
		find(input) {
			return previous.get(contentDigest(input));
		},
		async getAsync(input, compute) {
			const key = contentDigest(input);
			const result = previous.get(key) ?? (await compute());
			next.set(key, result);
			return result;
		},
		save() {
			mkdirSync(dir, { recursive: true });
			const shards = Map.groupBy(next.keys(), (key) => `${shardOf(key)}.json`);
			for (const name of new Set([...storedCounts.keys(), ...shards.keys()])) {
				const keys = shards.get(name) ?? [];
				if (storedCounts.get(name) === keys.length && keys.every((key) => previous.has(key))) continue;
				const results = Object.fromEntries(keys.map((key) => [key, next.get(key)]));
				// Two processes may save one memo (the build's check and Astro's config): each renames whole files into place.
				const written = join(dir, `${name}.${process.pid}`);
				writeFileSync(written, JSON.stringify({ version, results } satisfies StoredShard<T | undefined>));
				renameSync(written, join(dir, name));
			}
		},
	};
}

/** Where a build keeps a memo: a folder in Astro's cache folder, with what else the build caches. */
export const memoFolder = (name: string) => join(cacheDir, 'waymark-memos', name);
