import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import { chooseChromium } from './tests/e2e/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4329);

const browser = chooseChromium({ chromiumPath: process.env.CHROMIUM_PATH, playwrightChromium: chromium.executablePath(), exists: existsSync });
if ('problem' in browser) {
	console.error(browser.problem);
	process.exit(1);
}

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: browser,
	},
	// Serve the built site, the built fixture site and the site built from imported plans (npm test builds all three
	// first); started and stopped by the test run. Then the built site again and the fixture site built under /sub/
	// (npm run build:base), both with the response headers of public/_headers, as a static host would serve them.
	webServer: [
		{ command: `node tests/e2e/serve-static.ts dist ${port}`, url: `http://127.0.0.1:${port}/`, timeout: 30_000 },
		{ command: `node tests/e2e/serve-static.ts .work/fixture-dist ${port + 1}`, url: `http://127.0.0.1:${port + 1}/`, timeout: 30_000 },
		{ command: `node tests/e2e/serve-static.ts .work/imported-dist ${port + 2}`, url: `http://127.0.0.1:${port + 2}/`, timeout: 30_000 },
		{ command: `node tests/e2e/serve-static.ts dist ${port + 3} --headers public/_headers`, url: `http://127.0.0.1:${port + 3}/`, timeout: 30_000 },
		{ command: `node tests/e2e/serve-static.ts .work/base-dist ${port + 4} --base /sub/ --headers public/_headers`, url: `http://127.0.0.1:${port + 4}/sub/`, timeout: 30_000 },
	],
});
