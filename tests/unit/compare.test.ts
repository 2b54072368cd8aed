import { describe, expect, it } from 'vitest';
import {
	compareData,
	coverageMatrix,
	firstTeaching,
	pairRedirects,
	roadmapFigures,
	sortAttribute,
	taughtTopics,
	tickStep,
	timeline,
	timelineLayout,
	weekLabel,
} from '../../src/lib/model/compare.ts';
import { formatHours } from '../../src/lib/model/durations.ts';
import { buildSiteModel, type ModelInput } from '../../src/lib/model/model.ts';
import { comparePair } from '../../src/lib/model/pair.ts';
import { phaseSchema, roadmapSchema } from '../../src/schemas/roadmap.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { trackSchema } from '../../src/schemas/track.ts';

const roadmap = (id: string, order: number, extra: Record<string, unknown> = {}) => ({
	id,
	data: roadmapSchema.parse({ title: `Roadmap ${id.toUpperCase()}`, summary: 's', order, track: 'backend', source: { file: `${id}.md`, title: id }, ...extra }),
});
const tracks = [{ id: 'backend', data: trackSchema.parse({ name: 'Backend', summary: 's', order: 0 }) }];
/** Everything the model needs besides roadmaps, phases and topics. */
const rest = { roles: [], tracks, publishedUrls: [] };
const phase = (roadmapId: string, id: string, order: number, extra: Record<string, unknown> = {}) => ({
	id,
	roadmap: roadmapId,
	data: phaseSchema.parse({ title: `Phase ${id}`, order, kind: 'month', ...extra }),
});
const topic = (id: string, name: string, category: string) => ({ id, data: topicSchema.parse({ name, category }) });
const weeks = (n: number) => ({ min: n, max: n, unit: 'week' });

function input(): ModelInput {
	return {
		roadmaps: [
			// a: fixed lengths, 4 + 8 + 4 weeks, with a commitment.
			roadmap('a', 1, { commitment: { hoursPerDay: { min: 2, max: 3 }, daysPerWeek: { min: 5, max: 5 } }, stacks: ['Node.js', 'TypeScript'] }),
			// b: declared total, a range, then a phase of unknown length and one after it.
			roadmap('b', 2, { duration: { min: 6, max: 9, unit: 'month' } }),
			// c: an open-ended phase, then one whose start is therefore open.
			roadmap('c', 3, { commitment: { hoursPerDay: { min: 4, max: 4 }, daysPerWeek: { min: 7, max: 7 } } }),
		],
		phases: [
			phase('a', 'basics', 1, { duration: weeks(4), topics: ['sql', 'nodejs'], projects: [{ title: 'p1' }] }),
			phase('a', 'data', 2, { duration: weeks(8), topics: ['postgresql', 'sql'], projects: [{ title: 'p2' }, { title: 'p3' }] }),
			phase('a', 'ship', 3, { duration: weeks(4), topics: ['docker'] }),
			phase('b', 'start', 1, { duration: { min: 2, max: 6, unit: 'week' }, topics: ['python'] }),
			phase('b', 'db', 2, { duration: null, topics: ['postgresql', 'sql'] }),
			phase('b', 'late', 3, { duration: weeks(2), topics: ['docker'] }),
			phase('c', 'forever', 1, { duration: { min: 1, unit: 'year' }, topics: ['sql'] }),
			phase('c', 'after', 2, { duration: weeks(1), topics: ['python'] }),
		],
		topics: [
			topic('sql', 'SQL', 'database'),
			topic('postgresql', 'PostgreSQL', 'database'),
			topic('nodejs', 'Node.js', 'runtime'),
			topic('python', 'Python', 'language'),
			topic('docker', 'Docker', 'devops'),
			topic('unused', 'Unused', 'language'),
		],
		...rest,
	};
}

const site = buildSiteModel(input());

