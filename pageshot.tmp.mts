// usage: node pageshot.mts <port> <path> <name> [full]  → /tmp/shots/<name>-1280-light.png, <name>-390-dark.png
import { chromium } from 'playwright';
const [port, path, name, full] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (const [width, scheme] of [[1280, 'light'], [390, 'dark']] as const) {
	const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
	await page.goto(`http://127.0.0.1:${port}${path}`);
	await page.waitForLoadState('networkidle');
	await page.screenshot({ path: `/tmp/shots/${name}-${width}-${scheme}.png`, fullPage: full === 'full' });
	await page.close();
}
await browser.close();
