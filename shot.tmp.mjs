import { chromium } from '@playwright/test';
const [,, url, out, w = '1280', dark] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const p = await b.newPage({ viewport: { width: Number(w), height: 900 }, colorScheme: dark ? 'dark' : 'light' });
await p.goto(url);
await p.screenshot({ path: out, fullPage: true });
await b.close();