describe('week labels', () => {
	it('are 1-based like the phase pages, with ranges, open and unknown starts', () => {
		expect(weekLabel({ min: 0, max: 0 })).toEqual({ short: 'wk 1', long: 'week 1' });
		expect(weekLabel({ min: 52 / 12, max: 52 / 12 })).toEqual({ short: 'wk 5', long: 'week 5' });
		expect(weekLabel({ min: 2, max: 6 })).toEqual({ short: 'wk 3–7', long: 'week 3–7' });
		expect(weekLabel({ min: 52, max: null })).toEqual({ short: 'wk 53+', long: 'week 53 or later' });
		expect(weekLabel(null)).toEqual({ short: 'wk ?', long: 'unknown week' });
	});
});

describe('where a roadmap first teaches a topic', () => {
	it('is the earliest phase, linking to the topic on it, with later phases listed', () => {
		const sql = firstTeaching(site.roadmap('a'), 'sql')!;
		expect(sql.phase.id).toBe('basics');
		expect(sql.href).toBe('/roadmaps/a/basics/#topic-sql');
		expect(sql.week.short).toBe('wk 1');
		expect(sql.later.map((l) => l.href)).toEqual(['/roadmaps/a/data/#topic-sql']);
	});

	it('gives the week the phase starts, or "wk ?" when an earlier phase has no length', () => {
		expect(firstTeaching(site.roadmap('a'), 'postgresql')!.week.short).toBe('wk 5');
		expect(firstTeaching(site.roadmap('b'), 'postgresql')!.week.short).toBe('wk 3–7');
		expect(firstTeaching(site.roadmap('b'), 'docker')!.week.short).toBe('wk ?');
		expect(firstTeaching(site.roadmap('c'), 'python')!.week.short).toBe('wk 53+');
	});

	it('is null when the roadmap never teaches it', () => {
		expect(firstTeaching(site.roadmap('a'), 'python')).toBeNull();
	});
});

describe('coverage matrix', () => {
	const matrix = coverageMatrix(site.roadmaps, site.topics);

	it('lists only taught topics, by category in taxonomy order, then by name', () => {
		expect(taughtTopics(site.topics, site.roadmaps).map((g) => g.category)).toEqual(['language', 'runtime', 'database', 'devops']);
		expect(matrix.groups.flatMap((g) => g.rows.map((r) => r.topic.id))).toEqual(['python', 'nodejs', 'postgresql', 'sql', 'docker']);
		// Categories are headed as readers write them: acronyms and brand casing kept.
		expect(matrix.groups.map((g) => g.label)).toEqual(['Languages', 'Runtimes', 'Databases', 'DevOps']);
		expect(matrix.topicCount).toBe(5);
	});

	it('has one cell per roadmap in site order, empty where not taught', () => {
		const sql = matrix.groups.flatMap((g) => g.rows).find((r) => r.topic.id === 'sql')!;
		expect(sql.cells.map((c) => c?.href ?? null)).toEqual(['/roadmaps/a/basics/#topic-sql', '/roadmaps/b/db/#topic-sql', '/roadmaps/c/forever/#topic-sql']);
		expect(sql.coveredBy).toBe(3);
		const node = matrix.groups.flatMap((g) => g.rows).find((r) => r.topic.id === 'nodejs')!;
		expect(node.cells.map((c) => c?.phase.id ?? null)).toEqual(['basics', null, null]);
		expect(matrix.sharedByAll).toBe(1);
	});

	it('covers only the roadmaps given (a track\'s) and the topics they teach', () => {
		const ab = coverageMatrix([site.roadmap('a'), site.roadmap('c')], site.topics);
		expect(ab.groups.flatMap((g) => g.rows.map((r) => r.topic.id))).toEqual(['python', 'nodejs', 'postgresql', 'sql', 'docker']);
		const c = coverageMatrix([site.roadmap('c')], site.topics);
		expect(c.groups.flatMap((g) => g.rows.map((r) => [r.topic.id, r.cells.length]))).toEqual([
			['python', 1],
			['sql', 1],
		]);
		expect(c.sharedByAll).toBe(2);
	});
});

