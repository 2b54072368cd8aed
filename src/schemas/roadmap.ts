import { z } from 'astro/zod';
import { duration, numberRange, slug } from './common.ts';

// `language`'s pattern lets through tags that Intl rejects ("en-12"), and pages read a tag's direction through Intl.
function isLanguageTag(tag: string): boolean {
	try {
		new Intl.Locale(tag);
		return true;
	} catch {
		return false;
	}
}

export const levels = ['beginner', 'intermediate', 'advanced', 'all-levels'] as const;

/** A roadmap's overview: `content/roadmaps/<roadmap-id>/index.mdx`. The folder name is the roadmap's ID. */
export const roadmapSchema = z.strictObject({
	title: z.string().min(1).describe('Roadmap title as the source gives it (or a short faithful description when it has none).'),
	summary: z.string().min(1).describe('One or two sentences for cards, search results and link previews.'),
	order: z.number().int().nonnegative().describe('Position among roadmaps on the home page (ascending).'),
	track: slug.describe('ID of the track the roadmap belongs to, a file in content/tracks/ (e.g. "backend"): the home page lists roadmaps by track.'),
	source: z
		.strictObject({
			file: z.string().min(1).describe('Path of the original document, relative to content/sources/.'),
			title: z.string().min(1).describe('How the original document is referred to.'),
		})
		.describe('The document this roadmap is published from.'),
	language: z
		.string()
		.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en", "es", "zh" or "pt-BR"')
		.refine(isLanguageTag, 'must be a BCP 47 language tag such as "en", "es", "zh" or "pt-BR" (its region is two letters or three digits)')
		.default('en')
		.describe('Language the roadmap is written in, as a BCP 47 tag ("es", "zh", "pt-BR"): its pages mark its text with it, so that screen readers pronounce it and browsers pick the right fonts.'),
	level: z.enum(levels).optional().describe('Intended audience level, only when the source says so.'),
	audience: z.string().optional().describe('Who the roadmap is for, in the source\'s words (e.g. "starting from scratch").'),
	commitment: z
		.strictObject({
			hoursPerDay: numberRange.optional().describe('Study hours per day, e.g. {min: 6, max: 8}.'),
			daysPerWeek: numberRange.optional().describe('Study days per week, e.g. {min: 5, max: 5}.'),
			hoursPerWeek: numberRange
				.optional()
				.describe('Study hours per week when the source states them that way ("about 20 hours/week"); wins over hoursPerDay × daysPerWeek.'),
			note: z.string().optional().describe('The source\'s own wording about time commitment.'),
		})
		.default({})
		.describe('Time commitment the source asks for; omit what it does not state.'),
	duration: duration
		.nullable()
		.default(null)
		.describe('Total duration the source declares (null when it declares none; the model then sums the phases).'),
	stacks: z.array(z.string().min(1)).default([]).describe('Languages, frameworks and stacks the roadmap uses, e.g. ["Node.js", "TypeScript"].'),
	phasesHeading: z
		.string()
		.min(1)
		.default('Phases')
		.describe('Heading of the list of phases on the overview, in the source\'s words (e.g. "12-Week Backend Training Plan").'),
	rolesHeading: z
		.string()
		.min(1)
		.default('Job roles')
		.describe('Heading of the job roles the source lists, in the source\'s words.'),
	groups: z
		.array(
			z.strictObject({
				id: slug.describe('Stable ID of the group, referenced by phases.'),
				title: z.string().min(1).describe('Group heading, e.g. "Common path" or "Phase 1: Backend Fundamentals".'),
				label: z
					.string()
					.optional()
					.describe('The calendar span the source labels the group with, apart from its title, e.g. "Day 1-20" for "Day01~20 - Python basics". Shown before the title.'),
				summary: z.string().optional().describe('The source\'s text introducing the group.'),
				duration: duration.optional().describe('Duration the source gives the group as a whole.'),
				separatePath: z
					.boolean()
					.default(false)
					.describe('True when the group is an alternative path followed on its own (scheduled from week 1), not after the groups before it.'),
				parent: slug
					.optional()
					.describe('ID of the group this one sits under (e.g. "Core programming" under "Core CS"); groups nest one level.'),
				choose: z
					.number()
					.int()
					.positive()
					.optional()
					.describe('Elective group: the reader takes this many of its members (its phases, or its sub-groups when it has any) — 1 for "choose one". Omit when every member is required.'),
			}),
		)
		.default([])
		.describe('Optional named groups of phases (paths, stages); phases refer to them by `group`.'),
	aliases: z.array(slug).default([]).describe('Former IDs of this roadmap; their URLs redirect here.'),
});

