import { chromium } from '@playwright/test';
const [,, url, selector, out, width='1280'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url);
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
