// "Add to calendar" in the pace planner: the plan on screen as an .ics download. Loaded on the first click only.
import { planCalendar } from '../lib/model/calendar.ts';
import type { ScheduledPhase } from '../lib/model/pace.ts';
import { decodeElectives } from '../lib/model/schedule.ts';

/** Absolute URL of a link on this page, on the site's own origin (the canonical URL's) wherever the page is viewed. */
function absolute(href: string): string {
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
	return new URL(href, canonical).href;
}

function download(text: string, fileName: string) {
	const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Downloads the plan the planner shows: `rows` are the phases' rows in schedule order, `planned` their schedule from
 * `start`. Says in `status` how many events the file holds and which phases it leaves out.
 */
export function downloadPlanCalendar(button: HTMLElement, status: HTMLElement, rows: readonly HTMLElement[], planned: readonly ScheduledPhase[], start: Date) {
	const phases = rows.map((row) => {
		const link = row.querySelector<HTMLAnchorElement>('a[href]')!;
		return {
			id: row.dataset['phase']!,
			title: link.textContent!.trim(),
			url: absolute(link.getAttribute('href')!),
			elective: decodeElectives(row.dataset['electives']).length > 0,
		};
	});
	const roadmap = { id: button.dataset['roadmap']!, title: button.dataset['title']!, url: absolute(button.dataset['url']!) };
	const { ics, undated } = planCalendar({ roadmap, phases, planned, start, now: new Date() });
	if (ics === null) {
		status.textContent = 'No phase has dates: the source gives no duration for the first phase, so there is nothing to add to a calendar.';
		return;
	}
	download(ics, `${roadmap.id}-plan.ics`);
	const events = phases.length - undated.length;
	const leftOut = undated.length
		? ` ${undated.length} phase${undated.length === 1 ? '' : 's'} without a known length (or after one) ${undated.length === 1 ? 'is' : 'are'} not in it: ${undated.map((p) => p.title).join(', ')}.`
		: '';
	status.textContent = `Downloaded ${roadmap.id}-plan.ics with ${events} all-day event${events === 1 ? '' : 's'}: open it to add them to your calendar.${leftOut}`;
}
