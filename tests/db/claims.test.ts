/**
 * The transaction layer every request goes through: `withClaims` (role and claims set with BEGIN
 * in one round trip, local to the transaction), `Tx.afterCommit` and `Tx.query`'s row count, on
 * PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import { claimsSetup } from '../../src/lib/server/db/claims';
import type { Claims, Db, Tx } from '../../src/lib/server/db/types';
import { engines } from './engines';
import { migrated, owner } from './fixtures';

const PERSON = '00000000-0000-4000-8000-0000000000c1';

/** Who the connection acts as, and with which claims. */
const whoAmI = async (tx: Tx) =>
	(
		await tx.query<{ current_user: string; session_user: string; role: string; claims: string; uid: string | null }>(
			`select current_user, session_user, current_setting('role') as role,
				coalesce(nullif(current_setting('request.jwt.claims', true), ''), 'none') as claims, auth.uid()::text as uid`
		)
	).rows[0]!;

describe.each(engines)('transactions with claims on $name', (engine) => {
	let db: Db;
	let ownerName: string;

	beforeAll(async () => {
		db = await migrated(await engine.create());
		ownerName = (await owner(db, whoAmI)).current_user;
		await owner(db, (tx) =>
			tx.query(`create table public.claims_test (id int primary key, note text not null default '')`)
		);
	});
	afterAll(() => engine.cleanup());

	it('acts as anon for the transaction only, with the claims set and no user id', async () => {
		const inside = await withClaims(db, ANON, whoAmI);
		expect(inside).toMatchObject({ current_user: 'anon', session_user: ownerName, role: 'anon', uid: null });
		expect(JSON.parse(inside.claims)).toEqual({ role: 'anon' });
		// Every pooled connection is back to the owner with no claims afterwards.
		const after = await Promise.all(Array.from({ length: 5 }, () => owner(db, whoAmI)));
		for (const a of after)
			expect(a).toMatchObject({ current_user: ownerName, role: 'none', claims: 'none', uid: null });
	});

	it('acts as authenticated with auth.uid() from the claims, escaping what the claims hold', async () => {
		const claims: Claims = {
			role: 'authenticated',
			sub: PERSON,
			email: `o'brien\\x@example.test`,
			note: "it's $1; --"
		};
		const inside = await withClaims(db, claims, whoAmI);
		expect(inside).toMatchObject({ current_user: 'authenticated', role: 'authenticated', uid: PERSON });
		expect(JSON.parse(inside.claims)).toEqual(claims);
		expect(await owner(db, whoAmI)).toMatchObject({ current_user: ownerName, role: 'none', claims: 'none' });
	});

	it('resets the role after a transaction that fails', async () => {
		await expect(withClaims(db, ANON, (tx) => tx.query('select 1/0'))).rejects.toThrow(/division by zero/);
		await expect(
			withClaims(db, { role: 'authenticated', sub: PERSON }, () => Promise.reject(new Error('boom')))
		).rejects.toThrow('boom');
		const after = await Promise.all(Array.from({ length: 5 }, () => owner(db, whoAmI)));
		for (const a of after) expect(a).toMatchObject({ current_user: ownerName, role: 'none', claims: 'none' });
	});

	it('refuses any role but anon and authenticated before touching the database', async () => {
		const fn = vi.fn(async () => 'ran');
		for (const role of ['service_role', 'postgres', `anon', true); drop table public.claims_test; --`, ''])
			await expect(withClaims(db, { role } as unknown as Claims, fn)).rejects.toThrow(
				/only runs as anon or authenticated/
			);
		expect(fn).not.toHaveBeenCalled();
		expect(() => claimsSetup({ role: 'service_role' } as unknown as Claims)).toThrow();
		// And the database itself refuses a role that does not exist.
		await expect(
			db.transaction(async () => 'ran', { setup: `select set_config('role', 'no_such_role', true)` })
		).rejects.toThrow(/no_such_role/);
		expect((await owner(db, (tx) => tx.query(`select 1 from public.claims_test`))).rowCount).toBe(0);
	});

	it('runs afterCommit hooks once the transaction has committed, in order, and never after a rollback', async () => {
		const events: string[] = [];
		let seenByHook: Promise<number> | undefined;
		const result = await owner(db, async (tx) => {
			await tx.query(`insert into public.claims_test (id) values (1)`);
			tx.afterCommit(() => {
				events.push('first hook');
				// Committed: another transaction already sees the row.
				seenByHook = owner(db, async (t) => (await t.query(`select 1 from public.claims_test where id = 1`)).rowCount);
			});
			tx.afterCommit(() => void events.push('second hook'));
			events.push('fn done');
			return 'result';
		});
		events.push('resolved');
		expect(result).toBe('result');
		expect(events).toEqual(['fn done', 'first hook', 'second hook', 'resolved']);
		expect(await seenByHook).toBe(1);

		const rolledBack = vi.fn();
		await expect(
			withClaims(db, ANON, async (tx) => {
				tx.afterCommit(rolledBack);
				throw new Error('changed my mind');
			})
		).rejects.toThrow('changed my mind');
		await expect(
			owner(db, async (tx) => {
				tx.afterCommit(rolledBack);
				await tx.query(`insert into public.claims_test (id) values (1)`); // duplicate key
			})
		).rejects.toThrow(/duplicate key/);
		expect(rolledBack).not.toHaveBeenCalled();
	});

	it('keeps a committed result when a hook throws, and logs it', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const later = vi.fn();
		try {
			const result = await owner(db, async (tx) => {
				tx.afterCommit(() => {
					throw new Error('hook failed');
				});
				tx.afterCommit(later);
				await tx.query(`insert into public.claims_test (id) values (2)`);
				return 'kept';
			});
			expect(result).toBe('kept');
			expect(later).toHaveBeenCalledOnce();
			expect(logged).toHaveBeenCalledWith(expect.stringMatching(/after-commit hook failed/), expect.any(Error));
		} finally {
			logged.mockRestore();
		}
		expect((await owner(db, (tx) => tx.query(`select 1 from public.claims_test where id = 2`))).rowCount).toBe(1);
	});

	it('reports the rows an insert, update or delete touched, without RETURNING', async () => {
		const counts = await owner(db, async (tx) => ({
			insert: (await tx.query(`insert into public.claims_test (id) select g from generate_series(10, 14) g`)).rowCount,
			conflict: (await tx.query(`insert into public.claims_test (id) values (10), (15) on conflict do nothing`))
				.rowCount,
			update: (await tx.query(`update public.claims_test set note = 'x' where id between 10 and 12`)).rowCount,
			updateNone: (await tx.query(`update public.claims_test set note = 'x' where id = -1`)).rowCount,
			delete: (await tx.query(`delete from public.claims_test where id in (13, 14, 99)`)).rowCount,
			select: (await tx.query(`select id from public.claims_test where id >= 10`)).rowCount,
			withParams: (
				await tx.query(`update public.claims_test set note = $1 where id = any ($2::int[])`, ['y', [10, 11]])
			).rowCount
		}));
		expect(counts).toEqual({ insert: 5, conflict: 1, update: 3, updateNone: 0, delete: 2, select: 4, withParams: 2 });
	});

	it('reports 0 rows, not an error, when row-level security hides every row from an update', async () => {
		await owner(db, (tx) =>
			tx.exec(`alter table public.claims_test enable row level security;
			create policy "Anyone can read test rows" on public.claims_test for select to anon using (true);`)
		);
		const counts = await withClaims(db, ANON, async (tx) => ({
			visible: (await tx.query(`select 1 from public.claims_test`)).rowCount,
			update: (await tx.query(`update public.claims_test set note = 'anon'`)).rowCount,
			delete: (await tx.query(`delete from public.claims_test`)).rowCount
		}));
		expect(counts.visible).toBeGreaterThan(0);
		expect(counts).toMatchObject({ update: 0, delete: 0 });
		await expect(
			withClaims(db, ANON, (tx) => tx.query(`insert into public.claims_test (id) values (100)`))
		).rejects.toMatchObject({ code: '42501' });
	});
});
