import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PageScan } from './built-site.ts';

type StoredScan = Omit<PageScan, 'ids'> & { ids: string[] };

// Any change to the site's library code may change what a scan finds, so the scans of another version are not reused.
function libraryVersion(): string {
	const lib = join(import.meta.dirname, '..');
	const hash = createHash('sha256');
	for (const file of readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort()) {
		hash.update(file).update('\0').update(readFileSync(join(lib, file))).update('\0');
	}
	return hash.digest('hex');
}

/**
 * `scan` with the results of the build before, by a hash of each page's HTML: an incremental build copies most
 * pages unchanged, and scanning every page again was the largest cost left after it. `save()` keeps this build's
 * scans only, so the file holds one site's pages.
 */
export function cachedScanner(file: string, scan: (html: string) => PageScan): { scan: (html: string) => PageScan; save: () => void } {
	const version = libraryVersion();
	let previous = new Map<string, StoredScan>();
	if (existsSync(file)) {
		try {
			const stored = JSON.parse(readFileSync(file, 'utf8')) as { version: string; scans: Record<string, StoredScan> };
			if (stored.version === version) previous = new Map(Object.entries(stored.scans));
		} catch {
			// An unreadable cache (an interrupted write) only costs a full scan.
		}
	}
	const next: Record<string, StoredScan> = {};
	return {
		scan(html) {
			const key = createHash('sha256').update(html).digest('base64url');
			const known = previous.get(key);
			if (known) {
				next[key] = known;
				return { ...known, ids: new Set(known.ids) };
			}
			const fresh = scan(html);
			next[key] = { ...fresh, ids: [...fresh.ids] };
			return fresh;
		},
		save() {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, JSON.stringify({ version, scans: next }));
		},
	};
}
