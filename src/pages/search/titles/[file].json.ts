import type { APIRoute, GetStaticPaths } from 'astro';
import { getTitleFiles } from '../../../lib/model/site.ts';
import { titleFileName, type TitleFile } from '../../../lib/search/title-words.ts';

// Title search's files, one per word prefix (see src/lib/search/title-words.ts): a search shows the names it matches
// from them while Pagefind's full-text index loads.
export const getStaticPaths = (async () => [...(await getTitleFiles())].map(([prefix, file]) => ({ params: { file: titleFileName(prefix) }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: TitleFile }> = ({ props }) => Response.json(props.file);
