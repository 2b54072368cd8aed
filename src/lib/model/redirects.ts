import { homeUrl, phaseUrl, roadmapUrl, withBase } from '../urls.ts';
import { pairRedirects } from './compare.ts';

export interface Redirect {
	from: string;
	to: string;
}

interface Aliased {
	id: string;
	data: { aliases: string[] };
}

/**
 * Old URLs that must keep working: a renamed roadmap (with all its phases) or a renamed phase
 * leads from every former ID, listed in `aliases`, to its current URL.
 */
export function redirectsFor(roadmaps: Aliased[], phases: Array<Aliased & { roadmap: string }>): Redirect[] {
	const redirects: Redirect[] = [];
	for (const roadmap of roadmaps) {
		const own = phases.filter((p) => p.roadmap === roadmap.id);
		for (const phase of own) {
			for (const alias of phase.data.aliases) redirects.push({ from: phaseUrl(roadmap.id, alias), to: phaseUrl(roadmap.id, phase.id) });
		}
		for (const oldRoadmap of roadmap.data.aliases) {
			redirects.push({ from: roadmapUrl(oldRoadmap), to: roadmapUrl(roadmap.id) });
			for (const phase of own) {
				for (const slug of [phase.id, ...phase.data.aliases]) {
					redirects.push({ from: phaseUrl(oldRoadmap, slug), to: phaseUrl(roadmap.id, phase.id) });
				}
			}
		}
	}
	return redirects;
}

/**
 * Folders of the URL scheme that have no page of their own. A reader who trims a roadmap's URL to `/roadmaps/` lands
 * on the home page, which lists the roadmaps, rather than on a 404.
 */
const sectionRedirects = (): Redirect[] => [{ from: withBase('/roadmaps/'), to: homeUrl() }];

/** Every redirect page the site publishes: the model renders them, and the sitemap leaves them out. */
export function siteRedirects(roadmaps: Aliased[], phases: Array<Aliased & { roadmap: string }>, publishedUrls: readonly string[]): Redirect[] {
	return [...sectionRedirects(), ...redirectsFor(roadmaps, phases), ...pairRedirects(publishedUrls, roadmaps)];
}

/** Netlify/Cloudflare Pages `_redirects` format, for hosts that read it (others use the HTML redirect pages). */
export function redirectsFile(redirects: Redirect[]): string {
	return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
