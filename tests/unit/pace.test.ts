import { describe, expect, it } from 'vitest';
import { addWeeks, describePhase, describeTotal, schedule, typical } from '../../src/lib/model/pace.ts';
import { decodeElectives, encodeElectives, layOut } from '../../src/lib/model/schedule.ts';

const at = (weeks: number) => ({ min: weeks, max: weeks });
const formatDate = (date: Date) => date.toISOString().slice(0, 10);

describe('pace planner', () => {
	it('uses the midpoint of a range, the minimum of an open-ended one', () => {
		expect(typical({ min: 4, max: 8 })).toBe(6);
		expect(typical({ min: 104, max: null })).toBe(104);
		expect(typical(null)).toBeNull();
	});

	it('keeps the source schedule without a pace', () => {
		expect(schedule([{ weeks: 4, effortHours: 120 }, { weeks: 2, effortHours: null }], null)).toEqual({
			phases: [
				{ startWeek: at(0), weeks: 4, atReaderPace: false, sharesGroupLength: false },
				{ startWeek: at(4), weeks: 2, atReaderPace: false, sharesGroupLength: false },
			],
			total: at(6),
		});
	});

	it('stretches phases with known effort to the reader\'s hours per week', () => {
		const planned = schedule([{ weeks: 4, effortHours: 120 }, { weeks: 2, effortHours: null }, { weeks: 1, effortHours: 30 }], 10);
		expect(planned.phases).toEqual([
			{ startWeek: at(0), weeks: 12, atReaderPace: true, sharesGroupLength: false },
			{ startWeek: at(12), weeks: 2, atReaderPace: false, sharesGroupLength: false },
			{ startWeek: at(14), weeks: 3, atReaderPace: true, sharesGroupLength: false },
		]);
		expect(planned.total).toEqual(at(17));
	});

	it('marks dates unknown after a phase of unknown length, and restarts for a separate path', () => {
		const planned = schedule([{ weeks: null, effortHours: null }, { weeks: 2, effortHours: null }, { weeks: 3, effortHours: null, startsPath: true }], null);
		expect(planned.phases.map((p) => p.startWeek)).toEqual([at(0), null, at(0)]);
		// The summary is the main path's length, not the separate path's.
		expect(planned.total).toBeNull();
	});

	it('starts the alternatives of an elective group together, and what follows within their range', () => {
		// Choose 1 of two tracks: analytics (2 phases, 30 + 10 h) or platform (1 phase, 50 h); then a capstone.
		const track = (alternative: string) => [{ id: 'specialisation', alternative, choose: 1 }];
		const planned = schedule(
			[
				{ weeks: 4, effortHours: 40 },
				{ weeks: 3, effortHours: 30, electives: track('analytics') },
				{ weeks: 1, effortHours: 10, electives: track('analytics') },
				{ weeks: 5, effortHours: 50, electives: track('platform') },
				{ weeks: 2, effortHours: 20 },
			],
			10,
		);
		expect(planned.phases.map((p) => p.startWeek)).toEqual([at(0), at(4), at(7), at(4), { min: 8, max: 9 }]);
		expect(planned.total).toEqual({ min: 10, max: 11 });
	});

	it('gives the phases of a group they do not divide among them its length, unless the reader\'s pace times them all', () => {
		const week = { id: 'week-1', weeks: 1 };
		const phases = [
			{ weeks: null, effortHours: 4, group: week },
			{ weeks: null, effortHours: null, group: week },
			{ weeks: 2, effortHours: 20 },
		];
		const sourcePace = schedule(phases, null);
		expect(sourcePace.phases.map((p) => [p.startWeek, p.weeks, p.sharesGroupLength])).toEqual([
			[at(0), 1, true],
			[at(0), 1, true],
			[at(1), 2, false],
		]);
		expect(sourcePace.total).toEqual(at(3));
		expect(describePhase(sourcePace.phases[0]!, null, null, formatDate)).toBe('week 1 · 1 week, shared with its group');
		const bothTimed = schedule([phases[0]!, { ...phases[1]!, effortHours: 6 }, phases[2]!], 10);
		expect(bothTimed.phases.map((p) => p.startWeek)).toEqual([at(0), at(0.4), at(1)]);
		expect(bothTimed.phases.some((p) => p.sharesGroupLength)).toBe(false);
	});

	it('adds whole days', () => {
		expect(addWeeks(new Date('2027-01-04T00:00:00Z'), 1.5).toISOString().slice(0, 10)).toBe('2027-01-15');
	});
});

