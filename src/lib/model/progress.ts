/**
 * Reading progress, kept in the reader's browser only. Keys are stable IDs ("phase:<roadmap>/<phase>",
 * "topic:<topic>", "item:<roadmap>/<phase>#<check>" for a checklist item), so progress survives title edits;
 * aliases carry it across renames.
 */
export interface ProgressFile {
	app: 'waymark';
	version: 1;
	done: string[];
}

export const phaseKey = (roadmap: string, phase: string) => `phase:${roadmap}/${phase}`;
export const topicKey = (topic: string) => `topic:${topic}`;
/** The key of a body's checklist: a phase's body, or the roadmap overview's when there is no phase. */
export const checklistKey = (roadmap: string, phase?: string) => `item:${phase === undefined ? roadmap : `${roadmap}/${phase}`}`;
/** A checklist item's key: the checklist's key and the item's check (from checklistItemChecks, on the page as data-check). */
export const checklistItemKey = (checklist: string, check: string) => `${checklist}#${check}`;

/** The file stored and exported: sorted, so that the same marks always give the same file. */
export const progressFile = (done: Iterable<string>): ProgressFile => ({ app: 'waymark', version: 1, done: [...done].sort() });

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

export interface ProgressMerge {
	/** Every mark, stored and imported, sorted. */
	done: string[];
	/** Imported marks that were not stored yet. */
	added: number;
	/** Imported marks that were stored already. */
	alreadyHere: number;
}

/**
 * Importing adds marks and never removes one: an old export, or one from another browser, cannot undo
 * progress made since.
 */
export function mergeProgress(stored: Iterable<string>, imported: Iterable<string>): ProgressMerge {
	const done = new Set(stored);
	const importedKeys = new Set(imported);
	const added = [...importedKeys].filter((key) => !done.has(key)).length;
	for (const key of importedKeys) done.add(key);
	return { done: [...done].sort(), added, alreadyHere: importedKeys.size - added };
}

/** What the reader is told after an import. */
export function describeMerge({ added, alreadyHere }: ProgressMerge): string {
	if (added + alreadyHere === 0) return 'That file has no marks; nothing changed.';
	const marks = (n: number) => `${n} ${n === 1 ? 'mark' : 'marks'}`;
	return `Added ${marks(added)}; ${alreadyHere} ${alreadyHere === 1 ? 'was' : 'were'} already here.`;
}

/** Moves progress recorded under a former key (an alias) to the current key. */
export function migrateAliases(done: Set<string>, current: string, aliases: string[]): boolean {
	const found = aliases.some((alias) => done.delete(alias));
	if (found) done.add(current);
	return found;
}

/** Moves the marks of a checklist recorded under a former checklist key (a renamed roadmap or phase) to the current one. */
export function migrateChecklistAliases(done: Set<string>, current: string, aliases: string[]): boolean {
	let found = false;
	for (const key of [...done]) {
		const alias = aliases.find((a) => key.startsWith(`${a}#`));
		if (!alias) continue;
		done.delete(key);
		done.add(`${current}${key.slice(alias.length)}`);
		found = true;
	}
	return found;
}

interface Aliased {
	id: string;
	data: { aliases: string[] };
}

/** Every former (roadmap, phase) ID pair of a phase, or former roadmap ID of an overview: its current IDs with at least one alias. */
function formerIds(roadmap: Aliased, phase?: Aliased): [string, string | undefined][] {
	const phaseIds = phase ? [phase.id, ...phase.data.aliases] : [undefined];
	return [roadmap.id, ...roadmap.data.aliases]
		.flatMap((r) => phaseIds.map((p): [string, string | undefined] => [r, p]))
		.filter(([r, p]) => r !== roadmap.id || p !== phase?.id);
}

/** Keys a phase had under former roadmap or phase IDs. */
export const formerPhaseKeys = (roadmap: Aliased, phase: Aliased): string[] => formerIds(roadmap, phase).map(([r, p]) => phaseKey(r, p!));

/** Keys a checklist (a phase's body, or the overview's without a phase) had under former roadmap or phase IDs. */
export const formerChecklistKeys = (roadmap: Aliased, phase?: Aliased): string[] => formerIds(roadmap, phase).map(([r, p]) => checklistKey(r, p));

/**
 * The names of a body's checklist for progress.ts (which keys, enables and counts its task-list boxes), written as
 * `data-checklist` and `data-checklist-aliases` on the element that holds the body: a phase's, or the roadmap
 * overview's without a phase.
 */
export const checklistNames = (roadmap: Aliased, phase?: Aliased) => ({
	key: checklistKey(roadmap.id, phase?.id),
	aliases: formerChecklistKeys(roadmap, phase).join(' ') || undefined,
});

/** Spacing, case and Unicode form are not edits: they leave an item's check unchanged. */
export const normaliseItemText = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** FNV-1a over UTF-8, 32 bits, in base 36: short, the same on every build and platform, and needing no library. */
function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
	return hash.toString(36);
}

/**
 * The checks of a body's checklist items, given each item's own text in document order. A check hashes the item's
 * text only, so editing, adding or removing other items keeps it; an item whose text (or hash) repeats an earlier
 * one on the page gets -2, -3… so that every check is unique.
 */
export function checklistItemChecks(itemTexts: string[]): string[] {
	const seen = new Map<string, number>();
	return itemTexts.map((text) => {
		const hash = shortHash(normaliseItemText(text));
		const count = (seen.get(hash) ?? 0) + 1;
		seen.set(hash, count);
		return count === 1 ? hash : `${hash}-${count}`;
	});
}
