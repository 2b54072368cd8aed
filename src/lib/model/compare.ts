// Everything the comparison pages show, derived from the site model. Pure: no Astro, no I/O, so it is unit-tested directly.
import { topicCategories, topicCategoryLabels } from '../../schemas/topic.ts';
import { formatDuration, formatHours, formatWeeks, type WeekRange } from './durations.ts';
import { electiveLabel } from './facts.ts';
import type { Phase, Roadmap, SiteModel, Topic } from './model.ts';
import { type CompareData, type FigureKey, pairFigureColumns } from './pair.ts';
import { formerPairUrl, pairUrl } from '../urls.ts';
import type { Redirect } from './redirects.ts';

/* ------------------------------------------------------------------ Figures */

export interface Figure {
	text: string;
	/** What the table sorts by (`data-sort-value`); null when unknown, and unknown values always sort last. */
	sortValue: number | string | null;
}

/** Every figure the comparison table shows for one roadmap, with the value it sorts by. */
export function roadmapFigures(roadmap: Roadmap): Record<FigureKey, Figure> {
	const { data } = roadmap;
	return {
		title: { text: data.title, sortValue: data.title.toLocaleLowerCase('en') },
		declared: { text: formatDuration(data.duration), sortValue: roadmap.declaredWeeks?.min ?? null },
		weeks: { text: formatWeeks(roadmap.totalWeeks), sortValue: roadmap.totalWeeks?.min ?? null },
		hoursPerWeek: { text: formatHours(roadmap.hoursPerWeek), sortValue: roadmap.hoursPerWeek?.min ?? null },
		effort: { text: formatHours(roadmap.effortHours), sortValue: roadmap.effortHours?.min ?? null },
		stacks: { text: data.stacks.join(', ') || '—', sortValue: data.stacks.length ? data.stacks.join(', ').toLocaleLowerCase('en') : null },
		phases: { text: String(roadmap.phases.length), sortValue: roadmap.phases.length },
		projects: { text: String(roadmap.projectCount), sortValue: roadmap.projectCount },
	};
}

/** The `data-sort-value` attribute for a figure: numbers rounded for compact markup, unknown as an empty string. */
export function sortAttribute(figure: Figure): string {
	if (figure.sortValue === null) return '';
	return typeof figure.sortValue === 'number' ? String(Math.round(figure.sortValue * 100) / 100) : figure.sortValue;
}

/* ------------------------------------------------------------------ Weeks */

/** When a phase starts, short ("wk 5", "wk 5–8", "wk 5+", "wk ?") and long ("week 5", "unknown week"). 1-based like the phase pages. */
export function weekLabel(start: WeekRange | null): { short: string; long: string } {
	if (start === null) return { short: 'wk ?', long: 'unknown week' };
	const first = Math.floor(start.min) + 1;
	if (start.max === null) return { short: `wk ${first}+`, long: `week ${first} or later` };
	const last = Math.floor(start.max) + 1;
	const span = first === last ? String(first) : `${first}–${last}`;
	return { short: `wk ${span}`, long: `week ${span}` };
}

/* ------------------------------------------------------------------ Topics */

export interface Teaching {
	/** The phase where the roadmap first teaches the topic. */
	phase: Phase;
	/** Link to the topic's chip on that phase page. */
	href: string;
	week: { short: string; long: string };
	/** Later phases of the same roadmap that teach it again, with links to the topic on them. */
	later: Array<{ phase: Phase; href: string }>;
}

/** Anchor of a topic's chip on a phase page. */
export const topicAnchor = (phase: Phase, topicId: string) => `${phase.url}#topic-${topicId}`;

/** Where a roadmap first teaches a topic; null when it never does. */
export function firstTeaching(roadmap: Roadmap, topicId: string): Teaching | null {
	const [phase, ...later] = roadmap.phases.filter((p) => p.data.topics.includes(topicId));
	if (!phase) return null;
	return {
		phase,
		href: topicAnchor(phase, topicId),
		week: weekLabel(phase.startWeek),
		later: later.map((p) => ({ phase: p, href: topicAnchor(p, topicId) })),
	};
}

