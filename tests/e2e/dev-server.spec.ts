// `npm run dev` as an author uses it: break a phase file, see the friendly error in the browser, fix it, see the page
// come back. Starts its own dev server on its own port, over a temporary copy of the fixture site's content.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const port = Number(process.env['E2E_DEV_PORT'] ?? 4349);
const origin = `http://127.0.0.1:${port}`;
const phasePage = `${origin}/roadmaps/sample/tables/`;
// Starting Astro and compiling the first page takes a while on a busy 2-core machine.
const STARTUP_MS = 180_000;

let server: ChildProcess | undefined;
// Always the same folder: `astro dev` keeps its content store in .astro/ between runs, and entries of a folder that is
// gone make it fail to load their modules.
const content = join(tmpdir(), `waymark-dev-server-${port}`);
let output = '';
const phaseFile = () => join(content, 'roadmaps/sample/tables.mdx');

test.describe.configure({ mode: 'serial' });
// The problem page is served with status 500, which Chromium logs as a failed load.
test.use({ expectedConsoleErrors: [/status of 500/] });

test.beforeAll(async ({ browser }) => {
	test.setTimeout(STARTUP_MS);
	rmSync(content, { recursive: true, force: true });
	cpSync('tests/fixtures/site/content', content, { recursive: true });
	server = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		env: { ...process.env, WAYMARK_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
		// Its own process group, so that afterAll stops Astro and everything it started.
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout!.on('data', (chunk) => (output += chunk));
	server.stderr!.on('data', (chunk) => (output += chunk));
	const deadline = Date.now() + STARTUP_MS - 10_000;
	for (;;) {
		const status = await fetch(phasePage).then((r) => r.status, () => 0);
		if (status === 200) break;
		if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the dev server did not start (last status ${status}):\n${output}`);
		await new Promise((done) => setTimeout(done, 1000));
	}
	// A first visit makes Vite optimize the page's dependencies and reload it, and may show a passing error meanwhile.
	const page = await browser.newPage();
	await expect(async () => {
		await page.goto(phasePage);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('vite-error-overlay')).toHaveCount(0);
		await expect(page.locator('main h1')).toHaveText('Tables and task lists', { timeout: 1_000 });
	}).toPass({ timeout: STARTUP_MS / 2 });
	await page.close();
});

/** The phase page, once its dev client listens: a reload the server sends before that reaches no one, as in any tab. */
async function openConnected(page: Page) {
	const connected = page.waitForEvent('console', (message) => message.text().includes('[vite] connected'));
	await page.goto(phasePage);
	await connected;
	await expect(page.locator('main h1')).toHaveText('Tables and task lists');
}

test.afterEach(async ({ page }, testInfo) => {
	if (testInfo.status === testInfo.expectedStatus) return;
	// The page may be navigating just then: the server's output is worth attaching without the overlay.
	const overlay = await page
		.locator('vite-error-overlay')
		.evaluateAll((found) => found.map((o) => o.shadowRoot?.textContent ?? ''))
		.catch((error: Error) => [`(overlay not read: ${error.message})`]);
	await testInfo.attach('dev server output and overlay', { body: `${output}\n--- overlay ---\n${overlay.join('\n')}` });
});

test.afterAll(() => {
	if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
	rmSync(content, { recursive: true, force: true });
});

test('a broken phase file shows the friendly error in the browser, and fixing it brings the page back', async ({ page }) => {
	test.setTimeout(120_000);
	const original = readFileSync(phaseFile(), 'utf8');
	await openConnected(page);

	writeFileSync(phaseFile(), original.replace('kind: week', 'kind: mnth'));
	// Astro's error overlay, with the build's wording (file:line:col, field, problem, got, fix): over the open page, or
	// over the page listing the problems when Astro reloads the tab because the MDX module changed.
	const message = page.locator('vite-error-overlay #message-content');
	await expect(message).toContainText(/roadmaps\/sample\/tables\.mdx:4:7\s+kind\s+must be one of "step"/, { timeout: 5_000 });
	await expect(message).toContainText('(got: "mnth")  fix: did you mean "month"?');
	// The terminal says the same.
	expect(output).toMatch(/roadmaps\/sample\/tables\.mdx:4:7 {2}kind {2}must be one of .*fix: did you mean "month"\?/);

	// A reload (or any other page) is not served from the last valid content: it lists the problems instead. Astro may
	// be reloading the tab itself just then, which aborts ours: reload again until one lands.
	await expect(async () => expect((await page.reload())?.status()).toBe(500)).toPass({ timeout: 15_000 });
	await expect(page.locator('#content-problems')).toContainText(/tables\.mdx:4:7\s+kind\s+.*fix: did you mean "month"\?/);
	await expect(page.locator('main h1')).toHaveText('This page is not shown: the content has problems');
	await expect(message).toContainText('tables.mdx:4:7');

	// Fixed (and edited meanwhile): the page reloads by itself, with the new text, and no overlay.
	writeFileSync(phaseFile(), original.replace('## A task list', 'Edited while the dev server ran.\n\n## A task list'));
	await expect(page.getByText('Edited while the dev server ran.')).toBeVisible({ timeout: 15_000 });
	await expect(page.locator('main h1')).toHaveText('Tables and task lists');
	await expect(page.locator('vite-error-overlay')).toHaveCount(0);
});

test('saving a phase reloads the open page with its new text and headings, rendered as the build renders them', async ({ page }) => {
	test.setTimeout(120_000);
	const original = readFileSync(phaseFile(), 'utf8');
	await openConnected(page);

	writeFileSync(phaseFile(), `${original.trimEnd()}\n\n## Added while editing {/* #added */}\n\nA - [ ] "quoted" line.\n`);
	await expect(page.locator('h2#added')).toHaveText(/Added while editing/, { timeout: 15_000 });
	await expect(page.getByText('A - [ ] “quoted” line.')).toBeVisible();
	await expect(page.locator('vite-error-overlay')).toHaveCount(0);
	writeFileSync(phaseFile(), original);
	await expect(page.locator('h2#added')).toHaveCount(0, { timeout: 15_000 });
});

test("serves the page's link-preview image, which a build writes after the pages", async ({ page, request }) => {
	await openConnected(page);
	const image = new URL(await page.locator('meta[property="og:image"]').getAttribute('content') ?? '').pathname;
	expect(image).toBe('/og/roadmaps/sample/tables.png');
	const response = await request.get(`${origin}${image}`);
	expect(response.headers()['content-type']).toBe('image/png');
	const png = await response.body();
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test.describe(() => {
	// Pagefind's index is missing in the dev server (a build writes it), which Chromium logs as failed loads.
	test.use({ expectedConsoleErrors: [/status of 404/] });

	test('search finds names in the dev server, a renamed phase by its new name once saved', async ({ page }) => {
		test.setTimeout(120_000);
		const original = readFileSync(phaseFile(), 'utf8');
		await openConnected(page);
		const firstResult = async (query: string) => {
			// After the dev server reloads the page, its scripts (the "/" shortcut among them) may not have run yet.
			await expect(async () => {
				await page.keyboard.press('/');
				await expect(page.getByRole('searchbox')).toBeVisible({ timeout: 1_000 });
			}).toPass({ timeout: 15_000 });
			await page.getByRole('searchbox').fill(query);
			return page.locator('[data-search-results] > li > a').first();
		};
		await expect(await firstResult('task lists')).toContainText('Tables and task lists');
		await expect(page.locator('[data-search-status]')).toHaveText('Full-text search works in a build (npm run build); here, search finds names only.');

		writeFileSync(phaseFile(), original.replace('title: "Tables and task lists"', 'title: "Grids and checklists"'));
		await expect(page.locator('main h1')).toHaveText('Grids and checklists', { timeout: 15_000 });
		await expect(await firstResult('checklists')).toContainText('Grids and checklists');
		writeFileSync(phaseFile(), original);
		await expect(page.locator('main h1')).toHaveText('Tables and task lists', { timeout: 15_000 });
	});
});
