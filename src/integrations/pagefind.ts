import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { PAGES_INDEXED } from '../lib/build/astro-messages.ts';
import { firstPrefixes } from '../lib/search/prefix-tree.ts';
import { fileMemo } from '../lib/build/file-memo.ts';
import { fragmentSummariesFolder, fragmentSummary, indexedPage, type FragmentSummary } from '../lib/search/pagefind-fragment.ts';
import { MERGED_LANGUAGES_FILE, searchIndexes, type SearchIndex } from '../lib/search/search-indexes.ts';
import { wordSearchFiles } from '../lib/search/text-word-files.ts';
import { pageFilePath, postingFilePath, textWordFilePath, TEXT_WORD_PREFIXES_PATH } from '../lib/search/text-words.ts';
import { normalizeBase } from '../lib/urls.ts';

const directoryEntries = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));

async function writeIndex(outDir: string, { language, bundle, glob }: SearchIndex): Promise<number> {
	const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: language });
	if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
	const { page_count, errors: indexErrors } = await index.addDirectory({ path: outDir, glob });
	if (indexErrors.length > 0) throw new Error(`Pagefind failed to index: ${indexErrors.join('; ')}`);
	if (page_count === 0) throw new Error(`Pagefind found no pages to index into ${bundle}/ (is data-pagefind-body missing?)`);
	const { errors: writeErrors } = await index.writeFiles({ outputPath: join(outDir, bundle) });
	if (writeErrors.length > 0) throw new Error(`Pagefind failed to write its index: ${writeErrors.join('; ')}`);
	return page_count;
}

/** Writes word search's files (see text-words.ts) from the pages the indexes hold, as Pagefind read them. */
function writeTextWordFiles(outDir: string, indexes: SearchIndex[], base: string): number {
	const summaries = fileMemo<FragmentSummary>(fragmentSummariesFolder());
	const pages = indexes.flatMap(({ bundle }) => {
		const dir = join(outDir, bundle, 'fragment');
		return readdirSync(dir).map((name) => indexedPage(fragmentSummary(readFileSync(join(dir, name)), summaries), base));
	});
	summaries.save();
	// Fragments are named by hash: the pages' URLs give every build the same order.
	pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	const { wordFiles, postingFiles, pageFiles, numbering } = wordSearchFiles(pages);
	for (const path of [postingFilePath(numbering, 0), pageFilePath(numbering, 0)]) mkdirSync(dirname(join(outDir, path)), { recursive: true });
	for (const [prefix, file] of wordFiles) writeFileSync(join(outDir, textWordFilePath(prefix)), JSON.stringify(file));
	postingFiles.forEach((file, index) => writeFileSync(join(outDir, postingFilePath(numbering, index)), JSON.stringify(file)));
	pageFiles.forEach((file, index) => writeFileSync(join(outDir, pageFilePath(numbering, index)), JSON.stringify(file)));
	writeFileSync(join(outDir, TEXT_WORD_PREFIXES_PATH), JSON.stringify(firstPrefixes(wordFiles)));
	return wordFiles.size + postingFiles.length + pageFiles.length;
}

/**
 * Builds the Pagefind search index into `dist/pagefind/` as the last step of `astro build`,
 * so that `dist/` is never published without its index. Any indexing error fails the build.
 * Roadmaps in a language Pagefind segments (Chinese, Japanese, Thai) get an index of their own (see search-indexes.ts).
 * Word search's files are written from what Pagefind indexed.
 */
export default function pagefindIntegration(roadmaps: () => Promise<ReadonlyArray<{ id: string; language: string }>>): AstroIntegration {
	let base = '/';
	return {
		name: 'waymark:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const indexes = searchIndexes(await roadmaps(), { top: directoryEntries(outDir), roadmaps: directoryEntries(join(outDir, 'roadmaps')).map((name) => name.replace(/\/$/, '')) });
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
				process.send?.(PAGES_INDEXED);
				logger.info(`Wrote ${writeTextWordFiles(outDir, indexes, base)} files of word search.`);
			},
		},
	};
}
