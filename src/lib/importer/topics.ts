/** Suggests taxonomy topics for a phase by finding topic names and aliases in its text. */

export interface TopicName {
	id: string;
	name: string;
	aliases: readonly string[];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `term` as a whole word of any script (not inside another word, nor "C" inside "C#" or "C++"). */
export const wholeWord = (term: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(term)}(?![\\p{L}\\p{N}#+])`, flags);

const WORD = /[\p{L}\p{N}]+/gu;
// One spelling for the spellings a case-insensitive match takes as one ("ß" and "ẞ", "σ" and "ς", "s" and "ſ").
const caseless = (word: string) => word.toLowerCase().toUpperCase().toLowerCase();

/**
 * The texts among `texts` where a term may be a whole word (see wholeWord), by index, without scanning them all: each
 * word of the term (each run of letters and digits) is a whole word of the text where the term is, in any case.
 * Finding a plan's candidate names in hundreds of pages scanned every page for every name.
 */
export function wordFinder(texts: readonly string[]): (term: string) => number[] {
	const byWord = new Map<string, Set<number>>();
	texts.forEach((text, index) => {
		for (const word of text.match(WORD) ?? []) {
			const key = caseless(word);
			(byWord.get(key) ?? byWord.set(key, new Set()).get(key)!).add(index);
		}
	});
	const every = texts.map((_, index) => index);
	return (term) => {
		const words = (term.match(WORD) ?? []).map((word) => byWord.get(caseless(word)) ?? new Set<number>());
		if (words.length === 0) return every;
		const [rarest, ...others] = words.sort((a, b) => a.size - b.size);
		return [...rarest!].filter((index) => others.every((word) => word.has(index)));
	};
}

/**
 * IDs of topics whose name or an alias appears in `text` as a whole word, in order of first appearance.
 * Short names ("Go", "SQL", "REST", "Node") must match in case, so that ordinary words do not count.
 */
export function suggestTopics(text: string, topics: readonly TopicName[]): string[] {
	const hits: Array<{ id: string; at: number }> = [];
	for (const topic of topics) {
		let first = Infinity;
		for (const term of [topic.name, ...topic.aliases]) {
			const regex = wholeWord(term, term.length <= 4 ? 'u' : 'iu');
			const match = regex.exec(text);
			if (match && match.index < first) first = match.index;
		}
		if (first < Infinity) hits.push({ id: topic.id, at: first });
	}
	return hits.sort((a, b) => a.at - b.at).map((h) => h.id);
}
