/**
 * Staff sign-in with Supabase Auth (an emailed one-time code), used when SUPABASE_URL and
 * SUPABASE_ANON_KEY are set. Supabase proves the email address; the Supabase user id is then
 * mapped to the same person and memberships as password sign-in, and we start our own session,
 * so the claims that reach the database are the same whichever way someone signed in.
 */
import { createServerClient } from '@supabase/ssr';
import WebSocket from 'ws';
import type { SupabaseClient, User } from '@supabase/supabase-js';
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db/types';
import { asOwner } from '../db/privileged';
import { env } from '../env';
import { isLimited, normaliseAccount, record } from './sign-in';

export function supabaseConfigured(): boolean {
	const e = env();
	return Boolean(e.SUPABASE_URL && e.SUPABASE_ANON_KEY);
}

export function supabaseClient(
	cookies: Pick<Cookies, 'getAll' | 'set'>,
	options: { url?: string; key?: string; fetch?: typeof fetch } = {}
): SupabaseClient {
	const url = options.url ?? env().SUPABASE_URL;
	const key = options.key ?? env().SUPABASE_ANON_KEY;
	if (!url || !key) throw new Error('Supabase Auth is not configured');
	return createServerClient(url, key, {
		cookies: {
			getAll: () => cookies.getAll(),
			setAll: (list) => list.forEach(({ name, value, options: o }) => cookies.set(name, value, { ...o, path: '/' }))
		},
		auth: { flowType: 'pkce', persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		// supabase-js wants a global WebSocket (Node 22+); on Node 20 it needs one given.
		realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
		global: options.fetch ? { fetch: options.fetch } : undefined
	});
}

/** Emails a one-time code, only to people who already have an account (no sign-ups here). */
export async function sendCode(client: SupabaseClient, email: string): Promise<boolean> {
	const { error } = await client.auth.signInWithOtp({ email, options: { shouldCreateUser: false } });
	return !error;
}

/**
 * The person for a Supabase user: by its id once linked, otherwise by email, linking them on
 * first sign-in. Null when nobody was invited with that email.
 */
export async function personForSupabaseUser(db: Db, user: Pick<User, 'id' | 'email'>): Promise<string | null> {
	return asOwner(db, async (tx) => {
		const linked = await tx.query<{ id: string }>(
			'select id from public.people where supabase_user_id = $1 and disabled_at is null',
			[user.id]
		);
		if (linked.rows[0]) return linked.rows[0].id;
		if (!user.email) return null;
		const byEmail = await tx.query<{ id: string }>(
			`update public.people set supabase_user_id = $1
			 where email = $2 and supabase_user_id is null and disabled_at is null returning id`,
			[user.id, normaliseAccount(user.email)]
		);
		return byEmail.rows[0]?.id ?? null;
	});
}

export type CodeResult = { ok: true; personId: string } | { ok: false; reason: 'invalid' | 'locked' | 'no_account' };

export async function verifyCode(
	db: Db,
	client: SupabaseClient,
	input: { email: string; code: string; ip: string }
): Promise<CodeResult> {
	const account = normaliseAccount(input.email);
	if (await isLimited(db, account, input.ip)) return { ok: false, reason: 'locked' };
	const { data, error } = await client.auth.verifyOtp({ email: account, token: input.code, type: 'email' });
	if (error || !data.user) {
		await record(db, account, input.ip, false, null);
		return { ok: false, reason: 'invalid' };
	}
	const personId = await personForSupabaseUser(db, data.user);
	await record(db, account, input.ip, Boolean(personId), personId);
	return personId ? { ok: true, personId } : { ok: false, reason: 'no_account' };
}
