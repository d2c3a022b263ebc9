import { describe, expect, it } from 'vitest';
import { crossSiteFormRefused } from '../../src/lib/server/csrf';

const site = new URL('https://said.example/r/ABCD-EFGH-JK');
const post = (path: string, origin: string | null, type = 'application/x-www-form-urlencoded', method = 'POST') =>
	crossSiteFormRefused(
		new Request(new URL(path, site), {
			method,
			headers: { ...(origin ? { origin } : {}), 'content-type': type },
			body: method === 'GET' ? undefined : 'a=1'
		}),
		new URL(path, site)
	);
const STOP = '/hear-back/stop/3352d9d4-6679-4f15-89eb-728666b9d6c8.BzuCs9v8wuSe0NxnCEuN9af6D6GSKrOa';

describe('the CSRF origin check (hooks.server.ts)', () => {
	it('refuses cross-site and origin-less form posts, as SvelteKit does', () => {
		expect(post('/r/ABCD-EFGH-JK?/withdraw', 'https://evil.example')).toBe(true);
		expect(post('/r/ABCD-EFGH-JK?/withdraw', null)).toBe(true);
		expect(post('/app/llr/members?/invite', 'https://evil.example', 'multipart/form-data')).toBe(true);
		expect(post('/app/llr/members', 'https://evil.example', 'text/plain', 'PUT')).toBe(true);
		expect(post('/hear-back/confirm/3352d9d4-6679-4f15-89eb-728666b9d6c8.x', 'https://evil.example')).toBe(true);
		expect(post(`${STOP}/extra`, 'https://evil.example')).toBe(true);
	});

	it('lets same-origin posts, non-form bodies and the one-click stop link through', () => {
		expect(post('/r/ABCD-EFGH-JK?/withdraw', 'https://said.example')).toBe(false);
		expect(post('/app/llr/events/1/capture/sync', 'https://evil.example', 'application/json')).toBe(false);
		expect(post(STOP, 'https://mail.example')).toBe(false);
		expect(post(STOP, null)).toBe(false);
	});
});