describe('pairs compared from per-roadmap data', () => {
	const data = (id: string) => JSON.parse(JSON.stringify(compareData(site, site.roadmap(id)))) as ReturnType<typeof compareData>;

	it('give each roadmap its figures, phases and where it teaches each topic, in site topic order', () => {
		const a = data('a');
		expect(a).toMatchObject({ id: 'a', title: 'Roadmap A', url: '/roadmaps/a/', track: { id: 'backend', name: 'Backend', url: '/tracks/backend/' } });
		expect(a.figures.effort).toEqual({ text: '160–240 h', known: true });
		expect(data('b').figures.effort).toEqual({ text: 'unknown', known: false });
		expect(a.phases.map((p) => [p.number, p.title, p.week])).toEqual([
			[1, 'Phase basics', 'wk 1'],
			[2, 'Phase data', 'wk 5'],
			[3, 'Phase ship', 'wk 13'],
		]);
		// Node.js is a runtime, listed before the databases; SQL is taught again in phase 2.
		expect(a.topics.map((t) => t.id)).toEqual(['nodejs', 'postgresql', 'sql', 'docker']);
		expect(a.topics.find((t) => t.id === 'sql')).toMatchObject({ first: { phase: 1, href: '/roadmaps/a/basics/#topic-sql' }, later: [{ phase: 2, href: '/roadmaps/a/data/#topic-sql' }] });
	});

	it('split topics into shared and one-sided, with where each roadmap teaches them', () => {
		const pair = comparePair(data('a'), data('b'));
		expect(pair.shared.map((s) => s.topic.id)).toEqual(['postgresql', 'sql', 'docker']);
		const sql = pair.shared.find((s) => s.topic.id === 'sql')!;
		expect([sql.a.phase.title, sql.a.later.map((l) => l.phase.number), sql.b.phase.title, sql.b.phase.week]).toEqual(['Phase basics', [2], 'Phase db', 'wk 3–7']);
		expect(pair.onlyA.count).toBe(1);
		expect(pair.onlyB.byPhase.map((g) => [g.phase.number, g.topics.map((t) => t.id)])).toEqual([[1, ['python']]]);
		expect(pair.figures.map((f) => f.column.key)).toEqual(['declared', 'weeks', 'hoursPerWeek', 'effort', 'stacks', 'phases', 'projects']);
		expect(pair.figures.find((f) => f.column.key === 'effort')).toMatchObject({ a: { text: '160–240 h' }, b: { text: 'unknown', known: false } });
	});

	it('group one-sided topics under the phase that first teaches them, in phase order', () => {
		const pair = comparePair(data('c'), data('a'));
		expect(pair.onlyB.count).toBe(3);
		expect(pair.onlyB.byPhase.map((g) => [g.phase.number, g.phase.week, g.topics.map((t) => t.id)])).toEqual([
			[1, 'wk 1', ['nodejs']],
			[2, 'wk 5', ['postgresql']],
			[3, 'wk 13', ['docker']],
		]);
	});
});

describe('former pair pages', () => {
	const published = ['/', '/compare/', '/compare/a-vs-b/', '/compare/c-vs-a/', '/compare/old-b-vs-c/', '/compare/a-vs-gone/', '/roadmaps/a/'];

	it('redirect the published ones to the pair comparison, following a renamed roadmap\'s alias', () => {
		const roadmaps = [roadmap('a', 1), roadmap('b', 2, { aliases: ['old-b'] }), roadmap('c', 3)];
		expect(pairRedirects(published, roadmaps)).toEqual([
			{ from: '/compare/a-vs-b/', to: '/compare/?a=a&b=b' },
			{ from: '/compare/c-vs-a/', to: '/compare/?a=c&b=a' },
			{ from: '/compare/old-b-vs-c/', to: '/compare/?a=b&b=c' },
		]);
	});

	it('read IDs that contain "-vs-" themselves', () => {
		const roadmaps = [roadmap('rest-vs-graphql', 1), roadmap('grpc', 2)];
		expect(pairRedirects(['/compare/rest-vs-graphql-vs-grpc/'], roadmaps)).toEqual([{ from: '/compare/rest-vs-graphql-vs-grpc/', to: '/compare/?a=rest-vs-graphql&b=grpc' }]);
	});
});

