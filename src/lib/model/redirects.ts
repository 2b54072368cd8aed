import { phaseUrl, roadmapUrl } from '../urls.ts';

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

/** Netlify/Cloudflare Pages `_redirects` format, for hosts that read it (others use the HTML redirect pages). */
export function redirectsFile(redirects: Redirect[]): string {
	return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
