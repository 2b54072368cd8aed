import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const figuresTable = (page: Page) => page.getByRole('table', { name: /Roadmaps side by side/ });
const matrixTable = (page: Page) => page.getByRole('table', { name: /Topics by roadmap/ });

/** The `data-sort-value`s of one column, top to bottom. */
const columnValues = (table: Locator, column: number) =>
	table.locator('tbody tr').evaluateAll((rows, i) => rows.map((row) => (row as HTMLTableRowElement).cells[i]?.dataset['sortValue'] ?? ''), column);

const rowTitles = (table: Locator) => table.locator('tbody tr th[scope="row"]').allTextContents();

test('sorting the comparison table by a column reorders rows and sets aria-sort', async ({ page }) => {
	await page.goto('/compare/');
	const table = figuresTable(page);
	const header = table.getByRole('columnheader', { name: 'Phases' });
	const column = await header.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
	const before = await columnValues(table, column);
	await expect(header).not.toHaveAttribute('aria-sort');

	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	const ascending = (await columnValues(table, column)).map(Number);
	expect(ascending).toEqual([...before].map(Number).sort((a, b) => a - b));

	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	expect((await columnValues(table, column)).map(Number)).toEqual([...ascending].reverse());

	// Sorting by another column moves aria-sort there, and text columns sort alphabetically.
	const titleHeader = table.getByRole('columnheader', { name: 'Roadmap' });
	await titleHeader.getByRole('button').click();
	await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
	await expect(header).not.toHaveAttribute('aria-sort');
	const titles = await rowTitles(table);
	expect(titles).toEqual([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
	await titleHeader.getByRole('button').click();
	expect(await rowTitles(table)).toEqual([...titles].reverse());
});

test('without JS the table is plain and complete', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/compare/');
	const table = figuresTable(page);
	await expect(table.getByRole('button')).toHaveCount(0);
	await expect(table.getByRole('row', { name: /Full-Time Backend Roadmap/ })).toContainText('39 weeks');
	await context.close();
});

test('a coverage matrix cell links to the phase that first teaches the topic', async ({ page }) => {
	await page.goto('/compare/');
	const matrix = matrixTable(page);
	const column = await matrix.getByRole('columnheader', { name: 'Full-Time Backend Roadmap' }).evaluate((th) => (th as HTMLTableCellElement).cellIndex);
	const row = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'PostgreSQL', exact: true }) });
	const link = row.locator('td, th').nth(column).getByRole('link');
	await expect(link).toHaveText(/^wk 9/);
	await link.click();
	await expect(page).toHaveURL('/roadmaps/full-time/databases/#topic-postgresql');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Databases (REAL backend skill)');
	await expect(page.locator('#topic-postgresql')).toBeInViewport();
});

test('an uncovered matrix cell says so to screen readers', async ({ page }) => {
	await page.goto('/compare/');
	const empty = matrixTable(page).locator('td').filter({ hasNot: page.getByRole('link') });
	if ((await empty.count()) === 0) test.skip(true, 'every roadmap covers every topic');
	await expect(empty.first()).toHaveText(/—\s*not covered/);
});

test('the timeline has one link per phase with a known start', async ({ page }) => {
	await page.goto('/compare/');
	const figure = page.getByRole('figure', { name: /phases on one axis/ });
	const bars = figure.locator('svg a');
	// Full-Time declares every phase's length, so all nine are drawn, in order, each named for its phase.
	const fullTime = figure.locator('svg a[href^="/roadmaps/full-time/"]');
	await expect(fullTime).toHaveCount(9);
	await expect(fullTime.first()).toHaveAttribute('href', '/roadmaps/full-time/foundations/');
	await expect(fullTime.nth(2)).toHaveAttribute('aria-label', /^3\. Phase 3 \(Month 3\): Databases/);
	// Every phase is either a bar or listed as not drawn (unknown start), never both, never neither.
	const table = figuresTable(page);
	const phasesColumn = await table.getByRole('columnheader', { name: 'Phases' }).evaluate((th) => (th as HTMLTableCellElement).cellIndex);
	const totalPhases = (await columnValues(table, phasesColumn)).reduce((sum, n) => sum + Number(n), 0);
	const notDrawn = figure.locator('li a');
	expect((await bars.count()) + (await notDrawn.count())).toBe(totalPhases);
	const drawn = new Set(await bars.evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
	for (const href of await notDrawn.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(drawn.has(href)).toBe(false);
	// Bars are keyboard links.
	await fullTime.nth(2).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/roadmaps/full-time/databases/');
});

test('a pair page lists shared topics with where each roadmap teaches them', async ({ page }) => {
	await page.goto('/compare/');
	const pairs = page.getByRole('region', { name: 'Two at a time' }).getByRole('link');
	test.skip((await pairs.count()) === 0, 'the site has fewer than two roadmaps');
	const first = pairs.first();
	const href = await first.getAttribute('href');
	expect(href).toMatch(/^\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+\/$/);
	await first.click();
	await expect(page).toHaveURL(href!);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ vs /);
	const shared = page.getByRole('table', { name: /Topics both roadmaps teach/ });
	const row = shared.locator('tbody tr').first();
	await expect(row.getByRole('rowheader').getByRole('link')).toHaveAttribute('href', /^\/topics\//);
	const cells = row.getByRole('cell');
	await expect(cells).toHaveCount(2);
	for (const cell of await cells.all()) {
		await expect(cell.getByRole('link').first()).toHaveAttribute('href', /^\/roadmaps\/[^/]+\/[^/]+\/#topic-/);
		await expect(cell).toContainText(/\(wk (\d|\?)/);
	}
	// Following one lands on that topic in the phase.
	const target = await cells.first().getByRole('link').first().getAttribute('href');
	await cells.first().getByRole('link').first().click();
	await expect(page).toHaveURL(target!);
	await expect(page.locator(`#${target!.split('#')[1]}`)).toBeInViewport();
});
