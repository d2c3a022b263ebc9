import { describe, expect, it } from 'vitest';
import { demoMode, isLoopbackHost } from '../../src/lib/server/demo-mode';
import { parseEnv } from '../../src/lib/server/env';

const mode = (vars: Record<string, string>) => demoMode(parseEnv({ NODE_ENV: 'production', ...vars }));

describe('demo accounts (issue 13, item 1)', () => {
	it('sign in on the local two-command start (loopback ORIGIN)', () => {
		expect(mode({ ORIGIN: 'http://localhost:3000' })).toBe('local');
		expect(mode({ ORIGIN: 'http://127.0.0.1:4173' })).toBe('local');
		expect(mode({ ORIGIN: 'http://[::1]:3000' })).toBe('local');
	});

	it('never sign in on a public ORIGIN unless DEMO_ACCOUNTS=true says so on purpose', () => {
		expect(mode({ ORIGIN: 'https://saidanddone.example.nhs.uk' })).toBe('off');
		expect(mode({ ORIGIN: 'http://192.168.1.20:3000' })).toBe('off');
		expect(mode({ ORIGIN: 'https://localhost.attacker.example' })).toBe('off');
		expect(mode({ ORIGIN: 'https://saidanddone.example.nhs.uk', DEMO_ACCOUNTS: 'true' })).toBe('public');
	});

	it('treat a production server with no ORIGIN as public, and DEMO_ACCOUNTS=false as off everywhere', () => {
		expect(mode({})).toBe('off');
		expect(mode({ ORIGIN: 'http://localhost:3000', DEMO_ACCOUNTS: 'false' })).toBe('off');
	});

	it('recognise loopback host names only', () => {
		expect(['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]'].every(isLoopbackHost)).toBe(true);
		expect(['example.com', '10.0.0.1', '0.0.0.0', '127.0.0.1.nip.io'].some(isLoopbackHost)).toBe(false);
	});
});
