// Where a build is published: the public origin (SITE_URL) and the path the site is served under (BASE_PATH).
// astro.config.mjs and scripts/build.ts both read them here, so the build and its checks agree.
import { normalizeBase } from '../urls.ts';

const EXAMPLE = 'e.g. SITE_URL=https://roadmaps.example.org npm run build';

/** The base path to build under, from BASE_PATH: '/' when unset, else '/<path>/'. */
export const basePath = (env: NodeJS.ProcessEnv) => normalizeBase(env['BASE_PATH']);

/**
 * Why SITE_URL cannot be published to, in one line with the fix, or null when it can. Canonical URLs and link previews
 * (og:image must be absolute) are written with it, so a production build never falls back to a local address.
 */
export function siteUrlProblem(env: NodeJS.ProcessEnv): string | null {
	const value = env['SITE_URL'];
	if (!value) return `SITE_URL is not set: set it to the public origin, ${EXAMPLE}`;
	const url = URL.parse(value);
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return `SITE_URL is not an http(s) URL (got: ${value}): set it to the public origin, ${EXAMPLE}`;
	const base = basePath(env);
	if (url.pathname !== '/' && normalizeBase(url.pathname) !== base) {
		return `SITE_URL has a path (got: ${value}) that BASE_PATH does not match (got: ${base}): set SITE_URL to the origin (${url.origin}) and BASE_PATH=${url.pathname}`;
	}
	return null;
}
