import { expect, test } from './fixtures.ts';

// Runs against the fixture site in tests/fixtures/site (see playwright.config.ts).
test.use({ baseURL: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 1}` });

test('a GFM table written in MDX renders as a <table>', async ({ page }) => {
	await page.goto('/roadmaps/sample/tables/');
	const table = page.locator('main table');
	await expect(table).toHaveCount(1);
	await expect(table.locator('th')).toHaveText(['Tool', 'Purpose']);
	await expect(table.locator('tbody tr')).toHaveCount(2);
});

test('a GFM task list renders checkboxes', async ({ page }) => {
	await page.goto('/roadmaps/sample/tables/');
	await expect(page.locator('main .prose input[type="checkbox"]')).toHaveCount(2);
});

test('a phase without a duration says so instead of inventing one', async ({ page }) => {
	await page.goto('/roadmaps/sample/no-duration/');
	await expect(page.locator('dl')).toContainText('Durationunknown');
});
