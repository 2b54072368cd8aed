// Every internal link is built here, so a URL scheme change is one edit and links never drift apart.

/** '/' or the path a site is served under with one slash each side: 'roadmaps', '/roadmaps' → '/roadmaps/'. */
export function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

// Astro's `base` inside a build, where Vite sets BASE_URL. Scripts and unit tests run without one, so there every URL
// is a site path ('/roadmaps/x/'): what the URL manifest, the importer and the link check keep, whatever the base.
const siteBase = normalizeBase(import.meta.env?.BASE_URL);

/** A site path ('/roadmaps/x/') as served under `base` ('/sub/roadmaps/x/'). */
export const withBase = (path: string, base = siteBase) => `${base}${path.replace(/^\//, '')}`;

/** The site path of a URL path served under `base`, or null when it lies outside the base. */
export function withoutBase(url: string, base = siteBase): string | null {
	if (url.startsWith(base)) return `/${url.slice(base.length)}`;
	return `${url}/` === base ? '/' : null;
}

export const homeUrl = () => withBase('/');
export const roadmapUrl = (roadmap: string) => withBase(`/roadmaps/${roadmap}/`);
export const phaseUrl = (roadmap: string, phase: string) => withBase(`/roadmaps/${roadmap}/${phase}/`);
export const topicsUrl = () => withBase('/topics/');
export const topicUrl = (topic: string) => withBase(`/topics/${topic}/`);
export const rolesUrl = () => withBase('/roles/');
export const roleUrl = (role: string) => withBase(`/roles/${role}/`);
export const sourceUrl = (roadmap: string) => withBase(`/sources/${roadmap}/`);
export const compareUrl = () => withBase('/compare/');
/** Two roadmaps side by side, rendered in the browser from their compare data: one page serves every pair. */
export const pairUrl = (a: string, b: string) => `${compareUrl()}?a=${a}&b=${b}`;
/** Where pair comparisons were published before they moved to `pairUrl`; only redirects live there now. */
export const formerPairUrl = (a: string, b: string) => withBase(`/compare/${a}-vs-${b}/`);
/** What the pair comparison reads about one roadmap (JSON, a few kB). */
export const compareDataUrl = (roadmap: string) => withBase(`/compare/data/${roadmap}.json`);
export const tracksUrl = () => withBase('/tracks/');
export const trackUrl = (track: string) => withBase(`/tracks/${track}/`);
export const trackCompareUrl = (track: string) => withBase(`/tracks/${track}/compare/`);
/** The folder of a roadmap's printable page, beside its phases' folders (so no phase may take that ID). */
export const PRINT_FOLDER = 'print';
export const printUrl = (roadmap: string) => withBase(`/roadmaps/${roadmap}/${PRINT_FOLDER}/`);
/** Where the link-preview image of the site, a roadmap or a phase is under /og/, without `.png`: the endpoint's parameter. */
export const ogImagePath = (...ids: string[]) => (ids.length === 0 ? 'site' : `roadmaps/${ids.join('/')}`);
/** Link-preview images, 1200×630 PNG, generated at build time. */
export const ogImageUrl = (...ids: string[]) => withBase(`/og/${ogImagePath(...ids)}.png`);
