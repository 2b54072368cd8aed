import { expect, test } from './fixtures.ts';

test('home → roadmap → phase by clicking', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learning roadmaps');
	await page.getByRole('link', { name: 'Full-Time Backend Roadmap' }).click();
	await expect(page).toHaveURL('/roadmaps/full-time/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Full-Time Backend Roadmap');
	await page.getByRole('main').getByRole('link', { name: 'Databases (REAL backend skill)' }).click();
	await expect(page).toHaveURL('/roadmaps/full-time/databases/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Databases (REAL backend skill)');
	await expect(page.getByText('Phase 3 of 9')).toBeVisible();
});

test('a phase URL loaded directly renders that phase with prev/next', async ({ page }) => {
	await page.goto('/roadmaps/full-time/system-design/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('System Design (Senior Skill)');
	await expect(page.getByText('Phase 8 (Month 8)')).toBeVisible();
	await expect(page.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/roadmaps/full-time/testing/');
	await expect(page.getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/roadmaps/full-time/specialization/');
	// The sidebar lists this roadmap's phases and marks the current one.
	const sidebar = page.getByRole('navigation', { name: /phases/ });
	await expect(sidebar.locator('a[aria-current="page"]')).toHaveText(/System Design/);
	await expect(sidebar.getByRole('listitem')).toHaveCount(9);
});

test.describe('missing pages', () => {
	// The browser reports the 404 status of the document itself as a console error.
	test.use({ expectedConsoleErrors: [/status of 404/] });

	test('an unknown URL shows the 404 page', async ({ page }) => {
		const response = await page.goto('/roadmaps/full-time/no-such-phase/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	});
});
