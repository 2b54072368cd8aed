import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../checks/content-check.ts';
import type { StoredYaml } from '../checks/frontmatter.ts';
import { siteRedirects } from '../model/redirects.ts';
import { withoutBase } from '../urls.ts';
import { publishedUrls } from './content-dir.ts';
import { contentDigest, fileMemo, memoFolder } from './file-memo.ts';

/** What astro.config.mjs needs of the content before Astro starts. */
export interface ConfigContent {
	/** Each roadmap's language: roadmaps in a language Pagefind segments are indexed apart. */
	roadmaps: Array<{ id: string; language: string }>;
	/** Site paths of the redirect pages (former URLs, `/roadmaps/`), which stay out of the sitemap. */
	redirected: string[];
}

/**
 * Reads what the config needs from the content's frontmatter, or from the build before while no file in the content
 * folder changed: checking 5,000 files' frontmatter took most of a second of Astro's start, which every step waits on.
 * Bodies are not read: they are checked before a build (scripts/build.ts) and on each save in dev.
 */
export function configContent(contentDir: string): ConfigContent {
	const files = readdirSync(contentDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	const state = files
		.map((entry) => join(entry.parentPath, entry.name))
		.sort()
		.map((path) => `${path}\0${contentDigest(readFileSync(path))}`)
		.join('\n');
	const memo = fileMemo<ConfigContent>(memoFolder('config-content'));
	const read = memo.get(state, () => {
		const storedYaml = fileMemo<StoredYaml>(memoFolder('frontmatter'));
		const { content } = checkContent(contentDir, process.cwd(), { bodies: false, storedYaml });
		storedYaml.save();
		return {
			roadmaps: content.roadmaps.map((roadmap) => ({ id: roadmap.id, language: roadmap.data.language })),
			redirected: siteRedirects(content.roadmaps, content.phases, publishedUrls(contentDir)).flatMap((redirect) => withoutBase(redirect.from) ?? []),
		};
	});
	memo.save();
	return read;
}
