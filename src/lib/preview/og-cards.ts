// What each link-preview image says, and where it is published. Rendering is in og-image.ts.
import { formatDuration } from '../model/durations.ts';
import { roadmapLength } from '../model/facts.ts';
import type { Phase, Roadmap, SiteModel } from '../model/model.ts';
import type { OgCard } from './og-image.ts';
import { ogImagePath } from '../urls.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function siteCard(site: SiteModel): OgCard {
	return {
		eyebrow: 'Learning roadmaps',
		title: 'Backend developer roadmaps',
		details: [plural(site.roadmaps.length, 'roadmap', 'roadmaps'), 'Read, search and link every phase'],
	};
}

export function roadmapCard(roadmap: Roadmap): OgCard {
	return {
		eyebrow: 'Roadmap',
		title: roadmap.data.title,
		details: [plural(roadmap.phases.length, 'phase', 'phases'), roadmapLength(roadmap)],
	};
}

export function phaseCard(roadmap: Roadmap, phase: Phase): OgCard {
	const { label, title, duration } = phase.data;
	return {
		eyebrow: roadmap.data.title,
		title: label ? `${label}: ${title}` : title,
		details: [`Phase ${phase.number} of ${roadmap.phases.length}`, duration ? formatDuration(duration) : 'duration unknown'],
	};
}

/** Every preview image of the site: the site-wide one, one per roadmap, one per phase, at the URLs pages link to. */
export function ogImages(site: SiteModel): Array<{ path: string; card: OgCard }> {
	return [
		{ path: ogImagePath(), card: siteCard(site) },
		...site.roadmaps.flatMap((roadmap) => [
			{ path: ogImagePath(roadmap.id), card: roadmapCard(roadmap) },
			...roadmap.phases.map((phase) => ({ path: ogImagePath(roadmap.id, phase.id), card: phaseCard(roadmap, phase) })),
		]),
	];
}
