import { describe, expect, it } from 'vitest';
import { type CalendarPhase, escapeText, foldLine, planCalendar, type PlanCalendarInput } from '../../src/lib/model/calendar.ts';
import { schedule } from '../../src/lib/model/pace.ts';
import { parseCalendar, physicalLines } from '../ics.ts';

const roadmap = { id: 'full-time', title: 'Full-time, backend; in 12 months', url: 'https://roadmaps.example.org/sub/roadmaps/full-time/' };
const phase = (id: string, title: string, elective = false): CalendarPhase => ({ id, title, url: `https://roadmaps.example.org/sub/roadmaps/full-time/${id}/`, elective });
const start = new Date('2027-01-04T00:00:00Z');
const now = new Date('2026-11-23T18:30:05.123Z');

function plan(phases: CalendarPhase[], paced: Parameters<typeof schedule>[0], pace: number | null): PlanCalendarInput {
	return { roadmap, phases, planned: schedule(paced, pace).phases, start, now };
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('calendar export', () => {
	const tricky = [
		phase('basics', 'Basics, tools; and a \\ backslash'),
		phase('emoji', '🚀 Deploy 👩🏽‍💻 with emoji'),
		phase('long', `A very long title that goes on and on ${'and on '.repeat(12)}until it must be folded`),
		phase('cjk', '数据库与索引：从入门到精通，再到优化和扩展，一步一步学习所有的内容'),
		phase('multi', 'Two\nlines'),
	];

	it('writes one all-day event per phase with the planner\'s dates, title, roadmap and link, and ical.js reads it back', () => {
		// 20, 10, 30, 5 and 15 hours at 10 h/week.
		const { ics, undated } = planCalendar(plan(tricky, [20, 10, 30, 5, 15].map((effortHours) => ({ weeks: 1, effortHours })), 10));
		expect(undated).toEqual([]);
		const calendar = parseCalendar(ics!);
		expect(calendar.version).toBe('2.0');
		expect(calendar.prodId).toBe('-//Waymark//Roadmap plan//EN');
		expect(calendar.name).toBe(roadmap.title);
		expect(calendar.events.map((e) => [e.start, e.end])).toEqual([
			['2027-01-04', '2027-01-18'],
			['2027-01-18', '2027-01-25'],
			['2027-01-25', '2027-02-15'],
			['2027-02-15', '2027-02-19'],
			['2027-02-19', '2027-03-01'],
		]);
		calendar.events.forEach((event, i) => {
			const { id, title, url } = tricky[i]!;
			expect(event.allDay).toBe(true);
			expect(event.uid).toBe(`full-time/${id}@roadmaps.example.org`);
			expect(event.summary).toBe(`${title} · ${roadmap.title}`);
			expect(event.description).toBe(`A phase of ${roadmap.title}.\n${url}`);
			expect(event.url).toBe(url);
			expect(event.stamp).toBe('2026-11-23T18:30:05Z');
		});
	});

	it('keeps to the format: CRLF, lines of at most 75 octets folded between characters, escaped text', () => {
		const { ics } = planCalendar(plan(tricky, tricky.map(() => ({ weeks: 1, effortHours: null })), null));
		const lines = physicalLines(ics!);
		for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
		// Folding happened (the long, emoji and CJK titles), and each physical line is whole UTF-8 on its own.
		const continued = lines.filter((line) => line.startsWith(' '));
		expect(continued.length).toBeGreaterThan(3);
		for (const line of lines) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
		const unfolded = ics!.replace(/\r\n /g, '');
		expect(unfolded).toContain('SUMMARY:Basics\\, tools\\; and a \\\\ backslash · Full-time\\, backend\\; in 12 months\r\n');
		expect(unfolded).toContain('SUMMARY:Two\\nlines · ');
		expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
		expect(unfolded).toMatch(/END:VEVENT\r\nEND:VCALENDAR\r\n$/);
	});

	it('folds at exactly 75 octets and never inside a multi-byte character', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
		expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
		// 74 ASCII octets then a 4-octet emoji: the emoji moves whole to the next line.
		expect(foldLine(`${'x'.repeat(74)}🚀`)).toBe(`${'x'.repeat(74)}\r\n 🚀`);
		expect(escapeText('a,b;c\\d\r\ne\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
	});

	it('leaves out phases without dates, as the planner does, and makes no file when none has any', () => {
		const phases = [phase('first', 'First'), phase('unknown', 'Unknown length'), phase('after', 'After it'), phase('other-path', 'Separate path')];
		const { ics, undated } = planCalendar(
			plan(phases, [{ weeks: 2, effortHours: null }, { weeks: null, effortHours: null }, { weeks: 1, effortHours: null }, { weeks: 3, effortHours: null, startsPath: true }], null),
		);
		expect(undated.map((p) => p.id)).toEqual(['unknown', 'after']);
		expect(parseCalendar(ics!).events.map((e) => [e.uid.split('@')[0], e.start, e.end])).toEqual([
			['full-time/first', '2027-01-04', '2027-01-18'],
			['full-time/other-path', '2027-01-04', '2027-01-25'],
		]);
		expect(planCalendar(plan([phase('unknown', 'Unknown')], [{ weeks: null, effortHours: null }], null))).toEqual({ ics: null, undated: [phase('unknown', 'Unknown')] });
	});

	it('dates elective alternatives side by side and what follows over every choice, as the planner shows them', () => {
		const track = (alternative: string) => [{ id: 'specialisation', alternative, choose: 1 }];
		const phases = [phase('intro', 'Intro'), phase('stats', 'Statistics', true), phase('pipelines', 'Pipelines', true), phase('capstone', 'Capstone')];
		const { ics } = planCalendar(
			plan(
				phases,
				[
					{ weeks: 1, effortHours: 10 },
					{ weeks: 2, effortHours: 20, electives: track('analytics') },
					{ weeks: 3, effortHours: 30, electives: track('platform') },
					{ weeks: 1, effortHours: 10 },
				],
				10,
			),
		);
		const events = parseCalendar(ics!).events;
		expect(events.map((e) => [e.start, e.end])).toEqual([
			['2027-01-04', '2027-01-11'],
			['2027-01-11', '2027-01-25'],
			['2027-01-11', '2027-02-01'],
			// Starts after 2 or 3 weeks of track: from Jan 25 to Feb 8 (one week after Feb 1).
			['2027-01-25', '2027-02-08'],
		]);
		expect(events[1]!.description).toContain('an alternative of an elective group');
		expect(events[3]!.description).toContain('span every choice of the electives before it');
		expect(events[0]!.description).not.toMatch(/elective/);
	});

	it('gives a phase shorter than a day one whole day', () => {
		const { ics } = planCalendar(plan([phase('tiny', 'Tiny')], [{ weeks: 1, effortHours: 1 }], 40));
		expect(parseCalendar(ics!).events.map((e) => [e.start, e.end])).toEqual([['2027-01-04', '2027-01-05']]);
	});
});
