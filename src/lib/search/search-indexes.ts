// Pagefind finds words at spaces and punctuation, except in the languages it segments, and it segments only the pages
// it indexes as that language. Every page is English to it (`<html lang="en">`: the site's own words), so a Chinese
// sentence would be one long "word" that no search matches. The roadmaps written in those languages are indexed apart,
// each language in a bundle of its own that the site's search merges in (src/scripts/search.ts).
import { SITE_LANGUAGE } from '../model/model.ts';
import { PRINT_FOLDER } from '../urls.ts';

/** Languages (primary subtags) whose words Pagefind's indexer and its browser search find by segmenting the text. */
const SEGMENTED_LANGUAGES = new Set(['zh', 'ja', 'th']);

/** Where the site's search finds which bundles to merge (`["zh"]`: `pagefind/zh/`), under `dist/`. */
export const MERGED_LANGUAGES_FILE = 'pagefind/languages.json';

/** One Pagefind index: its language, its folder in `dist/`, and the pages it holds. */
export interface SearchIndex {
	language: string;
	bundle: string;
	glob: string;
}

/** The language a roadmap's pages are indexed as: its own when Pagefind must segment it, else the site's. */
export function searchIndexLanguage(language: string): string {
	const primary = language.split('-')[0]!.toLowerCase();
	return SEGMENTED_LANGUAGES.has(primary) ? primary : SITE_LANGUAGE;
}

// Glob syntax characters in a file name are matched as themselves.
const literal = (name: string) => name.replace(/[\\{}[\]()<>*?,!:$]/g, '\\$&');
const anyOf = (patterns: string[]) => (patterns.length === 1 ? patterns[0]! : `{${patterns.join(',')}}`);

/** Every file or folder name but `name`, as a glob: each shorter start of it, and each way of leaving it. */
export function anyNameBut(name: string): string {
	const chars = [...name];
	const leaving = chars.map((char, i) => `${literal(chars.slice(0, i).join(''))}[!${literal(char)}]*`);
	const starts = chars.slice(1).map((_, i) => literal(chars.slice(0, i + 1).join('')));
	return anyOf([...leaving, ...starts, `${literal(name)}?*`]);
}

// A roadmap's pages but its printable one, which holds every phase and no search body: Pagefind would read its
// hundreds of kilobytes for nothing (at 5,000 phases, a sixth of the HTML it parses).
const roadmapPages = (ids: string) => `${ids}/{index.html,${anyNameBut(PRINT_FOLDER)}/**/*.html}`;

/** The pages of these roadmaps that the site's index holds, as a glob under `dist/`. */
export const roadmapsGlob = (ids: string[]) => `roadmaps/${roadmapPages(anyOf(ids.map(literal)))}`;

/**
 * The site's indexes, the first of the site's language. `built` lists `dist/` (its top-level entries, directories
 * ending in '/', and the folders under `roadmaps/`): the globs name what each index holds, since a glob cannot leave out.
 * The site's index leaves out the roadmaps in `readBefore`, whose pages it has read from the build before.
 */
export function searchIndexes(
	roadmaps: ReadonlyArray<{ id: string; language: string }>,
	built: { top: string[]; roadmaps: string[] },
	readBefore: ReadonlySet<string> = new Set(),
): SearchIndex[] {
	const byLanguage = Map.groupBy(
		roadmaps.filter((r) => searchIndexLanguage(r.language) !== SITE_LANGUAGE),
		(r) => searchIndexLanguage(r.language),
	);
	const apart = new Set([...byLanguage.values()].flat().map((r) => r.id));
	const left = apart.size + readBefore.size === 0 ? ['*'] : built.roadmaps.filter((id) => !apart.has(id) && !readBefore.has(id)).map(literal);
	const sitePages = built.top.flatMap((entry) => {
		if (entry === 'roadmaps/') return [left.length === 0 ? 'roadmaps/*.html' : `roadmaps/{*.html,${roadmapPages(anyOf(left))}}`];
		if (entry.endsWith('/')) return [`${literal(entry)}**/*.html`];
		return entry.endsWith('.html') ? [literal(entry)] : [];
	});
	return [
		{ language: SITE_LANGUAGE, bundle: 'pagefind', glob: anyOf(sitePages) },
		...[...byLanguage].map(([language, members]) => ({
			language,
			bundle: `pagefind/${language}`,
			glob: roadmapsGlob(members.map((r) => r.id)),
		})),
	];
}
