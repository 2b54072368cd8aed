import { describe, expect, it } from 'vitest';
import { formatDuration, formatWeeks, sumWeeks, toWeeks } from '../../src/lib/durations.ts';
import { buildSiteModel, type ModelInput } from '../../src/lib/model.ts';
import { startingWeek } from '../../src/lib/facts.ts';
import { phaseSchema, roadmapSchema } from '../../src/schemas/roadmap.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { phaseUrl, roadmapUrl, roleUrl, topicUrl } from '../../src/lib/urls.ts';

const roadmap = (id: string, order: number, extra: Record<string, unknown> = {}) => ({
	id,
	data: roadmapSchema.parse({ title: id.toUpperCase(), summary: 's', order, source: { file: `${id}.md`, title: id }, ...extra }),
});
const phase = (roadmapId: string, id: string, order: number, extra: Record<string, unknown> = {}) => ({
	id,
	roadmap: roadmapId,
	data: phaseSchema.parse({ title: id, order, kind: 'month', ...extra }),
});

function input(): ModelInput {
	return {
		roadmaps: [
			roadmap('b', 2, { duration: { min: 6, max: 6, unit: 'month' }, commitment: { hoursPerDay: { min: 6, max: 8 }, daysPerWeek: { min: 5, max: 5 } } }),
			roadmap('a', 1),
		],
		phases: [
			phase('b', 'second', 2, { duration: { min: 2, max: 3, unit: 'week' }, topics: ['sql'] }),
			phase('b', 'first', 1, { duration: { min: 1, max: 1, unit: 'month' }, topics: ['sql'], projects: [{ title: 'p' }] }),
			phase('b', 'third', 3, { duration: null }),
			phase('b', 'fourth', 4, { duration: { min: 1, max: 1, unit: 'week' } }),
			phase('a', 'only', 1, { duration: { min: 2, unit: 'year' }, topics: ['sql', 'redis'] }),
		],
		topics: [
			{ id: 'sql', data: topicSchema.parse({ name: 'SQL', category: 'database' }) },
			{ id: 'redis', data: topicSchema.parse({ name: 'Redis', category: 'database' }) },
		],
		roles: [
			{
				id: 'dba',
				data: roleSchema.parse({
					title: 'DBA',
					category: 'database',
					mentions: [{ roadmap: 'b', heading: 'Database Management', title: 'DBA', definition: 'Manages databases.' }],
					topics: ['redis'],
					related: ['data-architect'],
				}),
			},
			{
				id: 'data-architect',
				data: roleSchema.parse({ title: 'Data Architect', category: 'database', mentions: [{ roadmap: 'b', heading: 'Database Management', title: 'Data Architect' }] }),
			},
		],
	};
}

describe('durations', () => {
	it('normalises every unit to weeks', () => {
		expect(toWeeks({ min: 1, max: 1, unit: 'week' })).toEqual({ min: 1, max: 1 });
		expect(toWeeks({ min: 6, max: 6, unit: 'month' })).toEqual({ min: 26, max: 26 });
		expect(toWeeks({ min: 1, max: 1.5, unit: 'year' })).toEqual({ min: 52, max: 78 });
		expect(toWeeks({ min: 14, max: 14, unit: 'day' })).toEqual({ min: 2, max: 2 });
		expect(toWeeks({ min: 2, unit: 'year' })).toEqual({ min: 104, max: null });
	});

	it('sums ranges, propagating unknown and open-ended parts', () => {
		expect(sumWeeks([{ min: 1, max: 2 }, { min: 3, max: 4 }])).toEqual({ min: 4, max: 6 });
		expect(sumWeeks([{ min: 1, max: 2 }, null])).toBeNull();
		expect(sumWeeks([{ min: 1, max: 2 }, { min: 3, max: null }])).toEqual({ min: 4, max: null });
	});

	it('formats durations as readers say them', () => {
		expect(formatDuration({ min: 2, max: 3, unit: 'month' })).toBe('2–3 months');
		expect(formatDuration({ min: 1, max: 1, unit: 'month' })).toBe('1 month');
		expect(formatDuration({ min: 2, unit: 'year' })).toBe('2+ years');
		expect(formatDuration({ min: 1, max: 1.5, unit: 'year' })).toBe('1–1.5 years');
		expect(formatDuration(null)).toBe('unknown');
		expect(formatWeeks({ min: 8.7, max: 13 })).toBe('9–13 weeks');
		expect(formatWeeks(null)).toBe('unknown');
	});
});

