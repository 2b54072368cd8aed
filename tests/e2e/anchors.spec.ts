import { expect, test } from './fixtures.ts';

// Runs against the fixture site (tests/fixtures/site), whose no-duration phase ends with
// `## Where to go next {/* #where-to-go-next, #next-steps */}`: #next-steps is a former ID of that heading.
const fixtureSite = `http://127.0.0.1:${Number(process.env['E2E_PORT'] ?? 4329) + 1}`;
// A window so low that the heading is below the fold: landing on it means the page scrolled to it.
const viewport = { width: 800, height: 300 };
test.use({ baseURL: fixtureSite, viewport });

for (const javaScriptEnabled of [true, false]) {
	test(`a former heading ID lands on its heading ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({ browser }) => {
		const context = await browser.newContext({ baseURL: fixtureSite, javaScriptEnabled, viewport });
		const page = await context.newPage();
		await page.goto('/roadmaps/sample/no-duration/#next-steps');
		const heading = page.getByRole('heading', { name: 'Where to go next' });
		await expect(heading).toHaveAttribute('id', 'where-to-go-next');
		await expect(heading.locator('#next-steps')).toHaveCount(1);
		await expect(heading).toBeInViewport();
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		await context.close();
	});
}

test('the explicit ID is the heading’s anchor link, and the marker is not on the page', async ({ page }) => {
	await page.goto('/roadmaps/sample/no-duration/#where-to-go-next');
	await expect(page.getByRole('heading', { name: 'Where to go next' })).toBeInViewport();
	await expect(page.getByRole('link', { name: 'Link to “Where to go next”' })).toHaveAttribute('href', '#where-to-go-next');
	await expect(page.locator('main')).not.toContainText('/*');
});
