import { expect, test } from './fixtures.ts';

// Task lists in roadmap bodies are checklists the reader can tick. On the main site they are in the 12-week
// plan's overview; the fixture site (tests/fixtures/site) has one in a phase body, with an author's [x].
// Export and import of checklist marks are tested with the rest of progress in reader-tools.spec.ts.
const overview = '/roadmaps/twelve-week-plan/';
const fixturePhase = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 1}/roadmaps/sample/tables/`;

const storedMarks = (page: import('@playwright/test').Page) =>
	page.evaluate(() => (JSON.parse(localStorage.getItem('waymark:progress') ?? '{"done":[]}') as { done: string[] }).done);

test('a ticked checklist item survives a reload, and the count follows every tick', async ({ page }) => {
	await page.goto(overview);
	const count = page.locator('[data-checklist-count]');
	await expect(count).toHaveText('0 of 18 items done');
	const item = page.getByRole('checkbox', { name: 'Build 6 production-ready backend applications' });
	await item.check();
	await expect(count).toHaveText('1 of 18 items done');
	// Keyboard: Space ticks the focused box.
	const other = page.getByRole('checkbox', { name: 'Get 3+ technical interviews' });
	await other.focus();
	await page.keyboard.press('Space');
	await expect(other).toBeChecked();
	await expect(count).toHaveText('2 of 18 items done');
	await page.reload();
	await expect(item).toBeChecked();
	await expect(other).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Receive 1+ job offers' })).not.toBeChecked();
	await expect(count).toHaveText('2 of 18 items done');
	// Kept with the rest of progress, under the overview's checklist.
	expect(await storedMarks(page)).toEqual([expect.stringMatching(/^item:twelve-week-plan#[0-9a-z]+$/), expect.stringMatching(/^item:twelve-week-plan#[0-9a-z]+$/)]);
	await other.uncheck();
	await expect(count).toHaveText('1 of 18 items done');
	// The phases' bar counts phases only.
	await expect(page.locator('[data-progress-text]')).toHaveText('0 of 12 phases done');
});

test('without JavaScript checklists are read-only and show no count', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(overview);
	const boxes = page.locator('main .prose input[type="checkbox"]');
	await expect(boxes).toHaveCount(18);
	for (const box of await boxes.all()) await expect(box).toBeDisabled();
	await expect(page.getByRole('checkbox', { name: 'Build 6 production-ready backend applications' })).toBeVisible();
	await expect(page.locator('[data-checklist-count]')).toBeHidden();
	await context.close();
});

test('a phase page counts its checklist beside the phase toggle; the author’s [x] is theirs, not the reader’s', async ({ page }) => {
	await page.goto(fixturePhase);
	const count = page.locator('[data-checklist-count]');
	await expect(count).toHaveText('0 of 2 items done');
	// The count sits right after "I have done this phase".
	await expect(page.locator('label:has(input[data-progress-key^="phase:"]) + [data-checklist-count]')).toBeVisible();
	const authored = page.getByRole('checkbox', { name: 'validate it' });
	await expect(authored).toBeEnabled();
	await expect(authored).not.toBeChecked();
	await expect(page.locator('li', { has: authored })).toContainText('validate it (ticked by the author)');
	await authored.check();
	await expect(count).toHaveText('1 of 2 items done');
	expect(await storedMarks(page)).toEqual([expect.stringMatching(/^item:sample\/tables#[0-9a-z]+$/)]);
});

test('a phase without a checklist shows no count', async ({ page }) => {
	await page.goto('/roadmaps/twelve-week-plan/rails-fundamentals/');
	await expect(page.getByLabel('I have done this phase')).toBeVisible();
	await expect(page.locator('main .prose input[type="checkbox"]')).toHaveCount(0);
	await expect(page.locator('[data-checklist-count]')).toBeHidden();
});

test('checklist marks made under a phase’s former ID move to its current one', async ({ page }) => {
	await page.goto(fixturePhase);
	const check = await page.getByRole('checkbox', { name: 'write the roadmap' }).getAttribute('data-check');
	// sample/tables was once sample/old-tables (its aliases).
	await page.evaluate((key) => localStorage.setItem('waymark:progress', JSON.stringify({ app: 'waymark', version: 1, done: [key] })), `item:sample/old-tables#${check}`);
	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'write the roadmap' })).toBeChecked();
	expect(await storedMarks(page)).toEqual([`item:sample/tables#${check}`]);
});
