import { expect, test } from './fixtures.ts';
import { sidewaysOverflow } from './page-checks.ts';

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

test('a long address written out as a link breaks inside the text column instead of widening the page', async ({ page }) => {
	for (const width of [390, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/roadmaps/sample/no-duration/');
		const link = page.locator('main .prose a[href^="https://example.org/notes/"]');
		const [linkBox, textBox] = [await link.boundingBox(), await page.locator('main .prose').boundingBox()];
		expect(linkBox!.x + linkBox!.width, `at ${width} px`).toBeLessThanOrEqual(textBox!.x + textBox!.width + 1);
		expect(await sidewaysOverflow(page), `at ${width} px`).toBeLessThanOrEqual(0);
	}
});
