import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { MERGED_LANGUAGES_FILE, searchIndexes, type SearchIndex } from '../lib/search/search-indexes.ts';

const directoryEntries = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));

async function writeIndex(outDir: string, { language, bundle, glob }: SearchIndex): Promise<number> {
	const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: language });
	if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
	const { page_count, errors: indexErrors } = await index.addDirectory({ path: outDir, ...(glob ? { glob } : {}) });
	if (indexErrors.length > 0) throw new Error(`Pagefind failed to index: ${indexErrors.join('; ')}`);
	if (page_count === 0) throw new Error(`Pagefind found no pages to index into ${bundle}/ (is data-pagefind-body missing?)`);
	const { errors: writeErrors } = await index.writeFiles({ outputPath: join(outDir, bundle) });
	if (writeErrors.length > 0) throw new Error(`Pagefind failed to write its index: ${writeErrors.join('; ')}`);
	return page_count;
}

/**
 * Builds the Pagefind search index into `dist/pagefind/` as the last step of `astro build`,
 * so that `dist/` is never published without its index. Any indexing error fails the build.
 * Roadmaps in a language Pagefind segments (Chinese, Japanese, Thai) get an index of their own (see search-indexes.ts).
 */
export default function pagefindIntegration(roadmaps: ReadonlyArray<{ id: string; language: string }>): AstroIntegration {
	return {
		name: 'waymark:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const indexes = searchIndexes(roadmaps, { top: directoryEntries(outDir), roadmaps: directoryEntries(join(outDir, 'roadmaps')).map((name) => name.replace(/\/$/, '')) });
				try {
					// One at a time: Pagefind already keeps both cores busy.
					for (const index of indexes) {
						const pages = await writeIndex(outDir, index);
						logger.info(`Indexed ${pages} pages for search${indexes.length > 1 ? ` (${index.language})` : ''}.`);
					}
				} finally {
					await pagefind.close();
				}
				const merged = indexes.slice(1).map((index) => index.language);
				writeFileSync(join(outDir, MERGED_LANGUAGES_FILE), JSON.stringify(merged));
			},
		},
	};
}