describe('comparison pages at scale', () => {
	/** A library of `count` roadmaps of 3 phases each in 8 tracks, and the five seeds' published pair pages. */
	const library = (count: number) => {
		const trackIds = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8'];
		const seeds = ['r1', 'r2', 'r3', 'r4', 'r5'];
		return buildSiteModel({
			roadmaps: Array.from({ length: count }, (_, i) => roadmap(`r${i + 1}`, i, { track: trackIds[i % 8] })),
			phases: Array.from({ length: count * 3 }, (_, i) => phase(`r${Math.floor(i / 3) + 1}`, `p${i % 3}`, (i % 3) + 1, { duration: weeks(2), topics: ['sql'] })),
			topics: [topic('sql', 'SQL', 'database')],
			roles: [],
			tracks: trackIds.map((id, order) => ({ id, data: trackSchema.parse({ name: id, summary: 's', order }) })),
			publishedUrls: seeds.flatMap((a, i) => seeds.slice(i + 1).map((b) => `/compare/${a}-vs-${b}/`)),
		});
	};
	/** The hub, a page and a comparison page per track, a data file per roadmap, and the former pair pages' redirects. */
	const pairRedirects = (site: ReturnType<typeof library>) => site.redirects.filter((r) => r.from.startsWith('/compare/'));
	const comparisonFiles = (site: ReturnType<typeof library>) => 1 + 2 * site.tracks.length + site.roadmaps.length + pairRedirects(site).length;

	it('grow linearly with the roadmaps, never with their pairs', () => {
		const sizes = [10, 100, 200].map((n) => comparisonFiles(library(n)));
		// 1 + 16 + n + 10: each roadmap adds one data file; 200 roadmaps would have made 19,900 pair pages.
		expect(sizes).toEqual([37, 127, 227]);
		expect(pairRedirects(library(200))).toHaveLength(10);
	});

	it('compare a track\'s roadmaps only, whatever the size of the library', () => {
		const site = library(200);
		expect(site.tracks.map((t) => t.roadmaps.length)).toEqual(Array(8).fill(25));
		expect(coverageMatrix(site.track('t1').roadmaps, site.topics).roadmaps).toHaveLength(25);
	});
});

describe('table figures and sort values', () => {
	it('formats hours and keeps unknowns unknown', () => {
		expect(formatHours({ min: 10, max: 15 })).toBe('10–15 h');
		expect(formatHours({ min: 28, max: 28 })).toBe('28 h');
		expect(formatHours({ min: 1456.4, max: null })).toBe('1456+ h');
		expect(formatHours(null)).toBe('unknown');
		expect(formatHours({ min: 0.75, max: 0.75 })).toBe('45 min');
		expect(formatHours({ min: 1.5, max: 2.25 })).toBe('1.5–2.3 h');
	});

	it('sorts numbers by their lower bound and leaves unknowns empty (they sort last)', () => {
		const a = roadmapFigures(site.roadmap('a'));
		expect(a.weeks).toEqual({ text: '16 weeks', sortValue: 16 });
		expect(a.declared).toEqual({ text: 'unknown', sortValue: null });
		expect(a.hoursPerWeek).toEqual({ text: '10–15 h', sortValue: 10 });
		expect(a.effort).toEqual({ text: '160–240 h', sortValue: 160 });
		expect(a.phases.sortValue).toBe(3);
		expect(a.projects).toEqual({ text: '3', sortValue: 3 });
		expect(a.stacks).toEqual({ text: 'Node.js, TypeScript', sortValue: 'node.js, typescript' });
		expect(sortAttribute(a.declared)).toBe('');
		expect(sortAttribute(a.weeks)).toBe('16');

		const b = roadmapFigures(site.roadmap('b'));
		expect(b.declared).toEqual({ text: '6–9 months', sortValue: 26 });
		expect(b.weeks.text).toBe('26–39 weeks');
		expect(b.effort.sortValue).toBeNull();
		expect(b.stacks).toEqual({ text: '—', sortValue: null });

		const c = roadmapFigures(site.roadmap('c'));
		// Open-ended total: (52+ and 1) weeks × 28 h.
		expect(c.weeks).toEqual({ text: '53+ weeks', sortValue: 53 });
		expect(c.effort).toEqual({ text: '1484+ h', sortValue: 1484 });
		expect(sortAttribute({ text: '', sortValue: 52 / 12 })).toBe('4.33');
	});
});

