// "Your pace": recomputes each phase's calendar dates from the reader's hours per week and start date.
// The choice lives in the URL (?pace=10&start=2027-01-04) so a plan can be shared.
import { addWeeks, schedule } from '../lib/pace.ts';

const form = document.querySelector<HTMLFormElement>('form[data-pace]');
const rows = [...document.querySelectorAll<HTMLElement>('[data-phase-schedule]')];

if (form && rows.length > 0) {
	const paceInput = form.elements.namedItem('pace') as HTMLInputElement;
	const startInput = form.elements.namedItem('start') as HTMLInputElement;
	const summary = form.querySelector<HTMLElement>('[data-pace-summary]')!;
	const format = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
	const number = (value: string | undefined) => (value ? Number(value) : null);
	const phases = rows.map((row) => ({ weeks: number(row.dataset['weeks']), effortHours: number(row.dataset['effort']), startsPath: 'startsPath' in row.dataset }));

	const render = () => {
		const pace = Number(paceInput.value) > 0 ? Number(paceInput.value) : null;
		const start = startInput.value ? new Date(`${startInput.value}T00:00:00Z`) : null;
		const planned = schedule(phases, pace);
		rows.forEach((row, i) => {
			const { startWeek, weeks, atReaderPace } = planned[i]!;
			const output = row.querySelector<HTMLElement>('output')!;
			if (startWeek === null || weeks === null) {
				output.textContent = 'dates unknown (the source gives no duration for this or an earlier phase)';
			} else {
				const length = `${weeks.toFixed(1).replace(/\.0$/, '')} weeks${atReaderPace ? ' at your pace' : pace ? ' (source pace: no hours given)' : ''}`;
				output.textContent = start
					? `${format.format(addWeeks(start, startWeek))} – ${format.format(addWeeks(start, startWeek + weeks))} · ${length}`
					: `weeks ${Math.floor(startWeek) + 1}–${Math.max(Math.floor(startWeek) + 1, Math.ceil(startWeek + weeks))} · ${length}`;
			}
		});
		const total = planned.at(-1);
		summary.textContent =
			total && total.startWeek !== null && total.weeks !== null
				? `Whole roadmap: about ${Math.round(total.startWeek + total.weeks)} weeks${pace ? ` at ${pace} h/week` : ''}.`
				: '';
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
}