describe('what the planner shows', () => {
	const start = new Date('2027-01-04T00:00:00Z');

	it('gives dates from the start date, or weeks without one', () => {
		const phase = { startWeek: at(2), weeks: 3, atReaderPace: true, sharesGroupLength: false };
		expect(describePhase(phase, start, 10, formatDate)).toBe('2027-01-18 – 2027-02-08 · 3 weeks at your pace');
		expect(describePhase(phase, null, 10, formatDate)).toBe('weeks 3–5 · 3 weeks at your pace');
		expect(describePhase({ ...phase, atReaderPace: false, sharesGroupLength: false }, null, 10, formatDate)).toBe('weeks 3–5 · 3 weeks (source pace: no hours given)');
		expect(describePhase({ ...phase, startWeek: null }, start, 10, formatDate)).toMatch(/^dates unknown/);
	});

	it('says a lesson of a few hours at the reader\'s pace takes under a week, not a fraction of one', () => {
		const [lesson] = schedule([{ weeks: null, effortHours: 0.75 }], 5).phases;
		expect(describePhase(lesson!, null, 5, formatDate)).toBe('week 1 · under a week at your pace');
	});

	it('runs from the earliest start to the latest end after an elective group', () => {
		const phase = { startWeek: { min: 8, max: 9 }, weeks: 2, atReaderPace: true, sharesGroupLength: false };
		expect(describePhase(phase, start, 10, formatDate)).toBe('2027-03-01 – 2027-03-22 · 2 weeks at your pace · the start depends on the electives you choose');
		expect(describePhase(phase, null, 10, formatDate)).toBe('weeks 9–11 · 2 weeks at your pace · the start depends on the electives you choose');
	});

	it('sums up the main path, as a range when it has electives', () => {
		expect(describeTotal(at(17), 10)).toBe('Whole roadmap: about 17 weeks at 10 h/week.');
		expect(describeTotal({ min: 10.2, max: 11.4 }, null)).toBe('Whole roadmap: about 10–11 weeks.');
		expect(describeTotal(at(1.1), 4)).toBe('Whole roadmap: about 1 week at 4 h/week.');
		expect(describeTotal(at(0.3), 20)).toBe('Whole roadmap: under a week at 20 h/week.');
		expect(describeTotal(null, 10)).toBe('');
	});
});

describe('layout of paths and elective groups', () => {
	const choose = (id: string, alternative: string, n = 1) => ({ id, alternative, choose: n });

	it('spans a choose-n group from its n shortest to its n longest alternatives', () => {
		const layout = layOut([
			{ span: at(1), electives: [choose('pick', 'a', 2)] },
			{ span: at(3), electives: [choose('pick', 'b', 2)] },
			{ span: at(6), electives: [choose('pick', 'c', 2)] },
			{ span: at(1) },
		]);
		expect(layout.starts).toEqual([at(0), at(0), at(0), { min: 4, max: 9 }]);
		expect(layout.paths).toEqual([{ min: 5, max: 10 }]);
	});

	it('nests an elective group of phases inside an alternative of its parent group', () => {
		const layout = layOut([
			{ span: at(2), electives: [choose('track', 'web'), choose('web', 'react')] },
			{ span: at(4), electives: [choose('track', 'web'), choose('web', 'vue')] },
			{ span: at(1), electives: [choose('track', 'web')] },
			{ span: at(5), electives: [choose('track', 'data')] },
		]);
		expect(layout.starts).toEqual([at(0), at(0), { min: 2, max: 4 }, at(0)]);
		// web: 2–4 weeks then 1; data: 5.
		expect(layout.paths).toEqual([{ min: 3, max: 5 }]);
	});

	it('is unknown when an alternative is, and open-ended when one is', () => {
		expect(layOut([{ span: at(1), electives: [choose('x', 'a')] }, { span: null, electives: [choose('x', 'b')] }]).paths).toEqual([null]);
		expect(layOut([{ span: at(1), electives: [choose('x', 'a')] }, { span: { min: 2, max: null }, electives: [choose('x', 'b')] }]).paths).toEqual([{ min: 1, max: null }]);
	});

	it('spans a block by its stated length when an item in it has none, by its items\' when all do', () => {
		const week = (id: string, weeks = 1) => ({ id, span: at(weeks) });
		const layout = layOut([{ span: at(1), block: week('a') }, { span: null, block: week('a') }, { span: at(2), block: week('b', 5) }, { span: at(1), block: week('b', 5) }, { span: at(1) }]);
		expect(layout.starts).toEqual([at(0), at(0), at(1), at(3), at(4)]);
		expect(layout.withinBlock).toEqual([false, true, false, false, false]);
		expect(layout.paths).toEqual([at(5)]);
	});

	it('round-trips elective steps through an HTML attribute', () => {
		const steps = [choose('track', 'web'), choose('web', 'react', 2)];
		expect(encodeElectives(steps)).toBe('track/web/1 web/react/2');
		expect(decodeElectives(encodeElectives(steps))).toEqual(steps);
		expect(encodeElectives([])).toBeUndefined();
		expect(decodeElectives(undefined)).toEqual([]);
	});
});