export const phaseKinds = ['step', 'phase', 'month', 'week', 'day', 'stage', 'module', 'course', 'lesson', 'chapter', 'part', 'unit', 'section'] as const;

export const priorities = ['high', 'medium', 'low'] as const;
export const statuses = ['done', 'ongoing'] as const;

/** One phase of a roadmap: `content/roadmaps/<roadmap-id>/<phase-id>.mdx`. The file name is the phase's ID and URL slug. */
export const phaseSchema = z.strictObject({
	title: z.string().min(1).describe('Phase title as the source gives it, without its position label.'),
	label: z
		.string()
		.optional()
		.describe('How the source names the phase\'s position, e.g. "Phase 1 (Month 1)" or "Week 3". Shown before the title.'),
	order: z.number().int().positive().describe('Position within the roadmap, starting at 1; unique within the roadmap.'),
	kind: z.enum(phaseKinds).describe('What the source calls its units.'),
	group: slug.optional().describe('ID of one of the roadmap\'s `groups` this phase belongs to.'),
	duration: duration
		.nullable()
		.default(null)
		.describe('How long the source says the phase takes; null when it does not say (shown as "unknown").'),
	effortHours: numberRange
		.optional()
		.describe('Study hours the phase takes in all, when the source gives them rather than a calendar length ("about 3 hours", "45 min" is 0.75): the reader\'s hours per week turn them into weeks.'),
	hoursPerDay: numberRange.optional().describe('Daily study hours for this phase, when the source gives them per phase.'),
	hoursPerWeek: numberRange
		.optional()
		.describe('Weekly study hours for this phase ("6-10 hours/week"), when the source gives them per phase; wins over hoursPerDay.'),
	requires: z
		.array(z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be a phase ID ("databases") or roadmap/phase ("full-time/databases")' }))
		.default([])
		.describe('Phases to finish first: a phase ID of this roadmap, or "roadmap/phase" for another roadmap\'s. Shown as "Requires" here and "Unlocks" there.'),
	priority: z.enum(priorities).optional().describe('Priority the source assigns to the phase.'),
	priorityNote: z.string().optional().describe('The source\'s reason next to the priority, e.g. "46.4% of jobs".'),
	status: z.enum(statuses).optional().describe('The author\'s own progress marker in the source ("Done", "Ongoing").'),
	goal: z.string().optional().describe('The phase\'s goal or objective, in the source\'s words.'),
	goalLabel: z.string().min(1).default('Goal').describe('What the source calls the goal, e.g. "Objective"; shown before it.'),
	topics: z.array(slug).default([]).describe('IDs of taxonomy topics (content/topics/) the phase teaches.'),
	projects: z
		.array(
			z.strictObject({
				title: z.string().min(1).describe('Project in the source\'s words.'),
				details: z.array(z.string()).default([]).describe('Further lines the source gives about the project.'),
			}),
		)
		.default([])
		.describe('Projects or practice the source sets for the phase.'),
	outcomes: z.array(z.string().min(1)).default([]).describe('What the reader can do after the phase, in the source\'s words.'),
	resources: z.array(z.string().min(1)).default([]).describe('Resources the source lists for the phase.'),
	aliases: z.array(slug).default([]).describe('Former IDs (URL slugs) of this phase; their URLs redirect here.'),
});

export type RoadmapData = z.infer<typeof roadmapSchema>;
export type PhaseData = z.infer<typeof phaseSchema>;
