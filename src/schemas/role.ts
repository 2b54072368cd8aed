import { z } from 'astro/zod';
import { slug } from './common.ts';

export const roleCategories = {
	'core-backend': 'Core Backend Development',
	database: 'Database Management',
	integration: 'Backend & System Integration',
	specialized: 'Specialized Backend Roles',
	'target-role': 'Target Job Roles',
} as const;

export type RoleCategory = keyof typeof roleCategories;

/** A job-role glossary entry. One YAML file per role in `content/roles/`; the file name is its ID. */
export const roleSchema = z.strictObject({
	title: z.string().min(1).describe('The role as the source names it, e.g. "Database Administrator (DBA)".'),
	aliases: z
		.array(z.string().min(1))
		.default([])
		.describe('Other titles for the same role used by another source, e.g. "Backend Engineer".'),
	category: z
		.enum(Object.keys(roleCategories) as [RoleCategory, ...RoleCategory[]])
		.describe('Glossary group, taken from the heading the role is listed under in its first source.'),
	mentions: z
		.array(
			z.strictObject({
				roadmap: slug.describe('ID of the roadmap whose source lists this role.'),
				heading: z.string().min(1).describe('The source heading the role is listed under, verbatim.'),
				title: z.string().min(1).describe('The role title exactly as this source writes it.'),
				definition: z
					.string()
					.default('')
					.describe('The definition exactly as this source gives it (empty when the source gives none).'),
			}),
		)
		.min(1)
		.describe('Every source that lists the role, with its own wording.'),
	topics: z.array(slug).default([]).describe('IDs of topics (content/topics/) the role draws on.'),
	related: z.array(slug).default([]).describe('IDs of related roles.'),
});

export type RoleData = z.infer<typeof roleSchema>;
