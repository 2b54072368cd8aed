import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDigest } from '../../../lib/build/file-memo.ts';
import { getTitleFiles } from '../../../lib/model/site.ts';
import { titleFileName } from '../../../lib/search/title-words.ts';

// Title search's files, one per word prefix (see src/lib/search/title-words.ts): a search shows the names it matches
// from them while Pagefind's full-text index loads. Each is written out once, here, and copied from the build before
// while its text is unchanged (most of them after an edit).
export const getStaticPaths = (async () =>
	[...(await getTitleFiles())].map(([prefix, file]) => {
		const json = JSON.stringify(file);
		return { params: { file: titleFileName(prefix) }, props: { json }, cacheKey: contentDigest(json) };
	})) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) => new Response(props.json, { headers: { 'Content-Type': 'application/json' } });
