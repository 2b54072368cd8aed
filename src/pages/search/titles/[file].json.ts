import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDigest } from '../../../lib/build/file-memo.ts';
import { getTitleFiles } from '../../../lib/model/site.ts';
import { titleFileName, type TitleFile } from '../../../lib/search/title-words.ts';

// Title search's files, one per word prefix (see src/lib/search/title-words.ts): a search shows the names it matches
// from them while Pagefind's full-text index loads.
// A file is copied from the build before while its contents are unchanged: most of them after an edit.
export const getStaticPaths = (async () =>
	[...(await getTitleFiles())].map(([prefix, file]) => ({ params: { file: titleFileName(prefix) }, props: { file }, cacheKey: contentDigest(JSON.stringify(file)) }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: TitleFile }> = ({ props }) => Response.json(props.file);
