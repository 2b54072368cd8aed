// Which roadmaps this browser saved for offline reading, and at which version of their offline list.
const STORAGE_KEY = 'waymark:offline';

export interface SavedRoadmap {
	title: string;
	/** The overview's URL. */
	url: string;
	/** The offline list's version when it was saved (see OfflineList.version). */
	version: string;
}

export function savedRoadmaps(): Record<string, SavedRoadmap> {
	try {
		return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, SavedRoadmap>;
	} catch {
		return {};
	}
}

export function recordSaved(roadmap: string, saved: SavedRoadmap | null) {
	const all = savedRoadmaps();
	if (saved) all[roadmap] = saved;
	else delete all[roadmap];
	localStorage.setItem(STORAGE_KEY, JSON.stringify(all));
}
