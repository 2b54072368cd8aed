import type { APIRoute, GetStaticPaths } from 'astro';
import { redirectsFile } from '../lib/model/redirects.ts';
import { getSiteModel } from '../lib/model/site.ts';

// `_redirects` for hosts that read one (Netlify, Cloudflare Pages). Astro ignores page files named with a
// leading underscore, so the name comes in as a parameter.
export const getStaticPaths = (() => [{ params: { redirects: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => new Response(redirectsFile((await getSiteModel()).redirects));
