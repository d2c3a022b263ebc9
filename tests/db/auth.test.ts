import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/types';
import { withClaims } from '../../src/lib/server/db';
import { createSession, endAllSessions, resolveSession, claimsFor } from '../../src/lib/server/auth/sessions';
import {
	signIn,
	delaySeconds,
	FREE_FAILURES_PER_ACCOUNT,
	FREE_FAILURES_PER_ADDRESS,
	MAX_DELAY_SECONDS
} from '../../src/lib/server/auth/sign-in';
import { hashPassword } from '../../src/lib/server/auth/password';
import * as invitations from '../../src/lib/server/auth/invitations';
import * as members from '../../src/lib/server/services/members';
import * as audit from '../../src/lib/server/services/audit';
import { seedDemoAccounts, DEMO_PASSWORD } from '../../src/lib/server/demo';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { engines } from './engines';
import { owner, seeded } from './fixtures';

const PASSWORD = 'correct-horse-battery-staple';

describe.each(engines)('accounts on $name', (engine) => {
	let db: Db;
	let llr: string;
	let adminId: string;

	beforeAll(async () => {
		db = await seeded(await engine.create());
		await seedDemoAccounts(db);
		({ llr, adminId } = await owner(db, async (tx) => ({
			llr: (await tx.query<{ id: string }>(`select id from public.areas where slug = 'llr'`)).rows[0]!.id,
			adminId: (await tx.query<{ id: string }>(`select id from public.people where email = 'admin@llr.example'`))
				.rows[0]!.id
		})));
	}, 120_000);
	afterAll(() => engine.cleanup());

	async function makePerson(email: string) {
		const hash = await hashPassword(PASSWORD);
		return owner(db, async (tx) => {
			const id = (
				await tx.query<{ id: string }>(
					`insert into public.people (email, display_name) values ($1, 'Test person') returning id`,
					[email]
				)
			).rows[0]!.id;
			await tx.query('insert into app.credentials (person_id, password_hash) values ($1, $2)', [id, hash]);
			return id;
		});
	}

	describe('signing in', () => {
		it('accepts the right password, by email or in any letter case', async () => {
			const id = await makePerson('right@test.example');
			expect(await signIn(db, { account: ' RIGHT@test.example ', password: PASSWORD, ip: '10.0.0.1' })).toEqual({
				ok: true,
				personId: id
			});
		});

		it('gives the same answer for an unknown account and a wrong password', async () => {
			await makePerson('known@test.example');
			const unknown = await signIn(db, { account: 'nobody@test.example', password: PASSWORD, ip: '10.0.0.2' });
			const wrong = await signIn(db, { account: 'known@test.example', password: 'not the password', ip: '10.0.0.2' });
			expect(unknown).toEqual({ ok: false, reason: 'invalid' });
			expect(wrong).toEqual(unknown);
		});

		/** Time passes: every attempt of this account or address moves `seconds` into the past. */
		const later = (seconds: number, where: { account?: string; ip?: string }) =>
			owner(db, (tx) =>
				tx.query(`update app.sign_in_attempts set at = at - make_interval(secs => $3) where account = $1 or ip = $2`, [
					where.account ?? null,
					where.ip ?? null,
					seconds
				])
			);

		it('slows an account down after repeated failures (growing waits), and the right password works once the wait has passed', async () => {
			const account = 'target@test.example';
			const id = await makePerson(account);
			for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT + 2; i++) {
				const r = await signIn(db, { account, password: 'guess ' + i, ip: `10.1.0.${i}` });
				if (r.ok === false && r.reason === 'locked') await later(r.retryAfter, { account });
			}
			// While the wait runs, nothing is checked, from any address: a guess is not even counted.
			const waiting = await signIn(db, { account, password: PASSWORD, ip: '10.9.9.9' });
			expect(waiting).toMatchObject({ ok: false, reason: 'locked' });
			expect(waiting.ok === false && waiting.reason === 'locked' && waiting.retryAfter).toBeGreaterThan(1);
			expect(waiting.ok === false && waiting.reason === 'locked' && waiting.retryAfter).toBeLessThanOrEqual(
				MAX_DELAY_SECONDS
			);
			// Once it has passed, the right password works: wrong guesses cannot keep the owner out.
			await later(MAX_DELAY_SECONDS, { account });
			expect(await signIn(db, { account, password: PASSWORD, ip: '10.9.9.9' })).toEqual({ ok: true, personId: id });
			// And success starts the count again.
			expect(await signIn(db, { account, password: 'one slip', ip: '10.9.9.9' })).toEqual({
				ok: false,
				reason: 'invalid'
			});
		});

		it('grows the wait by doubling, up to a cap', () => {
			const waits = Array.from({ length: 14 }, (_, n) => delaySeconds(n, FREE_FAILURES_PER_ACCOUNT));
			expect(waits.slice(0, FREE_FAILURES_PER_ACCOUNT)).toEqual(Array(FREE_FAILURES_PER_ACCOUNT).fill(0));
			expect(waits.slice(FREE_FAILURES_PER_ACCOUNT, FREE_FAILURES_PER_ACCOUNT + 3)).toEqual([10, 20, 40]);
			expect(Math.max(...waits)).toBe(MAX_DELAY_SECONDS);
		});

		it('slows one address trying many accounts, without locking everyone behind it for good', async () => {
			const ip = '10.2.0.1';
			for (let i = 0; i < FREE_FAILURES_PER_ADDRESS; i++)
				await signIn(db, { account: `spray${i}@test.example`, password: 'guess', ip });
			await makePerson('innocent@test.example');
			expect(await signIn(db, { account: 'innocent@test.example', password: PASSWORD, ip })).toMatchObject({
				ok: false,
				reason: 'locked'
			});
			expect(await signIn(db, { account: 'innocent@test.example', password: PASSWORD, ip: '10.2.0.2' })).toMatchObject({
				ok: true
			});
			// A colleague behind the same proxy waits seconds, not the whole window.
			await later(MAX_DELAY_SECONDS, { ip });
			expect(await signIn(db, { account: 'innocent@test.example', password: PASSWORD, ip })).toMatchObject({
				ok: true
			});
		});

		it('signs the demo accounts in with the demo password', async () => {
			expect(
				await signIn(db, { account: 'officer@ssot.example', password: DEMO_PASSWORD, ip: '10.3.0.1' })
			).toMatchObject({ ok: true });
		});

		it('refuses the demo accounts, and ends their sessions, where demo sign-in is off (public ORIGIN)', async () => {
			const input = { account: 'platform@said-and-done.example', password: DEMO_PASSWORD, ip: '10.3.0.2' };
			expect(await signIn(db, input, 'off')).toEqual({ ok: false, reason: 'demo_off' });
			expect(await signIn(db, input, 'public')).toMatchObject({ ok: true });
			const platformId = await owner(
				db,
				async (tx) =>
					(await tx.query<{ id: string }>(`select id from public.people where email = $1`, [input.account])).rows[0]!.id
			);
			const token = await createSession(db, platformId);
			expect(await resolveSession(db, token, 'off')).toBeNull();
			expect(await resolveSession(db, token, 'local')).not.toBeNull();
		});
	});

	describe('display names', () => {
		it('refuse direction overrides and zero-width characters, and un-normalised forms, even from the person themself', async () => {
			const id = await makePerson('names@test.example');
			const session = (await resolveSession(db, await createSession(db, id)))!;
			const rename = (name: string) =>
				withClaims(db, claimsFor(session), (tx) =>
					tx.query('update public.people set display_name = $2 where id = $1', [id, name])
				);
			for (const bad of ['Sam\u202Enimda', 'Sam\u200BAdmin', '\u2067Sam', 'Ｓａｍ'])
				await expect(rename(bad), JSON.stringify(bad)).rejects.toMatchObject({ code: '23514' });
			await rename('Zoë Nguyễn');
		});
	});

	describe('sessions', () => {
		it('resolve to the person and their roles, and become the claims row-level security sees', async () => {
			const token = await createSession(db, adminId);
			const session = (await resolveSession(db, token))!;
			expect(session.person.id).toBe(adminId);
			expect(session.memberships.map((m) => [m.area_slug, m.role])).toEqual([['llr', 'area_admin']]);
			const claims = claimsFor(session);
			expect(claims).toMatchObject({ role: 'authenticated', sub: adminId, areas: { llr: ['area_admin'] } });
			const seen = await withClaims(db, claims, (tx) =>
				tx.query<{ slug: string }>(
					`select a.slug from public.audit_log l join public.areas a on a.id = l.area_id group by a.slug`
				)
			);
			expect(seen.rows.map((r) => r.slug)).toEqual(['llr']);
		});

		it('are stored only as hashes', async () => {
			const token = await createSession(db, adminId);
			const found = await owner(db, (tx) => tx.query(`select 1 from app.sessions where token_hash = $1`, [token]));
			expect(found.rows).toHaveLength(0);
		});

		it('end after 30 idle minutes and after 12 hours whatever happens', async () => {
			const idle = await createSession(db, adminId);
			const old = await createSession(db, adminId);
			await owner(db, async (tx) => {
				await tx.query(`update app.sessions set last_seen_at = now() - interval '31 minutes' where token_hash = $1`, [
					hashToken(idle)
				]);
				await tx.query(`update app.sessions set expires_at = now() - interval '1 second' where token_hash = $1`, [
					hashToken(old)
				]);
			});
			expect(await resolveSession(db, idle)).toBeNull();
			expect(await resolveSession(db, old)).toBeNull();
		});

		it('reject a tampered or unknown token', async () => {
			const token = await createSession(db, adminId);
			expect(await resolveSession(db, token.slice(0, -2) + 'xx')).toBeNull();
			expect(await resolveSession(db, 'x'.repeat(500))).toBeNull();
		});

		it('all end when the person signs out everywhere', async () => {
			const id = await makePerson('everywhere@test.example');
			const a = await createSession(db, id);
			const b = await createSession(db, id);
			expect(await endAllSessions(db, id)).toBe(2);
			expect(await resolveSession(db, a)).toBeNull();
			expect(await resolveSession(db, b)).toBeNull();
		});
	});

	describe('invitations', () => {
		const asAdmin = async <T>(fn: Parameters<typeof withClaims<T>>[2]) => {
			const session = (await resolveSession(db, await createSession(db, adminId)))!;
			return withClaims(db, claimsFor(session), fn);
		};

		it('let a youth board member join without an email, once', async () => {
			const { token } = await asAdmin((tx) =>
				invitations.create(tx, {
					areaId: llr,
					role: 'youth_board',
					email: null,
					organisation: null,
					invitedBy: adminId
				})
			);
			expect((await invitations.lookup(db, token)).state).toBe('valid');
			const result = await invitations.accept(db, token, {
				kind: 'youth',
				displayName: 'Jo',
				username: 'jo-llr',
				password: PASSWORD
			});
			expect(result).toMatchObject({ ok: true, areaSlug: 'llr' });
			expect(await signIn(db, { account: 'jo-llr', password: PASSWORD, ip: '10.4.0.1' })).toMatchObject({ ok: true });
			expect((await invitations.lookup(db, token)).state).toBe('used');
			expect(
				await invitations.accept(db, token, {
					kind: 'youth',
					displayName: 'Again',
					username: 'again',
					password: PASSWORD
				})
			).toEqual({ ok: false, problem: 'not_valid' });
		});

		it('expire after seven days and can be revoked', async () => {
			const made = await asAdmin(async (tx) => [
				await invitations.create(tx, {
					areaId: llr,
					role: 'commissioner',
					email: 'late@test.example',
					organisation: null,
					invitedBy: adminId
				}),
				await invitations.create(tx, {
					areaId: llr,
					role: 'commissioner',
					email: 'revoked@test.example',
					organisation: null,
					invitedBy: adminId
				})
			]);
			await owner(db, (tx) =>
				tx.query(
					`update public.invitations set expires_at = now() - interval '1 minute' where email = 'late@test.example'`
				)
			);
			expect((await invitations.lookup(db, made[0]!.token)).state).toBe('expired');
			await asAdmin((tx) => invitations.revoke(tx, llr, made[1]!.id));
			expect((await invitations.lookup(db, made[1]!.token)).state).toBe('revoked');
			expect(
				await invitations.accept(db, made[1]!.token, { kind: 'staff', displayName: 'X', password: PASSWORD })
			).toEqual({ ok: false, problem: 'not_valid' });
		});

		it('add a role to an existing account only with its password', async () => {
			await makePerson('existing@test.example');
			const { token } = await asAdmin((tx) =>
				invitations.create(tx, {
					areaId: llr,
					role: 'commissioner',
					email: 'existing@test.example',
					organisation: null,
					invitedBy: adminId
				})
			);
			expect(
				await invitations.accept(db, token, { kind: 'staff', displayName: 'x', password: 'wrong password' })
			).toEqual({ ok: false, problem: 'wrong_password' });
			expect(
				await invitations.accept(db, token, { kind: 'staff', displayName: 'x', password: PASSWORD })
			).toMatchObject({ ok: true });
		});

		it('limit password guesses for an existing account, as the sign-in page does', async () => {
			await makePerson('guessed@test.example');
			const { token } = await asAdmin((tx) =>
				invitations.create(tx, {
					areaId: llr,
					role: 'commissioner',
					email: 'guessed@test.example',
					organisation: null,
					invitedBy: adminId
				})
			);
			const guess = (password: string) =>
				invitations.accept(db, token, { kind: 'staff', displayName: 'x', password }, '10.7.0.1');
			for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT; i++)
				expect(await guess(`wrong ${i}`)).toEqual({ ok: false, problem: 'wrong_password' });
			expect(await guess('wrong again')).toMatchObject({ ok: false, problem: 'wait' });
			// The guesses counted on the sign-in page too.
			expect(await signIn(db, { account: 'guessed@test.example', password: PASSWORD, ip: '10.7.0.2' })).toMatchObject({
				ok: false,
				reason: 'locked'
			});
		});
	});

	describe('revoking a membership', () => {
		it('takes effect on the very next query of a live session', async () => {
			const id = await makePerson('revokee@test.example');
			const membership = await owner(
				db,
				async (tx) =>
					(
						await tx.query<{ id: string }>(
							`insert into public.memberships (person_id, area_id, role) values ($1, $2, 'commissioner') returning id`,
							[id, llr]
						)
					).rows[0]!.id
			);
			const session = (await resolveSession(db, await createSession(db, id)))!;
			const claims = claimsFor(session);
			const draftsBefore = await withClaims(db, claims, (tx) =>
				tx.query(`select 1 from public.plans where area_id = $1`, [llr])
			);
			expect(draftsBefore.rows.length).toBeGreaterThan(0);
			const admin = (await resolveSession(db, await createSession(db, adminId)))!;
			expect(await withClaims(db, claimsFor(admin), (tx) => members.revoke(tx, llr, membership, adminId))).toBe(true);
			// The same claims, still in the cookie: the database no longer grants anything.
			const canChange = await withClaims(db, claims, (tx) =>
				tx.query(`update public.plans set summary = summary where area_id = $1 returning 1`, [llr])
			);
			expect(canChange.rows).toHaveLength(0);
		});

		it("refuses to revoke an area's last admin, the admin themself included, until there is another", async () => {
			const { kent, kentAdmin, own } = await owner(db, async (tx) => {
				const row = (
					await tx.query<{ area_id: string; person_id: string; id: string }>(
						`select m.area_id, m.person_id, m.id from public.memberships m join public.areas a on a.id = m.area_id
						 where a.slug = 'kent-medway' and m.role = 'area_admin' and m.revoked_at is null`
					)
				).rows;
				expect(row).toHaveLength(1);
				return { kent: row[0]!.area_id, kentAdmin: row[0]!.person_id, own: row[0]!.id };
			});
			const admin = (await resolveSession(db, await createSession(db, kentAdmin)))!;
			const revokeOwn = () => withClaims(db, claimsFor(admin), (tx) => members.revoke(tx, kent, own, kentAdmin));
			const refusal = await revokeOwn().catch((err: unknown) => err);
			expect(members.isLastAdminRefusal(refusal)).toBe(true);
			// Not by changing the role either.
			const demote = await withClaims(db, claimsFor(admin), (tx) =>
				tx.query(`update public.memberships set role = 'commissioner' where id = $1`, [own])
			).catch((err: unknown) => err);
			expect(members.isLastAdminRefusal(demote)).toBe(true);
			// With a second admin, stepping down is fine.
			const second = await makePerson('second-admin@test.example');
			await owner(db, (tx) =>
				tx.query(`insert into public.memberships (person_id, area_id, role) values ($1, $2, 'area_admin')`, [
					second,
					kent
				])
			);
			expect(await revokeOwn()).toBe(true);
		});
	});

	describe('the audit log', () => {
		it('records sign-ins, role changes and publication with who and what changed, for area admins only', async () => {
			await signIn(db, { account: 'admin@llr.example', password: DEMO_PASSWORD, ip: '10.5.0.1' });
			const admin = (await resolveSession(db, await createSession(db, adminId)))!;
			await withClaims(db, claimsFor(admin), async (tx) => {
				const { rows } = await tx.query<{ id: string }>(
					`insert into public.you_said (area_id, statement) values ($1, 'Young people told us the audit works') returning id`,
					[llr]
				);
				await tx.query(`update public.you_said set status = 'published', published_at = now() where id = $1`, [
					rows[0]!.id
				]);
			});
			const { entries } = await withClaims(db, claimsFor(admin), (tx) => audit.list(tx, llr, 1));
			const actions = entries.map((e) => e.action);
			expect(actions).toEqual(expect.arrayContaining(['sign_in', 'insert', 'publish', 'role_revoked']));
			const publish = entries.find((e) => e.action === 'publish')!;
			expect(publish.actor).toBe('Area admin, LLR (demo)');
			expect(publish.changes).toMatchObject({ status: { from: 'draft', to: 'published' } });

			const officer = await owner(
				db,
				async (tx) =>
					(await tx.query<{ id: string }>(`select id from public.people where email = 'officer@llr.example'`)).rows[0]!
						.id
			);
			const officerSession = (await resolveSession(db, await createSession(db, officer)))!;
			expect((await withClaims(db, claimsFor(officerSession), (tx) => audit.list(tx, llr, 1))).entries).toEqual([]);
		});

		it('cannot be written or edited by anyone signed in', async () => {
			const admin = (await resolveSession(db, await createSession(db, adminId)))!;
			const forged = await withClaims(db, claimsFor(admin), (tx) =>
				tx.query(`insert into public.audit_log (area_id, action) values ($1, 'forged')`, [llr])
			).catch((e: unknown) => e);
			expect(String(forged)).toMatch(/permission denied/);
		});
	});
});
