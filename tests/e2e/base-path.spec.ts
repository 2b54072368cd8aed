// The fixture site built under a base path (npm run build:base: BASE_PATH=/sub/) and served only there, as GitHub
// Pages serves a project site, with the headers of public/_headers: nothing may lead outside /sub/.
import { expect, test } from './fixtures.ts';
import { recordCspViolations, sitemapUrls } from './served-site.ts';

const origin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 4}`;
const root = `${origin}/sub/`;
/** The public origin the build was made for (SITE_URL in package.json's build:base). */
const publicRoot = 'http://127.0.0.1:4321/sub/';
test.use({ baseURL: root });

test('every page in the sitemap is under the base, and every link, script, stylesheet, image and font it loads is found', async ({ page, request }) => {
	test.setTimeout(300_000);
	const violations = await recordCspViolations(page);
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${page.url()} loads ${response.url()}: ${response.status()}`);
	});
	const urls = await sitemapUrls(request, root);
	expect(urls.length).toBeGreaterThan(15);
	const links = new Set<string>();
	for (const url of urls) {
		expect(url.startsWith(root), url).toBe(true);
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		expect(response?.status(), url).toBe(200);
		// Resolved from the attribute: an SVG link's `href` property (the timeline's) is not a string.
		const hrefs = await page.locator('a[href], link[href]').evaluateAll((elements) => elements.map((e) => new URL(e.getAttribute('href')!, document.baseURI).href));
		for (const href of hrefs) {
			const link = new URL(href);
			link.hash = '';
			if (link.origin === origin) links.add(link.href);
		}
	}
	const outside = [...links].filter((link) => !link.startsWith(root));
	expect(outside, 'links that leave the base').toEqual([]);
	for (const link of links) {
		const response = await request.get(link);
		if (response.status() !== 200) failed.push(`link ${link}: ${response.status()}`);
	}
	expect(failed).toEqual([]);
	expect(violations).toEqual([]);
});

test('canonical URLs, link previews and the sitemap carry the base', async ({ page, request }) => {
	await page.goto('roadmaps/sample/tables/');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${publicRoot}roadmaps/sample/tables/`);
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(image).toBe(`${publicRoot}og/roadmaps/sample/tables.png`);
	const png = await request.get(new URL(new URL(image!).pathname, origin).href);
	expect(png.status()).toBe(200);
	expect(png.headers()['content-type']).toBe('image/png');
	const robots = await (await request.get('robots.txt')).text();
	expect(robots).toContain(`Sitemap: ${publicRoot}sitemap-index.xml`);
	const sitemap = await (await request.get('sitemap-0.xml')).text();
	expect(sitemap).toContain(`<loc>${publicRoot}roadmaps/sample/tables/</loc>`);
	// Former URLs redirect, so they stay out of the sitemap.
	expect(sitemap).not.toContain('old-tables');
});

test('the navigation marks the section a page is in', async ({ page }) => {
	await page.goto('topics/');
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics' })).toHaveAttribute('aria-current', 'page');
	await page.goto('roadmaps/sample/');
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roadmaps' })).toHaveAttribute('aria-current', 'page');
});

test('a former URL redirects under the base, keeping its #anchor, and _redirects says the same', async ({ page, request }) => {
	const violations = await recordCspViolations(page);
	await page.goto('roadmaps/sample/old-tables/#a-task-list');
	await expect(page).toHaveURL(`${root}roadmaps/sample/tables/#a-task-list`);
	expect(violations).toEqual([]);
	const redirects = (await (await request.get('_redirects')).text()).trim().split('\n');
	expect(redirects).toContain('/sub/roadmaps/sample/old-tables/ /sub/roadmaps/sample/tables/ 301');
	expect(redirects).toContain('/sub/roadmaps/ /sub/ 301');
	for (const line of redirects) expect(line).toMatch(/^\/sub\/\S* \/sub\/\S* 301$/);
});

test('search loads its index from under the base, and its results lead there', async ({ page }) => {
	const violations = await recordCspViolations(page);
	await page.goto('');
	const titleFile = page.waitForResponse((response) => response.url().startsWith(`${origin}/sub/search/titles/`));
	await page.keyboard.press('/');
	await page.getByRole('searchbox').fill('table');
	expect((await titleFile).status()).toBe(200);
	const result = page.locator('[data-search-results] a').first();
	await expect(result).toHaveAttribute('href', /^\/sub\/roadmaps\/sample\/tables\//);
	await result.click();
	await expect(page).toHaveURL(new RegExp(`^${root}roadmaps/sample/tables/`));
	await expect(page.locator('h1')).toBeVisible();
	// A word of the text only ("Purpose", a column's header) is found by word search, whose pages lie under the base too.
	const wordFile = page.waitForResponse((response) => response.url().startsWith(`${origin}/sub/search/words/`));
	await page.keyboard.press('/');
	await page.getByRole('searchbox').fill('purpose');
	expect((await wordFile).status()).toBe(200);
	await expect(result).toHaveAttribute('href', /^\/sub\/roadmaps\/sample\/tables\//);
	expect(violations).toEqual([]);
});

test('an address outside the base is not the site', async ({ request }) => {
	expect((await request.get(`${origin}/roadmaps/sample/tables/`)).status()).toBe(404);
});