/** Topics at least one of the roadmaps teaches, by category (taxonomy order), then by name. */
export function taughtTopics(topics: readonly Topic[], roadmaps: readonly Roadmap[]): Array<{ category: string; label: string; topics: Topic[] }> {
	const ids = new Set(roadmaps.map((r) => r.id));
	return topicCategories
		.map((category) => ({
			category,
			label: topicCategoryLabels[category],
			topics: topics.filter((t) => t.data.category === category && t.phases.some((p) => ids.has(p.roadmapId))),
		}))
		.filter((group) => group.topics.length > 0);
}

export interface CoverageMatrix {
	roadmaps: Roadmap[];
	groups: Array<{ category: string; label: string; rows: Array<{ topic: Topic; cells: Array<Teaching | null>; coveredBy: number }> }>;
	topicCount: number;
	/** Topics every roadmap teaches. */
	sharedByAll: number;
}

/** Topics × roadmaps (a track's): where each roadmap first teaches each topic any of them teaches. */
export function coverageMatrix(roadmaps: readonly Roadmap[], topics: readonly Topic[]): CoverageMatrix {
	const groups = taughtTopics(topics, roadmaps).map(({ category, label, topics: inCategory }) => ({
		category,
		label,
		rows: inCategory.map((topic) => {
			const cells = roadmaps.map((roadmap) => firstTeaching(roadmap, topic.id));
			return { topic, cells, coveredBy: cells.filter(Boolean).length };
		}),
	}));
	const rows = groups.flatMap((g) => g.rows);
	return {
		roadmaps: [...roadmaps],
		groups,
		topicCount: rows.length,
		sharedByAll: roadmaps.length > 0 ? rows.filter((r) => r.coveredBy === roadmaps.length).length : 0,
	};
}

/* ------------------------------------------------------------------ Pairs */

/**
 * What /compare/?a=…&b=… reads about one roadmap to compare it with any other (src/lib/model/pair.ts): its figures,
 * phases and where it teaches each topic. Topic ranks are positions in the site's topic order (category, then name).
 */
export function compareData(site: SiteModel, roadmap: Roadmap): CompareData {
	const figures = roadmapFigures(roadmap);
	const rank = new Map(site.topicsByCategory.flatMap((group) => group.topics).map((topic, i) => [topic.id, i]));
	const topics = roadmap.topicIds
		.map((id) => site.topic(id))
		.sort((x, y) => rank.get(x.id)! - rank.get(y.id)!)
		.map((topic) => {
			const teaching = firstTeaching(roadmap, topic.id)!;
			return {
				id: topic.id,
				name: topic.data.name,
				url: topic.url,
				rank: rank.get(topic.id)!,
				first: { phase: teaching.phase.number, href: teaching.href },
				later: teaching.later.map((l) => ({ phase: l.phase.number, href: l.href })),
			};
		});
	return {
		id: roadmap.id,
		title: roadmap.data.title,
		url: roadmap.url,
		track: { id: roadmap.track.id, name: roadmap.track.data.name, url: roadmap.track.url },
		figures: Object.fromEntries(
			pairFigureColumns.map(({ key }) => [key, { text: figures[key].text, known: figures[key].sortValue !== null }]),
		) as CompareData['figures'],
		phases: roadmap.phases.map((phase) => ({ number: phase.number, title: phase.data.title, url: phase.url, week: weekLabel(phase.startWeek).short })),
		topics,
	};
}

/**
 * The two roadmaps of a former pair page's "<a>-vs-<b>", as their IDs are now (a renamed one through its alias), and
 * the two halves as written; IDs may contain "-vs-" too, so every split is tried.
 */
function formerPair(slug: string, currentId: ReadonlyMap<string, string>): { written: [string, string]; now: [string, string] } | null {
	for (let at = slug.indexOf('-vs-'); at > 0; at = slug.indexOf('-vs-', at + 1)) {
		const written: [string, string] = [slug.slice(0, at), slug.slice(at + 4)];
		const now = written.map((id) => currentId.get(id));
		if (now[0] && now[1] && now[0] !== now[1]) return { written, now: [now[0], now[1]] };
	}
	return null;
}

/**
 * Pair comparisons once had a page each (/compare/<a>-vs-<b>/), a number that grows with the square of the
 * roadmaps; now any pair is compared at one URL. The pages that were published (the URL manifest lists them) stay
 * as redirects there, following renamed roadmaps through their aliases; no new ones are made.
 */
