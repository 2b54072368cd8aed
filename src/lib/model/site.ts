import { getCollection } from 'astro:content';
import { publishedUrls } from '../build/content-dir.ts';
import { crossReferenceProblems } from '../checks/cross-references.ts';
import { formatProblem } from '../checks/friendly-errors.ts';
import { titleEntries, titleFiles } from '../search/title-files.ts';
import type { TitleFile } from '../search/title-words.ts';
import { buildSiteModel, type SiteModel } from './model.ts';

let model: Promise<SiteModel> | undefined;

async function loadSiteModel(): Promise<SiteModel> {
	const [roadmaps, phaseEntries, topics, roles, tracks] = await Promise.all([
		getCollection('roadmaps'),
		getCollection('phases'),
		getCollection('topics'),
		getCollection('roles'),
		getCollection('tracks'),
	]);
	const phases = phaseEntries.map((entry) => {
		const [roadmap, id] = entry.id.split('/') as [string, string];
		return { ...entry, roadmap, id };
	});
	const file = (entry: { filePath?: string | undefined }) => entry.filePath ?? '(unknown file)';
	const problems = crossReferenceProblems({
		roadmaps: roadmaps.map((e) => ({ ...e, file: file(e) })),
		phases: phases.map((e) => ({ ...e, file: file(e) })),
		topics: topics.map((e) => ({ ...e, file: file(e) })),
		roles: roles.map((e) => ({ ...e, file: file(e) })),
		tracks: tracks.map((e) => ({ ...e, file: file(e) })),
	});
	// `npm run check:content` reports these with line numbers before the build starts; this guards `astro dev` and direct builds.
	if (problems.length > 0) throw new Error(`Content cross-references are broken:\n${problems.map(formatProblem).join('\n')}`);
	return buildSiteModel({ roadmaps, phases, topics, roles, tracks, publishedUrls: publishedUrls() });
}

/** The site's content model, built once per build and shared by every page. */
export function getSiteModel(): Promise<SiteModel> {
	model ??= loadSiteModel();
	return model;
}

let titleSearch: Promise<Map<string, TitleFile>> | undefined;

/** Title search's files by prefix, computed once per build for the files and their list. */
export function getTitleFiles(): Promise<Map<string, TitleFile>> {
	titleSearch ??= getSiteModel().then((site) => titleFiles(titleEntries(site)));
	return titleSearch;
}

/**
 * `getStaticPaths` of the pages made only of what `Roadmap.renderKey` covers (the overview, the printable version, the
 * comparison's data, the offline list): an incremental build copies them from the build before while their roadmap's
 * key is unchanged.
 */
export async function renderKeyedRoadmapPaths() {
	return (await getSiteModel()).roadmaps.map((roadmap) => ({ params: { roadmap: roadmap.id }, cacheKey: roadmap.renderKey }));
}

/** `getStaticPaths` of every per-track page (the track, its comparison). */
export async function trackPaths() {
	return (await getSiteModel()).tracks.map((track) => ({ params: { track: track.id } }));
}
