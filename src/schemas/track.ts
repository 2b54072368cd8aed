import { z } from 'astro/zod';

/**
 * A track groups roadmaps that lead to the same kind of work (backend, frontend, DevOps…): the home page lists
 * roadmaps by track, and comparisons are made within a track. One YAML file per track in `content/tracks/`; the
 * file name is its ID and its URL (`/tracks/<id>/`).
 */
export const trackSchema = z.strictObject({
	name: z.string().min(1).describe('Display name, e.g. "Backend".'),
	summary: z.string().min(1).describe('One or two sentences saying what the track\'s roadmaps prepare for; shown on the home page and the track page.'),
	order: z.number().int().nonnegative().describe('Position among tracks on the home page and in comparisons (ascending).'),
});

export type TrackData = z.infer<typeof trackSchema>;
