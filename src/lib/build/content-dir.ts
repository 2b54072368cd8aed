import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseManifest } from './url-manifest.ts';

/**
 * Folder holding roadmaps/, tracks/, topics/, roles/ and sources/. `content/` unless WAYMARK_CONTENT_DIR
 * points elsewhere: the e2e fixture site and the benchmark build other content with the same code.
 */
export const contentDir = resolve(process.env['WAYMARK_CONTENT_DIR'] ?? 'content');

/** URLs the content folder's manifest (published-urls.txt, written by the build) lists; none before the first build. */
export function publishedUrls(dir = contentDir): string[] {
	const file = join(dir, 'published-urls.txt');
	return existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : [];
}
