// Which Chromium the browser tests run: Playwright's own when it is installed (`npx playwright install chromium`),
// else one the system has, else none, with one line saying how to get one.

/** Where Chromium and Chrome usually are on Linux, macOS and Windows. */
export const SYSTEM_CHROMIUM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags a system browser needs to run headless in containers and CI, and to stay quiet (no updates, no sync). */
const SYSTEM_CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export const NO_CHROMIUM =
	'No Chromium for the browser tests: run `npx playwright install chromium` (or install one, e.g. `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome).';

export type ChromiumChoice = { executablePath: string; args: string[] } | { problem: string };

/**
 * CHROMIUM_PATH when set, else Playwright's own Chromium when it is on disk, else the first system browser found.
 * `exists` is injected so that the choice can be tested without the files.
 */
export function chooseChromium(options: { chromiumPath: string | undefined; playwrightChromium: string; exists: (path: string) => boolean }): ChromiumChoice {
	const { chromiumPath, playwrightChromium, exists } = options;
	if (chromiumPath) return exists(chromiumPath) ? { executablePath: chromiumPath, args: SYSTEM_CHROMIUM_ARGS } : { problem: `CHROMIUM_PATH=${chromiumPath} does not exist. ${NO_CHROMIUM}` };
	if (exists(playwrightChromium)) return { executablePath: playwrightChromium, args: [] };
	const system = SYSTEM_CHROMIUM_PATHS.find(exists);
	return system ? { executablePath: system, args: SYSTEM_CHROMIUM_ARGS } : { problem: NO_CHROMIUM };
}