export function pairRedirects(publishedUrls: readonly string[], roadmaps: ReadonlyArray<{ id: string; data: { aliases: string[] } }>): Redirect[] {
	const currentId = new Map(roadmaps.flatMap((r) => [r.id, ...r.data.aliases].map((id) => [id, r.id] as const)));
	return publishedUrls.flatMap((url) => {
		const slug = /^\/compare\/([a-z0-9-]+)\/$/.exec(url)?.[1];
		const pair = slug === undefined ? null : formerPair(slug, currentId);
		return pair ? [{ from: formerPairUrl(...pair.written), to: pairUrl(...pair.now) }] : [];
	});
}

/* ------------------------------------------------------------------ Timeline */

export type BarKind = 'known' | 'open' | 'unknown-length';

export interface TimelineBar {
	phase: Phase;
	kind: BarKind;
	/** Left edge, top and width in SVG user units. */
	x: number;
	y: number;
	width: number;
	/** Tooltip and accessible name, e.g. "Phase 3: Databases — week 9, 4 weeks". */
	title: string;
	/** Phase number, shown inside the bar when it fits. */
	text: string;
}

export interface TimelineLane {
	roadmap: Roadmap;
	/** Lane heading: the roadmap's title, plus the path's title for a separate path. */
	title: string;
	/** Baseline of the lane's heading. */
	labelY: number;
	/** Top of the lane's bars. */
	barY: number;
	/** Rows of bars: 1, plus one for each alternative of an elective group drawn side by side. */
	rows: number;
	bars: TimelineBar[];
	/** Phases not drawn because their start is unknown (an earlier phase has no or an open-ended duration). */
	omitted: Phase[];
}

export interface Timeline {
	width: number;
	height: number;
	barHeight: number;
	plotLeft: number;
	plotRight: number;
	/** Top and bottom of the plot area (where grid lines run). */
	plotTop: number;
	axisY: number;
	/** Week at the right edge of the axis. */
	axisEnd: number;
	tickStep: number;
	ticks: Array<{ week: number; x: number }>;
	lanes: TimelineLane[];
	/** True when any bar is open-ended or of unknown length (the legend explains them). */
	hasOpen: boolean;
	hasUnknownLength: boolean;
	/** True when any lane stacks the alternatives of an elective group (the legend explains them). */
	hasAlternatives: boolean;
}

export const timelineLayout = {
	width: 960,
	padLeft: 8,
	padRight: 16,
	padTop: 4,
	labelHeight: 18,
	barHeight: 22,
	/** Space between the rows of one lane. */
	rowGap: 4,
	laneGap: 14,
	axisHeight: 34,
	/** Width of the marker for a phase of unknown length. */
	unknownWidth: 28,
} as const;

const TICK_STEPS = [1, 2, 4, 8, 13, 26, 52, 104, 208] as const;
const MAX_TICKS = 12;

/** Tick spacing in weeks: the smallest step that keeps at most MAX_TICKS intervals. */
export function tickStep(maxWeek: number): number {
	return TICK_STEPS.find((step) => maxWeek / step <= MAX_TICKS) ?? Math.ceil(maxWeek / MAX_TICKS / 52) * 52;
}

const mid = (range: { min: number; max: number | null }) => (range.max === null ? range.min : (range.min + range.max) / 2);

/** A phase is placed on the axis only when its start is a finite range. */
export const hasKnownStart = (phase: Phase): boolean => phase.startWeek !== null && phase.startWeek.max !== null;

function barTitle(phase: Phase): string {
	const start = weekLabel(phase.startWeek).long;
	const length = phase.weeks === null ? 'length unknown' : formatWeeks(phase.weeks);
	const choices = phase.choices.map((c) => ` — elective: ${electiveLabel(c)}`).join('');
	return `${phase.number}. ${phase.data.label ? `${phase.data.label}: ` : ''}${phase.data.title} — starts ${start}, ${length}${choices}`;
}

/**
 * Row of each bar in its lane: phases everyone takes share row 0; the alternatives of elective groups, which start
 * together, go to the first row below where they fit. A lane of alternatives only starts at row 0.
 */
