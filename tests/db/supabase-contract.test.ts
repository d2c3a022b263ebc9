/**
 * A contract test of Supabase Auth: the app's client talks to recorded GoTrue responses (the
 * shapes Supabase's /auth/v1/otp and /auth/v1/verify return), and we check the requests it makes
 * and that the Supabase user maps to the same person, memberships and claims as password sign-in.
 * Not verified here: a live Supabase project (no network in this workplace).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/types';
import { withClaims } from '../../src/lib/server/db';
import { sendCode, supabaseClient, verifyCode, personForSupabaseUser } from '../../src/lib/server/auth/supabase';
import { claimsFor, createSession, resolveSession } from '../../src/lib/server/auth/sessions';
import { seedDemoAccounts } from '../../src/lib/server/demo';
import { engines } from './engines';
import { owner, seeded } from './fixtures';

const URL_ = 'https://abcdefghijklmnop.supabase.co';
const KEY = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.test-anon-key';
/** Supabase gives each email its own user id; derive a stable one per address. */
const supabaseUserId = (email: string) => {
	const h = createHash('sha256').update(email).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const SUPABASE_USER_ID = supabaseUserId('officer@llr.example');

/** GoTrue's responses as recorded from Supabase's API (trimmed to the fields clients read). */
function gotrue(requests: { path: string; body: Record<string, unknown> }[]) {
	return (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
		const body = init?.body ? JSON.parse(String(init.body)) : {};
		requests.push({ path: url.pathname, body });
		const json = (status: number, data: unknown) =>
			new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
		if (url.pathname === '/auth/v1/otp') return json(200, {});
		if (url.pathname === '/auth/v1/verify') {
			if (body.token !== '123456')
				return json(403, { code: 403, error_code: 'otp_expired', msg: 'Token has expired or is invalid' });
			const now = Math.floor(Date.now() / 1000);
			return json(200, {
				access_token: 'header.payload.signature',
				token_type: 'bearer',
				expires_in: 3600,
				expires_at: now + 3600,
				refresh_token: 'r3fr3sh',
				user: {
					id: supabaseUserId(String(body.email)),
					aud: 'authenticated',
					role: 'authenticated',
					email: body.email,
					email_confirmed_at: new Date().toISOString(),
					app_metadata: { provider: 'email', providers: ['email'] },
					user_metadata: {},
					identities: [],
					created_at: new Date().toISOString(),
					updated_at: new Date().toISOString()
				}
			});
		}
		return json(404, { msg: 'not recorded' });
	}) as typeof fetch;
}

const cookieJar = () => {
	const jar = new Map<string, string>();
	return {
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void jar.set(name, value)
	};
};

describe.each(engines)('Supabase Auth sign-in on $name', (engine) => {
	let db: Db;
	beforeAll(async () => {
		db = await seeded(await engine.create());
		await seedDemoAccounts(db);
	}, 120_000);
	afterAll(() => engine.cleanup());

	it('asks Supabase to email a code without creating new users', async () => {
		const requests: { path: string; body: Record<string, unknown> }[] = [];
		const client = supabaseClient(cookieJar(), { url: URL_, key: KEY, fetch: gotrue(requests) });
		expect(await sendCode(client, 'officer@llr.example')).toBe(true);
		expect(requests[0]).toMatchObject({
			path: '/auth/v1/otp',
			body: { email: 'officer@llr.example', create_user: false }
		});
	});

	it('maps the verified Supabase user to the invited person, their roles and the same claims', async () => {
		const requests: { path: string; body: Record<string, unknown> }[] = [];
		const client = supabaseClient(cookieJar(), { url: URL_, key: KEY, fetch: gotrue(requests) });
		const result = await verifyCode(db, client, { email: 'Officer@LLR.example', code: '123456', ip: '10.7.0.1' });
		expect(requests.at(-1)).toMatchObject({
			path: '/auth/v1/verify',
			body: { email: 'officer@llr.example', token: '123456', type: 'email' }
		});
		expect(result.ok).toBe(true);
		const personId = (result as { personId: string }).personId;

		const linked = await owner(db, (tx) =>
			tx.query<{ email: string; supabase_user_id: string }>(
				'select email, supabase_user_id from public.people where id = $1',
				[personId]
			)
		);
		expect(linked.rows[0]).toEqual({ email: 'officer@llr.example', supabase_user_id: SUPABASE_USER_ID });
		// Next time the id alone finds them, even if the email changed at Supabase.
		expect(await personForSupabaseUser(db, { id: SUPABASE_USER_ID, email: 'changed@elsewhere.example' })).toBe(
			personId
		);

		const session = (await resolveSession(db, await createSession(db, personId)))!;
		const claims = claimsFor(session);
		expect(claims).toMatchObject({ role: 'authenticated', sub: personId, areas: { llr: ['engagement_officer'] } });
		const uid = await withClaims(db, claims, (tx) => tx.query<{ uid: string }>('select auth.uid()::text as uid'));
		expect(uid.rows[0]?.uid).toBe(personId);
	});

	it('refuses a wrong or expired code, and an email nobody was invited with', async () => {
		const client = supabaseClient(cookieJar(), { url: URL_, key: KEY, fetch: gotrue([]) });
		expect(await verifyCode(db, client, { email: 'admin@llr.example', code: '000000', ip: '10.7.0.2' })).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(await verifyCode(db, client, { email: 'stranger@nowhere.example', code: '123456', ip: '10.7.0.3' })).toEqual(
			{ ok: false, reason: 'no_account' }
		);
	});
});
