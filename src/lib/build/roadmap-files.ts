import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content-dir.ts';

/**
 * The files a roadmap carries for its links (`roadmaps/<id>/files/<name>`, notes, slides, data the importer copied
 * from the plan): the site serves each at the same path under its URL.
 */
export function roadmapFiles(dir = contentDir): Array<{ roadmap: string; name: string; path: string }> {
	const roadmaps = join(dir, 'roadmaps');
	if (!existsSync(roadmaps)) return [];
	return readdirSync(roadmaps, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap(({ name: roadmap }) => {
			const files = join(roadmaps, roadmap, 'files');
			if (!existsSync(files)) return [];
			return readdirSync(files, { withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map(({ name }) => ({ roadmap, name, path: join(files, name) }));
		});
}
