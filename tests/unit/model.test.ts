import { describe, expect, it } from 'vitest';
import { formatDuration, formatWeeks, sumWeeks, toWeeks } from '../../src/lib/model/durations.ts';
import { bucketOf, hoursBuckets, lengthBuckets } from '../../src/lib/model/facets.ts';
import { buildSiteModel, type ModelInput, textAttributes } from '../../src/lib/model/model.ts';
import { phaseFacts, phaseLinks, phaseListTiming, roadmapFacts, roadmapLength, sourcePace, startingWeek } from '../../src/lib/model/facts.ts';
import { phaseSchema, roadmapSchema } from '../../src/schemas/roadmap.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { trackSchema } from '../../src/schemas/track.ts';
import { phaseUrl, roadmapUrl, roleUrl, topicUrl, trackCompareUrl, trackUrl } from '../../src/lib/urls.ts';

const roadmap = (id: string, order: number, extra: Record<string, unknown> = {}) => ({
	id,
	data: roadmapSchema.parse({ title: id.toUpperCase(), summary: 's', order, track: 'backend', source: { file: `${id}.md`, title: id }, ...extra }),
});
const track = (id: string, order: number, name = id.charAt(0).toUpperCase() + id.slice(1)) => ({ id, data: trackSchema.parse({ name, summary: 's', order }) });
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
		tracks: [track('backend', 0)],
		publishedUrls: [],
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
		expect(formatWeeks({ min: 4 / 7, max: 4 / 7 })).toBe('4 days');
		expect(formatWeeks({ min: 1, max: 1.5 })).toBe('7–11 days');
	});
});