describe('timeline', () => {
	it('picks tick steps that keep the axis readable', () => {
		expect(tickStep(10)).toBe(1);
		expect(tickStep(39)).toBe(4);
		expect(tickStep(60)).toBe(8);
		expect(tickStep(156)).toBe(13);
		expect(tickStep(300)).toBe(26);
	});

	it('draws contiguous bars on one scale for phases with a known length', () => {
		const t = timeline([site.roadmap('a')]);
		const { padLeft, padRight, width } = timelineLayout;
		expect(t.tickStep).toBe(2);
		expect(t.axisEnd).toBe(16);
		expect(t.ticks.map((tick) => tick.week)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16]);
		const unit = (width - padRight - padLeft) / 16;
		const bars = t.lanes[0]!.bars;
		expect(bars.map((b) => b.kind)).toEqual(['known', 'known', 'known']);
		expect(bars[0]!.x).toBeCloseTo(padLeft);
		expect(bars[0]!.width).toBeCloseTo(4 * unit, 1);
		expect(bars[1]!.x).toBeCloseTo(padLeft + 4 * unit, 1);
		expect(bars[1]!.width).toBeCloseTo(8 * unit, 1);
		expect(bars[2]!.x + bars[2]!.width).toBeCloseTo(width - padRight, 1);
		expect(bars[1]!.title).toBe('2. Phase data — starts week 5, 8 weeks');
		expect(t.lanes[0]!.omitted).toEqual([]);
	});

	it('puts range bars at their midpoints, marks unknown lengths and omits phases with an unknown start', () => {
		const t = timeline([site.roadmap('a'), site.roadmap('b')]);
		const b = t.lanes[1]!;
		expect(b.bars.map((bar) => [bar.phase.id, bar.kind])).toEqual([
			['start', 'known'],
			['db', 'unknown-length'],
		]);
		const unit = (t.plotRight - t.plotLeft) / t.axisEnd;
		// "2–6 weeks" is drawn as 4 weeks; the next phase starts at its midpoint.
		expect(b.bars[0]!.width).toBeCloseTo(4 * unit, 1);
		expect(b.bars[1]!.x).toBeCloseTo(t.plotLeft + 4 * unit, 1);
		expect(b.bars[1]!.width).toBe(timelineLayout.unknownWidth);
		expect(b.omitted.map((p) => p.id)).toEqual(['late']);
		expect(t.hasUnknownLength).toBe(true);
		expect(t.hasOpen).toBe(false);
		// Lanes stack downwards and the axis sits below the last.
		expect(t.lanes[1]!.barY).toBeGreaterThan(t.lanes[0]!.barY + t.barHeight);
		expect(t.axisY).toBeGreaterThan(t.lanes[1]!.barY + t.barHeight);
		expect(t.height).toBeGreaterThan(t.axisY);
	});

	it('runs open-ended phases to the end of the axis, with room to spare', () => {
		const t = timeline([site.roadmap('a'), site.roadmap('c')]);
		const c = t.lanes[1]!;
		expect(c.bars).toHaveLength(1);
		expect(c.bars[0]!.kind).toBe('open');
		expect(c.bars[0]!.x + c.bars[0]!.width).toBeCloseTo(t.plotRight);
		expect(t.axisEnd).toBeGreaterThan(52);
		expect(t.axisEnd % t.tickStep).toBe(0);
		expect(c.omitted.map((p) => p.id)).toEqual(['after']);
		expect(t.hasOpen).toBe(true);
	});

	it('copes with no phases at all', () => {
		const empty = buildSiteModel({ roadmaps: [roadmap('x', 1)], phases: [], topics: [], ...rest });
		const t = timeline(empty.roadmaps);
		expect(t.lanes[0]!.bars).toEqual([]);
		expect(t.axisEnd).toBeGreaterThan(0);
	});
});

