/**
 * Reading progress, kept in the reader's browser only. Keys are stable IDs ("phase:<roadmap>/<phase>",
 * "topic:<topic>"), so progress survives title edits; aliases carry it across renames.
 */
export interface ProgressFile {
	app: 'waymark';
	version: 1;
	done: string[];
}

export const phaseKey = (roadmap: string, phase: string) => `phase:${roadmap}/${phase}`;
export const topicKey = (topic: string) => `topic:${topic}`;

/** Parses stored or imported progress; anything malformed yields null rather than corrupting the store. */
export function parseProgress(text: string | null): ProgressFile | null {
	if (!text) return null;
	try {
		const value = JSON.parse(text) as Partial<ProgressFile>;
		if (value.app !== 'waymark' || value.version !== 1 || !Array.isArray(value.done)) return null;
		return { app: 'waymark', version: 1, done: value.done.filter((key): key is string => typeof key === 'string') };
	} catch {
		return null;
	}
}

/** Moves progress recorded under a former key (an alias) to the current key. */
export function migrateAliases(done: Set<string>, current: string, aliases: string[]): boolean {
	const found = aliases.some((alias) => done.delete(alias));
	if (found) done.add(current);
	return found;
}

/** Keys a phase had under former roadmap or phase IDs. */
export function formerPhaseKeys(roadmap: { id: string; data: { aliases: string[] } }, phase: { id: string; data: { aliases: string[] } }): string[] {
	const roadmapIds = [roadmap.id, ...roadmap.data.aliases];
	const phaseIds = [phase.id, ...phase.data.aliases];
	return roadmapIds.flatMap((r) => phaseIds.map((p) => phaseKey(r, p))).filter((key) => key !== phaseKey(roadmap.id, phase.id));
}
