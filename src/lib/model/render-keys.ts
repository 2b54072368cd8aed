import { createHash } from 'node:crypto';
import type { ModelInput, Phase } from './model.ts';

/** A content entry as the model receives it: the content layer's digest of its file, when there is one. */
interface Entry {
	id: string;
	digest?: string | number | undefined;
	data: unknown;
}

// The digest covers the whole file (frontmatter and body) and the body renderer's version; without one (an entry made
// in a test) the data stands in for it.
const entryKey = (entry: Entry) => `${entry.id}\0${entry.digest ?? JSON.stringify(entry.data)}`;

/**
 * What the pages of each roadmap (its overview, printable page, phase pages) are made of, as one hash per roadmap:
 * its own and its phases' files, the phases of other roadmaps it links to or is linked from (their titles and their
 * roadmaps' titles show), and the site-wide collections any page can show (topics, tracks, roles). Editing one phase
 * changes the key of its roadmap and of the roadmaps linked to it, and of nothing else, so an incremental build
 * (`experimental.incrementalBuild`) renders those pages again and copies the others from the build before.
 */
export function roadmapRenderKey(input: ModelInput): (roadmap: { id: string; phases: Phase[] }) => string {
	const roadmapEntries = new Map(input.roadmaps.map((entry) => [entry.id, entry]));
	const phaseEntries = new Map(input.phases.map((entry) => [`${entry.roadmap}/${entry.id}`, entry]));
	const byId = (a: Entry, b: Entry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const shared = [input.topics, input.tracks, input.roles].map((entries) => [...entries].sort(byId).map(entryKey).join('\n')).join('\n\n');
	const sharedHash = createHash('sha256').update(shared).digest('hex');
	return ({ id, phases }) => {
		const linked = phases
			.flatMap((phase) => [...phase.requires, ...phase.unlocks])
			.filter((other) => other.roadmapId !== id)
			.flatMap((other) => [`${other.roadmapId}/${entryKey(roadmapEntries.get(other.roadmapId)!)}`, `${other.entryId}/${entryKey(phaseEntries.get(other.entryId)!)}`]);
		const hash = createHash('sha256').update(sharedHash).update('\n\n').update(entryKey(roadmapEntries.get(id)!));
		for (const phase of phases) hash.update('\n').update(entryKey(phaseEntries.get(phase.entryId)!));
		for (const key of [...new Set(linked)].sort()) hash.update('\n').update(key);
		return hash.digest('hex');
	};
}
