// Reads an .ics file with ical.js (a maintained RFC 5545 parser), for the unit and browser tests of calendar export.
import ICAL from 'ical.js';

// Non-standard properties are TEXT unless declared otherwise (RFC 5545 §3.8.8.2); ical.js reads them raw unless told.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

export interface ParsedEvent {
	uid: string;
	summary: string;
	description: string;
	url: string;
	/** DTSTART and DTEND as YYYY-MM-DD, and whether each is a DATE (all-day) value. */
	start: string;
	end: string;
	allDay: boolean;
	stamp: string;
}

export interface ParsedCalendar {
	version: string;
	prodId: string;
	name: string;
	events: ParsedEvent[];
}

export function parseCalendar(text: string): ParsedCalendar {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const value = (component: ICAL.Component, name: string) => String(component.getFirstPropertyValue(name) ?? '');
	return {
		version: value(calendar, 'version'),
		prodId: value(calendar, 'prodid'),
		name: value(calendar, 'x-wr-calname'),
		events: calendar.getAllSubcomponents('vevent').map((vevent) => {
			const event = new ICAL.Event(vevent);
			return {
				uid: event.uid,
				summary: event.summary,
				description: event.description,
				url: value(vevent, 'url'),
				start: event.startDate.toString(),
				end: event.endDate.toString(),
				allDay: event.startDate.isDate && event.endDate.isDate,
				stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
			};
		}),
	};
}

/** Every physical line of an .ics file: it must end in CRLF and hold at most 75 octets (RFC 5545 §3.1). */
export function physicalLines(text: string): string[] {
	if (!text.endsWith('\r\n')) throw new Error('an .ics file ends with CRLF');
	const lines = text.slice(0, -2).split('\r\n');
	const bare = lines.find((line) => /[\r\n]/.test(line));
	if (bare !== undefined) throw new Error(`a bare CR or LF in ${JSON.stringify(bare)}`);
	return lines;
}
