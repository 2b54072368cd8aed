import { expect, test } from './fixtures.ts';

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

test('Ctrl+K opens search, arrows move through results, Escape closes', async ({ page }) => {
	await page.goto('/roadmaps/full-time/');
	await page.keyboard.press('Control+k');
	const input = page.getByRole('searchbox');
	await expect(input).toBeFocused();
	await input.fill('Redis');
	await expect(page.locator('[data-search-results] a').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('[data-search-results] a').first()).toBeFocused();
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
