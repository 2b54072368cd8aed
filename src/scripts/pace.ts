// "Your pace": recomputes each phase's calendar dates from the reader's hours per week and start date.
// The choice lives in the URL (?pace=10&start=2027-01-04) so a plan can be shared.
import { describePhase, describeTotal, schedule } from '../lib/model/pace.ts';
import { decodeElectives } from '../lib/model/schedule.ts';

const form = document.querySelector<HTMLFormElement>('form[data-pace]');
// Rows are listed under their group headings; the schedule runs in phase order.
const rows = [...document.querySelectorAll<HTMLElement>('[data-phase-schedule]')].sort((a, b) => Number(a.dataset['number']) - Number(b.dataset['number']));

if (form && rows.length > 0) {
	const paceInput = form.elements.namedItem('pace') as HTMLInputElement;
	const startInput = form.elements.namedItem('start') as HTMLInputElement;
	const summary = form.querySelector<HTMLElement>('[data-pace-summary]')!;
	const format = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
	const number = (value: string | undefined) => (value ? Number(value) : null);
	const phases = rows.map((row) => ({
		weeks: number(row.dataset['weeks']),
		effortHours: number(row.dataset['effort']),
		startsPath: 'startsPath' in row.dataset,
		electives: decodeElectives(row.dataset['electives']),
		group: row.dataset['group'] ? { id: row.dataset['group'], weeks: Number(row.dataset['groupWeeks']) } : undefined,
	}));

	const plan = () => {
		const pace = Number(paceInput.value) > 0 ? Number(paceInput.value) : null;
		const start = startInput.value ? new Date(`${startInput.value}T00:00:00Z`) : null;
		return { pace, start, planned: schedule(phases, pace) };
	};

	const render = () => {
		const { pace, start, planned } = plan();
		rows.forEach((row, i) => {
			row.querySelector<HTMLElement>('output')!.textContent = describePhase(planned.phases[i]!, start, pace, (date) => format.format(date));
		});
		summary.textContent = describeTotal(planned.total, pace);
		const params = new URLSearchParams(location.search);
		pace ? params.set('pace', String(pace)) : params.delete('pace');
		startInput.value ? params.set('start', startInput.value) : params.delete('start');
		const query = params.toString();
		history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
	};

	const params = new URLSearchParams(location.search);
	paceInput.value = params.get('pace') ?? '';
	startInput.value = params.get('start') ?? '';
	form.hidden = false;
	form.addEventListener('input', render);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		render();
	});
	if (paceInput.value || startInput.value) render();

	const calendar = form.querySelector<HTMLButtonElement>('[data-calendar]')!;
	calendar.addEventListener('click', async () => {
		// A calendar needs a first day: without one the plan starts today, and the rows show the same dates as the file.
		if (!startInput.value) {
			const today = new Date();
			startInput.value = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
			render();
		}
		const { downloadPlanCalendar } = await import('./plan-calendar.ts');
		const { start, planned } = plan();
		downloadPlanCalendar(calendar, form.querySelector<HTMLElement>('[data-calendar-status]')!, rows, planned.phases, start!);
	});
}
