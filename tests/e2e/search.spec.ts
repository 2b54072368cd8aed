import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeFailuresInBothSchemes } from './page-checks.ts';

/** Holds back Pagefind's files until the returned function is called, so that title search's names are seen alone. */
async function holdPagefind(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/pagefind/**', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

test('search finds a word that appears in one phase only, and the result lands there', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search roadmaps' });
	await expect(dialog).toBeVisible();
	// "stateless" appears only in the full-time roadmap's system design phase.
	await page.getByRole('searchbox').fill('stateless');
	await expect(dialog.getByRole('status')).toHaveText(/1 result/);
	const first = dialog.locator('[data-search-results] a').first();
	await expect(first).toContainText('System Design (Senior Skill)');
	await first.click();
	await expect(page).toHaveURL(/\/roadmaps\/full-time\/system-design\//);
});

test('the names a search matches show at once, before the full text loads, and stay first after it', async ({ page }) => {
	const release = await holdPagefind(page);
	await page.goto('/roadmaps/full-time/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search roadmaps' });
	// An alias of the PostgreSQL topic.
	await page.getByRole('searchbox').fill('postgres');
	const results = dialog.locator('[data-search-results] > li > a');
	await expect(results.first()).toContainText('PostgreSQL');
	await expect(results.first()).toContainText('Topic');
	await expect(dialog.getByRole('status')).toHaveText('Names matching “postgres”; searching the full text…');
	release();
	await expect(dialog).toHaveAttribute('data-search-showing', 'full-text');
	await expect(dialog.getByRole('status')).toHaveText(/^\d+ results for “postgres”$/);
	// Still first, with what it is, and now with Pagefind's excerpt; the full text adds the pages that mention it.
	await expect(results.first()).toContainText('PostgreSQLTopic');
	await expect(results.first().locator('mark').first()).toBeVisible();
	expect(await results.count()).toBeGreaterThan(2);
	await results.first().click();
	await expect(page).toHaveURL(/\/topics\/postgresql\/(\?highlight=postgres)?$/);
	await expect(page.locator('h1')).toHaveText('PostgreSQL');
});

test('a word no name holds shows the pages it weighs most on before the full text loads, and they lead there', async ({ page }) => {
	const release = await holdPagefind(page);
	await page.goto('/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search roadmaps' });
	// "stateless" appears only in the body of the full-time roadmap's system design phase.
	await page.getByRole('searchbox').fill('stateless');
	await expect(dialog.getByRole('status')).toHaveText('Pages that mention “stateless”; searching the full text…');
	await expect(dialog).toHaveAttribute('data-search-showing', 'words');
	const results = dialog.locator('[data-search-results] > li > a');
	await expect(results).toHaveCount(1);
	await expect(results.first()).toContainText('System Design (Senior Skill)');
	await expect(results.first()).toContainText('Full-Time Backend Roadmap');
	// Linked as Pagefind links its results: the page highlights the word searched for.
	await expect(results.first()).toHaveAttribute('href', '/roadmaps/full-time/system-design/?highlight=stateless');
	release();
	await expect(dialog).toHaveAttribute('data-search-showing', 'full-text');
	await expect(results.first()).toContainText('System Design (Senior Skill)');
	await results.first().click();
	await expect(page).toHaveURL(/\/roadmaps\/full-time\/system-design\//);
});

test('two words whose best pages differ show the pages they share before the full text loads', async ({ page }) => {
	const release = await holdPagefind(page);
	const postings = page.waitForResponse((response) => /\/search\/words\/\w+\/postings\//.test(response.url()));
	await page.goto('/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search roadmaps' });
	// Both words are on more pages than word search's files keep per word, and only the two-paths overview is among
	// the best of both.
	await page.getByRole('searchbox').fill('designer mongodb');
	await postings;
	await expect(dialog.getByRole('status')).toHaveText('Pages that mention “designer mongodb”; searching the full text…');
	const results = dialog.locator('[data-search-results] > li > a');
	await expect(results).toHaveCount(1);
	await expect(results.first()).toContainText('Two Paths: Common Path and Career Path');
	await expect(results.first()).toHaveAttribute('href', '/roadmaps/two-paths/?highlight=designer&highlight=mongodb');
	release();
	await expect(dialog).toHaveAttribute('data-search-showing', 'full-text');
});

test('a phase is found by the start of a word of its name, with its roadmap under it', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search roadmaps' });
	await page.getByRole('searchbox').fill('queues cach');
	const first = dialog.locator('[data-search-results] > li > a').first();
	await expect(first).toContainText('Caching, Queues, and Real-Time Communication');
	await expect(first).toContainText('Backend Development in Nine Steps');
	await first.click();
	await expect(page).toHaveURL(/\/roadmaps\/nine-steps\/caching-queues-real-time\//);
});

test('Ctrl+K opens search, arrows move through results, and stay on the result when the full text arrives; Escape closes', async ({ page }) => {
	const release = await holdPagefind(page);
	await page.goto('/roadmaps/full-time/');
	await page.keyboard.press('Control+k');
	const input = page.getByRole('searchbox');
	await expect(input).toBeFocused();
	await input.fill('Redis');
	const first = page.locator('[data-search-results] > li > a').first();
	await expect(first).toContainText('Redis');
	await page.keyboard.press('ArrowDown');
	await expect(first).toBeFocused();
	// The full-text results replace the names under the reader's focus: it stays on the same page's result.
	release();
	await expect(page.getByRole('dialog', { name: 'Search roadmaps' })).toHaveAttribute('data-search-showing', 'full-text');
	await expect(first).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('[data-search-results] a').nth(1)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog', { name: 'Search roadmaps' })).toBeHidden();
});

test('search results link to headings inside a page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: /Search/ }).click();
	await page.getByRole('searchbox').fill('Hexagonal');
	const subResult = page.locator('[data-search-results] a[href*="#"]').first();
	await expect(subResult).toHaveAttribute('href', /\/roadmaps\/full-time\/api-architecture\/(\?highlight=hexagonal)?#architecture$/);
});

test('the open search dialog passes axe (WCAG 2.2 AA) with names and with full-text results, in light and dark mode', async ({ page }) => {
	test.setTimeout(120_000);
	const release = await holdPagefind(page);
	await page.goto('/roadmaps/full-time/');
	await page.keyboard.press('/');
	await page.getByRole('searchbox').fill('redis');
	const dialog = page.getByRole('dialog', { name: 'Search roadmaps' });
	await expect(dialog).toHaveAttribute('data-search-showing', 'titles');
	const failures = await axeFailuresInBothSchemes(page, 'names');
	release();
	await expect(dialog).toHaveAttribute('data-search-showing', 'full-text');
	failures.push(...(await axeFailuresInBothSchemes(page, 'full text')));
	expect(failures).toEqual([]);
});
