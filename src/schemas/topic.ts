import { z } from 'astro/zod';

export const topicCategories = [
	'language',
	'framework',
	'runtime',
	'database',
	'api',
	'security',
	'architecture',
	'infrastructure',
	'cloud',
	'devops',
	'testing',
	'observability',
	'computer-science',
	'tooling',
	'ai',
	'frontend',
	'practice',
] as const;

export type TopicCategory = (typeof topicCategories)[number];

/** How each category is headed on /topics/ and in comparisons: acronyms and brand casing kept (AI, APIs, DevOps). */
export const topicCategoryLabels: Record<TopicCategory, string> = {
	language: 'Languages',
	framework: 'Frameworks',
	runtime: 'Runtimes',
	database: 'Databases',
	api: 'APIs',
	security: 'Security',
	architecture: 'Architecture',
	infrastructure: 'Infrastructure',
	cloud: 'Cloud',
	devops: 'DevOps',
	testing: 'Testing',
	observability: 'Observability',
	'computer-science': 'Computer science',
	tooling: 'Tooling',
	ai: 'AI',
	frontend: 'Frontend',
	practice: 'Practice',
};

/** A technology or concept taught by one or more roadmaps. One YAML file per topic in `content/topics/`; the file name is its ID. */
export const topicSchema = z.strictObject({
	name: z.string().min(1).describe('Display name, e.g. "PostgreSQL".'),
	aliases: z
		.array(z.string().min(1))
		.default([])
		.describe('Other names readers search for, e.g. ["Postgres"]. Searchable and shown on the topic page.'),
	category: z.enum(topicCategories).describe('Group the topic is listed under on /topics/.'),
	summary: z
		.string()
		.optional()
		.describe('One neutral sentence saying what the topic is. Optional; never advice that the sources do not give.'),
});

export type TopicData = z.infer<typeof topicSchema>;
