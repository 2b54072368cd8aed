/**
 * A lesson of The Carpentries' Workbench (sandpaper): its `config.yaml` names the lesson (`title`) and orders its
 * episodes (`episodes:`, files of the `episodes/` folder), which are its units; an empty list means every episode
 * file in name order, as sandpaper builds it. The pages of `learners/`, `instructors/` and `profiles/` (setup,
 * reference, instructor notes) are the lesson's extra pages, not episodes, and `index.md` is its home page: the overview.
 */
import type { SiteNav } from './site-nav.ts';
import { readYamlMap, toMarkdown } from './site-nav.ts';

const EPISODES = 'episodes/';
const HOME = 'index.md';
// The folders sandpaper makes extra pages of, beside the episodes.
const EXTRA_PAGES = /^(?:learners|instructors|profiles)\//;

/**
 * The lesson a folder's `config.yaml` describes, given the folder's lesson files (relative paths); null when the
 * configuration has no `episodes` key (it is not a Workbench lesson's) or names no episode file.
 */
export function carpentriesLesson(configText: string, lessonFiles: readonly string[]): SiteNav | null {
	const config = readYamlMap(configText);
	if (!config || !('episodes' in config)) return null;
	const episodeFiles = lessonFiles.filter((path) => path.startsWith(EPISODES) && !path.slice(EPISODES.length).includes('/'));
	const listed = Array.isArray(config['episodes']) ? config['episodes'].filter((name): name is string => typeof name === 'string').map((name) => `${EPISODES}${name.trim()}`) : [];
	const episodes = listed.length > 0 ? listed.filter((path) => episodeFiles.includes(path)) : [...episodeFiles].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
	if (episodes.length === 0) return null;
	const missing = listed.filter((path) => !episodeFiles.includes(path));
	const extras = lessonFiles.filter((path) => EXTRA_PAGES.test(path));
	const notes = [
		...(missing.length > 0 ? [`config.yaml lists episodes that are not in episodes/: ${missing.join(', ')}`] : []),
		...(extras.length > 0 ? [`Left out as the lesson's extra pages, not episodes: ${extras.join(', ')}`] : []),
	];
	const title = typeof config['title'] === 'string' ? config['title'].trim() : '';
	return {
		pagesDir: '.',
		...(title ? { siteName: title } : {}),
		tableOfContents: toMarkdown(episodes.map((url) => ({ title: '', url }))),
		...(notes.length > 0 ? { notes } : {}),
		...(lessonFiles.includes(HOME) ? { home: HOME } : {}),
		...(extras.length > 0 ? { apart: extras } : {}),
	};
}
