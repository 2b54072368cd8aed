// A reader's plan as an iCalendar file (RFC 5545): one all-day event per phase at their pace and start date, for the
// calendar they already use. Pure, so the browser and the tests run the same code.
import { phaseDates, type ScheduledPhase } from './pace.ts';

export interface CalendarPhase {
	/** The phase's ID: with the roadmap's and the site's host, the event's UID, so importing a new plan updates it. */
	id: string;
	title: string;
	/** Absolute URL of the phase's page. */
	url: string;
	/** An alternative of an elective group: the reader takes some of them, not all. */
	elective: boolean;
}

export interface PlanCalendarInput {
	/** `url` is the roadmap overview's absolute URL; its host names the events' UIDs. */
	roadmap: { id: string; title: string; url: string };
	phases: readonly CalendarPhase[];
	/** The planner's schedule, one entry per phase in the same order. */
	planned: readonly ScheduledPhase[];
	/** The plan's first day, at midnight UTC as the planner reads its date input. */
	start: Date;
	/** When the file is made (DTSTAMP). */
	now: Date;
}

export interface PlanCalendar {
	/** The .ics text; null when no phase has dates (a calendar must hold at least one event). */
	ics: string | null;
	/** Phases left out because their length, or an earlier phase's, is unknown: the planner gives them no dates either. */
	undated: CalendarPhase[];
}

const DAY = 86_400_000;
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
	return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Splits a content line into lines of at most 75 octets, each continuation starting with a space (§3.1). Splits
 * fall between characters, never inside a UTF-8 sequence, so every line stays valid UTF-8.
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// A continuation line's leading space counts towards its 75 octets.
		if (octets + size > MAX_OCTETS - (lines.length > 0 ? 1 : 0)) {
			lines.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join('\r\n ');
}

const date = (day: Date) => day.toISOString().slice(0, 10).replaceAll('-', '');
const timestamp = (time: Date) => `${time.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

function eventLines(input: PlanCalendarInput, phase: CalendarPhase, planned: ScheduledPhase, span: { from: Date; until: Date }): string[] {
	const { roadmap } = input;
	// An all-day event ends on the day after its last (DTEND is exclusive), so it lasts at least one day.
	const until = span.until.getTime() > span.from.getTime() ? span.until : new Date(span.from.getTime() + DAY);
	const startVaries = planned.startWeek !== null && (planned.startWeek.max ?? planned.startWeek.min) > planned.startWeek.min;
	const description = [
		`A phase of ${roadmap.title}.`,
		phase.elective ? 'It is an alternative of an elective group: keep it if you choose it.' : null,
		startVaries ? 'Its dates span every choice of the electives before it.' : null,
		phase.url,
	].filter((line) => line !== null);
	return [
		'BEGIN:VEVENT',
		`UID:${escapeText(`${roadmap.id}/${phase.id}@${new URL(roadmap.url).host}`)}`,
		`DTSTAMP:${timestamp(input.now)}`,
		`DTSTART;VALUE=DATE:${date(span.from)}`,
		`DTEND;VALUE=DATE:${date(until)}`,
		`SUMMARY:${escapeText(`${phase.title} · ${roadmap.title}`)}`,
		`DESCRIPTION:${escapeText(description.join('\n'))}`,
		`URL:${phase.url}`,
		// Study days should not show the reader as busy to people booking meetings with them.
		'TRANSP:TRANSPARENT',
		'END:VEVENT',
	];
}

/** The reader's plan for a roadmap as an .ics file, with the same dates the planner shows. */
export function planCalendar(input: PlanCalendarInput): PlanCalendar {
	const events: string[][] = [];
	const undated: CalendarPhase[] = [];
	input.phases.forEach((phase, i) => {
		const planned = input.planned[i]!;
		const span = phaseDates(planned, input.start);
		if (span) events.push(eventLines(input, phase, planned, span));
		else undated.push(phase);
	});
	if (events.length === 0) return { ics: null, undated };
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Waymark//Roadmap plan//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(input.roadmap.title)}`,
		...events.flat(),
		'END:VCALENDAR',
	];
	return { ics: `${lines.map(foldLine).join('\r\n')}\r\n`, undated };
}
