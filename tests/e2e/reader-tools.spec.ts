import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

test('the pace control recomputes phase dates and keeps the choice in the URL', async ({ page }) => {
	await page.goto('/roadmaps/full-time/');
	const firstPhase = page.locator('[data-phase-schedule]').first().locator('output');
	await expect(firstPhase).toHaveText('starts in week 1');
	await page.getByLabel('Hours per week').fill('20');
	await page.getByLabel('Start date').fill('2027-01-04');
	// 1 month at 6–8 h × 5 days ≈ 152 h; at 20 h/week that is 7.6 weeks.
	await expect(firstPhase).toHaveText('Jan 4, 2027 – Feb 26, 2027 · 7.6 weeks at your pace');
	await expect(page).toHaveURL(/\?pace=20&start=2027-01-04$/);
	// The URL alone reproduces the plan.
	await page.goto('/roadmaps/full-time/?pace=40');
	await expect(page.getByLabel('Hours per week')).toHaveValue('40');
	await expect(page.locator('[data-phase-schedule]').nth(1).locator('output')).toHaveText(/^weeks 4–8 · 3\.8 weeks at your pace$/);
});

test('without JavaScript the roadmap shows the source schedule and no JS-only controls', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/roadmaps/full-time/');
	await expect(page.locator('[data-phase-schedule] output').nth(2)).toHaveText('starts in week 9');
	await expect(page.locator('form[data-pace]')).toBeHidden();
	await expect(page.getByRole('checkbox')).toHaveCount(0);
	await context.close();
});

test('progress survives a reload and shows on the home page', async ({ page }) => {
	await page.goto('/roadmaps/full-time/databases/');
	await page.getByLabel('I have done this phase').check();
	await page.reload();
	await expect(page.getByLabel('I have done this phase')).toBeChecked();
	await page.goto('/');
	const bar = page.getByLabel('Progress in Full-Time Backend Roadmap');
	await expect(bar).toHaveAttribute('value', '1');
	await expect(bar.locator('..')).toContainText('1 of 9 phases done');
});

test('progress export and import round-trip through a JSON file, checklist items included', async ({ page }, testInfo) => {
	await page.goto('/roadmaps/full-time/');
	await page.locator('[data-phase-schedule]').first().getByLabel('Done').check();
	await page.goto('/roadmaps/twelve-week-plan/');
	const item = page.getByRole('checkbox', { name: 'Deploy applications to AWS with monitoring' });
	await item.check();
	const itemKey = `item:twelve-week-plan#${await item.getAttribute('data-check')}`;
	await page.goto('/');
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = testInfo.outputPath('progress.json');
	await (await downloadPromise).saveAs(file);
	expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ app: 'waymark', version: 1, done: [itemKey, 'phase:full-time/foundations'] });
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	const fullTime = page.getByLabel('Progress in Full-Time Backend Roadmap');
	await expect(fullTime).toHaveAttribute('value', '0');
	await page.getByLabel('Import progress').setInputFiles(file);
	await expect(fullTime).toHaveAttribute('value', '1');
	await expect(page.locator('#announcer')).toHaveText('Added 2 marks; 0 were already here.');
	await page.goto('/roadmaps/twelve-week-plan/');
	await expect(item).toBeChecked();
	await expect(page.locator('[data-checklist-count]')).toHaveText('1 of 18 items done');
});

