// Pagefind has no incremental mode: a rebuild after one edit indexes every page again, a third of its time. So a
// rebuild's site index starts early, from the published dist/: Pagefind reads there the pages of the roadmaps whose
// files have not changed since (src/lib/build/published-inputs.ts) while Astro starts, syncs and bundles on the other
// core, and later only the pages left. Whether those pages are the new build's too is only known once Astro has
// written them: the index is kept when they are, byte for byte and file for file, and built from scratch when not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PRINT_FOLDER } from '../urls.ts';

/** The files of a roadmap's folder under `dir` that the site's index reads (see roadmapsGlob), sorted. */
export function roadmapIndexedFiles(dir: string, id: string): string[] {
	const root = join(dir, 'roadmaps', id);
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true })
		.flatMap((entry) => {
			if (entry.isFile()) return entry.name === 'index.html' ? [join(root, entry.name)] : [];
			if (!entry.isDirectory() || entry.name === PRINT_FOLDER) return [];
			return readdirSync(join(root, entry.name), { recursive: true, withFileTypes: true })
				.filter((file) => file.isFile() && file.name.endsWith('.html'))
				.map((file) => join(file.parentPath, file.name));
		})
		.map((file) => relative(dir, file))
		.sort();
}

/** Whether these roadmaps' indexed pages are the same files with the same bytes in both builds. */
export function samePages(before: string, after: string, roadmaps: string[]): boolean {
	return roadmaps.every((id) => {
		const files = roadmapIndexedFiles(before, id);
		const now = roadmapIndexedFiles(after, id);
		return files.length === now.length && files.every((file, i) => file === now[i] && readFileSync(join(before, file)).equals(readFileSync(join(after, file))));
	});
}