function barRows(bars: ReadonlyArray<{ phase: Phase; x: number; width: number }>): number[] {
	const rowEnds: number[] = [];
	const rows = bars.map(({ phase, x, width }) => {
		let row = 0;
		if (phase.electives.length > 0) {
			row = 1;
			while ((rowEnds[row] ?? -Infinity) > x + 0.01) row++;
		}
		rowEnds[row] = x + width;
		return row;
	});
	return rows.includes(0) ? rows : rows.map((row) => row - 1);
}

/**
 * Every roadmap's phases as bars on one shared week axis. Where the source gives a range, a bar spans the
 * midpoints, so a roadmap's bars stay contiguous; open-ended phases run to the axis end; a phase of unknown
 * length gets a fixed-width marker; phases after either have no known start and are omitted.
 */
export function timeline(roadmaps: readonly Roadmap[]): Timeline {
	const L = timelineLayout;
	// A separate path (e.g. a lifelong career path beside the main one) gets its own lane: it starts at week 1 too.
	const placed = roadmaps.flatMap((roadmap) =>
		roadmap.paths.map(({ group, phases }) => ({
			roadmap,
			title: group ? `${roadmap.data.title}: ${group.title}` : roadmap.data.title,
			phases: phases.filter(hasKnownStart),
			omitted: phases.filter((p) => !hasKnownStart(p)),
		})),
	);
	let maxWeek = 0;
	let headroom = false;
	for (const { phases } of placed) {
		for (const phase of phases) {
			const start = mid(phase.startWeek!);
			if (phase.weeks === null) headroom = true;
			else if (phase.weeks.max === null) {
				headroom = true;
				maxWeek = Math.max(maxWeek, start + phase.weeks.min);
			} else maxWeek = Math.max(maxWeek, start + mid(phase.weeks));
			maxWeek = Math.max(maxWeek, start);
		}
	}
	// Open-ended and unknown-length bars need room past the last known week to show as such.
	if (headroom) maxWeek = maxWeek * 1.15 + 1;
	maxWeek = Math.max(maxWeek, 1);
	const step = tickStep(maxWeek);
	const axisEnd = Math.ceil(maxWeek / step - 1e-9) * step;
	const plotLeft = L.padLeft;
	const plotRight = L.width - L.padRight;
	const scale = (plotRight - plotLeft) / axisEnd;
	const xOf = (week: number) => plotLeft + week * scale;

	let hasOpen = false;
	let hasUnknownLength = false;
	let top = L.padTop;
	const lanes = placed.map(({ roadmap, title, phases, omitted }) => {
		const barY = top + L.labelHeight;
		const spans = phases.map((phase) => {
			const x = xOf(mid(phase.startWeek!));
			let kind: BarKind;
			let width: number;
			if (phase.weeks === null) {
				kind = 'unknown-length';
				hasUnknownLength = true;
				width = Math.min(L.unknownWidth, plotRight - x);
			} else if (phase.weeks.max === null) {
				kind = 'open';
				hasOpen = true;
				width = plotRight - x;
			} else {
				kind = 'known';
				width = mid(phase.weeks) * scale;
			}
			return { phase, kind, x: round2(x), width: round2(Math.max(width, 0)) };
		});
		const rows = barRows(spans);
		const bars = spans.map((span, j): TimelineBar => ({ ...span, y: barY + rows[j]! * (L.barHeight + L.rowGap), title: barTitle(span.phase), text: String(span.phase.number) }));
		const rowCount = Math.max(1, ...rows.map((row) => row + 1));
		const lane = { roadmap, title, labelY: top + L.labelHeight - 5, barY, rows: rowCount, bars, omitted };
		top = barY + rowCount * L.barHeight + (rowCount - 1) * L.rowGap + L.laneGap;
		return lane;
	});
	const plotTop = L.padTop;
	const axisY = top - L.laneGap / 2;
	const ticks = Array.from({ length: Math.round(axisEnd / step) + 1 }, (_, k) => ({ week: k * step, x: round2(xOf(k * step)) }));
	return {
		width: L.width,
		height: axisY + L.axisHeight,
		barHeight: L.barHeight,
		plotLeft,
		plotRight,
		plotTop,
		axisY,
		axisEnd,
		tickStep: step,
		ticks,
		lanes,
		hasOpen,
		hasUnknownLength,
		hasAlternatives: lanes.some((lane) => lane.rows > 1),
	};
}

const round2 = (n: number) => Math.round(n * 100) / 100;