describe('site model', () => {
	const site = buildSiteModel(input());

	it('orders roadmaps by order and phases by order', () => {
		expect(site.roadmaps.map((r) => r.id)).toEqual(['a', 'b']);
		expect(site.roadmap('b').phases.map((p) => p.id)).toEqual(['first', 'second', 'third', 'fourth']);
		expect(site.roadmap('b').phases.map((p) => p.number)).toEqual([1, 2, 3, 4]);
	});

	it('marks a roadmap\'s own text with its language, and with its direction when its script is written right to left', () => {
		expect(site.roadmap('a').textAttributes).toEqual({});
		expect(textAttributes('ru')).toEqual({ lang: 'ru' });
		expect(textAttributes('zh-Hant')).toEqual({ lang: 'zh-Hant' });
		for (const language of ['fa', 'ar', 'he', 'ur']) expect(textAttributes(language)).toEqual({ lang: language, dir: 'rtl' });
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
		expect(site.roadmap('b').phases.map((p) => startingWeek(p, site.roadmap('b')))).toEqual(['week 1', 'week 5', 'week 7–8', 'unknown']);
		// The phase list's rows have no labels: what the source leaves open is said as a phrase.
		expect(site.roadmap('b').phases.map((p) => phaseListTiming(p, site.roadmap('b')))).toEqual([
			{ length: '1 month', start: 'starts in week 1' },
			{ length: '2–3 weeks', start: 'starts in week 5' },
			{ length: 'length unknown', start: 'starts in week 7–8' },
			{ length: '1 week', start: 'start unknown' },
		]);
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

	it('has a schedule when any phase gives a length, and none when no phase does (a course of lessons without lengths)', () => {
		const site = buildSiteModel({
			...input(),
			roadmaps: [roadmap('lessons', 1), roadmap('partly', 2)],
			phases: [
				phase('lessons', 'one', 1, { duration: null }),
				phase('lessons', 'two', 2, { duration: null }),
				phase('partly', 'one', 1, { duration: null }),
				phase('partly', 'two', 2, { duration: { min: 1, max: 1, unit: 'week' } }),
			],
		});
		expect(site.roadmap('lessons').timed).toBe(false);
		expect(site.roadmap('partly').timed).toBe(true);
		const shown = (roadmapId: string) => phaseFacts(site.roadmap(roadmapId).phases[0]!, site.roadmap(roadmapId)).filter((fact) => fact.value).map((fact) => fact.label);
		expect(shown('lessons')).toEqual(['Position']);
		expect(shown('partly')).toEqual(['Position', 'Duration', 'Starts in']);
		const overview = (roadmapId: string) => roadmapFacts(site.roadmap(roadmapId)).filter((fact) => fact.value).map((fact) => fact.label);
		expect(overview('lessons')).not.toContain('Sum of phases');
		expect(overview('lessons')).not.toContain('Declared duration');
		expect(overview('partly')).toEqual(expect.arrayContaining(['Declared duration', 'Sum of phases']));
	});

	it('lays out a group with a length whose phases give none: its phases start with it, and the next group after it', () => {
		const week = (id: string, title: string) => ({ id, title, duration: { min: 1, max: 1, unit: 'week' } });
		const course = buildSiteModel({
			...input(),
			roadmaps: [roadmap('c', 1, { groups: [week('week-1', 'HTML'), { ...week('module', 'CSS'), duration: { min: 2, max: 2, unit: 'week' } }, week('week-4', 'JS')] })],
			phases: [
				phase('c', 'tags', 1, { group: 'week-1', duration: null }),
				phase('c', 'forms', 2, { group: 'week-1', duration: null }),
				// A module's phases that all state a length are laid out by theirs, not by the module's.
				phase('c', 'box', 3, { group: 'module', duration: { min: 1, max: 1, unit: 'week' } }),
				phase('c', 'grid', 4, { group: 'module', duration: { min: 2, max: 2, unit: 'week' } }),
				// The week's overview states the week's length; its lesson does not: both share the week.
				phase('c', 'js-week', 5, { group: 'week-4', duration: { min: 1, max: 1, unit: 'week' } }),
				phase('c', 'dom', 6, { group: 'week-4', duration: null }),
				phase('c', 'capstone', 7, { duration: { min: 2, max: 2, unit: 'week' } }),
			],
		}).roadmap('c');
		expect(course.timed).toBe(true);
		expect(course.phases.map((p) => p.startWeek?.min)).toEqual([0, 0, 1, 2, 4, 4, 5]);
		expect(course.phases.map((p) => p.sharesGroupLength)).toEqual([true, true, false, false, false, true, false]);
		expect(course.phaseWeeks).toEqual({ min: 7, max: 7 });
		const facts = phaseFacts(course.phases[1]!, course);
		expect(facts.find((f) => f.label === 'Duration')?.value).toBe('1 week, shared with its group');
		expect(facts.find((f) => f.label === 'Starts in')?.value).toBe('week 1');
	});

	it('gives each phase the groups it is in, outermost first, linking their headings on the roadmap page', () => {
		const nested = buildSiteModel({
			...input(),
			roadmaps: [roadmap('n', 1, { groups: [{ id: 'm02', title: 'Frontend II' }, { id: 'week-1', title: 'Hooks', label: 'Semana 1-2', parent: 'm02' }] })],
			phases: [phase('n', 'state', 1, { group: 'week-1' }), phase('n', 'wrap-up', 2, { group: 'm02' }), phase('n', 'extra', 3)],
		}).roadmap('n');
		expect(nested.phases.map((p) => p.groupTrail)).toEqual([
			[
				{ title: 'Frontend II', url: '/roadmaps/n/#m02' },
				{ title: 'Semana 1-2 · Hooks', url: '/roadmaps/n/#week-1' },
			],
			[{ title: 'Frontend II', url: '/roadmaps/n/#m02' }],
			[],
		]);
	});

	it('does not share an elective group\'s length among its alternatives', () => {
		const electives = buildSiteModel({
			...input(),
			roadmaps: [roadmap('e', 1, { groups: [{ id: 'pick', title: 'Pick', choose: 1, duration: { min: 4, max: 4, unit: 'week' } }] })],
			phases: [phase('e', 'one', 1, { group: 'pick', duration: null }), phase('e', 'two', 2, { group: 'pick', duration: null })],
		}).roadmap('e');
		expect(electives.phases.map((p) => p.lengthGroup)).toEqual([null, null]);
		expect(electives.timed).toBe(false);
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

describe('weekly hours', () => {
	const hoursOf = (commitment: Record<string, unknown>, phases: Array<Record<string, unknown>>) =>
		buildSiteModel({
			...input(),
			roadmaps: [roadmap('h', 1, { commitment })],
			phases: phases.map((extra, i) => phase('h', `p${i + 1}`, i + 1, { duration: { min: 2, max: 2, unit: 'week' }, ...extra })),
		}).roadmap('h');

	it('take the commitment\'s hoursPerWeek over hours/day × days/week', () => {
		const r = hoursOf({ hoursPerWeek: { min: 6, max: 10 }, hoursPerDay: { min: 1, max: 1 }, daysPerWeek: { min: 5, max: 5 } }, [{}]);
		expect(r.hoursPerWeek).toEqual({ min: 6, max: 10 });
		expect(r.phases[0]!.hoursPerWeek).toEqual({ min: 6, max: 10 });
		expect(r.effortHours).toEqual({ min: 12, max: 20 });
	});

	it('let a phase\'s own hoursPerWeek, or its hoursPerDay × the roadmap\'s days, win for that phase', () => {
		const r = hoursOf({ hoursPerDay: { min: 2, max: 2 }, daysPerWeek: { min: 5, max: 5 } }, [{}, { hoursPerWeek: { min: 20, max: 20 } }, { hoursPerDay: { min: 1, max: 1 } }]);
		expect(r.phases.map((p) => p.hoursPerWeek)).toEqual([{ min: 10, max: 10 }, { min: 20, max: 20 }, { min: 5, max: 5 }]);
		expect(r.phases.map((p) => p.effortHours)).toEqual([{ min: 20, max: 20 }, { min: 40, max: 40 }, { min: 10, max: 10 }]);
		// No declared total: the roadmap's effort is its phases' efforts summed, not 6 weeks × 10 h.
		expect(r.effortHours).toEqual({ min: 70, max: 70 });
	});

	it('are unknown for a phase that gives hours per day when the roadmap gives no days per week', () => {
		const r = hoursOf({ hoursPerWeek: { min: 10, max: 10 } }, [{ hoursPerDay: { min: 3, max: 3 } }]);
		expect(r.phases[0]!.hoursPerWeek).toBeNull();
		expect(r.phases[0]!.effortHours).toBeNull();
	});

	it('range over the phases when every phase gives its own and the commitment gives none', () => {
		const r = hoursOf({}, [{ hoursPerWeek: { min: 6, max: 8 } }, { hoursPerWeek: { min: 5, max: 5 } }, { hoursPerWeek: { min: 10, max: 12 } }]);
		expect(r.hoursPerWeek).toEqual({ min: 5, max: 12 });
		expect(r.effortHours).toEqual({ min: 42, max: 50 });
		expect(hoursOf({}, [{ hoursPerWeek: { min: 6, max: 8 } }, {}]).hoursPerWeek).toBeNull();
	});

	it('schedule phases the source gives in study hours at the weekly hours it plans', () => {
		const r = hoursOf({ hoursPerWeek: { min: 5, max: 10 } }, [{ duration: null, effortHours: { min: 10, max: 10 } }, { duration: null, effortHours: { min: 0.75, max: 0.75 } }]);
		expect(r.phases.map((p) => p.effortHours)).toEqual([{ min: 10, max: 10 }, { min: 0.75, max: 0.75 }]);
		expect(r.phases[0]!.weeks).toEqual({ min: 1, max: 2 });
		expect(r.phases[1]!.startWeek).toEqual({ min: 1, max: 2 });
		expect(r.effortHours).toEqual({ min: 10.75, max: 10.75 });
		expect(r.pacedByReader).toBe(false);
		expect(phaseFacts(r.phases[1]!, r).find((f) => f.label === 'Duration')!.value).toBe('45 min of study');
	});

	it('leave phases given in study hours to the reader\'s pace when the source plans no weekly hours', () => {
		const r = hoursOf({}, [{ duration: null, effortHours: { min: 1.5, max: 2 } }, { duration: null, effortHours: { min: 3, max: 3 } }]);
		expect(r.timed).toBe(true);
		expect(r.pacedByReader).toBe(true);
		expect(r.phases.map((p) => p.weeks)).toEqual([null, null]);
		expect(r.effortHours).toEqual({ min: 4.5, max: 5 });
		const facts = phaseFacts(r.phases[0]!, r);
		expect(facts.find((f) => f.label === 'Duration')!.value).toBe('1.5–2 h of study');
		expect(facts.find((f) => f.label === 'Effort')!.value).toBeNull();
		expect(facts.find((f) => f.label === 'Starts in')!.value).toBe('week 1');
		expect(phaseFacts(r.phases[1]!, r).find((f) => f.label === 'Starts in')!.value).toBe('a week set by your pace');
		expect(sourcePace(r)).toMatch(/hours of study, not weeks/);
		expect(roadmapLength(r)).toBe('4.5–5 h of study');
		expect(roadmapFacts(r).find((f) => f.label === 'Sum of phases')!.value).toBeNull();
		// Without lengths of any kind there is nothing to plan.
		expect(hoursOf({}, [{ duration: null }]).timed).toBe(false);
	});
});

describe('nested and elective groups', () => {
	// Foundations (4 weeks), then choose 1 of two tracks (analytics: 3 + 1 weeks, platform: 5 weeks), then a capstone (2 weeks).
	const catalogue = () =>
		buildSiteModel({
			...input(),
			roadmaps: [
				roadmap('c', 1, {
					commitment: { hoursPerWeek: { min: 10, max: 10 } },
					groups: [
						{ id: 'core', title: 'Core' },
						{ id: 'tracks', title: 'Specialisation', choose: 1 },
						{ id: 'analytics', title: 'Analytics', parent: 'tracks' },
						{ id: 'platform', title: 'Platform', parent: 'tracks' },
						{ id: 'final', title: 'Final' },
					],
				}),
			],
			phases: [
				phase('c', 'basics', 1, { group: 'core', duration: { min: 4, max: 4, unit: 'week' } }),
				phase('c', 'statistics', 2, { group: 'analytics', duration: { min: 3, max: 3, unit: 'week' } }),
				phase('c', 'dashboards', 3, { group: 'analytics', duration: { min: 1, max: 1, unit: 'week' } }),
				phase('c', 'pipelines', 4, { group: 'platform', duration: { min: 5, max: 5, unit: 'week' } }),
				phase('c', 'capstone', 5, { group: 'final', duration: { min: 2, max: 2, unit: 'week' } }),
			],
		}).roadmap('c');

	it('start every alternative where the elective group starts, and what follows within the group\'s range', () => {
		const c = catalogue();
		expect(c.phases.map((p) => p.startWeek)).toEqual([
			{ min: 0, max: 0 },
			{ min: 4, max: 4 },
			{ min: 7, max: 7 },
			{ min: 4, max: 4 },
			{ min: 8, max: 9 },
		]);
		expect(c.phases.map((p) => startingWeek(p, c))).toEqual(['week 1', 'week 5', 'week 8', 'week 5', 'week 9–10']);
	});

	it('make the totals ranges, from the shortest to the longest alternative', () => {
		const c = catalogue();
		expect(c.phaseWeeks).toEqual({ min: 10, max: 11 });
		expect(c.totalWeeks).toEqual({ min: 10, max: 11 });
		expect(c.effortHours).toEqual({ min: 100, max: 110 });
	});

	it('list the nesting in sections: the parent, then its sub-groups, with the elective marked', () => {
		const sections = catalogue().sections.map((s) => ({
			group: s.group?.id ?? null,
			depth: s.depth,
			choice: s.choice && { choose: s.choice.choose, of: s.choice.of, among: s.choice.among },
			phases: s.phases.map((p) => p.id),
		}));
		expect(sections).toEqual([
			{ group: 'core', depth: 0, choice: null, phases: ['basics'] },
			{ group: 'tracks', depth: 0, choice: { choose: 1, of: 2, among: 'sub-groups' }, phases: [] },
			{ group: 'analytics', depth: 1, choice: null, phases: ['statistics', 'dashboards'] },
			{ group: 'platform', depth: 1, choice: null, phases: ['pipelines'] },
			{ group: 'final', depth: 0, choice: null, phases: ['capstone'] },
		]);
	});

	it('list a group\'s phases that follow one of its sub-groups after it, so that the phases stay in order', () => {
		const r = buildSiteModel({
			...input(),
			roadmaps: [roadmap('s', 1, { groups: [{ id: 'setup', title: 'Setup' }, { id: 'guides', title: 'Guides', parent: 'setup' }] })],
			phases: [phase('s', 'shell', 1, { group: 'setup' }), phase('s', 'linux', 2, { group: 'guides' }), phase('s', 'macos', 3, { group: 'guides' }), phase('s', 'git', 4, { group: 'setup' })],
		}).roadmap('s');
		expect(r.sections.map((s) => [s.group?.id ?? null, s.depth, s.continued ?? false, s.phases.map((p) => p.id)])).toEqual([
			['setup', 0, false, ['shell']],
			['guides', 1, false, ['linux', 'macos']],
			['setup', 0, true, ['git']],
		]);
	});

	it('list phases outside any group where they stand, between the groups', () => {
		const r = buildSiteModel({
			...input(),
			roadmaps: [roadmap('m', 1, { groups: [{ id: 'tools', title: 'Tools' }] })],
			phases: [phase('m', 'preface', 1), phase('m', 'editor', 2, { group: 'tools' }), phase('m', 'shell', 3, { group: 'tools' }), phase('m', 'roadmap', 4), phase('m', 'objects', 5)],
		}).roadmap('m');
		expect(r.sections.map((s) => [s.group?.id ?? null, s.phases.map((p) => p.id)])).toEqual([
			[null, ['preface']],
			['tools', ['editor', 'shell']],
			[null, ['roadmap', 'objects']],
		]);
	});

	it('tell each phase which choices it is an alternative in', () => {
		const [basics, statistics] = catalogue().phases;
		expect(basics!.electives).toEqual([]);
		expect(statistics!.electives).toEqual([{ id: 'tracks', alternative: 'analytics', choose: 1 }]);
		expect(statistics!.choices.map((c) => [c.group.title, c.choose, c.of])).toEqual([['Specialisation', 1, 2]]);
	});

	it('offer a group\'s phases as the alternatives when it has no sub-groups', () => {
		const r = buildSiteModel({
			...input(),
			roadmaps: [roadmap('e', 1, { groups: [{ id: 'pick', title: 'Pick two', choose: 2 }] })],
			phases: [1, 2, 3].map((n) => phase('e', `option-${n}`, n, { group: 'pick', duration: { min: n, max: n, unit: 'week' } })),
		}).roadmap('e');
		expect(r.phases.map((p) => p.startWeek)).toEqual([0, 0, 0].map(() => ({ min: 0, max: 0 })));
		expect(r.phases[1]!.electives).toEqual([{ id: 'pick', alternative: 'option-2', choose: 2 }]);
		expect(r.phaseWeeks).toEqual({ min: 3, max: 5 });
		expect(r.sections[0]!.choice).toMatchObject({ choose: 2, of: 3, among: 'phases' });
	});

	it('schedule a sub-group of a separate path on that path', () => {
		const r = buildSiteModel({
			...input(),
			roadmaps: [roadmap('s', 1, { groups: [{ id: 'career', title: 'Career', separatePath: true }, { id: 'cs', title: 'CS', parent: 'career' }] })],
			phases: [
				phase('s', 'main', 1, { duration: { min: 2, max: 2, unit: 'week' } }),
				phase('s', 'theory', 2, { group: 'cs', duration: { min: 3, max: 3, unit: 'week' } }),
			],
		}).roadmap('s');
		expect(r.phases.map((p) => [p.startsPath, p.startWeek])).toEqual([
			[false, { min: 0, max: 0 }],
			[true, { min: 0, max: 0 }],
		]);
		expect(r.paths.map((p) => p.group?.id ?? null)).toEqual([null, 'career']);
		expect(r.phaseWeeks).toEqual({ min: 2, max: 2 });
	});
});

describe('facts for weekly hours, electives and prerequisites', () => {
	const site = buildSiteModel({
		...input(),
		roadmaps: [roadmap('f', 1, { title: 'F', groups: [{ id: 'pick', title: 'Pick one', choose: 1 }] }), roadmap('g', 2)],
		phases: [
			phase('f', 'one', 1, { label: 'Course 1', duration: { min: 2, max: 2, unit: 'week' }, hoursPerWeek: { min: 5, max: 5 } }),
			phase('f', 'two', 2, { group: 'pick', duration: { min: 2, max: 2, unit: 'week' }, hoursPerWeek: { min: 10, max: 10 }, requires: ['one'] }),
			phase('f', 'three', 3, { group: 'pick', duration: { min: 4, max: 4, unit: 'week' }, hoursPerWeek: { min: 10, max: 10 } }),
			phase('g', 'later', 1, { requires: ['f/two'] }),
		],
	});
	const value = (facts: Array<{ label: string; value: string | null | undefined }>, label: string) => facts.find((f) => f.label === label)?.value;
	const f = site.roadmap('f');
	const [one, two] = f.phases;

	it('show the weekly hours and the effort range of a roadmap whose phases give them', () => {
		expect(value(roadmapFacts(f), 'Hours per week')).toBe('5–10 h');
		expect(value(roadmapFacts(f), 'Total effort')).toBe('30–50 h');
		expect(value(roadmapFacts(site.roadmap('g')), 'Total effort')).toBeNull();
		expect(sourcePace(f)).toBe('The source plans 5–10 hours per week.');
		expect(sourcePace(site.roadmap('g'))).toMatch(/no weekly hours/);
	});

	it('show a phase\'s weekly hours, effort and the elective it belongs to', () => {
		expect(value(phaseFacts(two!, f), 'Hours per week')).toBe('10 h');
		expect(value(phaseFacts(two!, f), 'Effort')).toBe('20 h');
		expect(value(phaseFacts(two!, f), 'Elective')).toBe('Pick one (choose 1 of 2)');
		expect(value(phaseFacts(one!, f), 'Elective')).toBeNull();
	});

	it('link prerequisites by label and title, naming the roadmap when it is another', () => {
		expect(phaseLinks(two!.requires, f, site).map(({ title, roadmapTitle }) => [title, roadmapTitle])).toEqual([['Course 1: one', null]]);
		expect(phaseLinks(two!.unlocks, f, site).map(({ phase, title, roadmapTitle }) => [phase.url, title, roadmapTitle])).toEqual([['/roadmaps/g/later/', 'later', 'G']]);
	});
});

describe('prerequisites', () => {
	const linked = (requires: Record<string, string[]>) =>
		buildSiteModel({
			...input(),
			roadmaps: [roadmap('x', 1), roadmap('y', 2)],
			phases: [
				phase('x', 'one', 1, { requires: requires['one'] ?? [] }),
				phase('x', 'two', 2, { requires: requires['two'] ?? [] }),
				phase('y', 'three', 1, { requires: requires['three'] ?? [] }),
			],
		});

	it('resolve requires in the same roadmap and across roadmaps, and fill in unlocks', () => {
		const site = linked({ two: ['one'], three: ['x/two', 'x/one'] });
		const [one, two] = site.roadmap('x').phases;
		const [three] = site.roadmap('y').phases;
		expect(two!.requires).toEqual([one]);
		expect(three!.requires.map((p) => p.entryId)).toEqual(['x/two', 'x/one']);
		expect(one!.unlocks.map((p) => p.entryId)).toEqual(['x/two', 'y/three']);
		expect(two!.unlocks.map((p) => p.entryId)).toEqual(['y/three']);
		expect(three!.unlocks).toEqual([]);
	});

	it('refuse an unknown phase (the content check reports it with file and line first)', () => {
		expect(() => linked({ one: ['nope'] })).toThrow(/"x\/one" requires unknown phase "nope"/);
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

describe('tracks and the filters of the home and track pages', () => {
	const library = () =>
		buildSiteModel({
			...input(),
			tracks: [track('backend', 1), track('frontend', 0), track('mobile', 2)],
			roadmaps: [
				roadmap('api', 1, { level: 'beginner', duration: { min: 3, max: 3, unit: 'month' }, commitment: { hoursPerWeek: { min: 6, max: 10 } } }),
				roadmap('scale', 2, { level: 'advanced', duration: { min: 6, max: 6, unit: 'month' }, commitment: { hoursPerDay: { min: 6, max: 8 }, daysPerWeek: { min: 5, max: 5 } } }),
				roadmap('ui', 3, { track: 'frontend' }),
				roadmap('year', 4, { track: 'frontend', duration: { min: 1, unit: 'year' }, commitment: { hoursPerWeek: { min: 40, max: 50 } } }),
			],
			phases: [phase('ui', 'one', 1, { duration: null })],
		});
	const ids = (roadmaps: Array<{ id: string }>) => roadmaps.map((r) => r.id);
	const options = (facets: ReturnType<typeof library>['facets'], key: string) =>
		facets.find((f) => f.key === key)!.options.map((o) => [o.id, o.label, ids(o.roadmaps)]);

	it('put every roadmap in its track, tracks in their order, each with its page and comparison page', () => {
		const site = library();
		expect(site.tracks.map((t) => [t.id, ids(t.roadmaps)])).toEqual([
			['frontend', ['ui', 'year']],
			['backend', ['api', 'scale']],
			['mobile', []],
		]);
		expect(site.roadmap('ui').track).toBe(site.track('frontend'));
		expect(site.track('backend')).toMatchObject({ url: trackUrl('backend'), compareUrl: trackCompareUrl('backend') });
		expect(trackUrl('backend')).toBe('/tracks/backend/');
		expect(trackCompareUrl('backend')).toBe('/tracks/backend/compare/');
	});

	it('offer each filter\'s options in reading order, only those some roadmap has, unknowns last', () => {
		const site = library();
		expect(site.facets.map((f) => [f.key, f.label])).toEqual([
			['track', 'Track'],
			['level', 'Level'],
			['length', 'Length'],
			['hours', 'Hours per week'],
		]);
		// An empty track is no filter option.
		expect(options(site.facets, 'track')).toEqual([
			['frontend', 'Frontend', ['ui', 'year']],
			['backend', 'Backend', ['api', 'scale']],
		]);
		expect(options(site.facets, 'level')).toEqual([
			['beginner', 'Beginner', ['api']],
			['advanced', 'Advanced', ['scale']],
			['unknown', 'Not stated', ['ui', 'year']],
		]);
		// 3 months is 13 weeks; 6 months (6 × 52⁄12 weeks) is still "3–6 months"; an open "1+ year" counts from its minimum.
		expect(options(site.facets, 'length')).toEqual([
			['up-to-3-months', 'Up to 3 months', ['api']],
			['3-6-months', '3–6 months', ['scale']],
			['6-12-months', '6–12 months', ['year']],
			['unknown', 'Not known', ['ui']],
		]);
		// Ranges count by their midpoint: 6–10 h is 8 h, 30–40 h is 35 h, 40–50 h is 45 h.
		expect(options(site.facets, 'hours')).toEqual([
			['up-to-10', 'Up to 10 h', ['api']],
			['20-40', '20–40 h', ['scale']],
			['over-40', 'Over 40 h', ['year']],
			['unknown', 'Not stated', ['ui']],
		]);
		expect(site.roadmap('scale').facets).toEqual({ track: 'backend', level: 'advanced', length: '3-6-months', hours: '20-40' });
	});

	it('give a track page the filters over its own roadmaps, without the track filter, and only filters that filter', () => {
		const backend = library().track('backend');
		expect(backend.facets.map((f) => f.key)).toEqual(['level', 'length', 'hours']);
		expect(options(backend.facets, 'level')).toEqual([
			['beginner', 'Beginner', ['api']],
			['advanced', 'Advanced', ['scale']],
		]);
		// A filter with one option would filter nothing: a track of one roadmap, or none, offers none.
		expect(library().track('mobile').facets).toEqual([]);
		expect(buildSiteModel({ ...input(), roadmaps: [roadmap('solo', 1, { level: 'beginner' })], phases: [] }).facets).toEqual([]);
	});

	it('refuse a roadmap in an unknown track (the content check reports it with file and line first)', () => {
		expect(() => buildSiteModel({ ...input(), tracks: [track('frontend', 0)] })).toThrow(/Roadmap "a" is in unknown track "backend"/);
	});
});

describe('filter buckets', () => {
	it('place a range by its midpoint, an open range by its minimum, and nothing as unknown', () => {
		expect(bucketOf(lengthBuckets, { min: 13, max: 13 })).toBe('up-to-3-months');
		expect(bucketOf(lengthBuckets, { min: 10, max: 17 })).toBe('3-6-months');
		expect(bucketOf(lengthBuckets, { min: 60, max: null })).toBe('over-a-year');
		expect(bucketOf(hoursBuckets, { min: 10, max: 10 })).toBe('up-to-10');
		expect(bucketOf(hoursBuckets, { min: 10, max: 12 })).toBe('10-20');
		expect(bucketOf(hoursBuckets, null)).toBe('unknown');
	});
});

describe('render keys', () => {
	// Roadmap x links to y (x/two requires y/three); z stands apart. Entries carry the content layer's digests.
	const keyed = (digests: Record<string, string> = {}) => {
		const digest = (key: string) => ({ digest: digests[key] ?? `${key}@1` });
		const base = input();
		return buildSiteModel({
			...base,
			roadmaps: ['x', 'y', 'z'].map((id, i) => ({ ...roadmap(id, i), ...digest(id) })),
			phases: [
				{ ...phase('x', 'one', 1), ...digest('x/one') },
				{ ...phase('x', 'two', 2, { requires: ['y/three'] }), ...digest('x/two') },
				{ ...phase('y', 'three', 1), ...digest('y/three') },
				{ ...phase('y', 'four', 2), ...digest('y/four') },
				{ ...phase('z', 'five', 1), ...digest('z/five') },
			],
			topics: base.topics.map((t) => ({ ...t, ...digest(`topic/${t.id}`) })),
			roles: [],
		});
	};
	const keys = (site: ReturnType<typeof keyed>) => Object.fromEntries(site.roadmaps.map((r) => [r.id, r.renderKey]));
	const before = keys(keyed());
	const changed = (digests: Record<string, string>) => {
		const after = keys(keyed(digests));
		return Object.keys(before).filter((id) => before[id] !== after[id]);
	};

	it('are stable from build to build', () => {
		expect(keys(keyed())).toEqual(before);
		expect(new Set(Object.values(before)).size).toBe(3);
	});

	it("change with any file of the roadmap, and with a linked phase of another roadmap, and with nothing else", () => {
		expect(changed({ 'x/one': 'x/one@2' })).toEqual(['x']);
		expect(changed({ z: 'z@2' })).toEqual(['z']);
		// x's page names y/three and y's title; y's page names x/two (it unlocks it) and x's title.
		expect(changed({ 'y/three': 'y/three@2' })).toEqual(['x', 'y']);
		expect(changed({ x: 'x@2' })).toEqual(['x', 'y']);
		expect(changed({ 'y/four': 'y/four@2' })).toEqual(['y']);
	});

	it('change everywhere with a topic, which any page can name', () => {
		expect(changed({ 'topic/sql': 'topic/sql@2' })).toEqual(['x', 'y', 'z']);
	});
});
