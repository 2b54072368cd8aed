// Title search, shared by the build (which writes its files) and the browser (which reads them): how a name splits
// into words, which file holds the names with a word starting with a prefix, and which names a query matches. Names
// (roadmaps, phases, topics, roles, tracks) are what readers search for most, and a file of them costs a few kB where
// Pagefind's full text costs its WebAssembly (58 kB) and an index chunk before the first result. This module imports
// nothing: the browser's search script bundles it.

/** Scripts written without spaces between words: to title search, each of their characters is a word. */
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
const WORD = new RegExp(String.raw`[${UNSPACED}]|(?:(?![${UNSPACED}])[\p{L}\p{N}\p{M}])+`, 'gu');
const UNSPACED_CHARACTER = new RegExp(`^[${UNSPACED}]$`, 'u');

/** Whether a word is one character of a script written without spaces (see titleWords): a character, not a word. */
export const isUnspacedCharacter = (word: string) => UNSPACED_CHARACTER.test(word);
// Accents on Latin, Greek and Cyrillic letters fold away, so that "resume" finds "Résumé"; in other scripts a mark is
// part of the letter.
const FOLDED_MARKS = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

/** A name's words, lower-cased with accents folded: runs of letters and digits, single characters of unspaced scripts. */
export function titleWords(text: string): string[] {
	return text.toLowerCase().normalize('NFKD').replace(FOLDED_MARKS, '').normalize('NFC').match(WORD) ?? [];
}

const characters = (text: string) => [...text];

/**
 * Names are filed by the first two characters of each of their words (a one-character word is filed as itself); the
 * site lists these prefixes in TITLE_PREFIXES_PATH. A file that would hold more names than it may lists the characters
 * that continue its prefix (`longer`), and the files of those longer prefixes hold them all.
 */
export const FIRST_PREFIX_LENGTH = 2;

export const prefixOf = (word: string, length: number) => characters(word).slice(0, length).join('');

/** A prefix's file name (under /search/titles/ or /search/words/): a–z and 0–9 as they are, any other character as its code point. */
export function titleFileName(prefix: string): string {
	return characters(prefix)
		.map((character) => (/[a-z0-9]/.test(character) ? character : `_${character.codePointAt(0)!.toString(36)}_`))
		.join('');
}

/** Where a prefix's file is served, under the site's base (src/pages/search/titles/[file].json.ts writes it). */
export const titleFilePath = (prefix: string) => `search/titles/${titleFileName(prefix)}.json`;

/** Where the list of first prefixes is served: a prefix not in it has no file, and no name a word with it. */
export const TITLE_PREFIXES_PATH = 'search/titles.json';

/** One file of title search: the names with a word that starts with its prefix, best first. */
export interface TitleFile {
	/**
	 * Empty when the file holds every name with a word of this prefix. Else the characters that continue the prefix in
	 * those words: the file holds the first names, and the file of each longer prefix holds the names of its words.
	 */
	longer: string[];
	/** The contexts the entries point to (a phase's roadmap, "Topic"…), each written once. */
	contexts: string[];
	/** Title, URL, index into `contexts`, then any other names it is searched by (a topic's aliases). */
	entries: Array<[title: string, url: string, context: number, ...otherNames: string[]]>;
}

export interface TitleHit {
	title: string;
	url: string;
	context: string;
}

/** A file of names or of words, filed by prefix: what search needs to find the file a word's search ends at. */
export interface PrefixFile {
	/** Characters of the longer prefixes whose files hold what this one has no room for (see TitleFile). */
	longer: string[];
}

/** The prefix of the file to read after `file` (read for `prefix`), or undefined when that file is the last. */
export function nextPrefix(word: string, prefix: string, file: PrefixFile): string | undefined {
	const next = characters(word)[characters(prefix).length];
	return next !== undefined && file.longer.includes(next) ? `${prefix}${next}` : undefined;
}

/**
 * The file a word's search ends at: its first prefix's, then one character longer while a file lists longer ones.
 * `load` gives a first prefix's file, or null when nothing has a word with that prefix.
 */
export async function fileForWord<File extends PrefixFile>(word: string, load: (prefix: string) => Promise<File | null>): Promise<File | null> {
	let file: File | null = null;
	for (let prefix: string | undefined = prefixOf(word, FIRST_PREFIX_LENGTH); prefix !== undefined; prefix = nextPrefix(word, prefix, file)) {
		const longer = await load(prefix);
		if (!longer) break;
		file = longer;
	}
	return file;
}

/**
 * The names a query matches. Each query word's file is read (one character longer while a file lists longer ones), and
 * every name that matches the whole query in any of them is a hit: a name left out of one word's full file may be in
 * another's. `load` gives a first prefix's file, or null when no name has a word with that prefix.
 */
export async function searchTitles(query: string, load: (prefix: string) => Promise<TitleFile | null>, limit: number): Promise<TitleHit[]> {
	const files = await Promise.all([...new Set(titleWords(query))].map((word) => fileForWord(word, load)));
	// A word no name has matches nothing, and every word must match.
	return files.includes(null) ? [] : titleHits(files as TitleFile[], query, limit);
}

/**
 * The names in files that a query matches, every query word starting a word of the name or of another name it goes
 * by, each page once. Best first: the name itself, then names that start with the query, then the files' order.
 */
export function titleHits(files: TitleFile[], query: string, limit: number): TitleHit[] {
	const queryWords = titleWords(query);
	if (queryWords.length === 0) return [];
	const whole = queryWords.join(' ');
	const ranked: Array<{ hit: TitleHit; rank: number }> = [];
	const seen = new Set<string>();
	for (const file of files) {
		for (const [title, url, context, ...otherNames] of file.entries) {
			if (seen.has(url)) continue;
			seen.add(url);
			const nameWords = [title, ...otherNames].map(titleWords);
			if (!queryWords.every((queryWord) => nameWords.some((words) => words.some((word) => word.startsWith(queryWord))))) continue;
			const names = nameWords.map((words) => words.join(' '));
			const rank = names.includes(whole) ? 0 : names.some((name) => name.startsWith(whole)) ? 1 : 2;
			ranked.push({ hit: { title, url, context: file.contexts[context] ?? '' }, rank });
		}
	}
	// Array sort is stable: equal ranks keep the file's order.
	return ranked
		.sort((a, b) => a.rank - b.rank)
		.slice(0, limit)
		.map(({ hit }) => hit);
}
