import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeFailures } from './page-checks.ts';

// Runs against the fixture site (tests/fixtures/site): the course-catalogue roadmap gives weekly hours per course,
// an elective specialisation (choose 1 of 2 tracks) and prerequisites, one of them on the sample roadmap.
test.use({ baseURL: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 1}` });

const catalogue = '/roadmaps/course-catalogue/';
/** The value a facts list gives for a label. */
const fact = (page: Page, label: string) => page.locator('dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
const row = (page: Page, title: string) => page.locator('[data-phase-schedule]').filter({ has: page.getByRole('link', { name: title, exact: true }) });

test('a phase lists what it requires and what it unlocks, across roadmaps too', async ({ page }) => {
	await page.goto(`${catalogue}pipelines/`);
	const requires = page.getByRole('region', { name: 'Requires' });
	await expect(requires.getByRole('listitem')).toHaveText(['DATA 102: SQL Basics', 'Tables and task lists in Sample Roadmap']);
	await expect(requires.getByRole('link', { name: 'DATA 102: SQL Basics' })).toHaveAttribute('href', `${catalogue}sql-basics/`);
	await requires.getByRole('link', { name: 'Tables and task lists' }).click();

	await expect(page).toHaveURL(/\/roadmaps\/sample\/tables\/$/);
	const unlocks = page.getByRole('region', { name: 'Unlocks' });
	await expect(unlocks.getByRole('listitem')).toHaveText(['DATA 211: Data Pipelines in Data Course Catalogue']);
	await expect(page.getByRole('region', { name: 'Requires' })).toHaveCount(0);
	await unlocks.getByRole('link', { name: 'DATA 211: Data Pipelines' }).click();
	await expect(page).toHaveURL(/\/roadmaps\/course-catalogue\/pipelines\/$/);

	await page.goto(`${catalogue}sql-basics/`);
	await expect(page.getByRole('region', { name: 'Requires' }).getByRole('link')).toHaveText(['DATA 101: Introduction to Python']);
	await expect(page.getByRole('region', { name: 'Unlocks' }).getByRole('link')).toHaveText(['DATA 201: Statistics for Analysts', 'DATA 211: Data Pipelines', 'DATA 301: Capstone Project']);
});

test('the overview shows the elective group with its tracks nested under it', async ({ page }) => {
	await page.goto(catalogue);
	const phases = page.getByRole('region', { name: 'Courses' });
	await expect(phases.locator('h3, h4')).toHaveText(['Foundation courses', 'Specialisation', 'Analytics track', 'Platform track', 'Final project']);
	await expect(phases.locator('h4')).toHaveText(['Analytics track', 'Platform track']);
	// A group's own label shows above its title, as a phase's does.
	await expect(phases.locator('p:has(+ h3)')).toHaveText(['Weeks 1-7']);
	const specialisation = phases.locator('div').filter({ has: page.getByRole('heading', { name: 'Specialisation' }) }).last();
	await expect(specialisation).toContainText('Choose 1 of 2');
	await expect(specialisation).toContainText('the groups below are alternatives');
	// Both tracks start when the foundations end; the capstone starts when the shorter or the longer track ends.
	await expect(row(page, 'Statistics for Analysts').locator('output')).toHaveText('starts in week 8');
	await expect(row(page, 'Data Pipelines').locator('output')).toHaveText('starts in week 8');
	await expect(row(page, 'Capstone Project').locator('output')).toHaveText('starts in week 13–14');
	await expect(page.getByRole('navigation', { name: 'Data Course Catalogue: phases' })).toContainText('Specialisation · Choose 1 of 2');
	// The sidebar names a group by its label too, as the list above does.
	await expect(page.getByRole('navigation', { name: 'Data Course Catalogue: phases' })).toContainText('Weeks 1-7 · Foundation courses');

	await page.goto(`${catalogue}pipelines/`);
	// The breadcrumb trail names the groups the phase is in and leads to their headings.
	const trail = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
	await expect(trail).toHaveText(['Roadmaps', 'Data Course Catalogue', 'Specialisation', 'Platform track']);
	await trail.last().click();
	await expect(page).toHaveURL(/\/roadmaps\/course-catalogue\/#platform-track$/);
	await expect(page.getByRole('heading', { name: 'Platform track' })).toBeInViewport();
	await page.goto(`${catalogue}pipelines/`);
	await expect(fact(page, 'Elective')).toHaveText('Specialisation (choose 1 of 2)');
	await expect(fact(page, 'Starts in')).toHaveText('week 8');
});

test('weekly hours and the effort range show in the facts and on /compare/', async ({ page }) => {
	await page.goto(catalogue);
	await expect(fact(page, 'Hours per week')).toHaveText('5–12 h');
	await expect(fact(page, 'Total effort')).toHaveText('109–135 h');
	await expect(fact(page, 'Sum of phases')).toHaveText('15–16 weeks');
	await expect(page.getByText('The source plans 5–12 hours per week.')).toBeAttached();

	await page.goto(`${catalogue}pipelines/`);
	await expect(fact(page, 'Hours per week')).toHaveText('8–10 h');
	await expect(fact(page, 'Effort')).toHaveText('40–50 h');

	await page.goto('/compare/');
	const table = page.locator('table[data-sortable]');
	const headers = await table.locator('thead th').allTextContents();
	const cells = table.locator('tbody tr').filter({ hasText: 'Data Course Catalogue' }).locator('th, td');
	const cell = (label: string) => cells.nth(headers.findIndex((h) => h.trim() === label));
	await expect(cell('Hours / week')).toHaveText('5–12 h');
	await expect(cell('Total effort')).toHaveText('109–135 h');
	await expect(cell('Weeks')).toHaveText('15–16 weeks');
	// On its track's timeline the two specialisation tracks start at the same week, one above the other.
	await page.goto('/tracks/data/compare/');
	const bar = (name: string) => page.locator('#timeline ~ figure a', { has: page.locator('title', { hasText: name }) }).locator('rect');
	await expect(bar('Statistics for Analysts')).toHaveAttribute('x', (await bar('Data Pipelines').getAttribute('x'))!);
	expect(Number(await bar('Data Pipelines').getAttribute('y'))).toBeGreaterThan(Number(await bar('Statistics for Analysts').getAttribute('y')));
	await expect(page.locator('#timeline ~ figure a[aria-label^="5. DATA 211: Data Pipelines"]')).toHaveAttribute('aria-label', /elective: Specialisation \(choose 1 of 2\)/);
	await expect(page.locator('#timeline ~ figure figcaption')).toContainText('alternatives of an elective group');
});

test('the pace planner dates courses from their weekly hours, alternatives side by side', async ({ page }) => {
	await page.goto(catalogue);
	await page.getByLabel('Hours per week').fill('10');
	await page.getByLabel('Start date').fill('2027-01-04');
	await expect(page).toHaveURL(/\?pace=10&start=2027-01-04$/);
	// 4 weeks at 6–8 h/week ≈ 28 h; at 10 h/week that is 2.8 weeks.
	await expect(row(page, 'Introduction to Python').locator('output')).toHaveText('Jan 4, 2027 – Jan 24, 2027 · 2.8 weeks at your pace');
	// Both tracks start after 2.8 + 1.5 weeks of foundations.
	await expect(row(page, 'Statistics for Analysts').locator('output')).toHaveText('Feb 3, 2027 – Feb 28, 2027 · 3.6 weeks at your pace');
	await expect(row(page, 'Data Pipelines').locator('output')).toHaveText('Feb 3, 2027 – Mar 7, 2027 · 4.5 weeks at your pace');
	// The capstone starts after the shorter (4.5 weeks) or the longer track (3.6 + 1.2 weeks).
	await expect(row(page, 'Capstone Project').locator('output')).toHaveText('Mar 7, 2027 – Apr 1, 2027 · 3.3 weeks at your pace · the start depends on the electives you choose');
	await expect(page.locator('[data-pace-summary]')).toHaveText('Whole roadmap: about 12 weeks at 10 h/week.');

	// The URL alone reproduces the plan.
	await page.goto(`${catalogue}?pace=15`);
	await expect(page.getByLabel('Hours per week')).toHaveValue('15');
	await expect(row(page, 'Capstone Project').locator('output')).toHaveText('weeks 6–9 · 2.2 weeks at your pace · the start depends on the electives you choose');
	await expect(page.locator('[data-pace-summary]')).toHaveText('Whole roadmap: about 8 weeks at 15 h/week.');
});

// The sitemap-wide axe run covers the main site; these pages exist only on the fixture site.
test('the new parts of the pages pass axe (WCAG 2.2 AA), in light and dark mode', async ({ page }) => {
	test.setTimeout(120_000);
	const failures: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		for (const path of [catalogue, `${catalogue}pipelines/`, '/roadmaps/sample/tables/', '/compare/', '/compare/?a=sample&b=course-catalogue', '/tracks/data/compare/']) {
			await page.goto(path);
			failures.push(...(await axeFailures(page, `${colorScheme} ${path}`)));
		}
	}
	expect(failures).toEqual([]);
});
