import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// A fresh embedded database per run; set once so the workers (which reload this file) share it.
process.env.E2E_PGLITE_DIR ??= mkdtempSync(join(tmpdir(), 'said-and-done-e2e-'));
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 30_000,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: BASE_URL,
		trace: 'off',
		launchOptions: {
			// Debian's Chromium; browser downloads are impossible here.
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
		{ name: 'phone', use: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true }, grep: /@phone/ }
	],
	webServer: {
		// The production build served by adapter-node, on a new embedded database.
		command: 'node build/index.js',
		url: `${BASE_URL}/`,
		reuseExistingServer: false,
		timeout: 300_000,
		stdout: 'ignore',
		stderr: 'pipe',
		env: {
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(PORT),
			ORIGIN: BASE_URL,
			PGLITE_DIR: process.env.E2E_PGLITE_DIR,
			DATABASE_URL: '',
			// Alert emails go to the SMTP server tests/e2e/alert-delivery.spec.ts runs on this port
			// (it accepts mail for the demo safeguarding contacts only, so invitations still fail
			// to send and show their link, as the other specs expect).
			SMTP_URL: `smtp://127.0.0.1:${PORT + 1000}`
		}
	}
});
