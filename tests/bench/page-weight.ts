/**
 * Issue 15, item 5: every public page 100 KB or less in total and 50 KB or less of JavaScript,
 * measured at 360 px with everything it loads, compressed. Starts the production build (node
 * build) on a fresh embedded database with the demo seeds, weighs each public page (see
 * page-weight-measure.ts) and prints HTML, CSS, JS, other and total per page.
 *
 *   npm run build && npm run bench:weight [-- --url http://127.0.0.1:4441]
 *
 * With --url it weighs a server already running (seeded) instead. A benchmark: it prints numbers
 * and exits 1 only when a page is over the budget (tests/e2e/page-weight.spec.ts asserts the same).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { BUILD_DIR, freePort, option } from './lib';
import { kb, publicPages, weigh } from './page-weight-measure';

const TOTAL_BUDGET = 100 * 1024;
const JS_BUDGET = 50 * 1024;

async function serve(): Promise<{ base: string; stop: () => void }> {
	const dir = mkdtempSync(join(tmpdir(), 'said-and-done-weight-'));
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [join(BUILD_DIR, 'index.js')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, PGLITE_DIR: dir, DATABASE_URL: '' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('server did not start in 180 s')), 180_000);
		child.stdout!.on('data', (b: Buffer) => {
			if (b.toString().includes('Listening')) {
				clearTimeout(timer);
				resolve();
			}
		});
		child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
	});
	return {
		base,
		stop: () => {
			child.kill();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

const given = option('url', '');
const server = given ? { base: given.replace(/\/$/, ''), stop: () => undefined } : await serve();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
let over = false;
try {
	const pages = await publicPages(browser, server.base);
	console.log('Public pages at 360 px, everything they load, gzipped:\n');
	const row = (cells: string[]) => cells.map((c, i) => c.padEnd(i === 0 ? 24 : 11)).join('');
	console.log(row(['page', 'HTML', 'CSS', 'JS', 'other', 'total', 'requests']));
	for (const path of pages) {
		const w = await weigh(browser, server.base, path);
		const bad = w.total > TOTAL_BUDGET || w.js > JS_BUDGET;
		over ||= bad;
		console.log(
			row([path, kb(w.html), kb(w.css), kb(w.js), kb(w.other), kb(w.total), String(w.requests)]) +
				(bad ? '  OVER BUDGET' : '')
		);
	}
	console.log(`\nBudget: ${kb(TOTAL_BUDGET)} in total and ${kb(JS_BUDGET)} of JavaScript per page.`);
} finally {
	await browser.close();
	server.stop();
}
process.exit(over ? 1 : 0);
