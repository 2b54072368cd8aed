// Pagefind's result fragments: one per indexed page, gzipped JSON after Pagefind's own signature. The build reads them
// back for what Pagefind indexed: the offline lists (which roadmap a fragment belongs to) and word search (its text).
import { gunzipSync } from 'node:zlib';

/** What a fragment holds of its page: its URL as indexed (without the site's base), text, length and meta values. */
export interface PagefindFragment {
	url: string;
	content: string;
	word_count: number;
	meta: Record<string, string | undefined>;
}

export function readFragment(file: Buffer): PagefindFragment {
	const text = gunzipSync(file).toString('utf8');
	return JSON.parse(text.slice(text.indexOf('{'))) as PagefindFragment;
}
