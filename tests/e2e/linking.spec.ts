import { expect, test } from './fixtures.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a heading deep link lands on that section', async ({ page }) => {
	await page.goto('/roadmaps/full-time/api-architecture/#auth');
	await expect(page.locator('#auth')).toBeInViewport();
	await expect(page.locator('#auth')).toContainText('Auth');
});

test('copy link on a heading copies its absolute URL and announces it', async ({ page, baseURL }) => {
	await page.goto('/roadmaps/full-time/api-architecture/');
	const button = page.getByRole('button', { name: 'Copy link to “Auth”' });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#announcer')).toHaveText('Link copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/roadmaps/full-time/api-architecture/#auth`);
});

test('copy link on a phase copies the page URL; topic anchors link into the phase', async ({ page, baseURL }) => {
	await page.goto('/roadmaps/full-time/databases/');
	await page.getByRole('button', { name: 'Copy link', exact: true }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/roadmaps/full-time/databases/`);
	await page.getByRole('button', { name: 'Copy link to the topic “PostgreSQL”' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/roadmaps/full-time/databases/#topic-postgresql`);
	await page.goto('/roadmaps/full-time/databases/#topic-postgresql');
	await expect(page.locator('#topic-postgresql')).toBeInViewport();
});

test('every page has a unique title, description, canonical URL and preview tags', async ({ page }) => {
	const titles = new Set<string>();
	for (const path of ['/', '/roadmaps/full-time/', '/roadmaps/full-time/databases/', '/topics/postgresql/', '/compare/']) {
		await page.goto(path);
		const title = await page.title();
		expect(titles.has(title), `duplicate title ${title}`).toBe(false);
		titles.add(title);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/\//g, '\\/')}$`));
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/.+\.png$/);
		await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
	}
});

test('a former phase URL (alias) redirects to the phase, keeping the #anchor', async ({ page }) => {
	// tests/fixtures/site declares `aliases: [old-tables]` on its tables phase.
	await page.goto(`http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 1}/roadmaps/sample/old-tables/#a-task-list`);
	await expect(page).toHaveURL(/\/roadmaps\/sample\/tables\/#a-task-list$/);
});

test('a roadmap URL trimmed to /roadmaps/ lands on the home page, which lists the roadmaps', async ({ page, baseURL }) => {
	await page.goto('/roadmaps/');
	await expect(page).toHaveURL(`${new URL('/', baseURL).href}`);
	await expect(page.locator('main a[href^="/roadmaps/"]').first()).toBeVisible();
});
