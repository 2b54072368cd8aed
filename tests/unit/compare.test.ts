import { describe, expect, it } from 'vitest';
import {
	byFirstPhase,
	comparePair,
	coverageMatrix,
	firstTeaching,
	pairBySlug,
	roadmapFigures,
	roadmapPairs,
	sortAttribute,
	taughtTopics,
	tickStep,
	timeline,
	timelineLayout,
	weekLabel,
} from '../../src/lib/compare.ts';
import { formatHours } from '../../src/lib/durations.ts';
import { buildSiteModel, type ModelInput } from '../../src/lib/model.ts';
import { phaseSchema, roadmapSchema } from '../../src/schemas/roadmap.ts';
import { topicSchema } from '../../src/schemas/topic.ts';

const roadmap = (id: string, order: number, extra: Record<string, unknown> = {}) => ({
	id,
	data: roadmapSchema.parse({ title: `Roadmap ${id.toUpperCase()}`, summary: 's', order, source: { file: `${id}.md`, title: id }, ...extra }),
});
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
		roles: [],
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
	const matrix = coverageMatrix(site);

	it('lists only taught topics, by category in taxonomy order, then by name', () => {
		expect(taughtTopics(site).map((g) => g.category)).toEqual(['language', 'runtime', 'database', 'devops']);
		expect(matrix.groups.flatMap((g) => g.rows.map((r) => r.topic.id))).toEqual(['python', 'nodejs', 'postgresql', 'sql', 'docker']);
		expect(matrix.groups[0]!.label).toBe('Language');
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
});

describe('pairs', () => {
	it('covers every unordered pair once, earlier roadmap first', () => {
		const pairs = roadmapPairs(site);
		expect(pairs.map((p) => p.slug)).toEqual(['a-vs-b', 'a-vs-c', 'b-vs-c']);
		expect(pairs[0]!.url).toBe('/compare/a-vs-b/');
		expect(pairBySlug(site, 'b-vs-c').b.id).toBe('c');
		expect(() => pairBySlug(site, 'b-vs-a')).toThrow(/Unknown roadmap pair/);
	});

	it('splits topics into shared and one-sided, with where each roadmap teaches them', () => {
		const pair = comparePair(site, pairBySlug(site, 'a-vs-b'));
		expect(pair.shared.map((s) => s.topic.id)).toEqual(['postgresql', 'sql', 'docker']);
		const sql = pair.shared.find((s) => s.topic.id === 'sql')!;
		expect([sql.a.phase.id, sql.b.phase.id]).toEqual(['basics', 'db']);
		expect(pair.onlyA.map((o) => o.topic.id)).toEqual(['nodejs']);
		expect(pair.onlyB.map((o) => o.topic.id)).toEqual(['python']);
		expect(pair.figures.map((f) => f.column.key)).toEqual(['declared', 'weeks', 'hoursPerWeek', 'effort', 'stacks', 'phases', 'projects']);
		expect(pair.figures.find((f) => f.column.key === 'effort')).toMatchObject({ a: { text: '160–240 h' }, b: { text: 'unknown' } });
	});

	it('groups one-sided topics under the phase that first teaches them', () => {
		const pair = comparePair(site, pairBySlug(site, 'a-vs-c'));
		expect(pair.onlyA.map((o) => o.topic.id)).toEqual(['nodejs', 'postgresql', 'docker']);
		const groups = byFirstPhase(pair.onlyA);
		expect(groups.map((g) => [g.phase.id, g.week.short, g.topics.map((t) => t.topic.id)])).toEqual([
			['basics', 'wk 1', ['nodejs']],
			['data', 'wk 5', ['postgresql']],
			['ship', 'wk 13', ['docker']],
		]);
	});
});

describe('table figures and sort values', () => {
	it('formats hours and keeps unknowns unknown', () => {
		expect(formatHours({ min: 10, max: 15 })).toBe('10–15 h');
		expect(formatHours({ min: 28, max: 28 })).toBe('28 h');
		expect(formatHours({ min: 1456.4, max: null })).toBe('1456+ h');
		expect(formatHours(null)).toBe('unknown');
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
		const empty = buildSiteModel({ roadmaps: [roadmap('x', 1)], phases: [], topics: [], roles: [] });
		const t = timeline(empty.roadmaps);
		expect(t.lanes[0]!.bars).toEqual([]);
		expect(t.axisEnd).toBeGreaterThan(0);
		expect(roadmapPairs(empty)).toEqual([]);
	});
});

describe('timeline with a separate path', () => {
	it('gives the separate path its own lane, starting at week 1', () => {
		const site = buildSiteModel({
			roadmaps: [{ id: 'p', data: roadmapSchema.parse({ title: 'Paths', summary: 's', order: 0, source: { file: 'p.md', title: 'p' }, groups: [{ id: 'main', title: 'Main' }, { id: 'alt', title: 'Career', separatePath: true }] }) }],
			phases: [
				{ id: 'a', roadmap: 'p', data: phaseSchema.parse({ title: 'A', order: 1, kind: 'step', group: 'main', duration: { min: 4, max: 4, unit: 'week' } }) },
				{ id: 'b', roadmap: 'p', data: phaseSchema.parse({ title: 'B', order: 2, kind: 'step', group: 'alt', duration: { min: 2, max: 2, unit: 'week' } }) },
			],
			topics: [],
			roles: [],
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
		roles: [],
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
