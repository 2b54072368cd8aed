// What readers filter roadmaps by (track, level, length, hours per week): each roadmap's value for each, and the
// options a list of roadmaps offers. Computed once per build by the model; pages and the filter script only read it.
import { levels } from '../../schemas/roadmap.ts';
import type { WeekRange } from './durations.ts';

const facetKeys = ['track', 'level', 'length', 'hours'] as const;
export type FacetKey = (typeof facetKeys)[number];

/** One value of a facet, e.g. the length "3–6 months", with the roadmaps that have it. */
export interface FacetOption<R> {
	/** Stable ID, used in URLs (`?length=3-6-months`) and anchors (`#length-3-6-months`). */
	id: string;
	label: string;
	roadmaps: R[];
}

export interface Facet<R> {
	key: FacetKey;
	label: string;
	/** Options in reading order (shortest first, "unknown" last); only those at least one roadmap has. */
	options: Array<FacetOption<R>>;
}

/** A bucket of a measured quantity: values up to `max` (inclusive) that exceed the previous bucket's `max`. */
interface Bucket {
	id: string;
	label: string;
	max: number;
}

const UNKNOWN = 'unknown';

/** Total length in weeks; a month is 52⁄12 weeks, so "6 months" is 26 weeks and falls in "3–6 months". */
export const lengthBuckets: readonly Bucket[] = [
	{ id: 'up-to-3-months', label: 'Up to 3 months', max: 13 },
	{ id: '3-6-months', label: '3–6 months', max: 26 },
	{ id: '6-12-months', label: '6–12 months', max: 52 },
	{ id: 'over-a-year', label: 'Over a year', max: Infinity },
];

/** Study hours per week. */
export const hoursBuckets: readonly Bucket[] = [
	{ id: 'up-to-10', label: 'Up to 10 h', max: 10 },
	{ id: '10-20', label: '10–20 h', max: 20 },
	{ id: '20-40', label: '20–40 h', max: 40 },
	{ id: 'over-40', label: 'Over 40 h', max: Infinity },
];

export const levelLabels: Record<(typeof levels)[number], string> = {
	beginner: 'Beginner',
	intermediate: 'Intermediate',
	advanced: 'Advanced',
	'all-levels': 'All levels',
};

const facetLabels: Record<FacetKey, string> = { track: 'Track', level: 'Level', length: 'Length', hours: 'Hours per week' };

/**
 * The bucket a range falls in, by its midpoint (an open-ended range by its minimum), so that "6–8 months" is one
 * length, not two; "unknown" without a range. Floating-point month lengths (6 × 52⁄12) stay in their bucket.
 */
export function bucketOf(buckets: readonly Bucket[], range: WeekRange | null): string {
	if (range === null) return UNKNOWN;
	const value = range.max === null ? range.min : (range.min + range.max) / 2;
	return buckets.find((bucket) => value <= bucket.max + 1e-9)!.id;
}

/** What a roadmap needs to be placed in every facet. */
export interface Faceted {
	track: { id: string; data: { name: string } };
	data: { level?: (typeof levels)[number] | undefined };
	totalWeeks: WeekRange | null;
	hoursPerWeek: WeekRange | null;
}

/** A roadmap's option ID in each facet. */
export function facetValues(roadmap: Faceted): Record<FacetKey, string> {
	return {
		track: roadmap.track.id,
		level: roadmap.data.level ?? UNKNOWN,
		length: bucketOf(lengthBuckets, roadmap.totalWeeks),
		hours: bucketOf(hoursBuckets, roadmap.hoursPerWeek),
	};
}

/** Every option of each facet in reading order, with its label. Tracks come in the order given. */
function optionsOf(key: FacetKey, tracks: ReadonlyArray<{ id: string; data: { name: string } }>): Array<{ id: string; label: string }> {
	switch (key) {
		case 'track':
			return tracks.map((track) => ({ id: track.id, label: track.data.name }));
		case 'level':
			return [...levels.map((level) => ({ id: level, label: levelLabels[level] })), { id: UNKNOWN, label: 'Not stated' }];
		case 'length':
			return [...lengthBuckets, { id: UNKNOWN, label: 'Not known' }];
		case 'hours':
			return [...hoursBuckets, { id: UNKNOWN, label: 'Not stated' }];
	}
}

/**
 * The facets worth filtering a list of roadmaps by: for each key, the options at least one of them has, with those
 * roadmaps in the list's order; a facet with fewer than two options is left out, since it would filter nothing.
 * `tracks` gives the track options' order.
 */
export function facetsOf<R extends Faceted & { facets: Record<FacetKey, string> }>(
	roadmaps: readonly R[],
	keys: readonly FacetKey[],
	tracks: ReadonlyArray<{ id: string; data: { name: string } }>,
): Array<Facet<R>> {
	return keys
		.map((key) => ({
			key,
			label: facetLabels[key],
			options: optionsOf(key, tracks)
				.map(({ id, label }) => ({ id, label, roadmaps: roadmaps.filter((roadmap) => roadmap.facets[key] === id) }))
				.filter((option) => option.roadmaps.length > 0),
		}))
		.filter((facet) => facet.options.length > 1);
}
