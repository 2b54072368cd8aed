import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeFailuresInBothSchemes } from './page-checks.ts';

// The seeds are one track, backend: /compare/ shows its table and the pair picker, /tracks/backend/compare/ the
// track's table, timeline and topic coverage.
const trackCompare = '/tracks/backend/compare/';
const figuresTable = (page: Page) => page.getByRole('table', { name: /^Backend roadmaps side by side/ });
const matrixTable = (page: Page, category: string) => page.getByRole('table', { name: new RegExp(`^${category}: topics by roadmap`) });
const pairView = (page: Page) => page.locator('[data-pair-view]');

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

test('without JS the tables are plain and complete, and the picker says where to compare instead', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const path of ['/compare/', trackCompare]) {
		await page.goto(path);
		const table = figuresTable(page);
		await expect(table.getByRole('button')).toHaveCount(0);
		await expect(table.getByRole('row', { name: /Full-Time Backend Roadmap/ })).toContainText('39 weeks');
	}
	// The picker still submits to /compare/?a=…&b=…, whose page then points to the track's comparison.
	await page.goto('/compare/');
	await page.getByLabel('First roadmap').selectOption('full-time');
	await page.getByLabel('Second roadmap').selectOption('nine-steps');
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL('/compare/?a=full-time&b=nine-steps');
	await expect(pairView(page)).toContainText('Showing two roadmaps side by side needs JavaScript');
	await page.getByRole('link', { name: /Timeline and topic coverage of the Backend roadmaps/ }).click();
	await expect(page).toHaveURL(trackCompare);
	await context.close();
});

test('a coverage matrix cell links to the phase that first teaches the topic', async ({ page }) => {
	await page.goto(trackCompare);
	const matrix = matrixTable(page, 'Databases');
	const column = await matrix.getByRole('columnheader', { name: 'Full-Time Backend Roadmap' }).evaluate((th) => (th as HTMLTableCellElement).cellIndex);
	const row = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'PostgreSQL', exact: true }) });
	const link = row.locator('td, th').nth(column).getByRole('link');
	await expect(link).toHaveText(/^wk 9/);
	await link.click();
	await expect(page).toHaveURL('/roadmaps/full-time/databases/#topic-postgresql');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Databases (REAL backend skill)');
	await expect(page.locator('#topic-postgresql')).toBeInViewport();
});

test('the topic matrix is one table per category, each with every roadmap of the track', async ({ page }) => {
	await page.goto(trackCompare);
	const tables = page.getByRole('region', { name: 'Topic coverage' }).getByRole('table');
	expect(await tables.count()).toBeGreaterThan(3);
	const categories = page.getByRole('navigation', { name: 'Topic categories' }).getByRole('link');
	await expect(categories).toHaveCount(await tables.count());
	for (const table of await tables.all()) await expect(table.locator('thead th')).toHaveCount(1 + 5);
	// Uncovered cells say so to screen readers.
	const empty = page.getByRole('region', { name: 'Topic coverage' }).locator('td').filter({ hasNot: page.getByRole('link') });
	await expect(empty.first()).toHaveText(/—\s*not covered/);
});

test('the timeline has one link per phase with a known start', async ({ page }) => {
	await page.goto(trackCompare);
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

test('any two roadmaps compare at a shareable URL, with shared topics and where each teaches them', async ({ page }) => {
	await page.goto('/compare/');
	// Hidden until a pair is picked: what it says without JS does not show with it.
	await expect(pairView(page)).toBeHidden();
	await page.getByLabel('First roadmap').selectOption('two-paths');
	await page.getByLabel('Second roadmap').selectOption('full-time');
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL('/compare/?a=two-paths&b=full-time');
	const heading = page.getByRole('heading', { level: 3, name: /vs/ });
	await expect(heading).toHaveText('Two Paths: Common Path and Career Path vs Full-Time Backend Roadmap');
	await expect(heading).toBeFocused();
	await expect(page).toHaveTitle(/^Two Paths: Common Path and Career Path vs Full-Time Backend Roadmap/);

	const shared = page.getByRole('table', { name: /Topics both roadmaps teach/ });
	const row = shared.locator('tbody tr').first();
	await expect(row.getByRole('rowheader').getByRole('link')).toHaveAttribute('href', /^\/topics\//);
	const cells = row.getByRole('cell');
	await expect(cells).toHaveCount(2);
	for (const cell of await cells.all()) {
		await expect(cell.getByRole('link').first()).toHaveAttribute('href', /^\/roadmaps\/[^/]+\/[^/]+\/#topic-/);
		await expect(cell).toContainText(/\(wk (\d|\?)/);
	}
	await expect(page.getByRole('table', { name: /Duration, effort and size/ }).getByRole('row', { name: /^Weeks/ })).toContainText('39 weeks');

	// The URL alone shows the same pair, and Back returns to the one before.
	await page.getByLabel('Second roadmap').selectOption('nine-steps');
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(heading).toContainText('vs Backend Development in Nine Steps');
	await page.goBack();
	await expect(heading).toContainText('vs Full-Time Backend Roadmap');
	await expect(page.getByLabel('Second roadmap')).toHaveValue('full-time');
	await page.reload();
	await expect(heading).toContainText('vs Full-Time Backend Roadmap');

	// Following a teaching link lands on that topic in the phase.
	const target = await cells.first().getByRole('link').first().getAttribute('href');
	await cells.first().getByRole('link').first().click();
	await expect(page).toHaveURL(target!);
	await expect(page.locator(`#${target!.split('#')[1]}`)).toBeInViewport();
});

test('a pair page published before keeps working: it leads to the same pair, anchor included', async ({ page }) => {
	await page.goto('/compare/two-paths-vs-full-time/#shared');
	await expect(page).toHaveURL('/compare/?a=two-paths&b=full-time#shared');
	await expect(page.getByRole('heading', { level: 3, name: /vs/ })).toHaveText('Two Paths: Common Path and Career Path vs Full-Time Backend Roadmap');
	await expect(page.getByRole('heading', { name: 'Shared topics' })).toBeInViewport();
});

test('an unknown or repeated roadmap in the URL says what is wrong', async ({ page }) => {
	await page.goto('/compare/?a=full-time&b=nope');
	await expect(pairView(page).getByRole('alert')).toHaveText(/No roadmap has the ID “nope”/);
	await page.goto('/compare/?a=full-time&b=full-time');
	await expect(pairView(page).getByRole('alert')).toHaveText('Pick two different roadmaps.');
});

test('each roadmap\'s compare data is one small file', async ({ request }) => {
	const response = await request.get('/compare/data/full-time.json');
	expect(response.headers()['content-type']).toMatch(/json/);
	const body = await response.text();
	expect(body.length).toBeLessThan(20_000);
	const data = JSON.parse(body) as { id: string; track: { id: string }; phases: unknown[]; topics: Array<{ id: string }> };
	expect(data).toMatchObject({ id: 'full-time', track: { id: 'backend' } });
	expect(data.phases).toHaveLength(9);
	expect(data.topics.map((t) => t.id)).toContain('postgresql');
});

test('the pair view passes axe (WCAG 2.2 AA) in light and dark mode', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/compare/?a=six-month-plan&b=twelve-week-plan');
	await expect(page.getByRole('heading', { name: 'Shared topics' })).toBeVisible();
	expect(await axeFailuresInBothSchemes(page, 'pair view')).toEqual([]);
});
