import { z } from 'astro/zod';

/** Lower-case, hyphenated, URL-safe identifier. IDs become URLs people paste into discussions. */
export const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'must be a lower-case slug of letters, digits and single hyphens, e.g. "api-design"',
	})
	.max(48, { message: 'must be at most 48 characters (it becomes part of a URL)' });

export const durationUnit = z
	.enum(['day', 'week', 'month', 'year'])
	.describe('Calendar unit the source states the duration in.');

/**
 * A duration exactly as the source states it: "2-3 months" is {min: 2, max: 3, unit: month}.
 * `max` is omitted for open-ended durations such as "2 years minimum".
 */
export const duration = z
	.strictObject({
		min: z.number().positive().describe('Lower bound, in `unit`s.'),
		max: z
			.number()
			.positive()
			.optional()
			.describe('Upper bound, in `unit`s. Equal to `min` for a fixed duration; omit when the source gives only a minimum.'),
		unit: durationUnit,
	})
	.refine((d) => d.max === undefined || d.max >= d.min, {
		message: '`max` must be greater than or equal to `min`',
		path: ['max'],
	})
	.describe('A duration range in a calendar unit, as the source states it.');

export const numberRange = z
	.strictObject({
		min: z.number().nonnegative().describe('Lower bound.'),
		max: z.number().nonnegative().describe('Upper bound (equal to `min` for a single value).'),
	})
	.refine((r) => r.max >= r.min, { message: '`max` must be greater than or equal to `min`', path: ['max'] })
	.describe('A numeric range such as "6-8".');

export type Duration = z.infer<typeof duration>;
export type NumberRange = z.infer<typeof numberRange>;
