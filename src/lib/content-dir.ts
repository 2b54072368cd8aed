import { resolve } from 'node:path';

/**
 * Folder holding roadmaps/, topics/, roles/ and sources/. `content/` unless WAYMARK_CONTENT_DIR
 * points elsewhere: the e2e fixture site and the benchmark build other content with the same code.
 */
export const contentDir = resolve(process.env['WAYMARK_CONTENT_DIR'] ?? 'content');