test('importing adds marks to those stored and never removes one; a malformed file changes nothing', async ({ page }, testInfo) => {
	const stored = ['item:twelve-week-plan#kept', 'phase:full-time/foundations', 'topic:sql'];
	const imported = ['item:twelve-week-plan#new', 'phase:full-time/databases', 'topic:sql'];
	const file = testInfo.outputPath('other-browser.json');
	writeFileSync(file, JSON.stringify({ app: 'waymark', version: 1, done: imported }));
	const malformed = testInfo.outputPath('not-progress.json');
	writeFileSync(malformed, '{"app":"waymark","version":1,"done":"everything"}');
	await page.goto('/');
	await page.evaluate((done) => localStorage.setItem('waymark:progress', JSON.stringify({ app: 'waymark', version: 1, done })), stored);
	await page.reload();
	const storedMarks = () => page.evaluate(() => (JSON.parse(localStorage.getItem('waymark:progress')!) as { done: string[] }).done);
	await page.getByLabel('Import progress').setInputFiles(malformed);
	await expect(page.locator('#announcer')).toHaveText('That file is not a Waymark progress export; nothing changed.');
	expect(await storedMarks()).toEqual(stored);
	await page.getByLabel('Import progress').setInputFiles(file);
	await expect(page.locator('#announcer')).toHaveText('Added 2 marks; 1 was already here.');
	expect(await storedMarks()).toEqual([...new Set([...stored, ...imported])].sort());
	await expect(page.getByLabel('Progress in Full-Time Backend Roadmap')).toHaveAttribute('value', '2');
});

test('the theme toggle switches to dark and is remembered', async ({ page }) => {
	await page.goto('/');
	const toggle = page.getByRole('button', { name: /Colour theme/ });
	await expect(toggle).toHaveAccessibleName('Colour theme: system');
	await toggle.click();
	await toggle.click();
	await expect(toggle).toHaveAccessibleName('Colour theme: dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
});

test('the printable roadmap has every phase and prints without navigation', async ({ page }) => {
	await page.goto('/roadmaps/full-time/print/');
	await expect(page.locator('main h2[id^="phase-"]')).toHaveCount(9);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header')).toBeHidden();
	await expect(page.locator('footer')).toBeHidden();
	const after = await page.locator('main h2[id^="phase-"] a').first().evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain('/roadmaps/full-time/foundations/');
});

test("the printable roadmap heads each group's phases with the group, at the id the overview's links to it use", async ({ page }) => {
	await page.goto('/roadmaps/twelve-week-plan/print/');
	const group = page.locator('main h2#backend-fundamentals');
	await expect(group).toHaveText('Phase 1: Backend Fundamentals (Weeks 1-4)');
	// Its phases are headings one level below it, after it.
	const firstPhase = page.locator('main h3[id^="phase-"]').first();
	await expect(firstPhase).toBeVisible();
	expect(await group.evaluate((heading, phase) => Boolean(heading.compareDocumentPosition(phase!) & Node.DOCUMENT_POSITION_FOLLOWING), await firstPhase.elementHandle())).toBe(true);
});

test('search highlights the matched words on the landing page', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await page.getByRole('searchbox').fill('deadlocks');
	await page.locator('[data-search-results] a[href*="/roadmaps/full-time/databases/"]').first().click();
	await expect(page).toHaveURL(/highlight=deadlocks/);
	await expect(page.locator('main mark').first()).toHaveText(/deadlocks/i);
});

test('a facet narrows the search results', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await page.getByRole('searchbox').fill('PostgreSQL');
	const status = page.getByRole('dialog').getByRole('status');
	await expect(status).toHaveText(/\d+ results?/);
	const all = Number((await status.textContent())!.match(/\d+/)![0]);
	await page.getByRole('dialog').getByText('Filters').click();
	await page.getByLabel('Kind').selectOption('topic');
	await expect(status).not.toHaveText(`${all} results for “PostgreSQL”`);
	const narrowed = Number((await status.textContent())!.match(/\d+/)![0]);
	expect(narrowed).toBeLessThan(all);
	await expect(page.locator('[data-search-results] > li > a').first()).toHaveAttribute('href', /\/topics\/postgresql\//);
});

test('a topic alias is searchable: "Postgres" finds PostgreSQL', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await page.getByRole('searchbox').fill('Postgres');
	await expect(page.locator('[data-search-results] a[href^="/topics/postgresql/"]').first()).toBeVisible();
});
