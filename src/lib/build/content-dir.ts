import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseManifest } from './url-manifest.ts';

/**
 * Folder holding roadmaps/, tracks/, topics/, roles/ and sources/. `content/` unless WAYMARK_CONTENT_DIR
 * points elsewhere: the e2e fixture site and the benchmark build other content with the same code.
 */
export const contentDir = resolve(process.env['WAYMARK_CONTENT_DIR'] ?? 'content');

/**
 * Astro's cache folder (`cacheDir`) for a content folder: the content layer, the rendered bodies, the incremental
 * build's pages and the build's own memos. A content folder other than `content/` gets its own, named after its
 * path, so that entries of two sites never mix.
 */
export const cacheDirFor = (otherContentDir?: string) =>
	resolve(otherContentDir ? `node_modules/.astro-${createHash('sha1').update(resolve(otherContentDir)).digest('hex').slice(0, 12)}` : 'node_modules/.astro');

export const cacheDir = cacheDirFor(process.env['WAYMARK_CONTENT_DIR']);

/** URLs the content folder's manifest (published-urls.txt, written by the build) lists; none before the first build. */
export function publishedUrls(dir = contentDir): string[] {
	const file = join(dir, 'published-urls.txt');
	return existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : [];
}