describe('timeline with a separate path', () => {
	it('gives the separate path its own lane, starting at week 1', () => {
		const site = buildSiteModel({
			roadmaps: [{ id: 'p', data: roadmapSchema.parse({ title: 'Paths', summary: 's', order: 0, track: 'backend', source: { file: 'p.md', title: 'p' }, groups: [{ id: 'main', title: 'Main' }, { id: 'alt', title: 'Career', separatePath: true }] }) }],
			phases: [
				{ id: 'a', roadmap: 'p', data: phaseSchema.parse({ title: 'A', order: 1, kind: 'step', group: 'main', duration: { min: 4, max: 4, unit: 'week' } }) },
				{ id: 'b', roadmap: 'p', data: phaseSchema.parse({ title: 'B', order: 2, kind: 'step', group: 'alt', duration: { min: 2, max: 2, unit: 'week' } }) },
			],
			topics: [],
			...rest,
		});
		const t = timeline(site.roadmaps);
		expect(t.lanes.map((l) => l.title)).toEqual(['Paths', 'Paths: Career']);
		expect(t.lanes[1]!.bars[0]!.x).toBe(t.lanes[0]!.bars[0]!.x);
	});
});

describe('weekly hours and elective groups in the comparison', () => {
	// Hours per week only per phase; choose 1 of two tracks (3 + 1 weeks, or 5 weeks) between two required phases.
	const site = buildSiteModel({
		roadmaps: [
			roadmap('k', 1, {
				groups: [
					{ id: 'tracks', title: 'Specialisation', choose: 1 },
					{ id: 'analytics', title: 'Analytics', parent: 'tracks' },
					{ id: 'platform', title: 'Platform', parent: 'tracks' },
				],
			}),
		],
		phases: [
			phase('k', 'basics', 1, { duration: weeks(4), hoursPerWeek: { min: 6, max: 8 } }),
			phase('k', 'statistics', 2, { group: 'analytics', duration: weeks(3), hoursPerWeek: { min: 10, max: 10 } }),
			phase('k', 'dashboards', 3, { group: 'analytics', duration: weeks(1), hoursPerWeek: { min: 10, max: 10 } }),
			phase('k', 'pipelines', 4, { group: 'platform', duration: weeks(5), hoursPerWeek: { min: 10, max: 12 } }),
			phase('k', 'capstone', 5, { duration: weeks(2), hoursPerWeek: { min: 5, max: 5 } }),
		],
		topics: [],
		...rest,
	});

	it('show the weekly hours the phases give and the effort as a range', () => {
		const k = roadmapFigures(site.roadmap('k'));
		expect(k.hoursPerWeek).toEqual({ text: '5–12 h', sortValue: 5 });
		expect(k.weeks).toEqual({ text: '10–11 weeks', sortValue: 10 });
		// 24–32 h, then 40 h (analytics) or 50–60 h (platform), then 10 h.
		expect(k.effort).toEqual({ text: '74–102 h', sortValue: 74 });
	});

	it('stack the alternatives in rows of one lane, starting at the same week', () => {
		const t = timeline(site.roadmaps);
		const lane = t.lanes[0]!;
		const bar = (id: string) => lane.bars.find((b) => b.phase.id === id)!;
		expect(lane.rows).toBe(3);
		expect(bar('statistics').x).toBe(bar('pipelines').x);
		expect([bar('basics').y, bar('capstone').y]).toEqual([lane.barY, lane.barY]);
		expect(bar('dashboards').y).toBe(bar('statistics').y);
		expect(bar('pipelines').y).toBeGreaterThan(bar('statistics').y);
		expect(bar('statistics').y).toBeGreaterThan(lane.barY);
		expect(bar('pipelines').title).toBe('4. Phase pipelines — starts week 5, 5 weeks — elective: Specialisation (choose 1 of 2)');
		expect(t.hasAlternatives).toBe(true);
		expect(t.axisY).toBeGreaterThan(bar('pipelines').y + t.barHeight);
	});

	it('keep one row per lane without electives', () => {
		expect(timeline([buildSiteModel(input()).roadmap('a')]).lanes[0]!.rows).toBe(1);
		expect(timeline([buildSiteModel(input()).roadmap('a')]).hasAlternatives).toBe(false);
	});
});
