import { describe, expect, it } from 'vitest';
import { addWeeks, schedule, typical } from '../../src/lib/pace.ts';

describe('pace planner', () => {
	it('uses the midpoint of a range, the minimum of an open-ended one', () => {
		expect(typical({ min: 4, max: 8 })).toBe(6);
		expect(typical({ min: 104, max: null })).toBe(104);
		expect(typical(null)).toBeNull();
	});

	it('keeps the source schedule without a pace', () => {
		expect(schedule([{ weeks: 4, effortHours: 120 }, { weeks: 2, effortHours: null }], null)).toEqual([
			{ startWeek: 0, weeks: 4, atReaderPace: false },
			{ startWeek: 4, weeks: 2, atReaderPace: false },
		]);
	});

	it('stretches phases with known effort to the reader\'s hours per week', () => {
		const planned = schedule([{ weeks: 4, effortHours: 120 }, { weeks: 2, effortHours: null }, { weeks: 1, effortHours: 30 }], 10);
		expect(planned).toEqual([
			{ startWeek: 0, weeks: 12, atReaderPace: true },
			{ startWeek: 12, weeks: 2, atReaderPace: false },
			{ startWeek: 14, weeks: 3, atReaderPace: true },
		]);
	});

	it('marks dates unknown after a phase of unknown length, and restarts for a separate path', () => {
		const planned = schedule([{ weeks: null, effortHours: null }, { weeks: 2, effortHours: null }, { weeks: 3, effortHours: null, startsPath: true }], null);
		expect(planned.map((p) => p.startWeek)).toEqual([0, null, 0]);
	});

	it('adds whole days', () => {
		expect(addWeeks(new Date('2027-01-04T00:00:00Z'), 1.5).toISOString().slice(0, 10)).toBe('2027-01-15');
	});
});
