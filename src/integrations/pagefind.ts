import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { PAGES_INDEXED } from '../lib/build/astro-messages.ts';
import { lowerChildPriority } from '../lib/build/background-priority.ts';
import { firstPrefixes } from '../lib/search/prefix-tree.ts';
import { fileMemo } from '../lib/build/file-memo.ts';
import type { ContentFacts } from '../lib/build/content-facts.ts';
import { SITE_LANGUAGE } from '../lib/model/model.ts';
import { fragmentSummariesFolder, fragmentSummary, indexedPage, type FragmentSummary } from '../lib/search/pagefind-fragment.ts';
import { samePages } from '../lib/search/published-pages.ts';
import { MERGED_LANGUAGES_FILE, roadmapsGlob, searchIndexes, searchIndexLanguage, type SearchIndex } from '../lib/search/search-indexes.ts';
import { wordSearchFiles } from '../lib/search/text-word-files.ts';
import { pageFilePath, postingFilePath, textWordFilePath, TEXT_WORD_PREFIXES_PATH } from '../lib/search/text-words.ts';
import { normalizeBase } from '../lib/urls.ts';

const directoryEntries = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** An index of the site's language holding some roadmaps' pages, as Pagefind read them from the published dist/. */
interface PublishedPagesRead {
	index: PagefindIndex;
	dir: string;
	roadmaps: string[];
	pages: number;
}

async function createIndex(language: string): Promise<PagefindIndex> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	return index;
}

/** Starts the site's index with the pages of the roadmaps unchanged since the published build (see published-pages.ts). */
async function readPublishedPages({ roadmaps, unchanged }: ContentFacts): Promise<PublishedPagesRead | undefined> {
	const inSiteIndex = new Set(roadmaps.filter((r) => searchIndexLanguage(r.language) === SITE_LANGUAGE).map((r) => r.id));
	const ids = unchanged?.roadmaps.filter((id) => inSiteIndex.has(id)) ?? [];
	if (!unchanged || ids.length === 0) return undefined;
	const index = await createIndex(SITE_LANGUAGE);
	lowerChildPriority('pagefind');
	const { page_count, errors } = await index.addDirectory({ path: unchanged.dir, glob: roadmapsGlob(ids) });
	if (errors.length === 0) return { index, dir: unchanged.dir, roadmaps: ids, pages: page_count };
	await index.deleteIndex();
	return undefined;
}

/**
 * Adds the index's pages to it and writes it; the number of pages it holds, or undefined when the pages it read from
 * the published build (`started`) turned out to differ from this build's, and the index it wrote must be made again.
 */
async function writeIndex(outDir: string, { language, bundle, glob }: SearchIndex, started?: PublishedPagesRead): Promise<number | undefined> {
	const index = started?.index ?? (await createIndex(language));
	const { page_count, errors: indexErrors } = await index.addDirectory({ path: outDir, glob });
	if (indexErrors.length > 0) throw new Error(`Pagefind failed to index: ${indexErrors.join('; ')}`);
	const pages = page_count + (started?.pages ?? 0);
	if (pages === 0) throw new Error(`Pagefind found no pages to index into ${bundle}/ (is data-pagefind-body missing?)`);
	const written = index.writeFiles({ outputPath: join(outDir, bundle) });
	// Compared while Pagefind writes, in its own process: reading both builds' pages takes about half a second at
	// 5,000 phases, which would otherwise come before the write.
	const kept = !started || samePages(started.dir, outDir, started.roadmaps);
	const { errors: writeErrors } = await written;
	if (writeErrors.length > 0) throw new Error(`Pagefind failed to write its index: ${writeErrors.join('; ')}`);
	return kept ? pages : undefined;
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
 * A rebuild's site index starts, as soon as the content facts come, with the published pages of unchanged roadmaps.
 * Word search's files are written from what Pagefind indexed.
 */
export default function pagefindIntegration(contentFacts: () => Promise<ContentFacts>): AstroIntegration {
	let base = '/';
	let building = false;
	let publishedPagesRead: Promise<PublishedPagesRead | undefined> = Promise.resolve(undefined);
	return {
		name: 'waymark:pagefind',
		hooks: {
			'astro:config:setup': ({ command }) => {
				building = command === 'build';
			},
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
				// A failed early read only costs the time it saves: the site's index is then built from scratch.
				if (building) publishedPagesRead = contentFacts().then(readPublishedPages).catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const early = await publishedPagesRead;
				const built = { top: directoryEntries(outDir), roadmaps: directoryEntries(join(outDir, 'roadmaps')).map((name) => name.replace(/\/$/, '')) };
				const { roadmaps } = await contentFacts();
				const indexes = searchIndexes(roadmaps, built);
				try {
					// One at a time: Pagefind already keeps both cores busy.
					for (const [i, index] of indexes.entries()) {
						const started = i === 0 ? early : undefined;
						const withEarlyPages = started && (await writeIndex(outDir, searchIndexes(roadmaps, built, new Set(started.roadmaps))[0]!, started));
						if (started && withEarlyPages === undefined) {
							logger.info(`Pages of unchanged roadmaps read from the published build differ from this build's: indexing them again.`);
							rmSync(join(outDir, index.bundle), { recursive: true, force: true });
						}
						const pages = withEarlyPages ?? (await writeIndex(outDir, index))!;
						const read = withEarlyPages === undefined ? '' : `, ${started!.pages} of them read from the build before`;
						logger.info(`Indexed ${pages} pages for search${indexes.length > 1 ? ` (${index.language})` : ''}${read}.`);
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
