import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseChromium, NO_CHROMIUM } from '../e2e/chromium.ts';
import { repoRoot } from './bad-input-corpus.ts';

const playwrightChromium = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const on = (...paths: string[]) => (path: string) => paths.includes(path);

describe('chooseChromium', () => {
	it('takes Playwright’s own Chromium when it is installed, with Playwright’s own flags', () => {
		expect(chooseChromium({ chromiumPath: undefined, playwrightChromium, exists: on(playwrightChromium, '/usr/bin/chromium') })).toEqual({ executablePath: playwrightChromium, args: [] });
	});

	it('falls back to a system Chromium or Chrome, run headless with the container flags', () => {
		const linux = chooseChromium({ chromiumPath: undefined, playwrightChromium, exists: on('/usr/bin/google-chrome') });
		expect(linux).toMatchObject({ executablePath: '/usr/bin/google-chrome', args: expect.arrayContaining(['--no-sandbox', '--disable-dev-shm-usage']) });
		const mac = chooseChromium({ chromiumPath: undefined, playwrightChromium, exists: on('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome') });
		expect(mac).toMatchObject({ executablePath: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' });
	});

	it('takes CHROMIUM_PATH first, and says so when it does not exist', () => {
		expect(chooseChromium({ chromiumPath: '/opt/chrome/chrome', playwrightChromium, exists: on('/opt/chrome/chrome', playwrightChromium) })).toMatchObject({ executablePath: '/opt/chrome/chrome' });
		expect(chooseChromium({ chromiumPath: '/opt/none', playwrightChromium, exists: on(playwrightChromium) })).toEqual({ problem: `CHROMIUM_PATH=/opt/none does not exist. ${NO_CHROMIUM}` });
	});

	it('without any, gives one line saying how to get one', () => {
		const choice = chooseChromium({ chromiumPath: undefined, playwrightChromium, exists: on() });
		expect(choice).toEqual({ problem: NO_CHROMIUM });
		expect(NO_CHROMIUM).toContain('npx playwright install chromium');
		expect(NO_CHROMIUM).not.toContain('\n');
	});

	// It takes under a second; the limit is generous because the unit tests run beside whole-site builds, on 2 cores.
	it('stops `playwright test` at once with that line', { timeout: 130_000 }, () => {
		const result = spawnSync(join(repoRoot, 'node_modules/.bin/playwright'), ['test', '--list'], { cwd: repoRoot, env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chrome' }, encoding: 'utf8', timeout: 120_000 });
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(`CHROMIUM_PATH=/nonexistent/chrome does not exist. ${NO_CHROMIUM}\n`);
	});
});