describe('site model', () => {
	const site = buildSiteModel(input());

	it('orders roadmaps by order and phases by order', () => {
		expect(site.roadmaps.map((r) => r.id)).toEqual(['a', 'b']);
		expect(site.roadmap('b').phases.map((p) => p.id)).toEqual(['first', 'second', 'third', 'fourth']);
		expect(site.roadmap('b').phases.map((p) => p.number)).toEqual([1, 2, 3, 4]);
	});

	it('links each phase to its neighbours', () => {
		const [first, second, , fourth] = site.roadmap('b').phases;
		expect(first!.previous).toBeNull();
		expect(first!.next?.id).toBe('second');
		expect(second!.previous?.id).toBe('first');
		expect(fourth!.next).toBeNull();
	});

	it('computes cumulative week offsets, unknown after a phase without duration', () => {
		const starts = site.roadmap('b').phases.map((p) => p.startWeek);
		expect(starts[0]).toEqual({ min: 0, max: 0 });
		expect(starts[1]!.min).toBeCloseTo(52 / 12);
		expect(starts[2]!.min).toBeCloseTo(52 / 12 + 2);
		expect(starts[2]!.max).toBeCloseTo(52 / 12 + 3);
		expect(starts[3]).toBeNull();
		expect(site.roadmap('b').phases.map(startingWeek)).toEqual(['week 1', 'week 5', 'week 7–8', 'unknown']);
	});

	it('prefers the declared total and derives effort from the commitment', () => {
		const b = site.roadmap('b');
		expect(b.declaredWeeks).toEqual({ min: 26, max: 26 });
		expect(b.phaseWeeks).toBeNull();
		expect(b.totalWeeks).toEqual({ min: 26, max: 26 });
		expect(b.hoursPerWeek).toEqual({ min: 30, max: 40 });
		expect(b.effortHours).toEqual({ min: 780, max: 1040 });
		const a = site.roadmap('a');
		expect(a.totalWeeks).toEqual({ min: 104, max: null });
		expect(a.effortHours).toBeNull();
	});

	it('counts projects and collects topics per roadmap', () => {
		expect(site.roadmap('b').projectCount).toBe(1);
		expect(site.roadmap('a').topicIds).toEqual(['sql', 'redis']);
	});

	it('lists where each topic is taught and which roles draw on it', () => {
		expect(site.topic('sql').phases.map((p) => `${p.roadmapId}/${p.id}`)).toEqual(['a/only', 'b/first', 'b/second']);
		expect(site.topic('redis').roles.map((r) => r.id)).toEqual(['dba']);
	});

	it('relates roles symmetrically and finds phases that prepare for them', () => {
		expect(site.role('data-architect').related.map((r) => r.id)).toEqual(['dba']);
		expect(site.role('dba').preparingPhases.map((p) => p.id)).toEqual(['only']);
		expect(site.roadmap('b').roleMentions).toEqual([
			{
				heading: 'Database Management',
				roles: [
					expect.objectContaining({ title: 'Data Architect', definition: '' }),
					expect.objectContaining({ title: 'DBA', definition: 'Manages databases.' }),
				],
			},
		]);
	});

	it('restarts the schedule for a separate path and leaves it out of the main path\'s sum', () => {
		const paths = buildSiteModel({
			...input(),
			roadmaps: [roadmap('p', 1, { groups: [{ id: 'main', title: 'Main' }, { id: 'alt', title: 'Alt', separatePath: true }] })],
			phases: [
				phase('p', 'one', 1, { group: 'main', duration: { min: 2, max: 2, unit: 'week' } }),
				phase('p', 'two', 2, { group: 'main', duration: { min: 3, max: 3, unit: 'week' } }),
				phase('p', 'alt-one', 3, { group: 'alt', duration: { min: 1, unit: 'year' } }),
				phase('p', 'alt-two', 4, { group: 'alt', duration: { min: 1, max: 1, unit: 'week' } }),
			],
		}).roadmap('p');
		expect(paths.phases.map((p) => p.startWeek?.min)).toEqual([0, 2, 0, 52]);
		expect(paths.phases.map((p) => p.startsPath)).toEqual([false, false, true, false]);
		expect(paths.phaseWeeks).toEqual({ min: 5, max: 5 });
		expect(paths.paths.map((path) => [path.group?.id ?? null, path.phases.map((p) => p.id)])).toEqual([
			[null, ['one', 'two']],
			['alt', ['alt-one', 'alt-two']],
		]);
	});

	it('throws on an unknown ID', () => {
		expect(() => site.roadmap('nope')).toThrow(/Unknown roadmap "nope"/);
	});
});

describe('URLs', () => {
	it('are built from IDs with trailing slashes', () => {
		expect(roadmapUrl('full-time')).toBe('/roadmaps/full-time/');
		expect(phaseUrl('full-time', 'databases')).toBe('/roadmaps/full-time/databases/');
		expect(topicUrl('postgresql')).toBe('/topics/postgresql/');
		expect(roleUrl('dba')).toBe('/roles/dba/');
	});
});
