// What the published site was built from, so that a rebuild can tell which roadmaps an edit cannot have reached and
// let Pagefind read their pages from the published dist/ while Astro is still starting (see src/lib/search/published-pages.ts). Only a
// guess: a page also shows other roadmaps' titles and the site's code, so every page read this way is compared with
// the new build's before its index is kept.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Digests of a content folder: each roadmap folder's files, and every other file the pages are made of. */
export interface ContentInputs {
	shared: string;
	roadmaps: Record<string, string>;
}

/** What `dir` (the published dist/) was built from. */
interface PublishedInputs {
	dir: string;
	inputs: ContentInputs;
}

// The build writes these after each build: they list what was published, which no page shows.
const BUILD_OUTPUTS = new Set(['published-urls.txt', 'published-anchors.txt']);

function digestOfFiles(root: string, files: string[]): string {
	const hash = createHash('sha256');
	for (const file of files.sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
	return hash.digest('base64url');
}

const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));

export function contentInputs(contentDir: string): ContentInputs {
	const roadmapsDir = join(contentDir, 'roadmaps');
	const roadmapFolders = existsSync(roadmapsDir) ? readdirSync(roadmapsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()) : [];
	const shared = filesUnder(contentDir).filter((file) => {
		const parts = relative(contentDir, file).split(/[\\/]/);
		return parts.length === 1 ? !BUILD_OUTPUTS.has(parts[0]!) : !(parts[0] === 'roadmaps' && parts.length > 2);
	});
	return {
		shared: digestOfFiles(contentDir, shared),
		roadmaps: Object.fromEntries(roadmapFolders.map((entry) => [entry.name, digestOfFiles(contentDir, filesUnder(join(roadmapsDir, entry.name)))])),
	};
}

/** Roadmaps whose files are those `dir` was built from, when nothing shared has changed since. */
export function unchangedRoadmaps(now: ContentInputs, published: PublishedInputs | undefined, dir: string): string[] {
	if (!published || published.dir !== dir || published.inputs.shared !== now.shared) return [];
	return Object.keys(now.roadmaps).filter((id) => published.inputs.roadmaps[id] === now.roadmaps[id]);
}

export function readPublishedInputs(file: string): PublishedInputs | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as PublishedInputs;
	} catch {
		return undefined;
	}
}

export const writePublishedInputs = (file: string, published: PublishedInputs) => writeFileSync(file, JSON.stringify(published));
