import type { APIRoute } from 'astro';
import { getTitleFiles } from '../../lib/model/site.ts';
import { firstPrefixes } from '../../lib/search/prefix-tree.ts';

// The prefixes title search has files for (TITLE_PREFIXES_PATH): a search for a word outside them asks for no file.
export const GET: APIRoute = async () => Response.json(firstPrefixes(await getTitleFiles()));
