import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/build/content-dir.ts';
import { mdxLoader } from './loaders/mdx-loader.ts';
import { phaseSchema, roadmapSchema } from './schemas/roadmap.ts';
import { roleSchema } from './schemas/role.ts';
import { topicSchema } from './schemas/topic.ts';
import { trackSchema } from './schemas/track.ts';

// IDs come from file and folder names, never from titles, so that editing a title never changes a URL.
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

export const collections = {
	roadmaps: defineCollection({
		loader: mdxLoader({ base: `${contentDir}/roadmaps`, entryId: (path) => /^([^/]+)\/index\.mdx$/.exec(path)?.[1] }),
		schema: roadmapSchema,
	}),
	phases: defineCollection({
		loader: mdxLoader({ base: `${contentDir}/roadmaps`, entryId: (path) => (/^[^/]+\/(?!index\.mdx$)[^/]+\.mdx$/.test(path) ? path.replace(/\.mdx$/, '') : undefined) }),
		schema: phaseSchema,
	}),
	topics: defineCollection({
		loader: glob({ base: `${contentDir}/topics`, pattern: '*.yaml', generateId: fileId }),
		schema: topicSchema,
	}),
	tracks: defineCollection({
		loader: glob({ base: `${contentDir}/tracks`, pattern: '*.yaml', generateId: fileId }),
		schema: trackSchema,
	}),
	roles: defineCollection({
		loader: glob({ base: `${contentDir}/roles`, pattern: '*.yaml', generateId: fileId }),
		schema: roleSchema,
	}),
};
