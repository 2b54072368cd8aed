import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeFailures, sidewaysOverflow } from './page-checks.ts';

// Finding a roadmap: the home page's tracks and filters, and the track pages. The seeds are one track (backend) of
// five roadmaps; the fixture site has two tracks, for the track filter.
const fixtureSite = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 1}`;

const filters = (page: Page) => page.getByRole('region', { name: 'Find a roadmap' });
const option = (page: Page, facet: string, name: string) => filters(page).getByRole('group', { name: facet }).getByRole('button', { name: new RegExp(`^${name} \\d+$`) });
const cardTitles = (page: Page) => page.locator('[data-roadmap]:visible h3').allTextContents();

test('filters show the roadmaps that match every chosen option, and keep the choice in the URL', async ({ page }) => {
	await page.goto('/');
	expect(await cardTitles(page)).toHaveLength(5);
	await option(page, 'Length', '3–6 months').click();
	await expect(option(page, 'Length', '3–6 months')).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL('/?length=3-6-months');
	expect(await cardTitles(page)).toEqual(['Backend Mastery Journey - 6-Month Plan']);
	await expect(filters(page)).toContainText('Showing 1 of 5 roadmaps.');

	// One option per filter: choosing another length replaces the first; other filters narrow it down.
	await option(page, 'Length', 'Over a year').click();
	await expect(option(page, 'Length', '3–6 months')).toHaveAttribute('aria-pressed', 'false');
	await option(page, 'Level', 'Beginner').click();
	await expect(page).toHaveURL('/?length=over-a-year&level=beginner');
	expect(await cardTitles(page)).toEqual(['Two Paths: Common Path and Career Path']);
	await option(page, 'Level', 'Advanced').click();
	expect(await cardTitles(page)).toEqual([]);
	await expect(filters(page)).toContainText('No roadmap has all of these');

	// Pressing a chosen option again lets it go; "Clear filters" lets all go.
	await option(page, 'Length', 'Over a year').click();
	expect(await cardTitles(page)).toEqual(['Full-Time Backend Roadmap']);
	await filters(page).getByRole('button', { name: 'Clear filters' }).click();
	await expect(page).toHaveURL('/');
	expect(await cardTitles(page)).toHaveLength(5);
	await expect(filters(page).getByRole('button', { name: 'Clear filters' })).toBeHidden();
});

test('a shared link with filters shows the same roadmaps', async ({ page }) => {
	await page.goto('/?hours=20-40&level=beginner');
	await expect(option(page, 'Hours per week', '20–40 h')).toHaveAttribute('aria-pressed', 'true');
	await expect(option(page, 'Level', 'Beginner')).toHaveAttribute('aria-pressed', 'true');
	expect(await cardTitles(page)).toEqual(['Two Paths: Common Path and Career Path']);
	// The lists the filters lead to without JS would repeat the cards.
	await expect(page.getByRole('heading', { name: /^Roadmaps by level/ })).toBeHidden();
});

test('without JS the filters are links to sections listing each option\'s roadmaps', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await filters(page).getByRole('group', { name: 'Length' }).getByRole('link', { name: /^Over a year/ }).click();
	await expect(page).toHaveURL('/#length-over-a-year');
	const heading = page.locator('#length-over-a-year');
	await expect(heading).toBeInViewport();
	await expect(heading).toHaveText(/Over a year \(2\)/);
	await expect(heading.locator('+ ul').getByRole('link')).toHaveText(['Two Paths: Common Path and Career Path', 'Backend Development in Nine Steps']);
	await context.close();
});

test('the pressed and unpressed filters pass axe (WCAG 2.2 AA) in light and dark mode', async ({ page }) => {
	test.setTimeout(120_000);
	const failures: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/?level=advanced');
		await expect(option(page, 'Level', 'Advanced')).toHaveAttribute('aria-pressed', 'true');
		failures.push(...(await axeFailures(page, colorScheme)));
	}
	expect(failures).toEqual([]);
});

test('home, track and comparison pages fit a 390 px phone without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const path of ['/', '/tracks/', '/tracks/backend/', '/tracks/backend/compare/', '/compare/?a=two-paths&b=full-time']) {
		await page.goto(path);
		expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
	}
});

test.describe('tracks', () => {
	test.use({ baseURL: fixtureSite });

	test('the home page groups roadmaps by track, and the track filter shows one track', async ({ page }) => {
		await page.goto('/');
		const sections = page.locator('[data-track-section]');
		await expect(sections.getByRole('heading', { level: 2 })).toHaveText([/^General\s+1 roadmap$/, /^Data\s+1 roadmap$/]);
		await option(page, 'Track', 'Data').click();
		await expect(page).toHaveURL('/?track=data');
		await expect(sections.filter({ hasText: 'General' })).toBeHidden();
		expect(await cardTitles(page)).toEqual(['Data Course Catalogue']);
		await sections.getByRole('link', { name: 'Data', exact: true }).click();
		await expect(page).toHaveURL('/tracks/data/');
	});

	test('a track page lists its roadmaps and leads to their comparison', async ({ page }) => {
		await page.goto('/tracks/data/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data roadmaps');
		await expect(page.locator('[data-roadmap]').getByRole('heading')).toHaveText(['Data Course Catalogue']);
		await page.goto('/tracks/general/compare/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare General roadmaps');
		await expect(page.getByRole('table', { name: /^General roadmaps side by side/ }).locator('tbody tr')).toHaveCount(1);
	});

	test('the Tracks page lists every track with its summary and size, and a track page leads back to it', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tracks' }).click();
		await expect(page).toHaveURL('/tracks/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tracks');
		const tracks = page.locator('main li');
		await expect(tracks.getByRole('heading', { level: 2 })).toHaveText(['General', 'Data']);
		await expect(tracks.filter({ hasText: 'Data' })).toContainText('Fixture course catalogues with weekly hours');
		await expect(tracks.filter({ hasText: 'Data' })).toContainText('1 roadmap');
		await tracks.getByRole('link', { name: 'Data', exact: true }).click();
		await expect(page).toHaveURL('/tracks/data/');
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tracks' })).toHaveAttribute('aria-current', 'page');
		await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Tracks' }).click();
		await expect(page).toHaveURL('/tracks/');
	});

	test('roadmaps of different tracks compare too', async ({ page }) => {
		await page.goto('/compare/');
		await expect(page.getByLabel('First roadmap').locator('optgroup')).toHaveCount(2);
		await page.getByLabel('First roadmap').selectOption('course-catalogue');
		await page.getByLabel('Second roadmap').selectOption('sample');
		await page.getByRole('button', { name: 'Compare' }).click();
		const figures = page.getByRole('table', { name: /Duration, effort and size/ });
		await expect(figures.getByRole('row', { name: /^Track/ }).getByRole('link')).toHaveText(['Data', 'General']);
	});
});
