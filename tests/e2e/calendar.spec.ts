import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCalendar, physicalLines } from '../ics.ts';
import { expect, test } from './fixtures.ts';

// The fixture site (tests/fixtures/site): the course catalogue has weekly hours and an elective group, the sample
// roadmap a phase without a duration.
test.use({ baseURL: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 1}` });

async function downloadCalendar(page: Page) {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()]);
	const text = await readFile((await download.path())!, 'utf8');
	physicalLines(text);
	return { fileName: download.suggestedFilename(), calendar: parseCalendar(text) };
}

const isoDay = (shown: string) => new Date(`${shown} UTC`).toISOString().slice(0, 10);

test('"Add to calendar" downloads the plan on screen: one all-day event per phase, alternatives side by side', async ({ page }) => {
	await page.goto('/roadmaps/course-catalogue/?pace=10&start=2027-01-04');
	const rows = page.locator('[data-phase-schedule]');
	await expect(rows.first().locator('output')).toHaveText(/^Jan 4, 2027 – /);
	const { fileName, calendar } = await downloadCalendar(page);
	expect(fileName).toBe('course-catalogue-plan.ics');
	expect(calendar.name).toBe('Data Course Catalogue');
	await expect(page.locator('[data-calendar-status]')).toHaveText(`Downloaded course-catalogue-plan.ics with ${await rows.count()} all-day events: open it to add them to your calendar.`);

	const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
	// Rows are listed under their groups; the calendar, like the schedule, runs in phase order.
	const shown = (await rows.evaluateAll((items) => items.map((row) => ({
		number: Number((row as HTMLElement).dataset['number']),
		title: row.querySelector('a')!.textContent!.trim(),
		href: row.querySelector('a')!.getAttribute('href')!,
		dates: row.querySelector('output')!.textContent!.split(' · ')[0]!.split(' – '),
	})))).sort((a, b) => a.number - b.number);
	expect(calendar.events).toHaveLength(shown.length);
	calendar.events.forEach((event, i) => {
		const row = shown[i]!;
		expect(event.allDay).toBe(true);
		expect(event.summary).toBe(`${row.title} · Data Course Catalogue`);
		expect(event.url).toBe(new URL(row.href, canonical).href);
		expect(event.uid).toBe(`course-catalogue/${row.href.split('/').at(-2)}@${canonical.host}`);
		expect([event.start, event.end]).toEqual(row.dates.map(isoDay));
	});
	// The two tracks of the elective specialisation start on the same day.
	const statistics = calendar.events.find((e) => e.summary.startsWith('Statistics for Analysts'))!;
	const pipelines = calendar.events.find((e) => e.summary.startsWith('Data Pipelines'))!;
	expect(statistics.start).toBe(pipelines.start);
	expect(statistics.description).toContain('an alternative of an elective group');
});

test('without a start date the plan starts today; phases without a known length are named, not guessed', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2027-03-10T12:00:00'));
	await page.goto('/roadmaps/sample/');
	const { calendar } = await downloadCalendar(page);
	await expect(page.getByLabel('Start date')).toHaveValue('2027-03-10');
	expect(calendar.events.map((e) => [e.summary, e.start])).toEqual([['Tables and task lists · Sample Roadmap', '2027-03-10']]);
	await expect(page.locator('[data-calendar-status]')).toContainText('1 phase without a known length (or after one) is not in it: A phase without a duration.');
});
